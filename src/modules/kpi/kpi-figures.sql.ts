import { Dialect } from '../../db/dialect';
import { CELL_KEY_RANGE } from '../coverage/disclosure/perturbation-table';
import { outcomeRowKeySql } from '../coverage/disclosure/record-key';

/** The counts the statement takes per group, each with its cell key; names are the SQL column aliases. */
export const COUNTS = {
  observed: '1 = 1',
  met: 'k.met',
  identified: 'k."needIdentified"',
  identifiedMet: 'k."needIdentified" AND k.met',
  identifiedPlan: 'k."needIdentified" AND k."formalPlan"',
  identifiedMetPlan: 'k."needIdentified" AND k.met AND k."formalPlan"',
  identifiedOffered: 'k."needIdentified" AND k."supportOffered"',
  identifiedAttending: 'k."needIdentified" AND k.attending',
} as const;
export type CountName = keyof typeof COUNTS;

/** What restricts the observations counted. */
export interface KpiScope {
  quarter: string;
  yotCodes: string[] | null;
  regions: string[] | null;
  nations: string[] | null;
  kpis: string[] | null;
}

/**
 * The observations a scope counts, as SQL conditions on `k` (kpi_observation), `c` (child) and `y` (yot): the one
 * definition both the counting statement and the list of records behind a figure (kpi-records.service.ts) use.
 */
export function kpiScopeWhere(dialect: Dialect, scope: KpiScope): { where: string[]; params: Record<string, unknown> } {
  const yots = yotScopeWhere(dialect, scope);
  const where = ['k.period = :quarter', ...yots.where];
  const params: Record<string, unknown> = { quarter: scope.quarter, ...yots.params };
  if (scope.kpis) {
    where.push(dialect.inList('k.kpi', 'kpis'));
    params.kpis = dialect.listParam(scope.kpis);
  }
  return { where, params };
}

/** The conditions on the YOTs (aliased `y`) a KPI scope names: its codes, regions and nations, where given. */
export function yotScopeWhere(
  dialect: Dialect,
  scope: Pick<KpiScope, 'yotCodes' | 'regions' | 'nations'>,
): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const list = (expr: string, name: string, values: readonly string[] | null) => {
    if (!values) return;
    where.push(dialect.inList(expr, name));
    params[name] = dialect.listParam(values);
  };
  list('y.code', 'yotCodes', scope.yotCodes);
  list('y.region', 'regions', scope.regions);
  list('y.nation', 'nations', scope.nations);
  return { where, params };
}

/**
 * One GROUP BY statement over the quarter's observations: per (YOT,) KPI, cohort and stage, every count of
 * COUNTS with its cell key (sum of the rows' keys modulo 256, as outcome summaries), and the ETE hours.
 */
export function kpiStatement(
  dialect: Dialect,
  scope: KpiScope,
  byYot: boolean,
): { sql: string; params: Record<string, unknown> } {
  const { where, params } = kpiScopeWhere(dialect, scope);
  const rowKey = outcomeRowKeySql('c."recordKey"', 'k.id');
  const grouped = [...(byYot ? ['y.code'] : []), 'k.kpi', 'k.cohort', 'k.stage'];
  const columns = [
    ...grouped.map((g) => `${g} AS "${g.slice(2)}"`),
    ...Object.entries(COUNTS).flatMap(([name, condition]) => [
      `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END) AS "${name}"`,
      `SUM(CASE WHEN ${condition} THEN ${rowKey} ELSE 0 END) % ${CELL_KEY_RANGE} AS "${name}Key"`,
    ]),
    'SUM(k."hoursOffered") AS "hoursOffered"',
    'SUM(k."hoursAttended") AS "hoursAttended"',
    'COUNT(k."hoursOffered") AS "hoursReported"',
  ];
  const sql = `SELECT ${columns.join(', ')}
     FROM kpi_observation k JOIN child c ON c.id = k."childId" JOIN yot y ON y.id = c."yotId"
     WHERE ${where.join(' AND ')}
     GROUP BY ${grouped.join(', ')} ORDER BY ${grouped.join(', ')}`;
  return { sql, params };
}
