import { ArrayMaxSize, ArrayNotEmpty, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { QUARTER } from '../../domain/quarter';
import { Kpi, KpiCohort, KpiStage } from './kpi.enums';

/** Most observations one `recordKpiObservations` call may carry. */
export const MAX_KPI_BATCH = 5000;

export { QUARTER };

@InputType({
  description:
    "One child's observation for one KPI. Send exactly the flags the KPI uses (see `Kpi` and `KpiObservation`); anything else is refused.",
})
export class KpiObservationInput {
  @Field(() => ID, { description: 'The child.' })
  childId!: string;

  @Field(() => Kpi, { description: 'The KPI (not MANAGEMENT_BOARD_ATTENDANCE, which comes from board attendance).' })
  kpi!: Kpi;

  @Field(() => String, { description: 'Quarter, `YYYY-Qn`.' })
  @Matches(QUARTER, { message: 'must be a quarter written YYYY-Qn, e.g. 2026-Q3' })
  period!: string;

  @Field(() => KpiCohort, { description: 'COMMUNITY or RELEASED_FROM_CUSTODY for KPIs 1–5; ALL_CHILDREN otherwise.' })
  cohort!: KpiCohort;

  @Field(() => KpiStage, { description: 'START or END for KPIs 1–5; IN_QUARTER otherwise.' })
  stage!: KpiStage;

  @Field(() => Boolean, {
    nullable: true,
    description: 'KPIs 1, 2, 6, 8, 9, 10; KPI 3 when SEND/ALN is identified (in suitable ETE).',
  })
  met?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'KPIs 3, 4, 5.' })
  needIdentified?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'KPIs 4, 5, when the need is identified.' })
  supportOffered?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'KPIs 4, 5, when the need is identified (requires supportOffered).',
  })
  attending?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'KPI 3, when SEND/ALN is identified.' })
  formalPlan?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'KPI 2, optional: ETE hours a week offered (0–168).' })
  hoursOffered?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'KPI 2, optional: ETE hours a week attended (0 to hoursOffered).',
  })
  hoursAttended?: number | null;

  @Field(() => ID, { nullable: true, description: 'The agency that recorded it; omit when the YOT did.' })
  @IsOptional()
  recordedById?: string | null;
}

@InputType({ description: `A batch of up to ${MAX_KPI_BATCH} KPI observations, recorded all together or not at all.` })
export class RecordKpiObservationsInput {
  @Field(() => [KpiObservationInput], { description: `The observations (1–${MAX_KPI_BATCH}).` })
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_KPI_BATCH)
  @ValidateNested({ each: true })
  observations!: KpiObservationInput[];
}
