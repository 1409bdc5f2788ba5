import { registerEnumType } from 'type-graphql';

/** What sort of change a feed entry reports; derived from the mutation that made it. */
export enum ChangeKind {
  EVIDENCE_RECORDED = 'EVIDENCE_RECORDED',
  EVIDENCE_REVIEWED = 'EVIDENCE_REVIEWED',
  EVIDENCE_CHANGED = 'EVIDENCE_CHANGED',
  RATING_CHANGED = 'RATING_CHANGED',
  ASSESSMENT_STARTED = 'ASSESSMENT_STARTED',
  ASSESSMENT_DECIDED = 'ASSESSMENT_DECIDED',
  AGREEMENT_CHANGED = 'AGREEMENT_CHANGED',
  COVERAGE_CHANGED = 'COVERAGE_CHANGED',
  YOT_CHANGED = 'YOT_CHANGED',
  SELF_ASSESSMENT_CHANGED = 'SELF_ASSESSMENT_CHANGED',
  ACTION_PLAN_CHANGED = 'ACTION_PLAN_CHANGED',
  BOARD_CHANGED = 'BOARD_CHANGED',
}

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What sort of change a change-feed entry reports.',
  valuesConfig: {
    EVIDENCE_RECORDED: { description: 'An evidence item was recorded (`recordEvidence`).' },
    EVIDENCE_REVIEWED: { description: 'An evidence item was reviewed by an assessor (`reviewEvidence`).' },
    EVIDENCE_CHANGED: {
      description: 'An evidence item was updated, linked to or unlinked from a criterion, or withdrawn.',
    },
    RATING_CHANGED: {
      description:
        'A criterion rating was given or changed (`rateCriterion`, or copied from a baseline when an assessment starts).',
    },
    ASSESSMENT_STARTED: { description: 'An award assessment was started (`startAssessment`).' },
    ASSESSMENT_DECIDED: { description: 'An award assessment was decided (`decideAssessment`).' },
    AGREEMENT_CHANGED: { description: 'An information-sharing agreement was recorded or changed.' },
    COVERAGE_CHANGED: {
      description:
        "A partnership, staff placement or recorded partner absence changed, so the YOT's partner coverage may have changed.",
    },
    YOT_CHANGED: { description: 'The YOT itself was created or changed (name, region, host authorities…).' },
    SELF_ASSESSMENT_CHANGED: {
      description:
        "The YOT's self-assessment was recorded or changed (`createSelfAssessment`, `updateSelfAssessment`).",
    },
    ACTION_PLAN_CHANGED: {
      description:
        "An item of the YOT's action plan was added or changed (`createActionPlanItem`, `updateActionPlanItem`).",
    },
    BOARD_CHANGED: {
      description:
        "The YOT's management board, its members or a meeting's attendance were recorded or changed (KPI 7 may move).",
    },
  },
});

/**
 * The feed's view of the audit trail: each audited mutation that concerns one YOT, with its kind and whether it
 * can change that YOT's coverage view. Mutations missing here (agencies, children, outcomes, KPI returns) never
 * reach the feed: agencies belong to no one YOT, and child-level events are for administrators' audit trail only.
 */
