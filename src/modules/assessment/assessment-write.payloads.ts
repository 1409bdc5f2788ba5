import { Field, ObjectType } from 'type-graphql';
import { Assessment } from './assessment.entity';
import { CriterionRating } from './criterion-rating.entity';

@ObjectType({ description: 'Result of `startAssessment`.' })
export class StartAssessmentPayload {
  @Field(() => Assessment, { description: 'The new assessment, with any carried-over ratings.' })
  assessment!: Assessment;
}

@ObjectType({ description: 'Result of `rateCriterion`.' })
export class RateCriterionPayload {
  @Field(() => CriterionRating, { description: 'The rating now in force, with its `history`.' })
  rating!: CriterionRating;

  @Field(() => Assessment, { description: 'The assessment, whose `ratings` include it.' })
  assessment!: Assessment;
}

@ObjectType({ description: 'Result of `decideAssessment`.' })
export class DecideAssessmentPayload {
  @Field(() => Assessment, { description: 'The decided assessment, with `validUntil` when awarded.' })
  assessment!: Assessment;
}
