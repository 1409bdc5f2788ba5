import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateScalar } from '../../graphql/scalars';
import { AgencyType } from '../agency/agency.enums';
import { Nation } from '../yot/yot.enums';
import { DatePrecision } from '../assessment/assessment.enums';

/** What is known about a YOT and one expected agency type on a date. */
export enum PartnerState {
  IN_PLACE = 'IN_PLACE',
  RECORDED_ABSENT = 'RECORDED_ABSENT',
  CEASED = 'CEASED',
  NOT_RECORDED = 'NOT_RECORDED',
}

/** Where the knowledge behind a PartnerState comes from. */
export enum PartnerStateBasis {
  PARTNERSHIP = 'PARTNERSHIP',
  PLACED_STAFF = 'PLACED_STAFF',
  OWN_STAFF = 'OWN_STAFF',
  RECORDED_ABSENCE = 'RECORDED_ABSENCE',
  HOST_AUTHORITY = 'HOST_AUTHORITY',
  CEASED_BODY = 'CEASED_BODY',
}

/** An award's standing on a date. */
export enum AwardState {
  CURRENT = 'CURRENT',
  EXPIRED = 'EXPIRED',
  UNKNOWN = 'UNKNOWN',
}

/** The ratios a coverage row carries, each with what it was computed over. */
export enum CoverageRatioKind {
  PARTNER = 'PARTNER',
  KNOWN_PARTNER = 'KNOWN_PARTNER',
  STATUTORY_PARTNER = 'STATUTORY_PARTNER',
  CO_LOCATION = 'CO_LOCATION',
  AGREEMENT = 'AGREEMENT',
}

registerEnumType(PartnerState, {
  name: 'PartnerState',
  description:
    'What is known about a YOT and one expected agency type on a date. Unknown is not absent: only RECORDED_ABSENT says the YOT has none.',
  valuesConfig: {
    IN_PLACE: {
      description:
        "In place: an active partnership, staff in the team who practise in this type (named employer or not), or, for children's social care and education, the host local authority's own service.",
    },
    RECORDED_ABSENT: {
      description: 'The YOT has recorded that it has no partner of this type (`recordPartnerAbsence`).',
    },
    CEASED: {
      description:
        "The only partnerships recorded are with bodies that have ceased (e.g. a CCG after 1 July 2022); see the partnership's agency for its successor.",
    },
    NOT_RECORDED: {
      description: 'Nothing is recorded either way: the sources neither name such a partner nor say there is none.',
    },
  },
});

registerEnumType(PartnerStateBasis, {
  name: 'PartnerStateBasis',
  description: 'Where the knowledge behind a partner state comes from.',
  valuesConfig: {
    PARTNERSHIP: { description: 'An active partnership with an agency of this type.' },
    PLACED_STAFF: {
      description:
        'Staff in the team who practise in this type (e.g. a speech and language therapist), though no partnership with their employer is recorded.',
    },
    OWN_STAFF: {
      description:
        "The YOT's own staff (YOT_EMPLOYED: employees of the host authority) practise in this type; no partner staff or partnership is recorded. They are never counted as staff without a named employer.",
    },
    RECORDED_ABSENCE: { description: "The YOT's own record that it has none." },
    HOST_AUTHORITY: {
      description:
        "The host local authority provides the service itself: the YOT's own statutory side (Crime and Disorder Act 1998 s.39).",
    },
    CEASED_BODY: { description: 'A partnership with a body that has since ceased.' },
  },
});

registerEnumType(AwardState, {
  name: 'AwardState',
  description: 'Whether an award is current on a date. Without a decision date it is UNKNOWN, never assumed current.',
  valuesConfig: {
    CURRENT: { description: 'Decided and within its validity on the date.' },
    EXPIRED: { description: 'Its last valid day has passed.' },
    UNKNOWN: { description: 'Its decision date (so its validity) is not recorded.' },
  },
});

