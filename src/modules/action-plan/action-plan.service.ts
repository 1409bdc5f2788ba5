import { GapKind } from '../coverage/gaps.types';
import { EvidenceStatus } from '../evidence/evidence.enums';
import { HubContext } from '../../graphql/context';
import { BadUserInputError, forbidden } from '../../graphql/errors';
import { findAllById, findById, given, updateVersioned } from '../../graphql/records';
import { decodeGlobalId } from '../../graphql/relay';
import { todayIso, toIsoDate } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { Assessment } from '../assessment/assessment.entity';
import { CriterionRating } from '../assessment/criterion-rating.entity';
import { AuditService } from '../audit/audit.service';
import { requireYotVisible, requireYotWriter } from '../auth/scope';
import { Role } from '../auth/roles';
import { findGaps } from '../coverage/gaps.service';
import { Evidence } from '../evidence/evidence.entity';
import { Criterion } from '../framework/criterion.entity';
import { SelfAssessment, SelfAssessmentScore } from '../self-assessment/self-assessment.entity';
import { LOW_SELF_SCORE } from '../self-assessment/self-assessment.rules';
import { Yot } from '../yot/yot.entity';
import { ActionPlanItem, GapRef } from './action-plan.entity';
import { ActionSource, ActionStatus } from './action-plan.enums';
import { ActionSourceInput, CreateActionPlanItemInput, UpdateActionPlanItemInput } from './action-plan.inputs';

type Origin = {
  source: ActionSource;
  sourceTypeName: string | null;
  sourceKey: number | null;
  criterionIds: number[];
  gaps: GapRef[];
};

/** Writes to action plans, inside the caller's transaction `tx`; each is audited against the item. */
export class ActionPlanService {
  /** Raises an item for a YOT, optionally from a gap, a low self-score or an assessor's rating (managers, administrators). */
  static async create(tx: HubContext, input: CreateActionPlanItemInput): Promise<{ actionPlanItem: ActionPlanItem }> {
    const yot = await findById(tx, Yot, input.yotId, 'input.yotId');
    requireYotWriter(tx, yot.id);
    const owner = await findById(tx, Agency, input.ownerAgencyId, 'input.ownerAgencyId');
    const dueOn = toIsoDate(input.dueOn, 'input.dueOn');
    const origin = await originOf(tx, yot, input.source ?? null);
    const named = await findAllById(tx, Criterion, input.criterionIds ?? [], 'input.criterionIds');
    const criterionIds = [...new Set([...origin.criterionIds, ...named.map((c) => c.id)])];
    const repo = tx.db.getRepository(ActionPlanItem);
    const actionPlanItem = await repo.save(
      repo.create({
        yotId: yot.id,
        title: input.title.trim(),
        ownerAgencyId: owner.id,
        ownerRole: input.ownerRole,
        dueOn,
        status: ActionStatus.OPEN,
        droppedReason: null,
        completedOn: null,
        criterionIds,
        gaps: origin.gaps,
        closingEvidenceIds: [],
        source: origin.source,
        sourceTypeName: origin.sourceTypeName,
        sourceKey: origin.sourceKey,
        recordedBy: tx.caller.name,
      }),
    );
    await AuditService.changed(tx, 'createActionPlanItem', 'ActionPlanItem', actionPlanItem.id, null, actionPlanItem);
    return { actionPlanItem };
  }

  /** Changes an item; a partner only items its agency owns. CONFLICT when `expectedVersion` is stale. */
  static async update(tx: HubContext, input: UpdateActionPlanItemInput): Promise<{ actionPlanItem: ActionPlanItem }> {
    const before = await findById(tx, ActionPlanItem, input.id, 'input.id');
    await requireActionWriter(tx, before);
    const changes: Partial<ActionPlanItem> = given({
      title: input.title?.trim(),
      ownerRole: input.ownerRole ?? undefined,
    });
    if (input.ownerAgencyId != null) {
      if (tx.caller.role === Role.PARTNER) throw forbidden(tx.caller.role, 'hand an action to another agency');
      changes.ownerAgencyId = (await findById(tx, Agency, input.ownerAgencyId, 'input.ownerAgencyId')).id;
    }
    if (input.dueOn != null) changes.dueOn = toIsoDate(input.dueOn, 'input.dueOn');
    if (input.closingEvidenceIds != null)
      changes.closingEvidenceIds = await closingEvidence(tx, before.yotId, input.closingEvidenceIds);
    Object.assign(changes, statusChange(before, input, changes.closingEvidenceIds ?? before.closingEvidenceIds));
    const actionPlanItem = await updateVersioned(tx, ActionPlanItem, before, input.expectedVersion, changes);
    await AuditService.changed(tx, 'updateActionPlanItem', 'ActionPlanItem', actionPlanItem.id, before, actionPlanItem);
    return { actionPlanItem };
  }
}

/** Administrators and the YOT's manager change any of its items; a partner only those its agency owns. */
async function requireActionWriter(tx: HubContext, item: ActionPlanItem): Promise<void> {
  if (tx.caller.role === Role.PARTNER) {
    if (item.ownerAgencyId !== tx.caller.agencyId)
      throw forbidden(tx.caller.role, 'change an action another agency owns');
    return requireYotVisible(tx, item.yotId);
  }
  requireYotWriter(tx, item.yotId);
}

/**
 * The status fields after a change. DROPPED needs a reason; DONE needs closing evidence and stamps
 * `completedOn`; leaving DONE or DROPPED clears them, so a reopened item reads as open.
 */
