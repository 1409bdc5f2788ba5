import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Kinds of finding an assessor acts on. */
export enum GapKind {
  MISSING_STATUTORY_PARTNER = 'MISSING_STATUTORY_PARTNER',
  MISSING_EXPECTED_PARTNER = 'MISSING_EXPECTED_PARTNER',
  PARTNER_NOT_RECORDED = 'PARTNER_NOT_RECORDED',
  PARTNER_CEASED = 'PARTNER_CEASED',
  STATUTORY_TEAM_ROLE_NOT_RECORDED = 'STATUTORY_TEAM_ROLE_NOT_RECORDED',
  AGREEMENT_REVIEW_OVERDUE = 'AGREEMENT_REVIEW_OVERDUE',
  NO_AGREEMENT_WITH_PARTNER = 'NO_AGREEMENT_WITH_PARTNER',
  CRITERION_WITHOUT_EVIDENCE = 'CRITERION_WITHOUT_EVIDENCE',
  CRITERION_SINGLE_AGENCY = 'CRITERION_SINGLE_AGENCY',
  EVIDENCE_EXPIRING = 'EVIDENCE_EXPIRING',
  EVIDENCE_AWAITING_REVIEW = 'EVIDENCE_AWAITING_REVIEW',
  RATING_ABOVE_EVIDENCE = 'RATING_ABOVE_EVIDENCE',
  AWARD_EXPIRING = 'AWARD_EXPIRING',
  AWARD_EXPIRED = 'AWARD_EXPIRED',
  REDESIGNATION_OVERDUE = 'REDESIGNATION_OVERDUE',
  AWARD_DATE_UNKNOWN = 'AWARD_DATE_UNKNOWN',
  ACTION_OVERDUE = 'ACTION_OVERDUE',
  BOARD_ATTENDANCE_LOW = 'BOARD_ATTENDANCE_LOW',
}

registerEnumType(GapKind, {
  name: 'GapKind',
  description: 'What kind of gap a finding reports.',
  valuesConfig: {
    MISSING_STATUTORY_PARTNER: {
      description:
        "The YOT has recorded that it has no partner of a statutory type (node: the ExpectedPartner). Never raised for what nothing is recorded about, nor for the host authority's own services.",
    },
    MISSING_EXPECTED_PARTNER: {
      description:
        'The YOT has recorded that it has no partner of a SEND-relevant type the framework expects (node: the ExpectedPartner).',
    },
    PARTNER_NOT_RECORDED: {
      description:
        'Nothing is recorded either way about an expected partner type: neither a partnership, staff, nor an absence (node: the ExpectedPartner). Unknown, not missing.',
    },
    PARTNER_CEASED: {
      description:
        "A partnership's partner body has ceased and no partnership with its successor is recorded (node: the Partnership; the message names the successor when known).",
    },
    STATUTORY_TEAM_ROLE_NOT_RECORDED: {
      description: 'No staff of a role the s.39(5) minimum team requires are recorded in the team (node: the Yot).',
    },
    AGREEMENT_REVIEW_OVERDUE: { description: 'An agreement in force is past its review date (node: the agreement).' },
    NO_AGREEMENT_WITH_PARTNER: {
      description: 'An active expected partner is not party to any current agreement (node: the Partnership).',
    },
    CRITERION_WITHOUT_EVIDENCE: { description: 'A criterion has no countable evidence (node: the Criterion).' },
    CRITERION_SINGLE_AGENCY: {
      description: "A criterion's evidence comes from fewer than two agency types (node: the Criterion).",
    },
    EVIDENCE_EXPIRING: { description: 'Countable evidence expires within 90 days (node: the Evidence).' },
    EVIDENCE_AWAITING_REVIEW: { description: 'Countable evidence has not been reviewed (node: the Evidence).' },
    RATING_ABOVE_EVIDENCE: {
      description:
        'A rating in the latest assessment is no longer supported by the evidence it cites (node: the CriterionRating).',
    },
    AWARD_EXPIRING: { description: 'The award expires within 6 months (node: the Assessment).' },
    AWARD_EXPIRED: {
      description:
        'The award has expired and no current award or award of unknown date follows it (node: the Assessment).',
    },
    REDESIGNATION_OVERDUE: {
      description:
        'The award has expired and no redesignation of it is recorded, in progress or decided (node: the Assessment).',
    },
    AWARD_DATE_UNKNOWN: {
      description:
        "The award's decision date is not recorded, so whether it is current is unknown (node: the Assessment).",
    },
    ACTION_OVERDUE: {
      description: 'An action-plan item is OPEN or IN_PROGRESS past its due date (node: the ActionPlanItem).',
    },
    BOARD_ATTENDANCE_LOW: {
      description:
        'A statutory partner agency attended fewer than half of the management board meetings held in the year up to `asOf` while it had a seat (KPI 7; node: the Agency).',
    },
  },
});

