import { HubContext } from '../../graphql/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors';
import { findAllById, findById, given, updateVersioned } from '../../graphql/records';
import { encodeGlobalId } from '../../graphql/relay';
import { todayIso, toIsoDate } from '../../graphql/scalars';
import { requireDateOrder } from '../../graphql/validation';
import { Agency } from '../agency/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Criterion } from '../framework/criterion.entity';
import { Yot } from '../yot/yot.entity';
import { EvidenceAgency } from './evidence-agency.entity';
import { EvidenceLink } from './evidence-link.entity';
import {
  LinkEvidenceInput,
  RecordEvidenceInput,
  ReviewEvidenceInput,
  UnlinkEvidenceInput,
  UpdateEvidenceInput,
  WithdrawEvidenceInput,
} from './evidence-write.inputs';
import { Evidence } from './evidence.entity';
import { EvidenceReviewState, EvidenceStatus } from './evidence.enums';
import { requireEvidenceWriter } from '../auth/scope';

/** Fields whose change alters what an item says, so an earlier review no longer stands. */
const CONTENT_FIELDS = ['title', 'kind', 'summary', 'occurredOn', 'expiresOn', 'source', 'providedById'] as const;

/** Writes to evidence, inside the caller's transaction `tx`; every change is audited against the item. */
export class EvidenceWriteService {
  /** Records an item with the criteria it supports and the agencies involved. */
  static async record(tx: HubContext, input: RecordEvidenceInput): Promise<{ evidence: Evidence; yot: Yot }> {
    const yot = await findById(tx, Yot, input.yotId, 'input.yotId');
    const occurredOn = input.occurredOn ? toIsoDate(input.occurredOn, 'input.occurredOn') : null;
    const expiresOn = input.expiresOn ? toIsoDate(input.expiresOn, 'input.expiresOn') : null;
    checkDates(occurredOn, expiresOn);
    const providedBy = input.providedById ? await findById(tx, Agency, input.providedById, 'input.providedById') : null;
    await requireEvidenceWriter(tx, yot.id, providedBy?.id ?? null);
    const agencies = await findAllById(tx, Agency, [...new Set(input.agencyIds ?? [])], 'input.agencyIds');
    const criteria = await findAllById(
      tx,
      Criterion,
      input.criteria.map((c) => c.criterionId),
      'input.criteria',
    );
    const codes = criteria.map((c) => c.code);
    const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
    if (duplicate) throw new BadUserInputError(`Criterion ${duplicate} is listed twice.`, 'input.criteria');

    const repo = tx.db.getRepository(Evidence);
    const evidence = await repo.save(
      repo.create({
        yotId: yot.id,
        title: input.title,
        kind: input.kind,
        summary: input.summary ?? null,
        occurredOn,
        expiresOn,
        source: input.source ?? null,
        providedById: providedBy?.id ?? null,
        status: EvidenceStatus.CURRENT,
        reviewState: EvidenceReviewState.SUBMITTED,
      }),
    );
    if (agencies.length)
      await tx.db
        .getRepository(EvidenceAgency)
        .insert(agencies.map((a) => ({ evidenceId: evidence.id, agencyId: a.id })));
    const links = tx.db.getRepository(EvidenceLink);
    for (const [i, link] of input.criteria.entries()) {
      await links.save(
        links.create({
          evidenceId: evidence.id,
          criterionId: criteria[i].id,
          note: link.note ?? null,
          excerpt: link.excerpt ?? null,
        }),
      );
    }
    await AuditService.changed(tx, 'recordEvidence', 'Evidence', evidence.id, null, {
      ...evidence,
      agencyIds: agencies.map((a) => a.id),
      criteria: codes,
    });
    return { evidence: await repo.findOneByOrFail({ id: evidence.id }), yot };
  }

  /** Changes an item; an accepted or rejected item whose content changes goes back to SUBMITTED. */
  static async update(tx: HubContext, input: UpdateEvidenceInput): Promise<{ evidence: Evidence }> {
    const before = await findById(tx, Evidence, input.id, 'input.id');
    await requireEvidenceWriter(tx, before.yotId, before.providedById);
    refuseWithdrawn(before);
    const changes: Partial<Evidence> = given({
      title: input.title,
      kind: input.kind,
      summary: input.summary,
      occurredOn: input.occurredOn ? toIsoDate(input.occurredOn, 'input.occurredOn') : undefined,
      expiresOn: input.expiresOn ? toIsoDate(input.expiresOn, 'input.expiresOn') : undefined,
      source: input.source,
      providedById: input.providedById
        ? (await findById(tx, Agency, input.providedById, 'input.providedById')).id
        : undefined,
    });
    checkDates(changes.occurredOn ?? before.occurredOn, changes.expiresOn ?? before.expiresOn);
    if (changes.providedById !== undefined) await requireEvidenceWriter(tx, before.yotId, changes.providedById);
    if (
      CONTENT_FIELDS.some((f) => f in changes && changes[f] !== before[f]) &&
      before.reviewState !== EvidenceReviewState.SUBMITTED
    ) {
      Object.assign(changes, {
        reviewState: EvidenceReviewState.SUBMITTED,
        reviewNote: null,
        reviewedBy: null,
        reviewedAt: null,
      });
    }
    const after = await updateVersioned(tx, Evidence, before, input.expectedVersion, changes);
    const audit: [object, object] = [before, after];
    if (input.agencyIds) {
      const agencies = await findAllById(tx, Agency, [...new Set(input.agencyIds)], 'input.agencyIds');
      const involved = tx.db.getRepository(EvidenceAgency);
      const previous = (await involved.findBy({ evidenceId: before.id })).map((r) => r.agencyId).sort((a, b) => a - b);
      await involved.delete({ evidenceId: before.id });
      if (agencies.length) await involved.insert(agencies.map((a) => ({ evidenceId: before.id, agencyId: a.id })));
      audit[0] = { ...before, agencyIds: previous };
      audit[1] = { ...after, agencyIds: agencies.map((a) => a.id).sort((a, b) => a - b) };
    }
    await AuditService.changed(tx, 'updateEvidence', 'Evidence', after.id, audit[0], audit[1]);
    return { evidence: after };
  }

