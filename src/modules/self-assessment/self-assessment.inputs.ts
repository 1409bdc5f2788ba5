import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { SelfAssessment } from './self-assessment.entity';

@InputType({ description: "One statement's self-score." })
export class SelfAssessmentScoreInput {
  @Field(() => ID, { description: 'The statement (a Criterion of the current framework).' })
  criterionId!: string;

  @Field(() => Int, {
    description:
      'The self-score, 0 (not applicable to our setting) to 10 (case studies of outstanding practice to share).',
  })
  @IsInt()
  @Min(0)
  @Max(10)
  score!: number;

  @Field(() => String, { nullable: true, description: 'Why this score (at most 4,000 characters).' })
  @IsOptional()
  @MaxLength(4000)
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Evidence items of the same YOT the score rests on (at most 50).' })
  @IsOptional()
  @ArrayMaxSize(50)
  evidenceIds?: string[] | null;
}

@InputType({ description: 'A new self-assessment of a YOT.' })
export class CreateSelfAssessmentInput {
  @Field(() => ID, { description: 'The YOT.' })
  yotId!: string;

  @Field(() => DateScalar, { description: 'The day the partnership scored itself; not in the future.' })
  assessedOn!: Date;

  @Field(() => [ID], { description: 'Agencies that took part (at least one, at most 50, no repeats).' })
  @ArrayMaxSize(50)
  participantAgencyIds!: string[];

  @Field(() => String, { nullable: true, description: 'A note on the exercise as a whole (at most 4,000 characters).' })
  @IsOptional()
  @MaxLength(4000)
  note?: string | null;

  @Field(() => [SelfAssessmentScoreInput], { description: 'Scores, at most one per statement (at most 10).' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  scores!: SelfAssessmentScoreInput[];
}

@InputType({ description: 'Changes to a self-assessment; omitted fields stay as they are.' })
export class UpdateSelfAssessmentInput {
  @Field(() => ID, { description: 'The self-assessment.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => DateScalar, { nullable: true, description: 'A corrected date; not in the future.' })
  assessedOn?: Date | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the participating agencies.' })
  @IsOptional()
  @ArrayMaxSize(50)
  participantAgencyIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Replaces the note.' })
  @IsOptional()
  @MaxLength(4000)
  note?: string | null;

  @Field(() => [SelfAssessmentScoreInput], {
    nullable: true,
    description: 'Scores to set: each replaces the score of its statement (statements not named keep theirs).',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  scores?: SelfAssessmentScoreInput[] | null;
}

@ObjectType({ description: 'Result of `createSelfAssessment`.' })
export class CreateSelfAssessmentPayload {
  @Field(() => SelfAssessment, { description: 'The new self-assessment.' })
  selfAssessment!: SelfAssessment;
}

@ObjectType({ description: 'Result of `updateSelfAssessment`.' })
export class UpdateSelfAssessmentPayload {
  @Field(() => SelfAssessment, { description: 'The self-assessment as changed.' })
  selfAssessment!: SelfAssessment;
}
