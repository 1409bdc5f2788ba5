import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsUrl,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { Assessment } from './assessment.entity';
import { AssessmentStatus } from './assessment.enums';
import { ModerationMeeting, ModerationMode } from './moderation.entity';

@InputType({ description: "The partnership's submission of evidence and case studies for an assessment." })
export class RecordSubmissionInput {
  @Field(() => ID, { description: 'The assessment (not yet decided).' })
  assessmentId!: string;

  @Field(() => ID, { description: 'The awarding body it was submitted to.' })
  awardingBodyId!: string;

  @Field(() => DateScalar, {
    description:
      'The day it was submitted; not in the future. A later submission (e.g. additional evidence) replaces it.',
  })
  submittedOn!: Date;

  @Field(() => [ID], {
    description:
      "The evidence items submitted (the YOT's own, not withdrawn; at most 200). Case studies are those of kind CASE_STUDY.",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  evidenceIds!: string[];
}

@InputType({ description: 'One person at a moderation meeting.' })
export class ModerationAttendeeInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The agency they came from; omit for the moderator (the awarding body).',
  })
  agencyId?: string | null;

  @Field(() => String, { description: 'Their role, e.g. "SEND Manager", "Moderator" (2 to 200 characters).' })
  @Length(2, 200)
  role!: string;
}

@InputType({ description: 'A moderation meeting of an assessment.' })
export class RecordModerationMeetingInput {
  @Field(() => ID, { description: 'The assessment (not yet decided).' })
  assessmentId!: string;

  @Field(() => DateScalar, { description: 'The day it met; not in the future nor before the assessment started.' })
  heldOn!: Date;

  @Field(() => ModerationMode, { description: 'In person or by video.' })
  mode!: ModerationMode;

  @Field(() => [ModerationAttendeeInput], { description: 'Who attended (1 to 50).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  attendees!: ModerationAttendeeInput[];
}

@InputType({
  description: 'An interim decision: additional evidence requested, the decision deferred, or back in progress.',
})
export class RecordInterimDecisionInput {
  @Field(() => ID, { description: 'The assessment (not yet decided).' })
  assessmentId!: string;

  @Field(() => Int, { description: 'The `version` you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => AssessmentStatus, { description: 'ADDITIONAL_EVIDENCE_REQUESTED, DEFERRED or IN_PROGRESS.' })
  @IsIn([AssessmentStatus.ADDITIONAL_EVIDENCE_REQUESTED, AssessmentStatus.DEFERRED, AssessmentStatus.IN_PROGRESS], {
    message: 'must be ADDITIONAL_EVIDENCE_REQUESTED, DEFERRED or IN_PROGRESS',
  })
  status!: AssessmentStatus;

  @Field(() => String, {
    nullable: true,
    description: 'What was asked for or why it was deferred (required for those two; at most 4,000 characters).',
  })
  @IsOptional()
  @MaxLength(4000)
  note?: string | null;
}

@InputType({ description: 'The published announcement of a decided assessment.' })
export class CiteAwardDecisionInput {
  @Field(() => ID, { description: 'The decided assessment.' })
  assessmentId!: string;

  @Field(() => String, { description: 'Title as published (3 to 300 characters).' })
  @Length(3, 300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  @IsOptional()
  @MaxLength(200)
  publisher?: string | null;

  @Field(() => String, { description: 'Its web address (http or https).' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  url!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date, when it gives one.' })
  publishedOn?: Date | null;
}

@ObjectType({ description: 'Result of `recordSubmission`.' })
export class RecordSubmissionPayload {
  @Field(() => Assessment, { description: 'The assessment with its submission.' })
  assessment!: Assessment;
}

@ObjectType({ description: 'Result of `recordModerationMeeting`.' })
export class RecordModerationMeetingPayload {
  @Field(() => ModerationMeeting, { description: 'The meeting.' })
  moderationMeeting!: ModerationMeeting;
}

@ObjectType({ description: 'Result of `recordInterimDecision`.' })
export class RecordInterimDecisionPayload {
  @Field(() => Assessment, { description: 'The assessment with its new status.' })
  assessment!: Assessment;
}

@ObjectType({ description: 'Result of `citeAwardDecision`.' })
export class CiteAwardDecisionPayload {
  @Field(() => Assessment, { description: 'The assessment with its `decisionCitation`.' })
  assessment!: Assessment;
}
