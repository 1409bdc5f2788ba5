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
export function countingStatement(dialect: Dialect, dims: OutcomeDimension[], filter: CanonicalFilter): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const list = (expr: string, name: string, values: readonly string[] | null) => {
    if (!values) return;
    where.push(dialect.inList(expr, name));
    params[name] = dialect.listParam(values);
  };
  list('y.code', 'yotCodes', filter.yotCodes);
  list('y.region', 'regions', filter.regions);
  list('o.measure', 'measures', filter.measures);
  list('c."sendStatus"', 'sendStatuses', filter.sendStatuses);
  if (filter.periodFrom) { where.push('o.period >= :periodFrom'); params.periodFrom = filter.periodFrom; }
  if (filter.periodTo) { where.push('o.period <= :periodTo'); params.periodTo = filter.periodTo; }
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
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ${grouped.length ? `GROUP BY ${grouped.join(', ')} ORDER BY ${grouped.join(', ')}` : ''}`;
  return { sql, params };
}
