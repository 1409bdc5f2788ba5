import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { HubContext } from '../../graphql/context';
import { CAN } from '../auth/auth-checker';
import { ComparatorGroup, ComparatorGroupMember } from '../comparator/comparator-group.entity';
import { SetComparatorGroupInput, SetYotPopulationInput } from '../comparator/comparator.inputs';
import { ComparatorService } from '../comparator/comparator.service';
import { YotPopulation } from '../comparator/yot-population.entity';
import { Yot } from '../yot/yot.entity';
import { Child } from '../child/child.entity';
import { KpiObservation } from './kpi-observation.entity';
import { KpiComparison } from './kpi-comparison.types';
import { KpiFigures, KpiFilter } from './kpi-figures.types';
import { QUARTER, RecordKpiObservationsInput } from './kpi.inputs';
import { RecordKpiObservationsPayload, SetComparatorGroupPayload, SetYotPopulationPayload } from './kpi.payloads';
import { KpiService } from './kpi.service';
import { KpiWriteService } from './kpi-write.service';
import { BadUserInputError } from '../../graphql/errors';

const PROTECTED =
  'Unless the caller may see the child rows (administrators; a YOT manager about its own YOT alone), every count is perturbed by the cell-key method and published counts from 1 to the threshold are withheld, as in `outcomeSummary`.';

/** A quarter argument, checked (arguments that are not input objects are not validated by class-validator). */
function quarterOf(quarter: string, field = 'quarter'): string {
  if (!QUARTER.test(quarter))
    throw new BadUserInputError(`${field} must be a quarter written YYYY-Qn, e.g. 2026-Q3 (got "${quarter}").`, field);
  return quarter;
}

/** KPI figures, observations, populations and comparator groups. */
@Resolver()
export class KpiResolver {
  @Authorized(...CAN.summariseOutcomes)
  @Query(() => KpiFigures, {
    nullable: true,
    description: `The YJB key performance indicators for a quarter, per YOT or over the YOTs the filter selects, counted in SQL from \`KpiObservation\`s. ${PROTECTED} An unknown YOT code or region answers BAD_USER_INPUT.`,
  })
  kpiFigures(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => KpiFilter, { description: 'Quarter and optional YOTs, regions and KPIs.' }) filter: KpiFilter,
  ) {
    return KpiService.figures(ctx, filter);
  }

  @Query(() => [ComparatorGroup], { description: 'All comparator groups, by code.' })
  comparatorGroups(@Ctx() ctx: HubContext) {
    return ctx.db.getRepository(ComparatorGroup).find({ order: { code: 'ASC' } });
  }

  @Authorized(...CAN.readChildren)
  @Mutation(() => RecordKpiObservationsPayload, {
    nullable: true,
    description:
      'Records up to 5,000 KPI observations all or nothing. One bad row rejects the batch: `extensions.rows` lists bad rows (index and reason, up to 50) and nothing is written.',
  })
  async recordKpiObservations(
    @Ctx() ctx: HubContext,
    @Arg('input', () => RecordKpiObservationsInput, { description: 'The batch.' }) input: RecordKpiObservationsInput,
  ) {
    return inTransaction(ctx, (tx) => KpiWriteService.record(tx, input));
  }

  @Authorized(...CAN.administer)
  @Mutation(() => SetYotPopulationPayload, {
    nullable: true,
    description: "Sets a YOT's 10–17 population for a year (replacing that year's figure). Administrators only.",
  })
  async setYotPopulation(
    @Ctx() ctx: HubContext,
    @Arg('input', () => SetYotPopulationInput, { description: 'The figure.' }) input: SetYotPopulationInput,
  ) {
    return inTransaction(ctx, (tx) => ComparatorService.setPopulation(tx, input));
  }

  @Authorized(...CAN.administer)
  @Mutation(() => SetComparatorGroupPayload, {
    nullable: true,
    description: 'Creates or replaces a comparator group and its members. Administrators only.',
  })
  async setComparatorGroup(
    @Ctx() ctx: HubContext,
    @Arg('input', () => SetComparatorGroupInput, { description: 'The group.' }) input: SetComparatorGroupInput,
  ) {
    return inTransaction(ctx, (tx) => ComparatorService.setGroup(tx, input));
  }
}

/** `Yot.kpis`, `Yot.kpiComparison`, `Yot.populations`, `Yot.comparatorGroup`. */
@Resolver(() => Yot)
export class YotKpiResolver {
  @Authorized(...CAN.summariseOutcomes)
  @FieldResolver(() => KpiFigures, { nullable: true, description: `The YOT's KPI figures for a quarter. ${PROTECTED}` })
  kpis(
    @Root() yot: Yot,
    @Ctx() ctx: HubContext,
    @Arg('quarter', () => String, { description: 'Quarter, `YYYY-Qn`.' }) quarter: string,
  ) {
    const checked = quarterOf(quarter);
    // Batched per request: every YOT of a page in one counting statement.
    return ctx.loaders
      .custom<Yot, KpiFigures>(`kpis:${checked}`, (yots) => KpiService.forYots(ctx, yots, checked))
      .load(yot);
  }

  @Authorized(...CAN.summariseOutcomes)
  @FieldResolver(() => KpiComparison, {
    nullable: true,
    description: `The YOT's KPI figures for a quarter beside its comparator group, region and nation. ${PROTECTED} Figures over several YOTs are exact only for administrators.`,
  })
  kpiComparison(
    @Root() yot: Yot,
    @Ctx() ctx: HubContext,
    @Arg('quarter', () => String, { description: 'Quarter, `YYYY-Qn`.' }) quarter: string,
  ) {
    return KpiService.comparison(ctx, yot, quarterOf(quarter));
  }

  @FieldResolver(() => [YotPopulation], { description: "The YOT's 10–17 population estimates, oldest year first." })
  populations(@Root() yot: Yot, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(YotPopulation, 'yotId', ['year']).load(yot.id);
  }

  @FieldResolver(() => ComparatorGroup, {
    nullable: true,
    description: "The YOT's comparator group (family of similar services); null when it has none.",
  })
  async comparatorGroup(@Root() yot: Yot, @Ctx() ctx: HubContext) {
    const member = (await ctx.loaders.manyBy(ComparatorGroupMember, 'yotId').load(yot.id)).at(0);
    return member ? ctx.loaders.byId(ComparatorGroup).load(member.groupId) : null;
  }
}

/** `Child.kpiObservations` (a child is only reachable by those who may see its rows). */
@Resolver(() => Child)
export class ChildKpiResolver {
  @FieldResolver(() => [KpiObservation], {
    description: "The child's KPI observations, by quarter, KPI, cohort and stage.",
  })
  kpiObservations(@Root() child: Child, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(KpiObservation, 'childId', ['period', 'kpi', 'cohort', 'stage']).load(child.id);
  }
}

/** `ComparatorGroup.members`. */
@Resolver(() => ComparatorGroup)
export class ComparatorGroupResolver {
  @FieldResolver(() => [Yot], { description: 'The YOTs of the group, by id.' })
  async members(@Root() group: ComparatorGroup, @Ctx() ctx: HubContext) {
    const members = await ctx.loaders.manyBy(ComparatorGroupMember, 'groupId').load(group.id);
    return (await ctx.loaders.byId(Yot).loadMany(members.map((m) => m.yotId))).filter(
      (y): y is Yot => y instanceof Yot,
    );
  }
}