function statusChange(
  before: ActionPlanItem,
  input: UpdateActionPlanItemInput,
  closing: number[],
): Partial<ActionPlanItem> {
  const status = input.status ?? before.status;
  const reason = input.droppedReason?.trim() || null;
  if (reason && status !== ActionStatus.DROPPED)
    throw new BadUserInputError('input.droppedReason is only for an item being DROPPED.', 'input.droppedReason');
  if (status === ActionStatus.DROPPED) {
    const why = reason ?? before.droppedReason;
    if (!why || why.length < 2)
      throw new BadUserInputError('A DROPPED action needs input.droppedReason saying why.', 'input.droppedReason');
    return { status, droppedReason: why, completedOn: null };
  }
  if (status === ActionStatus.DONE) {
    if (closing.length === 0)
      throw new BadUserInputError(
        'A DONE action needs input.closingEvidenceIds: the evidence that shows it done.',
        'input.closingEvidenceIds',
      );
    return {
      status,
      droppedReason: null,
      completedOn: before.status === ActionStatus.DONE ? before.completedOn : todayIso(),
    };
  }
  return { status, droppedReason: null, completedOn: null };
}

/** Closing evidence: the YOT's own items, not withdrawn. */
async function closingEvidence(tx: HubContext, yotId: number, ids: string[]): Promise<number[]> {
  const items = await findAllById(tx, Evidence, [...new Set(ids)], 'input.closingEvidenceIds');
  const wrong = items.find((e) => e.yotId !== yotId || e.status !== EvidenceStatus.CURRENT);
  if (wrong)
    throw new BadUserInputError(
      `"${wrong.title}" cannot close this action: ${wrong.yotId !== yotId ? 'it is held by another YOT' : 'it was withdrawn'}.`,
      'input.closingEvidenceIds',
    );
  return items.map((e) => e.id);
}

/** Checks the source the input names against the YOT's data and says what it answers. */
async function originOf(tx: HubContext, yot: Yot, input: ActionSourceInput | null): Promise<Origin> {
  const none: Origin = { source: ActionSource.NONE, sourceTypeName: null, sourceKey: null, criterionIds: [], gaps: [] };
  if (!input) return none;
  const given = [input.gap, input.selfAssessmentId, input.criterionRatingId].filter((v) => v != null).length;
  if (given > 1)
    throw new BadUserInputError(
      'input.source names more than one source; give a gap, a self-assessment or a rating.',
      'input.source',
    );
  if (input.gap) return fromGap(tx, yot, input.gap.kind, input.gap.nodeId);
  if (input.selfAssessmentId) return fromSelfScore(tx, yot, input.selfAssessmentId, input.criterionId ?? null);
  if (input.criterionRatingId) return fromRating(tx, yot, input.criterionRatingId);
  return none;
}

async function fromGap(tx: HubContext, yot: Yot, kind: GapKind, nodeId: string): Promise<Origin> {
  const { typeName, key } = decodeGlobalId(nodeId, undefined, 'input.source.gap.nodeId');
  const gaps = await findGaps(tx, yot.code, todayIso());
  if (!gaps.some((g) => g.kind === kind && g.typeName === typeName && g.key === key)) {
    throw new BadUserInputError(
      `${yot.name} has no ${kind} gap about ${nodeId} today; raise actions from the current \`gaps\`.`,
      'input.source.gap',
    );
  }
  let criterionIds: number[] = [];
  if (typeName === 'Criterion') criterionIds = [key];
  if (typeName === 'CriterionRating')
    criterionIds = [(await tx.db.getRepository(CriterionRating).findOneByOrFail({ id: key })).criterionId];
  return {
    source: ActionSource.GAP,
    sourceTypeName: null,
    sourceKey: null,
    criterionIds,
    gaps: [{ kind, typeName, key }],
  };
}

async function fromSelfScore(
  tx: HubContext,
  yot: Yot,
  selfAssessmentId: string,
  criterionId: string | null,
): Promise<Origin> {
  const sa = await findById(tx, SelfAssessment, selfAssessmentId, 'input.source.selfAssessmentId');
  if (sa.yotId !== yot.id)
    throw new BadUserInputError(
      "input.source.selfAssessmentId is another YOT's self-assessment.",
      'input.source.selfAssessmentId',
    );
  if (!criterionId)
    throw new BadUserInputError(
      'input.source.criterionId names the statement whose low self-score the action answers.',
      'input.source.criterionId',
    );
  const criterion = await findById(tx, Criterion, criterionId, 'input.source.criterionId');
  const score = await tx.db
    .getRepository(SelfAssessmentScore)
    .findOneBy({ selfAssessmentId: sa.id, criterionId: criterion.id });
  if (!score || score.score > LOW_SELF_SCORE) {
    throw new BadUserInputError(
      `${criterion.code} was ${score ? `self-scored ${score.score}` : 'not self-scored'}; an action is raised from a low self-score (${LOW_SELF_SCORE} or less).`,
      'input.source.criterionId',
    );
  }
  return {
    source: ActionSource.SELF_ASSESSMENT,
    sourceTypeName: 'SelfAssessment',
    sourceKey: sa.id,
    criterionIds: [criterion.id],
    gaps: [],
  };
}

async function fromRating(tx: HubContext, yot: Yot, ratingId: string): Promise<Origin> {
  const rating = await findById(tx, CriterionRating, ratingId, 'input.source.criterionRatingId');
  const assessment = await tx.db.getRepository(Assessment).findOneByOrFail({ id: rating.assessmentId });
  if (assessment.yotId !== yot.id)
    throw new BadUserInputError('input.source.criterionRatingId rates another YOT.', 'input.source.criterionRatingId');
  return {
    source: ActionSource.ASSESSOR_RATING,
    sourceTypeName: 'CriterionRating',
    sourceKey: rating.id,
    criterionIds: [rating.criterionId],
    gaps: [],
  };
}