@ObjectType({ description: 'One gap an assessor should act on, with the object it concerns.' })
export class Gap {
  @Field(() => GapKind, { description: 'What kind of gap.' })
  kind!: GapKind;

  @Field(() => String, { description: 'What is missing or wrong, in words.' })
  message!: string;

  /** The node the finding concerns, by type and key; resolved through the loaders. */
  typeName!: string;
  key!: number;
  /** The YOT the finding is about. */
  yotId!: number;
}

/** How urgently a gap needs acting on; the national gaps list is ordered by it. */
export enum GapSeverity {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

registerEnumType(GapSeverity, {
  name: 'GapSeverity',
  description:
    'How urgently a gap needs acting on, fixed by its kind (see `GAP_SEVERITY` in the README\'s "National gaps").',
  valuesConfig: {
    HIGH: {
      description:
        'A statutory duty or the award itself is at stake: a statutory partner recorded absent, a s.39(5) team member missing, an expired award or overdue redesignation, a rating its evidence no longer supports.',
    },
    MEDIUM: {
      description:
        'Coverage falls short of what the framework expects: an expected partner absent, a ceased partner body, missing or overdue agreements, a criterion without evidence, an award expiring or of unknown date, an overdue action-plan item, a statutory partner missing most board meetings.',
    },
    LOW: {
      description:
        'Worth recording or strengthening: an expected partner nothing is recorded about, single-agency evidence, evidence expiring or awaiting review.',
    },
  },
});

/** The severity of each kind of gap. */
export const GAP_SEVERITY: Record<GapKind, GapSeverity> = {
  MISSING_STATUTORY_PARTNER: GapSeverity.HIGH,
  STATUTORY_TEAM_ROLE_NOT_RECORDED: GapSeverity.HIGH,
  AWARD_EXPIRED: GapSeverity.HIGH,
  REDESIGNATION_OVERDUE: GapSeverity.HIGH,
  RATING_ABOVE_EVIDENCE: GapSeverity.HIGH,
  MISSING_EXPECTED_PARTNER: GapSeverity.MEDIUM,
  PARTNER_CEASED: GapSeverity.MEDIUM,
  AGREEMENT_REVIEW_OVERDUE: GapSeverity.MEDIUM,
  NO_AGREEMENT_WITH_PARTNER: GapSeverity.MEDIUM,
  CRITERION_WITHOUT_EVIDENCE: GapSeverity.MEDIUM,
  AWARD_EXPIRING: GapSeverity.MEDIUM,
  AWARD_DATE_UNKNOWN: GapSeverity.MEDIUM,
  PARTNER_NOT_RECORDED: GapSeverity.LOW,
  CRITERION_SINGLE_AGENCY: GapSeverity.LOW,
  EVIDENCE_EXPIRING: GapSeverity.LOW,
  EVIDENCE_AWAITING_REVIEW: GapSeverity.LOW,
  ACTION_OVERDUE: GapSeverity.MEDIUM,
  BOARD_ATTENDANCE_LOW: GapSeverity.MEDIUM,
};
