import { dialectOf } from '../../db/dialect';
import { ConnectionArgs, Page, paginateGroups, SortDirection, SortKey } from '../../graphql/connections';
import { loadExisting } from '../../graphql/loaders';
import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { Yot } from '../yot/yot.entity';
import { Kpi, KpiCohort, KpiIndicator, KpiStage } from './kpi.enums';
import { LINES } from './kpi-figures.service';
import { COUNTS, kpiScopeWhere } from './kpi-figures.sql';
import { KpiObservation } from './kpi-observation.entity';
import { KpiFigurePart } from './kpi-records.types';

const BY_ID: SortKey<KpiObservation>[] = [
  { expr: 'k.id', direction: SortDirection.ASC, type: 'int', read: (o) => o.id },
];

/** What one figure line counts: its KPI, cohort, stage and indicator, and which side of the fraction. */
export interface KpiLine {
  quarter: string;
  kpi: Kpi;
  cohort: KpiCohort;
  stage: KpiStage;
  indicator: KpiIndicator;
  part: KpiFigurePart;
}

/**
 * A page of the observations behind one of a YOT's KPI figures: the scope the counting statement uses
 * (kpiScopeWhere) and the line's count condition (COUNTS, chosen by LINES), so the list's `totalCount` is the
 * exact numerator or denominator. KPI 7 is counted from board attendance, not observations: BAD_USER_INPUT.
 * Batched: the same line asked of every YOT on a page is one statement (per-request loader keyed by the line and
 * the paging arguments); `rows` false when only `totalCount` is selected.
 */
export function kpiRecordsPage(
  ctx: HubContext,
  yot: Yot,
  line: KpiLine,
  args: ConnectionArgs,
  rows = true,
): Promise<Page<KpiObservation>> {
  const counted = (LINES[line.kpi] as (typeof LINES)[Kpi] | undefined)?.find(([i]) => i === line.indicator);
  if (!counted)
    throw new BadUserInputError(
      `KPI ${line.kpi} has no line ${line.indicator} counted from child observations.`,
      'indicator',
    );
  const [, denominator, numerator] = counted;
  const condition = COUNTS[line.part === KpiFigurePart.NUMERATOR ? numerator : denominator];
  const key = `kpiRecords:${JSON.stringify([line, args, rows])}`;
  return ctx.loaders
    .custom<number, Page<KpiObservation>>(key, (yotIds) => {
      const dialect = dialectOf(ctx.db);
      const { where, params } = kpiScopeWhere(dialect, {
        quarter: line.quarter,
        yotCodes: null,
        regions: null,
        nations: null,
        kpis: [line.kpi],
      });
      const build = () =>
        ctx.db
          .getRepository(KpiObservation)
          .createQueryBuilder('k')
          .innerJoin('child', 'c', 'c.id = k."childId"')
          .innerJoin('yot', 'y', 'y.id = c."yotId"')
          .where([...where, 'k.cohort = :cohort', 'k.stage = :stage', `(${condition})`].join(' AND '), {
            ...params,
            cohort: line.cohort,
            stage: line.stage,
          })
          .andWhere(dialect.inList('y.id', 'kpiYots'), { kpiYots: dialect.listParam(yotIds) });
      return paginateGroups(
        build,
        'y.id',
        yotIds,
        BY_ID,
        args,
        (ids) => loadExisting(ctx.loaders.byId(KpiObservation), ids),
        rows,
      );
    })
    .load(yot.id);
}