  /** Records an assessor's review; rejecting or asking for changes needs a note saying why. */
  static async review(tx: HubContext, input: ReviewEvidenceInput): Promise<{ evidence: Evidence }> {
    const before = await findById(tx, Evidence, input.id, 'input.id');
    refuseWithdrawn(before);
    if (input.state !== EvidenceReviewState.ACCEPTED && !input.note?.trim()) {
      throw new BadUserInputError(`Say why in a note when the review is ${input.state}.`, 'input.note');
    }
    const after = await updateVersioned(tx, Evidence, before, input.expectedVersion, {
      reviewState: input.state,
      reviewNote: input.note ?? null,
      reviewedBy: tx.actor,
      reviewedAt: new Date(),
    });
    await AuditService.changed(tx, 'reviewEvidence', 'Evidence', after.id, before, after);
    return { evidence: after };
  }

  /** Links an item to a criterion; CONFLICT when already linked. */
  static async link(tx: HubContext, input: LinkEvidenceInput): Promise<{ link: EvidenceLink; evidence: Evidence }> {
    const evidence = await findById(tx, Evidence, input.evidenceId, 'input.evidenceId');
    await requireEvidenceWriter(tx, evidence.yotId, evidence.providedById);
    const criterion = await findById(tx, Criterion, input.criterionId, 'input.criterionId');
    const links = tx.db.getRepository(EvidenceLink);
    if (await links.existsBy({ evidenceId: evidence.id, criterionId: criterion.id })) {
      throw new ConflictError(`"${evidence.title}" is already linked to ${criterion.code}.`, {
        field: 'input.criterionId',
      });
    }
    const link = await links.save(
      links.create({
        evidenceId: evidence.id,
        criterionId: criterion.id,
        note: input.note ?? null,
        excerpt: input.excerpt ?? null,
      }),
    );
    await AuditService.record(tx, 'linkEvidence', 'Evidence', evidence.id, {
      [`criteria.${criterion.code}`]: { before: null, after: { note: link.note, excerpt: link.excerpt } },
    });
    return { link, evidence };
  }

  /** Removes a link; NOT_FOUND when the item is not linked to the criterion. */
  static async unlink(
    tx: HubContext,
    input: UnlinkEvidenceInput,
  ): Promise<{ removedLinkId: string; evidence: Evidence }> {
    const evidence = await findById(tx, Evidence, input.evidenceId, 'input.evidenceId');
    await requireEvidenceWriter(tx, evidence.yotId, evidence.providedById);
    const criterion = await findById(tx, Criterion, input.criterionId, 'input.criterionId');
    const links = tx.db.getRepository(EvidenceLink);
    const link = await links.findOneBy({ evidenceId: evidence.id, criterionId: criterion.id });
    if (!link) throw new NotFoundError(`link from this evidence to ${criterion.code}`, input.criterionId);
    await links.delete({ id: link.id });
    await AuditService.record(tx, 'unlinkEvidence', 'Evidence', evidence.id, {
      [`criteria.${criterion.code}`]: { before: { note: link.note, excerpt: link.excerpt }, after: null },
    });
    return { removedLinkId: encodeGlobalId('EvidenceLink', link.id), evidence };
  }

  /** Withdraws an item (never deletes it); CONFLICT when already withdrawn. */
  static async withdraw(tx: HubContext, input: WithdrawEvidenceInput): Promise<{ evidence: Evidence }> {
    const before = await findById(tx, Evidence, input.id, 'input.id');
    await requireEvidenceWriter(tx, before.yotId, before.providedById);
    if (before.status === EvidenceStatus.WITHDRAWN) throw new ConflictError(`"${before.title}" is already withdrawn.`);
    const after = await updateVersioned(tx, Evidence, before, input.expectedVersion, {
      status: EvidenceStatus.WITHDRAWN,
      withdrawnReason: input.reason,
      withdrawnAt: new Date(),
    });
    await AuditService.changed(tx, 'withdrawEvidence', 'Evidence', after.id, before, after);
    return { evidence: after };
  }
}

function checkDates(occurredOn: string | null, expiresOn: string | null): void {
  if (occurredOn && occurredOn > todayIso())
    throw new BadUserInputError(`occurredOn (${occurredOn}) is in the future.`, 'input.occurredOn');
  requireDateOrder(occurredOn, expiresOn, 'input.expiresOn', 'occurredOn');
}

function refuseWithdrawn(evidence: Evidence): void {
  if (evidence.status === EvidenceStatus.WITHDRAWN) {
    throw new BadUserInputError(
      `"${evidence.title}" was withdrawn and can no longer change; record a new item instead.`,
      'input.id',
    );
  }
}
