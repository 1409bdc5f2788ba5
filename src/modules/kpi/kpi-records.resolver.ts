import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, wantsCountOnly } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { BadUserInputError, forbidden } from '../../graphql/errors';
import { Agency } from '../agency/agency.entity';
import { CAN } from '../auth/auth-checker';
import { canSeeChildren } from '../auth/scope';
import { Child } from '../child/child.entity';
import { Yot } from '../yot/yot.entity';
import { Kpi, KpiCohort, KpiIndicator, KpiStage } from './kpi.enums';
import { QUARTER } from './kpi.inputs';
import { KpiObservation } from './kpi-observation.entity';
import { boardKpiSeats, KpiBoardSeat } from './kpi-board-seats';
import { BoardMeeting } from '../board/board.entity';
import { kpiRecordsPage } from './kpi-records.service';
import { KpiFigurePart, KpiObservationConnection } from './kpi-records.types';

/** `Yot.kpiRecords`: the observations behind one of the YOT's KPI figures (its drill-down). */
@Resolver(() => Yot)
export class YotKpiRecordsResolver {
  @Authorized(...CAN.readChildren)
  @FieldResolver(() => KpiObservationConnection, {
    nullable: true,
    description:
      "The observations behind one line of the YOT's `kpis` figure, counted exactly as the figure counts them: `totalCount` is the exact numerator or denominator. Ordered by id; a cursor connection. Child rows: administrators and the YOT's own manager only (null with FORBIDDEN for others). KPI 7 is counted from board attendance: BAD_USER_INPUT.",
  })
  kpiRecords(
    @Root() yot: Yot,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('quarter', () => String, { description: 'Quarter, `YYYY-Qn`.' }) quarter: string,
    @Arg('kpi', () => Kpi, { description: 'The KPI.' }) kpi: Kpi,
    @Arg('cohort', () => KpiCohort, { description: "The figure's cohort." }) cohort: KpiCohort,
    @Arg('stage', () => KpiStage, { description: "The figure's stage." }) stage: KpiStage,
    @Arg('indicator', () => KpiIndicator, { description: "The figure's line." }) indicator: KpiIndicator,
    @Arg('part', () => KpiFigurePart, { description: 'Numerator or denominator.' }) part: KpiFigurePart,
  ) {
    if (!canSeeChildren(ctx, yot.id)) throw forbidden(ctx.caller.role, "read another YOT's children");
    const line = { quarter: checkedQuarter(quarter), kpi, cohort, stage, indicator, part };
    return kpiRecordsPage(ctx, yot, line, args, !wantsCountOnly(info));
  }

  @Authorized(...CAN.summariseOutcomes)
  @FieldResolver(() => [KpiBoardSeat], {
    nullable: true,
    description:
      "The seats behind the YOT's KPI 7 figure for a quarter (statutory partner agency × meeting held), counted exactly as the figure counts them: the list's length is the exact numerator or denominator. Board attendance is not child data: exact for every caller who may read KPI figures. A quarter's few meetings are not paged.",
  })
  kpiBoardSeats(
    @Root() yot: Yot,
    @Ctx() ctx: HubContext,
    @Arg('quarter', () => String, { description: 'Quarter, `YYYY-Qn`.' }) quarter: string,
    @Arg('part', () => KpiFigurePart, { description: 'Numerator or denominator.' }) part: KpiFigurePart,
  ) {
    return boardKpiSeats(ctx, yot.code, checkedQuarter(quarter), part);
  }
}

/** A quarter argument, checked (arguments that are not input objects are not validated by class-validator). */
function checkedQuarter(quarter: string): string {
  if (!QUARTER.test(quarter))
    throw new BadUserInputError(`quarter must be a quarter written YYYY-Qn (got "${quarter}").`, 'quarter');
  return quarter;
}

/** `KpiBoardSeat.meeting` and `.agency`. */
@Resolver(() => KpiBoardSeat)
export class KpiBoardSeatResolver {
  @FieldResolver(() => BoardMeeting, { description: 'The meeting.' })
  meeting(@Root() seat: KpiBoardSeat, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(BoardMeeting).load(seat.meetingId);
  }

  @FieldResolver(() => Agency, { description: 'The statutory partner agency.' })
  agency(@Root() seat: KpiBoardSeat, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Agency).load(seat.agencyId);
  }
}

/** `KpiObservation.child` and `.recordedBy` (an observation is only reachable by those who may see its child). */
@Resolver(() => KpiObservation)
export class KpiObservationResolver {
  @FieldResolver(() => Child, { description: 'The child observed.' })
  child(@Root() observation: KpiObservation, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Child).load(observation.childId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: 'The agency that recorded the observation (its source); null when the YOT recorded it.',
  })
  recordedBy(@Root() observation: KpiObservation, @Ctx() ctx: HubContext) {
    return observation.recordedById == null ? null : ctx.loaders.byId(Agency).load(observation.recordedById);
  }
}
