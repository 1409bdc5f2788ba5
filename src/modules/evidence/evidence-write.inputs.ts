import { ArrayMaxSize, IsIn, IsOptional, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { EvidenceKind, EvidenceReviewState } from './evidence.enums';

@InputType({ description: 'A criterion an evidence item supports, and why.' })
export class CriterionLinkInput {
  @Field(() => ID, { description: 'The criterion.' })
  criterionId!: string;

  @Field(() => String, { nullable: true, description: 'Why the item supports it.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'An excerpt or page reference within the item.' })
  @IsOptional()
  @MaxLength(2000)
  excerpt?: string | null;
}

@InputType({ description: 'A new evidence item held by a YOT.' })
export class RecordEvidenceInput {
  @Field(() => ID, { description: 'The YOT that holds the item.' })
  yotId!: string;

  @Field(() => String, { description: 'Title.' })
  @Length(3, 300)
  title!: string;

  @Field(() => EvidenceKind, { description: 'What sort of item it is.' })
  kind!: EvidenceKind;

  @Field(() => String, { nullable: true, description: 'What it shows.' })
  @IsOptional()
  @MaxLength(10000)
  summary?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was produced; not in the future.' })
  occurredOn?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it stops counting; not before `occurredOn`.' })
  expiresOn?: Date | null;

  @Field(() => String, { nullable: true, description: 'Where the item can be found: a document reference or URL.' })
  @IsOptional()
  @MaxLength(500)
  source?: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency that provided it; omit when the YOT produced it.' })
  providedById?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Other agencies involved.' })
  @IsOptional()
  @ArrayMaxSize(50)
  agencyIds?: string[] | null;

  @Field(() => [CriterionLinkInput], { description: 'The criteria it supports (may be empty, and linked later).' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  criteria!: CriterionLinkInput[];
}

@InputType({
  description:
    'Changes to an evidence item; only the fields given change. Changing what the item says sends an accepted item back for review.',
})
export class UpdateEvidenceInput {
  @Field(() => ID, { description: 'The item to change.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read; a stale version answers CONFLICT.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @Length(3, 300)
  title?: string;

  @Field(() => EvidenceKind, { nullable: true, description: 'New kind.' })
  kind?: EvidenceKind;

  @Field(() => String, { nullable: true, description: 'New summary.' })
  @IsOptional()
  @MaxLength(10000)
  summary?: string;

  @Field(() => DateScalar, { nullable: true, description: 'New date produced.' })
  occurredOn?: Date;

  @Field(() => DateScalar, { nullable: true, description: 'New expiry date.' })
  expiresOn?: Date;

  @Field(() => String, { nullable: true, description: 'New source reference.' })
  @IsOptional()
  @MaxLength(500)
  source?: string;

  @Field(() => ID, { nullable: true, description: 'New providing agency.' })
  providedById?: string;

  @Field(() => [ID], { nullable: true, description: 'New list of involved agencies.' })
  @IsOptional()
  @ArrayMaxSize(50)
  agencyIds?: string[];
}

@InputType({ description: "An assessor's review of an evidence item." })
export class ReviewEvidenceInput {
  @Field(() => ID, { description: 'The item reviewed.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => EvidenceReviewState, { description: 'ACCEPTED, REJECTED or CHANGES_REQUESTED.' })
  @IsIn([EvidenceReviewState.ACCEPTED, EvidenceReviewState.REJECTED, EvidenceReviewState.CHANGES_REQUESTED], {
    message: 'must be ACCEPTED, REJECTED or CHANGES_REQUESTED',
  })
  state!: EvidenceReviewState;

  @Field(() => String, {
    nullable: true,
    description: "The reviewer's note; required when rejecting or asking for changes.",
  })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@InputType({ description: 'Links an evidence item to a criterion it supports.' })
export class LinkEvidenceInput {
  @Field(() => ID, { description: 'The evidence item.' })
  evidenceId!: string;

  @Field(() => ID, { description: 'The criterion.' })
  criterionId!: string;

  @Field(() => String, { nullable: true, description: 'Why the item supports it.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'An excerpt or page reference.' })
  @IsOptional()
  @MaxLength(2000)
  excerpt?: string | null;
}

@InputType({ description: 'Removes the link between an evidence item and a criterion.' })
export class UnlinkEvidenceInput {
  @Field(() => ID, { description: 'The evidence item.' })
  evidenceId!: string;

  @Field(() => ID, { description: 'The criterion.' })
  criterionId!: string;
}

@InputType({ description: 'Withdraws an evidence item; it stays visible to assessors and stops counting.' })
export class WithdrawEvidenceInput {
  @Field(() => ID, { description: 'The item to withdraw.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { description: 'Why it is withdrawn.' })
  @Length(3, 2000)
  reason!: string;
}