registerEnumType(CoverageRatioKind, {
  name: 'CoverageRatioKind',
  description: 'Which coverage ratio.',
  valuesConfig: {
    PARTNER: {
      description:
        '`partnerCoverage`: expected types in place over all expected types (not recorded counts as not in place).',
    },
    KNOWN_PARTNER: {
      description:
        '`knownPartnerCoverage`: expected types in place over those whose state is known (not NOT_RECORDED).',
    },
    STATUTORY_PARTNER: {
      description: '`statutoryPartnerCoverage`: statutory types in place over the statutory types.',
    },
    CO_LOCATION: {
      description: '`coLocationRatio`: types in place with seconded or co-located partner staff over types in place.',
    },
    AGREEMENT: {
      description:
        '`agreementCoverage`: types with an active partnership covered by a current agreement over types with an active partnership.',
    },
  },
});

@ObjectType({
  description: 'One coverage ratio with what it was computed over, so a reader can tell a low ratio from missing data.',
})
export class CoverageRatio {
  @Field(() => CoverageRatioKind, { description: 'Which ratio.' })
  kind!: CoverageRatioKind;

  @Field(() => Float, {
    nullable: true,
    description: 'numerator / denominator (0–1, 4 places); null when the denominator is 0.',
  })
  value!: number | null;

  @Field(() => Int, { description: 'What was counted.' })
  numerator!: number;

  @Field(() => Int, { description: 'What it was counted out of.' })
  denominator!: number;

  @Field(() => Int, { description: 'Of the denominator, the slots whose state is known (not NOT_RECORDED).' })
  knownCount!: number;

  @Field(() => String, { description: 'What the ratio was computed over, in words.' })
  computedOver!: string;
}

@ObjectType({ description: 'How one YOT works with one expected agency type, on a date.' })
export class PartnerCoverage {
  @Field(() => AgencyType, { description: 'The expected agency type.' })
  agencyType!: AgencyType;

  @Field(() => Boolean, { description: 'True for the statutory partners (s.39).' })
  statutory!: boolean;

  @Field(() => PartnerState, {
    description: 'What is known on `asOf`: in place, recorded absent, only ceased bodies, or not recorded.',
  })
  state!: PartnerState;

  @Field(() => PartnerStateBasis, { nullable: true, description: 'Where `state` comes from; null when NOT_RECORDED.' })
  basis!: PartnerStateBasis | null;

  @Field(() => Boolean, {
    description:
      "True when the host local authority provides this service itself (the YOT's own side, never a missing partner).",
  })
  hostProvided!: boolean;

  @Field(() => Boolean, {
    description:
      'True when the YOT has an active partnership with an agency of this type on `asOf` (running, and the body has not ceased).',
  })
  hasActivePartnership!: boolean;

  @Field(() => Int, {
    description:
      "Partnerships running on `asOf` with bodies of this type that had ceased by then (see each agency's successor).",
  })
  ceasedPartnerships!: number;

  @Field(() => Int, { description: 'Number of such partnerships (one per agency).' })
  activePartnerships!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when any such partner sits on the management board; null when no source says.',
  })
  boardMember!: boolean | null;

  @Field(() => Float, {
    description:
      'Full-time equivalents of seconded or co-located staff placed by such partners (unknown FTEs count as 0; see `placedStaff`).',
  })
  placedFte!: number;

  @Field(() => Int, {
    description:
      "Seconded or co-located staff placements that practise in this type (by their employer's type, or by their role when the employer is not named).",
  })
  placedStaff!: number;

  @Field(() => Int, {
    description:
      'Staff in the team on `asOf` who practise in this type, whatever the arrangement (YOT-employed included).',
  })
  staffPractising!: number;

  @Field(() => Int, {
    description:
      "Of `staffPractising`, partner staff whose employer is not named: counted for this type by their role. The YOT's own YOT_EMPLOYED staff are never counted here (their employer is the host authority).",
  })
  staffWithoutNamedEmployer!: number;

  @Field(() => Boolean, {
    description:
      'True when an information-sharing agreement with such a partner is in force and not past its review date on `asOf`.',
  })
  currentAgreement!: boolean;

  @Field(() => Int, {
    description:
      'Countable evidence (current, not rejected, not expired on `asOf`) provided by or involving such a partner.',
  })
  evidenceCount!: number;

  @Field(() => Int, { description: 'Of `evidenceCount`, the items an assessor accepted.' })
  acceptedEvidenceCount!: number;

  @Field(() => Int, { description: 'Criteria that such countable evidence supports.' })
  criteriaEvidenced!: number;
}

