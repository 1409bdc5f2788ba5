import { In } from 'typeorm';
import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { findAllById, findById, given, updateVersioned } from '../../graphql/records';
import { toIsoDate } from '../../graphql/scalars';
import { requireDateOrder } from '../../graphql/validation';
import { Agency } from '../agency/agency.entity';
import { requireBodyExisted } from '../agency/ceased-body';
import { AuditService } from '../audit/audit.service';
import { Yot } from '../yot/yot.entity';
import { AgreementParty } from './agreement-party.entity';
import { InformationSharingAgreement } from './agreement.entity';
import { RecordAgreementInput, UpdateAgreementInput } from './agreement.inputs';
import { IN_FORCE_STATUSES } from './agreement.rules';
import { requireYotWriter } from '../auth/scope';

/** Writes to information-sharing agreements, inside the caller's transaction `tx`. */
export class AgreementService {
  /** Records an agreement with its parties. */
  static async record(
    tx: HubContext,
    input: RecordAgreementInput,
  ): Promise<{ agreement: InformationSharingAgreement; yot: Yot }> {
    const yot = await findById(tx, Yot, input.yotId, 'input.yotId');
    requireYotWriter(tx, yot.id);
    const parties = await findAllById(tx, Agency, unique(input.partyIds), 'input.partyIds');
    const signedOn = input.signedOn ? toIsoDate(input.signedOn, 'input.signedOn') : null;
    const reviewDue = input.reviewDue ? toIsoDate(input.reviewDue, 'input.reviewDue') : null;
    checkDates(input.status, signedOn, reviewDue);
    for (const party of parties)
      await requireBodyExisted(
        tx,
        party,
        signedOn,
        'input.signedOn',
        `The agreement would be signed with ${party.name}`,
      );
    const repo = tx.db.getRepository(InformationSharingAgreement);
    const agreement = await repo.save(
      repo.create({
        yotId: yot.id,
        title: input.title,
        purpose: input.purpose,
        lawfulBasis: input.lawfulBasis,
        dataCategories: input.dataCategories,
        status: input.status,
        signedOn,
        reviewDue,
      }),
    );
    await tx.db
      .getRepository(AgreementParty)
      .insert(parties.map((p) => ({ agreementId: agreement.id, agencyId: p.id })));
    await AuditService.changed(tx, 'recordAgreement', 'InformationSharingAgreement', agreement.id, null, {
      ...agreement,
      parties: parties.map((p) => p.name),
    });
    return { agreement, yot };
  }

  /** Changes an agreement (and, with `partyIds`, replaces its parties) if `expectedVersion` is current. */
  static async update(
    tx: HubContext,
    input: UpdateAgreementInput,
  ): Promise<{ agreement: InformationSharingAgreement }> {
    const before = await findById(tx, InformationSharingAgreement, input.id, 'input.id');
    requireYotWriter(tx, before.yotId);
    const changes = given({
      title: input.title,
      purpose: input.purpose,
      lawfulBasis: input.lawfulBasis,
      dataCategories: input.dataCategories,
      status: input.status,
      signedOn: input.signedOn ? toIsoDate(input.signedOn, 'input.signedOn') : undefined,
      reviewDue: input.reviewDue ? toIsoDate(input.reviewDue, 'input.reviewDue') : undefined,
    });
    checkDates(
      changes.status ?? before.status,
      changes.signedOn ?? before.signedOn,
      changes.reviewDue ?? before.reviewDue,
    );
    const partyRepo = tx.db.getRepository(AgreementParty);
    const partiesBefore = await partyRepo.findBy({ agreementId: before.id });
    const signedOn = changes.signedOn ?? before.signedOn;
    const parties = input.partyIds
      ? await findAllById(tx, Agency, unique(input.partyIds), 'input.partyIds')
      : await tx.db.getRepository(Agency).findBy({ id: In(partiesBefore.map((p) => p.agencyId)) });
    for (const party of parties)
      await requireBodyExisted(
        tx,
        party,
        signedOn,
        input.partyIds ? 'input.partyIds' : 'input.signedOn',
        `The agreement would be signed with ${party.name}`,
      );
    const after = await updateVersioned(tx, InformationSharingAgreement, before, input.expectedVersion, changes);
    const audit: [object, object] = [before, after];
    if (input.partyIds) {
      await partyRepo.delete({ agreementId: before.id });
      await partyRepo.insert(parties.map((p) => ({ agreementId: before.id, agencyId: p.id })));
      audit[0] = { ...before, partyIds: partiesBefore.map((p) => p.agencyId).sort((a, b) => a - b) };
      audit[1] = { ...after, partyIds: parties.map((p) => p.id).sort((a, b) => a - b) };
    }
    await AuditService.changed(tx, 'updateAgreement', 'InformationSharingAgreement', after.id, audit[0], audit[1]);
    return { agreement: after };
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function checkDates(
  status: InformationSharingAgreement['status'],
  signedOn: string | null,
  reviewDue: string | null,
): void {
  if (IN_FORCE_STATUSES.includes(status) && !signedOn)
    throw new BadUserInputError(`An agreement that is ${status} needs signedOn.`, 'input.signedOn');
  requireDateOrder(signedOn, reviewDue, 'input.reviewDue', 'signedOn');
}
