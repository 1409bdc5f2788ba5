import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgencyType } from '../agency/agency.enums';
import { AgreementStatus } from '../agreement/agreement.enums';
import { GapKind, GapSeverity } from '../coverage/gaps.types';
import { EvidenceKind, EvidenceReviewState, EvidenceStatus } from '../evidence/evidence.enums';
import { PartnershipStatus, PlacementArrangement, StaffRole } from '../partnership/partnership.enums';
import { Nation } from '../yot/yot.enums';

/** What an aggregate's rows can be grouped by; each aggregate says which it accepts (others are BAD_USER_INPUT). */
export enum AggregateDimension {
  YOT = 'YOT',
  REGION = 'REGION',
  NATION = 'NATION',
  AGENCY_TYPE = 'AGENCY_TYPE',
  AGENCY = 'AGENCY',
  CRITERION = 'CRITERION',
  KIND = 'KIND',
  STATUS = 'STATUS',
  REVIEW_STATE = 'REVIEW_STATE',
  STATUTORY = 'STATUTORY',
  CURRENT = 'CURRENT',
  CEASED = 'CEASED',
  ROLE = 'ROLE',
  ARRANGEMENT = 'ARRANGEMENT',
  SEVERITY = 'SEVERITY',
  QUARTER = 'QUARTER',
}

registerEnumType(AggregateDimension, {
  name: 'AggregateDimension',
  description:
    'A dimension to group an aggregate by. Each aggregate field lists the dimensions it accepts; any other answers BAD_USER_INPUT.',
  valuesConfig: {
    YOT: { description: 'The YOT (`key.yot`).' },
    REGION: { description: "The YOT's region (`key.region`)." },
    NATION: { description: "The YOT's nation (`key.nation`)." },
    AGENCY_TYPE: {
      description:
        "The agency type (`key.agencyType`): the providing agency for evidence, the partner for partnerships and placements, a party for agreements, the agency's own for agencies, and for gaps the partner type or agency the gap concerns (null for other gaps).",
    },
    AGENCY: { description: 'The agency (`key.agency`), as for AGENCY_TYPE.' },
    CRITERION: {
      description:
        'The criterion evidence is linked to (`key.criterionCode`); an item linked to several counts once in each. For gaps, the criterion a criterion or rating gap concerns (null for other gaps).',
    },
    KIND: { description: 'Evidence kind (`key.evidenceKind`) or gap kind (`key.gapKind`).' },
    STATUS: {
      description: 'Status of the row (`key.evidenceStatus`, `key.partnershipStatus` or `key.agreementStatus`).',
    },
    REVIEW_STATE: { description: 'Evidence review state (`key.reviewState`).' },
    STATUTORY: { description: 'Whether the partnership is statutory (`key.statutory`).' },
    CURRENT: {
      description:
        'Whether the row holds on `asOf` (`key.current`): evidence countable, partnership active, agreement in force, placement running; the same rules as every view.',
    },
    CEASED: { description: 'Whether the agency had ceased by `asOf` (`key.ceased`).' },
    ROLE: { description: 'Staff role of a placement (`key.staffRole`).' },
    ARRANGEMENT: { description: 'Placement arrangement (`key.arrangement`).' },
    SEVERITY: { description: 'Gap severity (`key.gapSeverity`).' },
    QUARTER: {
      description:
        "Calendar quarter `YYYY-Qn` (`key.quarter`) of the row's main date: evidence `recordedAt`, partnership and placement `startedOn`, agreement `signedOn`; null when the date is unknown.",
    },
  },
});

@ObjectType({
  description: 'The values one group shares; only the fields of the requested dimensions are set, the others are null.',
})
export class AggregateKey {
  @Field(() => ID, {
    description:
      "Stable id for client caches: its group's id (so two queries that read different key fields merge instead of replacing each other).",
  })
  id!: string;

  /** Resolved through the loaders. */
  yotId?: number | null;
  agencyId?: number | null;

  @Field(() => String, { nullable: true, description: 'Region (REGION).' })
  region?: string | null;

  @Field(() => Nation, { nullable: true, description: 'Nation (NATION).' })
  nation?: Nation | null;

  @Field(() => AgencyType, { nullable: true, description: 'Agency type (AGENCY_TYPE).' })
  agencyType?: AgencyType | null;

  @Field(() => String, { nullable: true, description: 'Criterion code, e.g. `S3` (CRITERION).' })
  criterionCode?: string | null;

  @Field(() => EvidenceKind, { nullable: true, description: 'Evidence kind (KIND on evidence).' })
  evidenceKind?: EvidenceKind | null;

  @Field(() => EvidenceStatus, { nullable: true, description: 'Evidence status (STATUS on evidence).' })
  evidenceStatus?: EvidenceStatus | null;

  @Field(() => EvidenceReviewState, { nullable: true, description: 'Review state (REVIEW_STATE).' })
  reviewState?: EvidenceReviewState | null;

  @Field(() => PartnershipStatus, { nullable: true, description: 'Partnership status (STATUS on partnerships).' })
  partnershipStatus?: PartnershipStatus | null;

  @Field(() => AgreementStatus, { nullable: true, description: 'Agreement status (STATUS on agreements).' })
  agreementStatus?: AgreementStatus | null;

  @Field(() => StaffRole, { nullable: true, description: 'Staff role (ROLE).' })
  staffRole?: StaffRole | null;

  @Field(() => PlacementArrangement, { nullable: true, description: 'Placement arrangement (ARRANGEMENT).' })
  arrangement?: PlacementArrangement | null;

  @Field(() => GapKind, { nullable: true, description: 'Gap kind (KIND on gaps).' })
  gapKind?: GapKind | null;

  @Field(() => GapSeverity, { nullable: true, description: 'Gap severity (SEVERITY).' })
  gapSeverity?: GapSeverity | null;

  @Field(() => Boolean, { nullable: true, description: 'Statutory partnership (STATUTORY).' })
  statutory?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Holds on `asOf` (CURRENT).' })
  current?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Agency ceased by `asOf` (CEASED).' })
  ceased?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Quarter `YYYY-Qn` (QUARTER).' })
  quarter?: string | null;
}

@ObjectType({ description: 'One group of an aggregate: the values its rows share and how many rows there are.' })
export class AggregateGroup {
  @Field(() => ID, {
    description:
      'Stable id for client caches: the aggregate, its arguments and the key (the same question gives the same ids).',
  })
  id!: string;

  @Field(() => AggregateKey, { description: 'The values of the requested dimensions.' })
  key!: AggregateKey;

  @Field(() => Int, {
    description: 'Distinct rows in the group (evidence items, partnerships, agencies, agreements, placements or gaps).',
  })
  count!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Distinct YOTs among the group's rows (null for agencies not grouped by a YOT dimension).",
  })
  yotCount!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Placements only: the sum of their full-time equivalents (unknown FTE counts 0).',
  })
  fte!: number | null;
}

@ObjectType({
  description:
    'Grouped counts computed in the database, in the style of Hasura `_aggregate` and PostGraphile aggregates.',
})
export class Aggregate {
  @Field(() => ID, { description: 'Stable id for client caches: the aggregate and its arguments.' })
  id!: string;

  @Field(() => Int, { description: 'Distinct rows matching the filter (a row in several groups counts once here).' })
  total!: number;

  @Field(() => [AggregateGroup], {
    description:
      'One entry per combination of the `groupBy` values present, ordered by those values; empty without `groupBy`.',
  })
  groups!: AggregateGroup[];
}