@ObjectType({
  description:
    'The award a YOT holds on `asOf`: a current award if any, else one whose dates are unknown, else the latest expired one.',
})
export class AwardStatus {
  assessmentId!: number;

  @Field(() => AwardState, { description: 'CURRENT, EXPIRED, or UNKNOWN when the decision date is not recorded.' })
  state!: AwardState;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day the award is valid; null when the decision date is not known.',
  })
  validUntil!: string | null;

  @Field(() => DatePrecision, {
    description: 'How precisely `validUntil` is known (MONTH: the last day of that month).',
  })
  validUntilPrecision!: DatePrecision;

  @Field(() => Boolean, {
    description: 'True only when `state` is CURRENT: an award without a decision date is not current.',
  })
  current!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True within 6 months of `validUntil` or past it; null when `validUntil` is unknown.',
  })
  reverificationDue!: boolean | null;
}

@ObjectType({ description: 'Partnership coverage of one YOT on a date: a row per expected agency type, and totals.' })
export class YotCoverage {
  yotId!: number;

  @Field(() => DateScalar, { description: 'The date the coverage is judged on.' })
  asOf!: string;

  @Field(() => [PartnerCoverage], {
    description: "One row per agency type the framework expects, in the framework's order.",
  })
  partners!: PartnerCoverage[];

  @Field(() => Int, { description: 'Number of expected agency types.' })
  expectedPartners!: number;

  @Field(() => Int, { description: 'Expected agency types with an active partnership.' })
  partnersWithActivePartnership!: number;

  @Field(() => Int, {
    description:
      "Expected agency types IN_PLACE (partnership, staff practising in the type, or the host authority's own service).",
  })
  partnersInPlace!: number;

  @Field(() => Int, { description: 'Expected agency types NOT_RECORDED: nothing known either way.' })
  partnersNotRecorded!: number;

  @Field(() => Int, { description: 'Expected agency types RECORDED_ABSENT: the YOT says it has none.' })
  partnersRecordedAbsent!: number;

  @Field(() => Int, { description: 'Expected agency types CEASED: only partnerships with bodies that have ceased.' })
  partnersCeased!: number;

  @Field(() => Float, {
    description:
      'partnersInPlace / expectedPartners (0–1): not recorded counts as not in place; see `knownPartnerCoverage` and `ratios`.',
  })
  partnerCoverage!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'partnersInPlace / the expected types whose state is known (0–1); null when nothing is known.',
  })
  knownPartnerCoverage!: number | null;

  @Field(() => Float, { description: 'Statutory partner types in place / statutory partner types (0–1).' })
  statutoryPartnerCoverage!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of the expected types in place that have seconded or co-located partner staff (0–1); partner staff whose type is unknown count as at least one type (a lower bound). Null with none in place.',
  })
  coLocationRatio!: number | null;

  @Field(() => Int, {
    description:
      'Seconded or co-located staff on `asOf` whose agency type is unknown (no named employer, and a role that says no type).',
  })
  partnerStaffOfUnknownType!: number;

  @Field(() => [CoverageRatio], {
    description: 'Every ratio with its numerator, denominator, known count and what it was computed over.',
  })
  ratios!: CoverageRatio[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of actively partnered expected types covered by a current agreement (0–1); null with no active partnership.',
  })
  agreementCoverage!: number | null;

  @Field(() => Int, { description: 'Criteria with any countable evidence (x of `criteriaTotal`).' })
  criteriaWithEvidence!: number;

  @Field(() => Int, { description: 'Criteria in the framework.' })
  criteriaTotal!: number;

  @Field(() => Int, { description: 'Criteria whose countable evidence comes from two or more agency types.' })
  criteriaEvidencedByTwoOrMoreAgencyTypes!: number;

  @Field(() => AwardStatus, { nullable: true, description: "The YOT's latest award; null when it has none." })
  award!: AwardStatus | null;
}

