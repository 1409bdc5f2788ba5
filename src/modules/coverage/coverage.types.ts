import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateScalar } from '../../graphql/scalars';
import { AgencyType } from '../agency/agency.enums';
import { Nation } from '../yot/yot.enums';

@ObjectType({ description: 'How one YOT works with one expected agency type, on a date.' })
export class PartnerCoverage {
  @Field(() => AgencyType, { description: 'The expected agency type.' })
  agencyType!: AgencyType;

  @Field(() => Boolean, { description: 'True for the statutory partners (s.39).' })
  statutory!: boolean;

  @Field(() => Boolean, { description: 'True when the YOT has a partnership with an agency of this type that is running on `asOf`.' })
  hasActivePartnership!: boolean;

  @Field(() => Int, { description: 'Number of such partnerships (one per agency).' })
  activePartnerships!: number;

  @Field(() => Boolean, { nullable: true, description: 'True when any such partner sits on the management board; null when no source says.' })
  boardMember!: boolean | null;

  @Field(() => Float, { description: 'Full-time equivalents of seconded or co-located staff placed by such partners (unknown FTEs count as 0; see `placedStaff`).' })
  placedFte!: number;

  @Field(() => Int, { description: 'Number of seconded or co-located staff placements from such partners.' })
  placedStaff!: number;

  @Field(() => Boolean, { description: 'True when an information-sharing agreement with such a partner is in force and not past its review date on `asOf`.' })
  currentAgreement!: boolean;

  @Field(() => Int, { description: 'Countable evidence (current, not rejected, not expired on `asOf`) provided by or involving such a partner.' })
  evidenceCount!: number;

  @Field(() => Int, { description: 'Of `evidenceCount`, the items an assessor accepted.' })
  acceptedEvidenceCount!: number;

  @Field(() => Int, { description: 'Criteria that such countable evidence supports.' })
  criteriaEvidenced!: number;
}

@ObjectType({ description: 'The award a YOT holds (its latest award decided on or before `asOf`).' })
export class AwardStatus {
  assessmentId!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the award is valid; null when the decision date is not known.' })
  validUntil!: string | null;

  @Field(() => Boolean, { description: 'False once `validUntil` has passed.' })
  current!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'True within 6 months of `validUntil` or past it; null when `validUntil` is unknown.' })
  reverificationDue!: boolean | null;
}

@ObjectType({ description: 'Partnership coverage of one YOT on a date: a row per expected agency type, and totals.' })
export class YotCoverage {
  yotId!: number;

  @Field(() => DateScalar, { description: 'The date the coverage is judged on.' })
  asOf!: string;

  @Field(() => [PartnerCoverage], { description: 'One row per agency type the framework expects, in the framework\'s order.' })
  partners!: PartnerCoverage[];

  @Field(() => Int, { description: 'Number of expected agency types.' })
  expectedPartners!: number;

  @Field(() => Int, { description: 'Expected agency types with an active partnership.' })
  partnersWithActivePartnership!: number;

  @Field(() => Float, { description: 'partnersWithActivePartnership / expectedPartners (0–1).' })
  partnerCoverage!: number;

  @Field(() => Float, { description: 'Share of the statutory partner types with an active partnership (0–1).' })
  statutoryPartnerCoverage!: number;

  @Field(() => Float, { nullable: true, description: 'Share of actively partnered expected types that place seconded or co-located staff (0–1); null with no active partnership.' })
  coLocationRatio!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of actively partnered expected types covered by a current agreement (0–1); null with no active partnership.' })
  agreementCoverage!: number | null;

  @Field(() => Int, { description: 'Criteria with any countable evidence (x of `criteriaTotal`).' })
  criteriaWithEvidence!: number;

  @Field(() => Int, { description: 'Criteria in the framework.' })
  criteriaTotal!: number;

  @Field(() => Int, { description: 'Criteria whose countable evidence comes from two or more agency types.' })
  criteriaEvidencedByTwoOrMoreAgencyTypes!: number;

  @Field(() => AwardStatus, { nullable: true, description: 'The YOT\'s latest award; null when it has none.' })
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

  @Field(() => Float, { description: 'partnersWithActivePartnership / expectedPartners (0–1).' })
  partnerCoverage!: number;

  @Field(() => Float, { description: 'Share of statutory partner slots with an active partnership (0–1).' })
  statutoryPartnerCoverage!: number;

  @Field(() => Float, { nullable: true, description: 'Share of active slots with seconded or co-located staff (0–1); null with none active.' })
  coLocationRatio!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of active slots covered by a current agreement (0–1); null with none active.' })
  agreementCoverage!: number | null;

  @Field(() => Float, { description: 'Average criteria with countable evidence per YOT.' })
  averageCriteriaWithEvidence!: number;

  @Field(() => Float, { description: 'Average criteria evidenced by two or more agency types per YOT.' })
  averageCriteriaEvidencedByTwoOrMoreAgencyTypes!: number;

  @Field(() => Int, { description: 'YOTs holding a current award.' })
  yotsWithCurrentAward!: number;

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
