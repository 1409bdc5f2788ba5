import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AgeBand, OutcomeMeasure, SendStatus } from './child.enums';
import { CareStatus, Ethnicity, ExclusionStatus, NeedStatus, NeurodevelopmentalNeed, Sex } from './characteristics.enums';

/**
 * A child reference, defined by what it may be rather than by the names and dates it must not be: a short
 * capital-letter service prefix, a hyphen, and one or two serial numbers of at most five digits (`BYJS-0001`,
 * `SYN-12-345`). Lower case (names), a third number group or six or more digits (dates such as `1-4-2009`,
 * `010409`, `2009-04-01`) and prefixes that spell a month or DOB (`APR-2009`) cannot match.
 */
export const PSEUDONYM = /^(?!(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|DOB|BORN)-)[A-Z]{1,6}-\d{1,5}(?:-\d{1,5})?$/;
export const PSEUDONYM_FORMAT = '`PREFIX-NUMBER` or `PREFIX-NUMBER-NUMBER` (1–6 capital letters, then one or two groups of 1–5 digits, e.g. `BYJS-0001`)';

/** Most outcomes one `recordOutcomes` call (or one import) may carry. */
export const MAX_OUTCOME_BATCH = 5000;

@InputType({ description: 'A pseudonymised child known to a YOT.' })
export class RegisterChildInput {
  @Field(() => ID, { description: 'The YOT.' })
  yotId!: string;

  @Field(() => String, { description: `Pseudonymous reference, unique in the YOT, written ${PSEUDONYM_FORMAT}. Never a name, date of birth or case-system id: anything else (\`01APR2009\`, \`1-4-2009\`, \`JaneSmith_DOB_1Apr09\`) is refused.` })
  @Matches(PSEUDONYM, { message: `must be a pseudonymous reference written ${PSEUDONYM_FORMAT}; never a name or a date of birth` })
  ref!: string;

  @Field(() => AgeBand, { description: 'Age band at registration.' })
  ageBand!: AgeBand;

  @Field(() => SendStatus, { description: 'SEND/ALN status.' })
  sendStatus!: SendStatus;

  @Field(() => [String], { defaultValue: [], description: 'Broad areas of need.' })
  @ArrayMaxSize(10)
  @Length(3, 100, { each: true })
  needs!: string[];

  @Field(() => Ethnicity, { nullable: true, description: 'Ethnicity (ONS five high-level groups); omit when not recorded.' })
  ethnicity?: Ethnicity | null;

  @Field(() => Sex, { nullable: true, description: 'Sex; omit when not recorded.' })
  sex?: Sex | null;

  @Field(() => CareStatus, { nullable: true, description: 'Status with children\'s social care; omit when not recorded.' })
  careStatus?: CareStatus | null;

  @Field(() => ExclusionStatus, { nullable: true, description: 'Exclusion history; omit when not recorded.' })
  exclusion?: ExclusionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'In alternative provision; omit when not recorded.' })
  alternativeProvision?: boolean | null;

  @Field(() => NeedStatus, { nullable: true, description: 'Speech, language and communication needs; omit when not recorded.' })
  slcn?: NeedStatus | null;

  @Field(() => [NeurodevelopmentalNeed], { nullable: true, description: 'Neurodevelopmental needs, each at most once (empty list: none); omit when not recorded.' })
  @IsOptional()
  @ArrayUnique({ message: 'must not repeat a need' })
  neurodevelopmentalNeeds?: NeurodevelopmentalNeed[] | null;
}

@InputType({ description: 'One measured outcome for one child.' })
export class OutcomeInput {
  @Field(() => ID, { description: 'The child.' })
  childId!: string;

  @Field(() => OutcomeMeasure, { description: 'What was measured.' })
  measure!: OutcomeMeasure;

  @Field(() => Boolean, { description: 'Whether it was met.' })
  met!: boolean;

  @Field(() => String, { description: 'Quarter, `YYYY-Qn`.' })
  @Matches(/^(19|20)\d{2}-Q[1-4]$/, { message: 'must be a quarter written YYYY-Qn, e.g. 2024-Q1' })
  period!: string;

  @Field(() => ID, { nullable: true, description: 'The agency that recorded it; omit when the YOT did.' })
  @IsOptional()
  recordedById?: string | null;
}

@InputType({ description: `A batch of up to ${MAX_OUTCOME_BATCH} outcomes, recorded all together or not at all.` })
export class RecordOutcomesInput {
  @Field(() => [OutcomeInput], { description: `The outcomes (1–${MAX_OUTCOME_BATCH}).` })
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_OUTCOME_BATCH)
  @ValidateNested({ each: true })
  outcomes!: OutcomeInput[];
}
