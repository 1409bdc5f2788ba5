import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { AgencyType } from '../agency/agency.enums';
import { RatingBand } from '../assessment/assessment.enums';

@ObjectType({
  description: 'For one YOT and one criterion: the evidence behind it, who contributed, and its latest rating.',
})
export class CriterionCoverage {
  criterionId!: number;
  /** The YOT and date the row is about, for its id. */
  yotId!: number;
  asOf!: string;

  @Field(() => Int, {
    description: 'Countable evidence (current, not rejected, not expired on `asOf`) linked to the criterion.',
  })
  evidenceCount!: number;

  @Field(() => Int, { description: 'Of those, the items an assessor accepted.' })
  acceptedEvidenceCount!: number;

  @Field(() => [AgencyType], { description: 'Agency types that provided or took part in that evidence, alphabetical.' })
  contributingAgencyTypes!: AgencyType[];

  @Field(() => Boolean, { description: 'True when accepted evidence comes from at least two agency types.' })
  triangulated!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Date of the most recent dated evidence; null when none is dated.',
  })
  latestEvidenceOn!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Score in the YOT's latest assessment; null when not rated or rated by band only.",
  })
  score!: number | null;

  @Field(() => RatingBand, { nullable: true, description: "Band in the YOT's latest assessment; null when not rated." })
  band!: RatingBand | null;

  @Field(() => Boolean, {
    description: 'True when the criterion has no countable evidence, or evidence from fewer than two agency types.',
  })
  gap!: boolean;
}

@ObjectType({ description: 'How much countable evidence one agency type contributes to one criterion, for one YOT.' })
export class ContributionCell {
  criterionId!: number;

  @Field(() => AgencyType, { description: 'The contributing agency type (provider or involved).' })
  agencyType!: AgencyType;

  @Field(() => Int, { description: 'Countable evidence items.' })
  evidenceCount!: number;

  @Field(() => Int, { description: 'Of those, accepted items.' })
  acceptedEvidenceCount!: number;
}
