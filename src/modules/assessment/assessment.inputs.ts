import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connections';
import { DateRange } from '../../graphql/date-range';
import { AssessmentKind, AssessmentStatus, AwardLevel } from './assessment.enums';

@InputType({ description: 'Narrows the `assessments` connection; all given conditions must hold.' })
export class AssessmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Only assessments of one of these YOTs (global ids).' })
  yotIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only assessments of one of these YOTs (ONS codes).' })
  yotCodes?: string[] | null;

  @Field(() => [AwardLevel], { nullable: true, description: 'Only assessments at one of these levels.' })
  levels?: AwardLevel[] | null;

  @Field(() => [AssessmentStatus], { nullable: true, description: 'Only assessments in one of these states.' })
  statuses?: AssessmentStatus[] | null;

  @Field(() => [AssessmentKind], {
    nullable: true,
    description: 'Only assessments of one of these kinds (initial or redesignation).',
  })
  kinds?: AssessmentKind[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only assessments of YOTs in one of these regions (names from `regions`, any case; unknown is BAD_USER_INPUT).',
  })
  regions?: string[] | null;

  @Field(() => DateRange, {
    nullable: true,
    description:
      'Only assessments decided within this range of days (inclusive; undecided or undated ones are excluded).',
  })
  decidedOn?: DateRange | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Only awards valid until a day within this range (inclusive; e.g. awards expiring this year).',
  })
  validUntil?: DateRange | null;
}

export enum AssessmentOrderField {
  DECIDED_ON = 'DECIDED_ON',
  VALID_UNTIL = 'VALID_UNTIL',
}

registerEnumType(AssessmentOrderField, {
  name: 'AssessmentOrderField',
  description: 'Fields `assessments` can be ordered by (undated assessments come last).',
  valuesConfig: {
    DECIDED_ON: { description: 'Decision date.' },
    VALID_UNTIL: { description: "End of the award's validity." },
  },
});

@InputType({ description: 'One ordering term for `assessments`.' })
export class AssessmentOrder {
  @Field(() => AssessmentOrderField, { description: 'Field to order by.' })
  field!: AssessmentOrderField;

  @Field(() => SortDirection, {
    nullable: true,
    defaultValue: SortDirection.ASC,
    description: 'Direction (default ASC).',
  })
  direction?: SortDirection;
}
