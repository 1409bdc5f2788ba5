import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsOptional,
  Length,
  Matches,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AgeBand, OutcomeMeasure, SendStatus } from './child.enums';
import {
  CareStatus,
  Ethnicity,
  ExclusionStatus,
  NeedStatus,
  NeurodevelopmentalNeed,
  Sex,
} from './characteristics.enums';
import { QUARTER } from '../../domain/quarter';
import { CHILD_REF_FORMAT, childRefProblem } from './child-ref';

/** class-validator rule: a child reference as child-ref.ts defines it, the message saying what is wrong. */
function IsChildRef() {
  return ValidateBy({
    name: 'isChildRef',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && childRefProblem(value) === null,
      defaultMessage: (args) =>
        (typeof args?.value === 'string' ? childRefProblem(args.value) : null) ?? `must be written ${CHILD_REF_FORMAT}`,
    },
  });
}

/** Most outcomes one `recordOutcomes` call (or one import) may carry. */
export const MAX_OUTCOME_BATCH = 5000;

@InputType({ description: 'A pseudonymised child known to a YOT.' })
export class RegisterChildInput {
  @Field(() => ID, { description: 'The YOT.' })
  yotId!: string;

  @Field(() => String, {
    description: `Pseudonymous reference, unique in the YOT, written ${CHILD_REF_FORMAT}. Never a name, date of birth or case-system id: anything else is refused, e.g. \`01APR2009\`, \`JANE-1\`, \`APR-1\`, \`AB-1-2009\`, \`AB-31-12\`, \`AB-0104\`, \`AB-010409\`.`,
  })
  @IsChildRef()
  ref!: string;

  @Field(() => AgeBand, { description: 'Age band at registration.' })
  ageBand!: AgeBand;

  @Field(() => SendStatus, { description: 'SEND/ALN status.' })
  sendStatus!: SendStatus;

  @Field(() => [String], { defaultValue: [], description: 'Broad areas of need.' })
  @ArrayMaxSize(10)
  @Length(3, 100, { each: true })
  needs!: string[];

  @Field(() => Ethnicity, {
    nullable: true,
    description: 'Ethnicity (ONS five high-level groups); omit when not recorded.',
  })
  ethnicity?: Ethnicity | null;

  @Field(() => Sex, { nullable: true, description: 'Sex; omit when not recorded.' })
  sex?: Sex | null;

  @Field(() => CareStatus, {
    nullable: true,
    description: "Status with children's social care; omit when not recorded.",
  })
  careStatus?: CareStatus | null;

  @Field(() => ExclusionStatus, { nullable: true, description: 'Exclusion history; omit when not recorded.' })
  exclusion?: ExclusionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'In alternative provision; omit when not recorded.' })
  alternativeProvision?: boolean | null;

  @Field(() => NeedStatus, {
    nullable: true,
    description: 'Speech, language and communication needs; omit when not recorded.',
  })
  slcn?: NeedStatus | null;

  @Field(() => [NeurodevelopmentalNeed], {
    nullable: true,
    description: 'Neurodevelopmental needs, each at most once (empty list: none); omit when not recorded.',
  })
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
  @Matches(QUARTER, { message: 'must be a quarter written YYYY-Qn, e.g. 2024-Q1' })
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
