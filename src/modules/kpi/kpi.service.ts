import { HubContext } from '../../graphql/context';
import { canonicalFilter } from '../coverage/outcome-summary.filter';
import { ComparatorGroup, ComparatorGroupMember } from '../comparator/comparator-group.entity';
import { ComparatorService } from '../comparator/comparator.service';
import { Yot } from '../yot/yot.entity';
import { KpiComparison } from './kpi-comparison.types';
import { boardKpiFigures } from './kpi-board';
import { countKpis, exactKpisAllowed, kpiFigures, PopulationOf, protectKpis, withBoard } from './kpi-figures.service';
import { KpiScope } from './kpi-figures.sql';
import { KpiFigures, KpiFilter } from './kpi-figures.types';

/** Reads KPI figures: for a filter, for one YOT, and one YOT against its family, region and nation. */
export class KpiService {
  /** Figures for a filter; unknown YOT codes or regions answer BAD_USER_INPUT (as outcome summaries). */
  static async figures(ctx: HubContext, filter: KpiFilter): Promise<KpiFigures> {
    const canonical = await canonicalFilter(ctx, { yotCodes: filter.yotCodes, regions: filter.regions });
    const scope: KpiScope = {
      quarter: filter.quarter,
      yotCodes: canonical.yotCodes,
      regions: canonical.regions,
      nations: null,
      kpis: kpisOf(filter.kpis),
    };
    const ownYot =
      canonical.yotCodes?.length === 1
        ? await ctx.db.getRepository(Yot).findOneBy({ code: canonical.yotCodes[0] })
        : null;
    const exact = exactKpisAllowed(ctx, ownYot ? [ownYot.id] : null);
    return kpiFigures(ctx, scope, filter.byYot ?? true, exact, await KpiService.population(ctx, filter.quarter, scope));
  }

  /** One YOT's figures for a quarter. */
  static async forYot(ctx: HubContext, yot: Yot, quarter: string): Promise<KpiFigures> {
    return (await KpiService.forYots(ctx, [yot], quarter))[0];
  }

  /**
   * Each YOT's own figures for a quarter, in the order given: one counting statement for all of them (a page
   * of `yots { kpis }` is not a query per YOT), then each YOT's rows protected on their own, so a YOT's
   * figures are the same whichever YOTs are asked with it.
   */
  static async forYots(ctx: HubContext, yots: readonly Yot[], quarter: string): Promise<KpiFigures[]> {
    const codes = [...new Set(yots.map((y) => y.code))].sort();
    const all = { quarter, yotCodes: codes, regions: null, nations: null, kpis: null };
    const rows = await countKpis(ctx, all, true);
    const population = await KpiService.population(ctx, quarter, all);
    const board = await boardKpiFigures(ctx, all, true);
    return yots.map((yot) => {
      const own = rows.filter((r) => r.code === yot.code).map(({ code: _code, ...rest }) => rest);
      const scope = { ...all, yotCodes: [yot.code] };
      const figures = protectKpis(ctx, own, scope, false, exactKpisAllowed(ctx, [yot.id]), (wanted) =>
        population(wanted ?? [yot.code]),
      );
      return withBoard(
        figures,
        board.filter((f) => f.yotCode === yot.code).map((f) => ({ ...f, yotCode: null })),
      );
    });
  }

  /** One YOT beside its comparator group, region and nation; each area's figures over all its YOTs. */
  static async comparison(ctx: HubContext, yot: Yot, quarter: string): Promise<KpiComparison> {
    const membership = await ctx.db.getRepository(ComparatorGroupMember).findOneBy({ yotId: yot.id });
    const group = membership ? await ctx.db.getRepository(ComparatorGroup).findOneBy({ id: membership.groupId }) : null;
    const familyCodes = group
      ? (
          await ctx.db
            .createQueryBuilder()
            .select('y.code', 'code')
            .from('comparator_group_member', 'm')
            .innerJoin('yot', 'y', 'y.id = m."yotId"')
            .where('m."groupId" = :group', { group: group.id })
            .getRawMany<{ code: string }>()
        )
          .map((r) => r.code)
          .sort()
      : null;
    const area = async (scope: Omit<KpiScope, 'quarter' | 'kpis'>) => {
      const full = { quarter, kpis: null, ...scope };
      // Figures over several YOTs are never exact for a manager (exactKpisAllowed), only for administrators.
      return kpiFigures(ctx, full, false, exactKpisAllowed(ctx, null), await KpiService.population(ctx, quarter, full));
    };
    return {
      quarter,
      yot: await KpiService.forYot(ctx, yot, quarter),
      comparatorGroup: group,
      familySize: familyCodes?.length ?? null,
      family: familyCodes ? await area({ yotCodes: familyCodes, regions: null, nations: null }) : null,
      region: yot.region,
      regionFigures: await area({ yotCodes: null, regions: [yot.region], nations: null }),
      nation: yot.nation,
      nationFigures: await area({ yotCodes: null, regions: null, nations: [yot.nation] }),
    };
  }

  /**
   * The population base of a scope's per-1,000 rates: a YOT's own (latest up to the quarter's year), or the
   * sum over the scope's YOTs, null when any of them has none (a partial base would overstate the rate).
   */
  private static async population(ctx: HubContext, quarter: string, scope: KpiScope): Promise<PopulationOf> {
    const latest = await ComparatorService.populationsUpTo(ctx, Number(quarter.slice(0, 4)));
    const qb = ctx.db.createQueryBuilder().select('y.code', 'code').from('yot', 'y');
    if (scope.regions) qb.andWhere('y.region IN (:...regions)', { regions: scope.regions });
    if (scope.nations) qb.andWhere('y.nation IN (:...nations)', { nations: scope.nations });
    if (scope.yotCodes) qb.andWhere('y.code IN (:...codes)', { codes: scope.yotCodes.length ? scope.yotCodes : [''] });
    const inScope = (await qb.getRawMany<{ code: string }>()).map((r) => r.code);
    return (codes) => {
      const wanted = codes ?? inScope;
      if (!wanted.length || wanted.some((c) => !latest.has(c))) return null;
      return wanted.reduce((sum, c) => sum + latest.get(c)!, 0);
    };
  }
}

/** The KPIs asked for (KPI 7 included: kpi-board.ts answers it, the child statement finds no rows for it); null = all. */
function kpisOf(kpis: KpiFilter['kpis']): string[] | null {
  return kpis ? [...new Set(kpis)].sort() : null;
}