@ObjectType({ description: 'A page of YOT coverage rows.' })
export class YotCoverageConnection extends Connection(YotCoverage, 'YotCoverage') {}

@ObjectType({ description: 'Coverage totals of the YOTs of one region.' })
export class RegionCoverage {
  @Field(() => String, { description: 'Region name.' })
  region!: string;

  @Field(() => Int, { description: 'YOTs in the region (within the filter).' })
  yots!: number;

  @Field(() => Int, { description: 'Expected partner slots: YOTs × expected agency types.' })
  expectedPartners!: number;

  @Field(() => Int, { description: 'Slots with an active partnership.' })
  partnersWithActivePartnership!: number;

  @Field(() => Int, { description: 'Slots IN_PLACE.' })
  partnersInPlace!: number;

  @Field(() => Int, { description: 'Slots NOT_RECORDED (nothing known either way).' })
  partnersNotRecorded!: number;

  @Field(() => Int, { description: 'Slots RECORDED_ABSENT.' })
  partnersRecordedAbsent!: number;

  @Field(() => Int, { description: 'Slots CEASED (only ceased bodies recorded).' })
  partnersCeased!: number;

  @Field(() => Float, { description: 'partnersInPlace / expectedPartners (0–1).' })
  partnerCoverage!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'partnersInPlace / slots whose state is known (0–1); null when none is known.',
  })
  knownPartnerCoverage!: number | null;

  @Field(() => Float, { description: 'Share of statutory partner slots in place (0–1).' })
  statutoryPartnerCoverage!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of slots in place with seconded or co-located partner staff, unattributed staff counting as one slot per YOT at least (0–1); null with none in place.',
  })
  coLocationRatio!: number | null;

  @Field(() => Int, { description: 'Seconded or co-located staff whose agency type is unknown.' })
  partnerStaffOfUnknownType!: number;

  @Field(() => [CoverageRatio], {
    description: 'Every ratio with its numerator, denominator, known count and what it was computed over.',
  })
  ratios!: CoverageRatio[];

  @Field(() => Float, {
    nullable: true,
    description: 'Share of active slots covered by a current agreement (0–1); null with none active.',
  })
  agreementCoverage!: number | null;

  @Field(() => Float, { description: 'Average criteria with countable evidence per YOT.' })
  averageCriteriaWithEvidence!: number;

  @Field(() => Float, { description: 'Average criteria evidenced by two or more agency types per YOT.' })
  averageCriteriaEvidencedByTwoOrMoreAgencyTypes!: number;

  @Field(() => Int, { description: 'YOTs holding a current award (an award without a decision date is not counted).' })
  yotsWithCurrentAward!: number;

  @Field(() => Int, {
    description: 'YOTs whose award has no recorded decision date (state UNKNOWN) and no current award.',
  })
  yotsWithAwardOfUnknownDate!: number;

  @Field(() => Int, { description: 'YOTs whose award is within 6 months of expiry or past it.' })
  yotsDueReverification!: number;
}

@InputType({ description: 'Which YOTs a coverage view covers.' })
export class CoverageFilter {
  @Field(() => [String], { nullable: true, description: 'Only these regions.' })
  regions?: string[] | null;

  @Field(() => Nation, { nullable: true, description: 'Only this nation.' })
  nation?: Nation | null;

  @Field(() => [String], { nullable: true, description: 'Only these ONS codes.' })
  codes?: string[] | null;
}
