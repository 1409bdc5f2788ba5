import { dialectOf, runSql } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { OutcomeDimension, OutcomeSummary, OutcomeSummaryFilter, OutcomeSummaryRow } from './outcome-summary.types';
import { Cell, suppress } from './suppression';
import { Role } from '../auth/roles';
import { Yot } from '../yot/yot.entity';
import { ViewCache } from '../../graphql/view-cache';

/** Exact outcome counts by query, recomputed after any write (see graphql/view-cache.ts). */
export const OUTCOME_COUNTS = new ViewCache<Record<string, string | number>[]>();

/** SQL expression and row field of each dimension. */
const DIMENSIONS: Record<OutcomeDimension, { expr: string; field: keyof OutcomeSummaryRow }> = {
  [OutcomeDimension.YOT]: { expr: 'y.code', field: 'yotCode' },
  [OutcomeDimension.REGION]: { expr: 'y.region', field: 'region' },
  [OutcomeDimension.PERIOD]: { expr: 'o.period', field: 'period' },
  [OutcomeDimension.MEASURE]: { expr: 'o.measure', field: 'measure' },
  [OutcomeDimension.SEND_STATUS]: { expr: 'c."sendStatus"', field: 'sendStatus' },
};

/** Counts child outcomes in SQL (one GROUP BY statement), then applies disclosure control to the groups. */
export async function summariseOutcomes(ctx: HubContext, filter: OutcomeSummaryFilter | undefined, groupBy: OutcomeDimension[]): Promise<OutcomeSummary> {
  const dims = [...new Set(groupBy)];
  if (filter?.periodFrom && filter.periodTo && filter.periodTo < filter.periodFrom) {
    throw new BadUserInputError(`filter.periodTo (${filter.periodTo}) must not be before filter.periodFrom (${filter.periodFrom}).`, 'filter.periodTo');
  }
  const dialect = dialectOf(ctx.db);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const list = (expr: string, name: string, values: readonly string[] | null | undefined) => {
    if (!values) return;
    where.push(dialect.inList(expr, name));
    params[name] = dialect.listParam(values);
  };
  list('y.code', 'yotCodes', filter?.yotCodes);
  list('y.region', 'regions', filter?.regions);
  list('o.measure', 'measures', filter?.measures);
  list('c."sendStatus"', 'sendStatuses', filter?.sendStatuses);
  if (filter?.periodFrom) (where.push('o.period >= :periodFrom'), (params.periodFrom = filter.periodFrom));
  if (filter?.periodTo) (where.push('o.period <= :periodTo'), (params.periodTo = filter.periodTo));
  const selected = dims.map((d, i) => `${DIMENSIONS[d].expr} AS d${i}`);
  const grouped = dims.map((d) => DIMENSIONS[d].expr);
  const sql = `SELECT ${[...selected, 'COUNT(*) AS cohort', 'SUM(CASE WHEN o.met THEN 1 ELSE 0 END) AS met'].join(', ')}
     FROM child_outcome o JOIN child c ON c.id = o."childId" JOIN yot y ON y.id = c."yotId"
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ${grouped.length ? `GROUP BY ${grouped.join(', ')} ORDER BY ${grouped.join(', ')}` : ''}`;
  // The exact counts are cached (the query says everything they depend on); suppression is applied per caller below.
  const rows = await OUTCOME_COUNTS.get(ctx, JSON.stringify([sql, params]), () => runSql<Record<string, string | number>>(ctx.db, sql, params));
  const threshold = (await exactCountsAllowed(ctx, filter)) ? 0 : ctx.suppressionThreshold;
  const cells = suppress(
    rows.filter((r) => Number(r.cohort) > 0).map((r): Cell => ({ key: dims.map((_, i) => String(r[`d${i}`])), cohort: Number(r.cohort), met: Number(r.met) })),
    threshold,
  );
  return {
    groupBy: dims,
    suppressionThreshold: threshold,
    rows: cells.map((cell) => {
      const row: OutcomeSummaryRow = { yotCode: null, region: null, period: null, measure: null, sendStatus: null, cohort: null, met: null, rate: null, suppressed: cell.suppressed! };
      dims.forEach((d, i) => Object.assign(row, { [DIMENSIONS[d].field]: cell.key[i] }));
      if (!cell.suppressed) Object.assign(row, { cohort: cell.cohort, met: cell.met, rate: Math.round((cell.met / cell.cohort) * 10000) / 10000 });
      return row;
    }),
  };
}

/**
 * Exact counts are for administrators, and for a YOT manager asking about its own YOT alone
 * (`filter.yotCodes` naming just that YOT); everyone else gets suppressed counts.
 */
async function exactCountsAllowed(ctx: HubContext, filter: OutcomeSummaryFilter | undefined): Promise<boolean> {
  const { role, yotId } = ctx.caller;
  if (role === Role.ADMIN) return true;
  if (role !== Role.YOT_MANAGER || yotId == null || filter?.yotCodes?.length !== 1) return false;
  const own = await ctx.loaders.byId(Yot).load(yotId);
  return own?.code === filter.yotCodes[0].toUpperCase();
}
