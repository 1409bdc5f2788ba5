import { Matches } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Kpi, KpiCohort, KpiIndicator, KpiStage } from './kpi.enums';
import { QUARTER } from './kpi.inputs';

@InputType({ description: 'Which KPI figures to compute; all given conditions must hold.' })
export class KpiFilter {
  @Field(() => String, { description: 'The quarter, `YYYY-Qn`.' })
  @Matches(QUARTER, { message: 'must be a quarter written YYYY-Qn, e.g. 2026-Q3' })
  quarter!: string;

  @Field(() => [String], { nullable: true, description: 'Only these YOTs (ONS codes).' })
  yotCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only YOTs in these regions.' })
  regions?: string[] | null;

  @Field(() => [Kpi], { nullable: true, description: 'Only these KPIs.' })
  kpis?: Kpi[] | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'One figure per YOT (true, the default) or one over all the YOTs the filter selects (false).',
  })
  byYot?: boolean;
}

@ObjectType({
  description:
    'One line of a KPI for one quarter, cohort and stage: a numerator over its denominator. Unless the caller may see the child rows, both counts are perturbed (cell-key method) and small ones withheld, exactly like `outcomeSummary` (except KPI 7, board attendance, which is not child data and always exact).',
})
export class KpiFigure {
  @Field(() => String, {
    nullable: true,
    description: 'The YOT, when figures are per YOT; null for a figure over several YOTs.',
  })
  yotCode!: string | null;

  @Field(() => Kpi, { description: 'The KPI.' })
  kpi!: Kpi;

  @Field(() => Int, { description: "The YJB's number of the KPI (1–10)." })
  kpiNumber!: number;

  @Field(() => KpiCohort, { description: 'Community, released from custody, or all children (KPIs 6, 8, 9, 10).' })
  cohort!: KpiCohort;

  @Field(() => KpiStage, { description: 'Start or end of the intervention, or in the quarter.' })
  stage!: KpiStage;

  @Field(() => KpiIndicator, { description: 'Which line of the KPI.' })
  indicator!: KpiIndicator;

  @Field(() => Int, {
    nullable: true,
    description:
      'Children in the denominator (see the indicator; for KPI 7 statutory-partner seats at meetings held); null when suppressed.',
  })
  denominator!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Children in the numerator (for KPI 7 statutory-partner attendances; never above the denominator); null when suppressed.',
  })
  numerator!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'numerator / denominator (0–1, 4 places), from the published counts; null when suppressed or the denominator is 0.',
  })
  rate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "KPIs 6 and 9 only: the denominator (children the KPI counts) per 1,000 children aged 10–17 in the area, from the latest `YotPopulation` up to the quarter's year (summed over the YOTs of a group figure). Null when suppressed, for other KPIs, or when a YOT has no population.",
  })
  denominatorPer1000!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'KPI 2 only: mean ETE hours a week offered, over the children with hours reported (exact: 1 place; protected: whole hours, and null when suppressed).',
  })
  meanHoursOffered!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'KPI 2 only: mean ETE hours a week attended, as `meanHoursOffered`.',
  })
  meanHoursAttended!: number | null;

  @Field(() => Boolean, {
    description:
      'True when the counts are withheld to protect children (a published count from 1 to the threshold, or hidden so another cannot be worked out).',
  })
  suppressed!: boolean;
}

@ObjectType({ description: 'KPI figures for one quarter, with disclosure control applied for the caller.' })
export class KpiFigures {
  @Field(() => String, { description: 'The quarter.' })
  quarter!: string;

  @Field(() => Boolean, {
    description:
      'True when counts are perturbed by the cell-key method (callers who may not see child rows); false for exact counts (administrators; a YOT manager about its own YOT alone).',
  })
  perturbed!: boolean;

  @Field(() => Int, { description: 'Published counts from 1 to this are withheld (0: exact figures).' })
  suppressionThreshold!: number;

  @Field(() => [KpiFigure], {
    description:
      'The figures, ordered by YOT, KPI number, cohort, stage and indicator. KPI 7 (board attendance) is among them when a board meeting was held in the quarter; it counts partner seats, not children, so it is never perturbed or withheld.',
  })
  figures!: KpiFigure[];
}
