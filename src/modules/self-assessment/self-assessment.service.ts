import { In } from 'typeorm';
import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { findAllById, findById, updateVersioned } from '../../graphql/records';
import { todayIso, toIsoDate } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { AuditService } from '../audit/audit.service';
import { requireYotWriter } from '../auth/scope';
import { Evidence } from '../evidence/evidence.entity';
import { Criterion } from '../framework/criterion.entity';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { Yot } from '../yot/yot.entity';
import { SelfAssessment, SelfAssessmentScore } from './self-assessment.entity';
import {
  CreateSelfAssessmentInput,
  SelfAssessmentScoreInput,
  UpdateSelfAssessmentInput,
} from './self-assessment.inputs';

/** Writes to self-assessments, inside the caller's transaction `tx`; each is audited against the self-assessment. */
export class SelfAssessmentService {
  /** Records a self-assessment with its scores (a YOT's manager or an administrator). */
  static async create(tx: HubContext, input: CreateSelfAssessmentInput): Promise<{ selfAssessment: SelfAssessment }> {
    const yot = await findById(tx, Yot, input.yotId, 'input.yotId');
    requireYotWriter(tx, yot.id);
    const framework = await FrameworkService.find(tx, DEFAULT_FRAMEWORK_CODE);
    const assessedOn = notFuture(input.assessedOn, 'input.assessedOn');
    const participantAgencyIds = await participants(tx, input.participantAgencyIds, 'input.participantAgencyIds');
    const scores = await checkedScores(tx, yot.id, framework.id, input.scores, 'input.scores');
    const repo = tx.db.getRepository(SelfAssessment);
    const selfAssessment = await repo.save(
      repo.create({
        yotId: yot.id,
        frameworkId: framework.id,
        assessedOn,
        participantAgencyIds,
        note: input.note?.trim() || null,
        recordedBy: tx.caller.name,
      }),
    );
    await tx.db
      .getRepository(SelfAssessmentScore)
      .save(scores.map((s) => ({ ...s, selfAssessmentId: selfAssessment.id })));
    await AuditService.changed(tx, 'createSelfAssessment', 'SelfAssessment', selfAssessment.id, null, {
      ...selfAssessment,
      scores,
    });
    return { selfAssessment };
  }

  /** Changes the date, participants, note or some scores; CONFLICT when `expectedVersion` is stale. */
  static async update(tx: HubContext, input: UpdateSelfAssessmentInput): Promise<{ selfAssessment: SelfAssessment }> {
    const before = await findById(tx, SelfAssessment, input.id, 'input.id');
    requireYotWriter(tx, before.yotId);
    const changes: Partial<SelfAssessment> = {};
    if (input.assessedOn != null) changes.assessedOn = notFuture(input.assessedOn, 'input.assessedOn');
    if (input.participantAgencyIds != null)
      changes.participantAgencyIds = await participants(tx, input.participantAgencyIds, 'input.participantAgencyIds');
    if (input.note !== undefined) changes.note = input.note?.trim() || null;
    const scores = input.scores
      ? await checkedScores(tx, before.yotId, before.frameworkId, input.scores, 'input.scores')
      : [];
    // The version moves even when only scores change, so a stale copy of the scores is refused too.
    const selfAssessment = await updateVersioned(tx, SelfAssessment, before, input.expectedVersion, changes);
    const scoreRepo = tx.db.getRepository(SelfAssessmentScore);
    const previous = await scoreRepo.findBy({ selfAssessmentId: before.id });
    if (scores.length) {
      await scoreRepo.delete({ selfAssessmentId: before.id, criterionId: In(scores.map((s) => s.criterionId)) });
      await scoreRepo.save(scores.map((s) => ({ ...s, selfAssessmentId: before.id })));
    }
    const beforeScores = previous
      .filter((p) => scores.some((s) => s.criterionId === p.criterionId))
      .map(({ criterionId, score, note, evidenceIds }) => ({ criterionId, score, note, evidenceIds }));
    await AuditService.changed(
      tx,
      'updateSelfAssessment',
      'SelfAssessment',
      before.id,
      { ...before, scores: beforeScores },
      { ...selfAssessment, scores },
    );
    return { selfAssessment };
  }
}

/** A date that is not after today (a self-assessment records what was done). */
function notFuture(value: Date, field: string): string {
  const iso = toIsoDate(value, field);
  if (iso > todayIso())
    throw new BadUserInputError(
      `${field} ${iso} is in the future; record a self-assessment once it has taken place.`,
      field,
    );
  return iso;
}

/** The participating agencies' keys: at least one, each existing, no repeats. */
async function participants(tx: HubContext, ids: string[], field: string): Promise<number[]> {
  if (ids.length === 0) throw new BadUserInputError(`${field} must name at least one agency that took part.`, field);
  const agencies = await findAllById(tx, Agency, ids, field);
  if (new Set(agencies.map((a) => a.id)).size !== agencies.length)
    throw new BadUserInputError(`${field} names an agency twice.`, field);
  return agencies.map((a) => a.id);
}

type ScoreRow = Pick<SelfAssessmentScore, 'criterionId' | 'score' | 'note' | 'evidenceIds'>;

/** Scores checked: statements of the framework, once each; evidence of the same YOT. */
async function checkedScores(
  tx: HubContext,
  yotId: number,
  frameworkId: number,
  inputs: SelfAssessmentScoreInput[],
  field: string,
): Promise<ScoreRow[]> {
  const rows: ScoreRow[] = [];
  for (const [i, s] of inputs.entries()) {
    const at = `${field}[${i}]`;
    const criterion = await findById(tx, Criterion, s.criterionId, `${at}.criterionId`);
    if (criterion.frameworkId !== frameworkId)
      throw new BadUserInputError(
        `${at}.criterionId is a statement of another framework version.`,
        `${at}.criterionId`,
      );
    if (rows.some((r) => r.criterionId === criterion.id))
      throw new BadUserInputError(
        `${at} scores ${criterion.code} a second time; give one score per statement.`,
        `${at}.criterionId`,
      );
    const evidence = await findAllById(tx, Evidence, [...new Set(s.evidenceIds ?? [])], `${at}.evidenceIds`);
    const foreign = evidence.find((e) => e.yotId !== yotId);
    if (foreign)
      throw new BadUserInputError(
        `${at}.evidenceIds names evidence held by another YOT ("${foreign.title}").`,
        `${at}.evidenceIds`,
      );
    rows.push({
      criterionId: criterion.id,
      score: s.score,
      note: s.note?.trim() || null,
      evidenceIds: evidence.map((e) => e.id),
    });
  }
  return rows;
}
