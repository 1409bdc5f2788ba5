import { Matches } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OutcomeMeasure, SendStatus } from '../child/child.enums';

/** Dimensions an outcome summary can be grouped by. */
export enum OutcomeDimension {
  YOT = 'YOT',
  REGION = 'REGION',
  PERIOD = 'PERIOD',
  MEASURE = 'MEASURE',
  SEND_STATUS = 'SEND_STATUS',
  ETHNICITY = 'ETHNICITY',
  SEX = 'SEX',
  CARE_STATUS = 'CARE_STATUS',
  EXCLUSION = 'EXCLUSION',
  ALTERNATIVE_PROVISION = 'ALTERNATIVE_PROVISION',
  SLCN = 'SLCN',
  NEURODEVELOPMENTAL = 'NEURODEVELOPMENTAL',
}

/** The value a characteristic dimension takes for children whose characteristic is not recorded. */
export const NOT_RECORDED = 'NOT_RECORDED';

registerEnumType(OutcomeDimension, {
  name: 'OutcomeDimension',
  description: 'A dimension to group child outcomes by.',
  valuesConfig: {
    YOT: { description: 'By YOT (`yotCode`).' },
    REGION: { description: 'By region.' },
    PERIOD: { description: 'By quarter (`YYYY-Qn`).' },
    MEASURE: { description: 'By outcome measure.' },
    SEND_STATUS: { description: "By the child's SEND status." },
    ETHNICITY: { description: "Disproportionality: by the child's ethnicity (`Ethnicity` value, or `NOT_RECORDED`)." },
    SEX: { description: "Disproportionality: by the child's sex (`Sex` value, or `NOT_RECORDED`)." },
    CARE_STATUS: {
      description: "Disproportionality: by the child's care status (`CareStatus` value, or `NOT_RECORDED`).",
    },
    EXCLUSION: {
      description: "Disproportionality: by the child's exclusion history (`ExclusionStatus` value, or `NOT_RECORDED`).",
    },
    ALTERNATIVE_PROVISION: {
      description:
        'Disproportionality: by whether the child is in alternative provision (`true`, `false` or `NOT_RECORDED`).',
    },
    SLCN: {
      description:
        "Disproportionality: by the child's speech, language and communication needs (`NeedStatus` value, or `NOT_RECORDED`).",
    },
    NEURODEVELOPMENTAL: {
      description:
        'Disproportionality: by whether the child has a neurodevelopmental need, diagnosed or under assessment (`IDENTIFIED`: one or more; `NONE`; or `NOT_RECORDED`). One group per child, never one per need, so the groups partition the outcomes like every other dimension.',
    },
  },
});

const QUARTER = /^\d{4}-Q[1-4]$/;

@InputType({ description: 'Which outcomes to summarise; all given conditions must hold.' })
export class OutcomeSummaryFilter {
  @Field(() => [String], { nullable: true, description: 'Only these YOTs (ONS codes).' })
  yotCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only YOTs in these regions.' })
  regions?: string[] | null;

  @Field(() => [OutcomeMeasure], { nullable: true, description: 'Only these measures.' })
  measures?: OutcomeMeasure[] | null;

  @Field(() => String, { nullable: true, description: 'From this quarter (`YYYY-Qn`), inclusive.' })
  @Matches(QUARTER, { message: 'must be a quarter written YYYY-Qn, e.g. 2024-Q1' })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'To this quarter (`YYYY-Qn`), inclusive.' })
  @Matches(QUARTER, { message: 'must be a quarter written YYYY-Qn, e.g. 2024-Q4' })
  periodTo?: string | null;

  @Field(() => [SendStatus], { nullable: true, description: 'Only children with these SEND statuses.' })
  sendStatuses?: SendStatus[] | null;
}

@ObjectType({
  description:
    'One group of child outcomes. Unless the caller may see the child rows, the counts are perturbed by a few units (see `OutcomeSummary.perturbed`) and small ones are suppressed: `cohort`, `met` and `rate` are then null.',
})
export class OutcomeSummaryRow {
  @Field(() => String, { nullable: true, description: 'YOT code, when grouped by YOT.' })
  yotCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Region, when grouped by region.' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'Quarter, when grouped by period.' })
  period!: string | null;

  @Field(() => OutcomeMeasure, { nullable: true, description: 'Measure, when grouped by measure.' })
  measure!: OutcomeMeasure | null;

  @Field(() => SendStatus, { nullable: true, description: 'SEND status, when grouped by it.' })
  sendStatus!: SendStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Ethnicity (`Ethnicity` value or `NOT_RECORDED`), when grouped by ETHNICITY.',
  })
  ethnicity!: string | null;

  @Field(() => String, { nullable: true, description: 'Sex (`Sex` value or `NOT_RECORDED`), when grouped by SEX.' })
  sex!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Care status (`CareStatus` value or `NOT_RECORDED`), when grouped by CARE_STATUS.',
  })
  careStatus!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Exclusion history (`ExclusionStatus` value or `NOT_RECORDED`), when grouped by EXCLUSION.',
  })
  exclusion!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'In alternative provision (`true`, `false` or `NOT_RECORDED`), when grouped by ALTERNATIVE_PROVISION.',
  })
  alternativeProvision!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Speech, language and communication needs (`NeedStatus` value or `NOT_RECORDED`), when grouped by SLCN.',
  })
  slcn!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Neurodevelopmental needs (`IDENTIFIED`: one or more, diagnosed or under assessment; `NONE`; or `NOT_RECORDED`), when grouped by NEURODEVELOPMENTAL.',
  })
  neurodevelopmental!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Outcomes recorded in the group (a child counts once per measure and quarter); perturbed when `OutcomeSummary.perturbed`; null when suppressed.',
  })
  cohort!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Of those, how many met the measure (perturbed separately from `cohort`, never above it); null when suppressed.',
  })
  met!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'met / cohort (0–1, 4 places), from the published counts; null when suppressed.',
  })
  rate!: number | null;

  @Field(() => Boolean, {
    description:
      'True when the counts are withheld to protect children: a published count (cohort, met or not met) from 1 to the threshold, or a cell hidden so that one cannot be worked out from totals.',
  })
  suppressed!: boolean;
}

@ObjectType({ description: 'Child outcomes grouped and counted, with disclosure control applied.' })
export class OutcomeSummary {
  @Field(() => [OutcomeDimension], { description: 'The grouping used.' })
  groupBy!: OutcomeDimension[];

  @Field(() => Int, { description: 'Counts from 1 to this are suppressed (0: exact figures, nothing suppressed).' })
  suppressionThreshold!: number;

  @Field(() => Boolean, {
    description:
      'True when the counts are protected by cell-key perturbation: each count has a small noise (at most ±2, zero on average) fixed by the records it counts, so asking again, in another order or another grouping of the same records gives the same figure, while differences between overlapping questions do not reveal the records that differ. Groups, margins and totals are perturbed independently and need not add up. False for callers who may see the child rows (administrators; a YOT manager asking about its own YOT alone), who get exact counts.',
  })
  perturbed!: boolean;

  @Field(() => [OutcomeSummaryRow], { description: 'The groups, ordered by the grouping dimensions.' })
  rows!: OutcomeSummaryRow[];
}
