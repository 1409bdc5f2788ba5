import { dialectOf, runSql } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { ViewCache } from '../../graphql/view-cache';
import { Role } from '../auth/roles';
import { Yot } from '../yot/yot.entity';
import { MIN_PERTURBED_THRESHOLD } from './disclosure/perturbation-table';
import { perturbCounts } from './disclosure/protect';
import { CanonicalFilter, canonicalFilter } from './outcome-summary.filter';
import { countingStatement, CountRow, DIMENSIONS } from './outcome-summary.sql';
import { OutcomeDimension, OutcomeSummary, OutcomeSummaryFilter, OutcomeSummaryRow } from './outcome-summary.types';
import { Cell, suppress } from './suppression';

/**
 * Exact outcome counts and cell keys by query, recomputed after any write (see graphql/view-cache.ts).
 * Bounded by bytes: a national summary by YOT, measure and quarter is a few megabytes.
 */
export const OUTCOME_COUNTS = new ViewCache<CountRow[]>({ maxBytes: 64 * 1024 * 1024 });

/** A row with every dimension and count null. */
const EMPTY_ROW: Omit<OutcomeSummaryRow, 'suppressed'> = {
  yotCode: null,
  region: null,
  period: null,
  measure: null,
  sendStatus: null,
  ethnicity: null,
  sex: null,
  careStatus: null,
  exclusion: null,
  alternativeProvision: null,
  slcn: null,
  neurodevelopmental: null,
  cohort: null,
  met: null,
  rate: null,
};

/**
 * Counts child outcomes in SQL (one GROUP BY statement), then applies disclosure control for the caller:
 * exact figures for those who may see the rows themselves, otherwise cell-key perturbation (README
 * "Disclosure control") followed by suppression of small published counts.
 */
export async function summariseOutcomes(
  ctx: HubContext,
  filter: OutcomeSummaryFilter | undefined,
  groupBy: OutcomeDimension[],
): Promise<OutcomeSummary> {
  const dims = [...new Set(groupBy)];
  const canonical = await canonicalFilter(ctx, filter);
  const { sql, params } = countingStatement(dialectOf(ctx.db), dims, canonical);
  // Exact counts are cached (the query says everything they depend on); protection is applied per caller below.
  const rows = await OUTCOME_COUNTS.get(ctx, JSON.stringify([sql, params]), () =>
    runSql<CountRow>(ctx.db, sql, params),
  );
  const exact = await exactCountsAllowed(ctx, canonical);
  const threshold = exact ? 0 : Math.max(ctx.suppressionThreshold, MIN_PERTURBED_THRESHOLD);
  const cells = suppress(
    rows
      .filter((r) => Number(r.cohort) > 0)
      .map((r): Cell => {
        const counts = {
          cohort: Number(r.cohort),
          met: Number(r.met),
          cohortKey: Number(r.cohortKey),
          metKey: Number(r.metKey),
        };
        return { key: dims.map((_, i) => String(r[`d${i}`])), ...(exact ? counts : perturbCounts(counts)) };
      }),
    threshold,
  );
  return {
    groupBy: dims,
    suppressionThreshold: threshold,
    perturbed: !exact,
    rows: cells.map((cell) => {
      const row: OutcomeSummaryRow = { ...EMPTY_ROW, suppressed: cell.suppressed! };
      dims.forEach((d, i) => Object.assign(row, { [DIMENSIONS[d].field]: cell.key[i] }));
      // Rates come from the published (protected) counts, so they reveal nothing the counts do not.
      if (!cell.suppressed)
        Object.assign(row, {
          cohort: cell.cohort,
          met: cell.met,
          rate: Math.round((cell.met / cell.cohort) * 10000) / 10000,
        });
      return row;
    }),
  };
}

/**
 * Exact counts are for those who may see the child rows themselves: administrators, and a YOT manager
 * asking about its own YOT alone (`filter.yotCodes` naming just that YOT); everyone else gets protected counts.
 */
async function exactCountsAllowed(ctx: HubContext, filter: CanonicalFilter): Promise<boolean> {
  const { role, yotId } = ctx.caller;
  if (role === Role.ADMIN) return true;
  if (role !== Role.YOT_MANAGER || yotId == null || filter.yotCodes?.length !== 1) return false;
  const own = await ctx.loaders.byId(Yot).load(yotId);
  return own?.code === filter.yotCodes[0];
}