export const FEED_ACTIONS: Readonly<Record<string, { kind: ChangeKind; affectsCoverage: boolean }>> = {
  recordEvidence: { kind: ChangeKind.EVIDENCE_RECORDED, affectsCoverage: true },
  reviewEvidence: { kind: ChangeKind.EVIDENCE_REVIEWED, affectsCoverage: true },
  updateEvidence: { kind: ChangeKind.EVIDENCE_CHANGED, affectsCoverage: true },
  linkEvidence: { kind: ChangeKind.EVIDENCE_CHANGED, affectsCoverage: true },
  unlinkEvidence: { kind: ChangeKind.EVIDENCE_CHANGED, affectsCoverage: true },
  withdrawEvidence: { kind: ChangeKind.EVIDENCE_CHANGED, affectsCoverage: true },
  rateCriterion: { kind: ChangeKind.RATING_CHANGED, affectsCoverage: false },
  decideAssessment: { kind: ChangeKind.ASSESSMENT_DECIDED, affectsCoverage: false },
  recordAgreement: { kind: ChangeKind.AGREEMENT_CHANGED, affectsCoverage: true },
  updateAgreement: { kind: ChangeKind.AGREEMENT_CHANGED, affectsCoverage: true },
  addPartnership: { kind: ChangeKind.COVERAGE_CHANGED, affectsCoverage: true },
  updatePartnership: { kind: ChangeKind.COVERAGE_CHANGED, affectsCoverage: true },
  endPartnership: { kind: ChangeKind.COVERAGE_CHANGED, affectsCoverage: true },
  addStaffPlacement: { kind: ChangeKind.COVERAGE_CHANGED, affectsCoverage: true },
  endStaffPlacement: { kind: ChangeKind.COVERAGE_CHANGED, affectsCoverage: true },
  recordPartnerAbsence: { kind: ChangeKind.COVERAGE_CHANGED, affectsCoverage: true },
  withdrawPartnerAbsence: { kind: ChangeKind.COVERAGE_CHANGED, affectsCoverage: true },
  createYot: { kind: ChangeKind.YOT_CHANGED, affectsCoverage: true },
  updateYot: { kind: ChangeKind.YOT_CHANGED, affectsCoverage: true },
  // The award journey: the YOT page shows them beside coverage, which they do not move.
  createSelfAssessment: { kind: ChangeKind.SELF_ASSESSMENT_CHANGED, affectsCoverage: false },
  updateSelfAssessment: { kind: ChangeKind.SELF_ASSESSMENT_CHANGED, affectsCoverage: false },
  createActionPlanItem: { kind: ChangeKind.ACTION_PLAN_CHANGED, affectsCoverage: false },
  updateActionPlanItem: { kind: ChangeKind.ACTION_PLAN_CHANGED, affectsCoverage: false },
  createBoard: { kind: ChangeKind.BOARD_CHANGED, affectsCoverage: false },
  addBoardMember: { kind: ChangeKind.BOARD_CHANGED, affectsCoverage: false },
  updateBoardMember: { kind: ChangeKind.BOARD_CHANGED, affectsCoverage: false },
  recordBoardMeeting: { kind: ChangeKind.BOARD_CHANGED, affectsCoverage: false },
};

/**
 * `startAssessment` writes two kinds of event: the assessment itself and the ratings copied from its baseline.
 * Keyed by entity type, so each reads as what it is.
 */
export const START_ASSESSMENT_KINDS: Readonly<Record<string, ChangeKind>> = {
  Assessment: ChangeKind.ASSESSMENT_STARTED,
  CriterionRating: ChangeKind.RATING_CHANGED,
};

/** The kind of an audit event, or null when it is not part of the feed. */
export function kindOf(action: string, entityType: string): ChangeKind | null {
  if (action === 'startAssessment') return START_ASSESSMENT_KINDS[entityType] ?? null;
  return feedAction(action)?.kind ?? null;
}

/** The feed's entry for an audit action, or undefined when the action is not in the feed. */
export function feedAction(action: string): (typeof FEED_ACTIONS)[string] | undefined {
  return FEED_ACTIONS[action];
}

/** The audit actions that produce a kind, for SQL filters (`startAssessment` covers two kinds). */
export function actionsFor(kinds: readonly ChangeKind[]): string[] {
  const actions = Object.entries(FEED_ACTIONS)
    .filter(([, v]) => kinds.includes(v.kind))
    .map(([action]) => action);
  if (kinds.includes(ChangeKind.ASSESSMENT_STARTED) || kinds.includes(ChangeKind.RATING_CHANGED))
    actions.push('startAssessment');
  return actions;
}
