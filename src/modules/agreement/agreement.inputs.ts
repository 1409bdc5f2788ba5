import { ArrayMaxSize, ArrayNotEmpty, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { AgreementStatus } from './agreement.enums';

@InputType({ description: 'A new information-sharing agreement.' })
export class RecordAgreementInput {
  @Field(() => ID, { description: 'The YOT that is party to it.' })
  yotId!: string;

  @Field(() => [ID], { description: 'Partner agencies party to it (at least one).' })
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  partyIds!: string[];

  @Field(() => String, { description: 'Title.' })
  @Length(3, 300)
  title!: string;

  @Field(() => String, { description: 'Why the data is shared.' })
  @Length(3, 5000)
  purpose!: string;

  @Field(() => [String], { description: 'Lawful bases, e.g. "UK GDPR art. 6(1)(e)" (at least one).' })
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @Length(3, 200, { each: true })
  lawfulBasis!: string[];

  @Field(() => [String], { description: 'Categories of data shared (at least one).' })
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @Length(2, 200, { each: true })
  dataCategories!: string[];

  @Field(() => AgreementStatus, { description: 'Lifecycle state; ACTIVE and UNDER_REVIEW need `signedOn`.' })
  status!: AgreementStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When the last party signed.' })
  signedOn?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Next review date; not before `signedOn`.' })
  reviewDue?: Date | null;
}

@InputType({ description: 'Changes to an agreement; only the fields given change.' })
export class UpdateAgreementInput {
  @Field(() => ID, { description: 'The agreement to change.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read; a stale version answers CONFLICT.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => [ID], { nullable: true, description: 'New list of partner agencies.' })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  partyIds?: string[];

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @Length(3, 300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New purpose.' })
  @IsOptional()
  @Length(3, 5000)
  purpose?: string;

  @Field(() => [String], { nullable: true, description: 'New lawful bases.' })
  @IsOptional()
  @ArrayNotEmpty()
  @Length(3, 200, { each: true })
  lawfulBasis?: string[];

  @Field(() => [String], { nullable: true, description: 'New data categories.' })
  @IsOptional()
  @ArrayNotEmpty()
  @MaxLength(200, { each: true })
  dataCategories?: string[];

  @Field(() => AgreementStatus, { nullable: true, description: 'New state.' })
  status?: AgreementStatus;

  @Field(() => DateScalar, { nullable: true, description: 'New signature date.' })
  signedOn?: Date;

  @Field(() => DateScalar, { nullable: true, description: 'New review date.' })
  reviewDue?: Date;
}
