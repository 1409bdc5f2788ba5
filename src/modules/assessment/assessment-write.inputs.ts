import { ArrayMaxSize, IsIn, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { AssessmentKind, AssessmentStatus, AwardLevel, Commendation, RatingBand } from './assessment.enums';

@InputType({ description: 'Starts an assessment of a YOT against the current framework.' })
export class StartAssessmentInput {
  @Field(() => ID, { description: 'The YOT assessed.' })
  yotId!: string;

  @Field(() => AwardLevel, { description: 'Level assessed for.' })
  level!: AwardLevel;

  @Field(() => AssessmentKind, { defaultValue: AssessmentKind.INITIAL, description: 'First award or re-verification.' })
  kind!: AssessmentKind;

  @Field(() => ID, {
    nullable: true,
    description:
      'For a REDESIGNATION: the decided assessment whose ratings to start from (copied and marked as carried over).',
  })
  baselineAssessmentId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it starts (default today).' })
  startedOn?: Date | null;
}

@InputType({
  description: 'A rating of one criterion within an in-progress assessment. Every rating is kept; the latest counts.',
})
export class RateCriterionInput {
  @Field(() => ID, {
    description: 'The assessment (not yet decided: IN_PROGRESS, ADDITIONAL_EVIDENCE_REQUESTED or DEFERRED).',
  })
  assessmentId!: string;

  @Field(() => ID, { description: "The criterion rated (of the assessment's framework)." })
  criterionId!: string;

  @Field(() => Int, { description: 'Score 0–10 (0 = not applicable, 10 = outstanding practice to share).' })
  @Min(0)
  @Max(10)
  score!: number;

  @Field(() => RatingBand, {
    description:
      'Band. WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES must cite accepted OUTCOME_DATA or CASE_STUDY evidence.',
  })
  band!: RatingBand;

  @Field(() => String, { description: 'Why this rating.' })
  @Length(3, 5000)
  rationale!: string;

  @Field(() => [ID], { description: 'Evidence cited (items of the assessed YOT).' })
  @ArrayMaxSize(50)
  evidenceIds!: string[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Required to re-rate: the `version` of the rating you last read, so two assessors never overwrite each other unknowingly.',
  })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}

@InputType({ description: 'Decides an in-progress assessment.' })
export class DecideAssessmentInput {
  @Field(() => ID, { description: 'The assessment.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => AssessmentStatus, { description: 'AWARDED or NOT_AWARDED.' })
  @IsIn([AssessmentStatus.AWARDED, AssessmentStatus.NOT_AWARDED], { message: 'must be AWARDED or NOT_AWARDED' })
  outcome!: AssessmentStatus;

  @Field(() => AwardLevel, { nullable: true, description: 'Level awarded (default: the level assessed for).' })
  level?: AwardLevel | null;

  @Field(() => [Commendation], { defaultValue: [], description: 'Commendations (only with a Quality Lead award).' })
  @ArrayMaxSize(5)
  commendations!: Commendation[];

  @Field(() => DateScalar, {
    nullable: true,
    description: "Decision date (default today); the award is valid for the framework's validity months from it.",
  })
  decidedOn?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who assessed.' })
  @IsOptional()
  @MaxLength(200)
  assessedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'What the assessors concluded.' })
  @IsOptional()
  @MaxLength(10000)
  summary?: string | null;
}
