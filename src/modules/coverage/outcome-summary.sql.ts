import { Dialect } from '../../db/dialect';
import { CELL_KEY_RANGE } from './disclosure/perturbation-table';
import { outcomeRowKeySql } from './disclosure/record-key';
import { CanonicalFilter } from './outcome-summary.filter';
import { NOT_RECORDED, OutcomeDimension, OutcomeSummaryRow } from './outcome-summary.types';

/** A characteristic column, with children whose characteristic is not recorded grouped as NOT_RECORDED. */
const characteristic = (column: string) => `COALESCE(c."${column}", '${NOT_RECORDED}')`;

/** SQL expression and row field of each dimension. */
export const DIMENSIONS: Record<OutcomeDimension, { expr: string; field: keyof OutcomeSummaryRow }> = {
  [OutcomeDimension.YOT]: { expr: 'y.code', field: 'yotCode' },
  [OutcomeDimension.REGION]: { expr: 'y.region', field: 'region' },
  [OutcomeDimension.PERIOD]: { expr: 'o.period', field: 'period' },
  [OutcomeDimension.MEASURE]: { expr: 'o.measure', field: 'measure' },
  [OutcomeDimension.SEND_STATUS]: { expr: 'c."sendStatus"', field: 'sendStatus' },
  [OutcomeDimension.ETHNICITY]: { expr: characteristic('ethnicity'), field: 'ethnicity' },
  [OutcomeDimension.SEX]: { expr: characteristic('sex'), field: 'sex' },
  [OutcomeDimension.CARE_STATUS]: { expr: characteristic('careStatus'), field: 'careStatus' },
  [OutcomeDimension.EXCLUSION]: { expr: characteristic('exclusion'), field: 'exclusion' },
  // Booleans as text, the same on both databases (SQLite stores 0/1, PostgreSQL true/false).
  [OutcomeDimension.ALTERNATIVE_PROVISION]: {
    expr: `CASE WHEN c."alternativeProvision" IS NULL THEN '${NOT_RECORDED}' WHEN c."alternativeProvision" THEN 'true' ELSE 'false' END`,
    field: 'alternativeProvision',
  },
  [OutcomeDimension.SLCN]: { expr: characteristic('slcn'), field: 'slcn' },
  // A list per child (simple-json text: '[]' for none): grouped as any need / none, so a child is in one group only.
  [OutcomeDimension.NEURODEVELOPMENTAL]: {
    expr: `CASE WHEN c."neurodevelopmentalNeeds" IS NULL THEN '${NOT_RECORDED}' WHEN c."neurodevelopmentalNeeds" = '[]' THEN 'NONE' ELSE 'IDENTIFIED' END`,
    field: 'neurodevelopmental',
  },
};

/** A row of the counting statement: `d0`… the dimension values, then the exact counts and their cell keys. */
export type CountRow = Record<string, string | number>;

/**
 * One GROUP BY statement that counts outcomes per group (`cohort`, `met`) and, in the same pass, the cell
 * keys of the cell-key method (`cohortKey` over all the group's rows, `metKey` over its met rows; see
 * disclosure/record-key.ts).
 */
/** Dimensions the outcome rollup holds (outcome-rollup.entity.ts), with its SQL for each. */
const ROLLUP_DIMENSIONS: Partial<Record<OutcomeDimension, string>> = {
  [OutcomeDimension.YOT]: 'y.code',
  [OutcomeDimension.REGION]: 'y.region',
  [OutcomeDimension.PERIOD]: 'r.period',
  [OutcomeDimension.MEASURE]: 'r.measure',
};

/**
 * The counting statement for `dims` and `filter`: from the outcome rollup when it holds every dimension
 * asked for (the national views: a few thousand rollup cells, not a million outcome rows), otherwise from
 * the outcome rows. Both give the same counts and cell keys (test/outcome-rollup.test.ts).
 */
export function countingStatement(
  dialect: Dialect,
  dims: OutcomeDimension[],
  filter: CanonicalFilter,
): { sql: string; params: Record<string, unknown> } {
  const fromRollup = dims.every((d) => d in ROLLUP_DIMENSIONS) && filter.sendStatuses === null;
  return fromRollup ? rollupStatement(dialect, dims, filter) : rowsStatement(dialect, dims, filter);
}

