import { EvidenceStatus } from '../evidence/evidence.enums';
import { HubContext } from '../../graphql/context';
import { BadUserInputError, ConflictError } from '../../graphql/errors';
import { findAllById, findById, updateVersioned } from '../../graphql/records';
import { todayIso, toIsoDate } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { AuditService } from '../audit/audit.service';
import { requireYotWriter } from '../auth/scope';
import { Evidence } from '../evidence/evidence.entity';
import { SourceDocument } from '../source/source-document.entity';
import { Assessment } from './assessment.entity';
import { AssessmentStatus, UNDECIDED_STATUSES } from './assessment.enums';
import { AwardingBody } from './awarding-body.entity';
import { AssessmentProcess, ModerationMeeting } from './moderation.entity';
import {
  CiteAwardDecisionInput,
  RecordInterimDecisionInput,
  RecordModerationMeetingInput,
  RecordSubmissionInput,
} from './moderation.inputs';

/** The assessment as it runs: submission, moderation, interim decisions and the published citation; all audited. */
export class ModerationService {
  /** Records (or replaces) the submission of evidence and case studies to an awarding body (the YOT's manager, administrators). */
  static async submit(tx: HubContext, input: RecordSubmissionInput): Promise<{ assessment: Assessment }> {
    const assessment = await undecided(tx, input.assessmentId);
    requireYotWriter(tx, assessment.yotId);
    const body = await findById(tx, AwardingBody, input.awardingBodyId, 'input.awardingBodyId');
    const submittedOn = notFuture(input.submittedOn, 'input.submittedOn');
    const evidence = await findAllById(tx, Evidence, [...new Set(input.evidenceIds)], 'input.evidenceIds');
    const wrong = evidence.find((e) => e.yotId !== assessment.yotId || e.status !== EvidenceStatus.CURRENT);
    if (wrong)
      throw new BadUserInputError(
        `"${wrong.title}" cannot be submitted: ${wrong.yotId !== assessment.yotId ? 'it is held by another YOT' : 'it was withdrawn'}.`,
        'input.evidenceIds',
      );
    const before = await processOf(tx, assessment.id);
    const after = await save(tx, assessment.id, {
      awardingBodyId: body.id,
      awardingBodySourceDocumentId: null,
      submittedOn,
      submittedEvidenceIds: evidence.map((e) => e.id),
    });
    await AuditService.changed(tx, 'recordSubmission', 'Assessment', assessment.id, before, after);
    return { assessment };
  }

  /** Records a moderation meeting (assessors, administrators). */
  static async moderate(
    tx: HubContext,
    input: RecordModerationMeetingInput,
  ): Promise<{ moderationMeeting: ModerationMeeting }> {
    const assessment = await undecided(tx, input.assessmentId);
    const heldOn = notFuture(input.heldOn, 'input.heldOn');
    if (assessment.startedOn && heldOn < assessment.startedOn)
      throw new BadUserInputError(
        `input.heldOn ${heldOn} is before the assessment started (${assessment.startedOn}).`,
        'input.heldOn',
      );
    const attendees = [];
    for (const [i, a] of input.attendees.entries()) {
      const agency = a.agencyId ? await findById(tx, Agency, a.agencyId, `input.attendees[${i}].agencyId`) : null;
      attendees.push({ agencyId: agency?.id ?? null, role: a.role.trim() });
    }
    const repo = tx.db.getRepository(ModerationMeeting);
    const moderationMeeting = await repo.save(
      repo.create({
        assessmentId: assessment.id,
        yotId: assessment.yotId,
        heldOn,
        mode: input.mode,
        attendees,
        sourceDocumentId: null,
      }),
    );
    await AuditService.changed(
      tx,
      'recordModerationMeeting',
      'ModerationMeeting',
      moderationMeeting.id,
      null,
      moderationMeeting,
    );
    return { moderationMeeting };
  }

  /** Pauses (additional evidence, deferred) or resumes an undecided assessment; CONFLICT on a stale version. */
  static async interim(tx: HubContext, input: RecordInterimDecisionInput): Promise<{ assessment: Assessment }> {
    const before = await undecided(tx, input.assessmentId);
    const note = input.note?.trim() || null;
    if (input.status !== AssessmentStatus.IN_PROGRESS && !note)
      throw new BadUserInputError(
        `${input.status} needs input.note: what was asked for, or why the decision waits.`,
        'input.note',
      );
    const assessment = await updateVersioned(tx, Assessment, before, input.expectedVersion, { status: input.status });
    const process = await save(tx, assessment.id, { interimNote: note });
    await AuditService.changed(
      tx,
      'recordInterimDecision',
      'Assessment',
      assessment.id,
      { status: before.status },
      { status: assessment.status, note: process.interimNote },
    );
    return { assessment };
  }

  /** Cites the published announcement of a decision (assessors, administrators); CONFLICT when one is cited. */
  static async cite(tx: HubContext, input: CiteAwardDecisionInput): Promise<{ assessment: Assessment }> {
    const assessment = await findById(tx, Assessment, input.assessmentId, 'input.assessmentId');
    if (UNDECIDED_STATUSES.includes(assessment.status))
      throw new BadUserInputError(
        `The assessment is not decided yet (${assessment.status}); cite the announcement of a decision.`,
        'input.assessmentId',
      );
    const before = await processOf(tx, assessment.id);
    if (before?.decisionSourceDocumentId)
      throw new ConflictError('The decision already has a published citation.', { field: 'input.assessmentId' });
    const docs = tx.db.getRepository(SourceDocument);
    const doc = await docs.save(
      docs.create({
        key: `decision-of-assessment-${assessment.id}`,
        title: input.title.trim(),
        publisher: input.publisher?.trim() || null,
        author: null,
        publishedOn: input.publishedOn ? toIsoDate(input.publishedOn, 'input.publishedOn') : null,
        url: input.url,
        file: null,
      }),
    );
    const after = await save(tx, assessment.id, { decisionSourceDocumentId: doc.id });
    await AuditService.changed(tx, 'citeAwardDecision', 'Assessment', assessment.id, before, after);
    return { assessment };
  }
}

async function undecided(tx: HubContext, id: string): Promise<Assessment> {
  const assessment = await findById(tx, Assessment, id, 'input.assessmentId');
  if (!UNDECIDED_STATUSES.includes(assessment.status))
    throw new BadUserInputError(`The assessment is already decided (${assessment.status}).`, 'input.assessmentId');
  return assessment;
}

function notFuture(value: Date, field: string): string {
  const iso = toIsoDate(value, field);
  if (iso > todayIso()) throw new BadUserInputError(`${field} ${iso} is in the future.`, field);
  return iso;
}

function processOf(tx: HubContext, assessmentId: number): Promise<AssessmentProcess | null> {
  return tx.db.getRepository(AssessmentProcess).findOneBy({ assessmentId });
}

/** Creates or changes the assessment's process row. */
export async function save(
  tx: HubContext | { db: HubContext['db'] },
  assessmentId: number,
  changes: Partial<AssessmentProcess>,
): Promise<AssessmentProcess> {
  const repo = tx.db.getRepository(AssessmentProcess);
  const row =
    (await repo.findOneBy({ assessmentId })) ??
    repo.create({
      assessmentId,
      awardingBodyId: null,
      awardingBodySourceDocumentId: null,
      submittedOn: null,
      submittedEvidenceIds: [],
      interimNote: null,
      decisionSourceDocumentId: null,
    });
  return repo.save(Object.assign(row, changes));
}