/** Filter conditions over the columns named by `column`. */
function conditions(
  dialect: Dialect,
  filter: CanonicalFilter,
  column: { code: string; region: string; measure: string; sendStatus: string; period: string },
) {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const list = (expr: string, name: string, values: readonly string[] | null) => {
    if (!values) return;
    where.push(dialect.inList(expr, name));
    params[name] = dialect.listParam(values);
  };
  list(column.code, 'yotCodes', filter.yotCodes);
  list(column.region, 'regions', filter.regions);
  list(column.measure, 'measures', filter.measures);
  list(column.sendStatus, 'sendStatuses', filter.sendStatuses);
  if (filter.periodFrom) {
    where.push(`${column.period} >= :periodFrom`);
    params.periodFrom = filter.periodFrom;
  }
  if (filter.periodTo) {
    where.push(`${column.period} <= :periodTo`);
    params.periodTo = filter.periodTo;
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Sums of rollup cells; a cell emptied by deletions (0 rows) adds nothing. */
export function rollupStatement(
  dialect: Dialect,
  dims: OutcomeDimension[],
  filter: CanonicalFilter,
): { sql: string; params: Record<string, unknown> } {
  if (filter.sendStatuses !== null) throw new Error('the outcome rollup has no SEND status');
  const { where, params } = conditions(dialect, filter, {
    code: 'y.code',
    region: 'y.region',
    measure: 'r.measure',
    sendStatus: '',
    period: 'r.period',
  });
  const grouped = dims.map((d) => ROLLUP_DIMENSIONS[d]!);
  const counts = [
    'SUM(r."rows") AS cohort',
    'SUM(CASE WHEN r.met THEN r."rows" ELSE 0 END) AS met',
    `SUM(r."keySum") % ${CELL_KEY_RANGE} AS "cohortKey"`,
    `SUM(CASE WHEN r.met THEN r."keySum" ELSE 0 END) % ${CELL_KEY_RANGE} AS "metKey"`,
  ];
  const sql = `SELECT ${[...grouped.map((expr, i) => `${expr} AS d${i}`), ...counts].join(', ')}
     FROM outcome_rollup r JOIN yot y ON y.id = r."yotId"
     ${where}
     ${grouped.length ? `GROUP BY ${grouped.join(', ')} ORDER BY ${grouped.join(', ')}` : ''}`;
  return { sql, params };
}

/** Counts from the outcome rows themselves, for what the rollup does not hold (SEND status, a child's characteristics). */
export function rowsStatement(
  dialect: Dialect,
  dims: OutcomeDimension[],
  filter: CanonicalFilter,
): { sql: string; params: Record<string, unknown> } {
  const { where, params } = conditions(dialect, filter, {
    code: 'y.code',
    region: 'y.region',
    measure: 'o.measure',
    sendStatus: 'c."sendStatus"',
    period: 'o.period',
  });
  const grouped = dims.map((d) => DIMENSIONS[d].expr);
  const rowKey = outcomeRowKeySql('c."recordKey"', 'o.id');
  const counts = [
    'COUNT(*) AS cohort',
    'SUM(CASE WHEN o.met THEN 1 ELSE 0 END) AS met',
    `SUM(${rowKey}) % ${CELL_KEY_RANGE} AS "cohortKey"`,
    `SUM(CASE WHEN o.met THEN ${rowKey} ELSE 0 END) % ${CELL_KEY_RANGE} AS "metKey"`,
  ];
  const sql = `SELECT ${[...grouped.map((expr, i) => `${expr} AS d${i}`), ...counts].join(', ')}
     FROM child_outcome o JOIN child c ON c.id = o."childId" JOIN yot y ON y.id = c."yotId"
     ${where}
     ${grouped.length ? `GROUP BY ${grouped.join(', ')} ORDER BY ${grouped.join(', ')}` : ''}`;
  return { sql, params };
}
