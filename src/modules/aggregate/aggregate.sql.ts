import { createHash } from 'node:crypto';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Dialect } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { AggregateDimension, Aggregate, AggregateKey } from './aggregate.types';

/** How one dimension is read in SQL, and which key field it fills (`bool`: a 0/1 CASE; `int`: an id). */
export interface DimensionSql {
  expr: string;
  key: keyof AggregateKey;
  as?: 'bool' | 'int';
}

/** What an aggregate counts: distinct `id`s of the filtered query, with its YOT and (placements) FTE. */
export interface AggregateSource<T extends ObjectLiteral> {
  name: string;
  qb: SelectQueryBuilder<T>;
  id: string;
  yot: string | null;
  fte?: string;
  dimensions: Partial<Record<AggregateDimension, DimensionSql>>;
}

/** Checks `groupBy` against the dimensions a source accepts: BAD_USER_INPUT names the others. */
export function checkDimensions(
  name: string,
  groupBy: readonly AggregateDimension[],
  accepted: readonly AggregateDimension[],
): AggregateDimension[] {
  const unknown = groupBy.filter((d) => !accepted.includes(d));
  if (unknown.length)
    throw new BadUserInputError(
      `${name} cannot be grouped by ${unknown.join(', ')}; it accepts ${accepted.join(', ')}.`,
      'groupBy',
    );
  return [...new Set(groupBy)];
}

/** A stable id of one aggregate question, from its name and arguments. */
export function aggregateId(name: string, args: unknown): string {
  return `${name}:${createHash('sha1').update(JSON.stringify(args)).digest('base64url').slice(0, 16)}`;
}

/**
 * Runs the aggregate in ONE statement: the source's filtered query becomes a CTE of (row id, YOT, FTE,
 * dimension values), grouped with COUNT(DISTINCT …), and the total of distinct rows comes from the same CTE.
 */
export async function runAggregate<T extends ObjectLiteral>(
  ctx: HubContext,
  source: AggregateSource<T>,
  groupBy: AggregateDimension[],
  args: unknown,
): Promise<Aggregate> {
  const id = aggregateId(source.name, args);
  const dims = groupBy.map((d) => source.dimensions[d]!);
  const qb = source.qb
    .select(source.id, 'row_id')
    .addSelect(source.yot ?? 'CAST(NULL AS INTEGER)', 'row_yot')
    .addSelect(source.fte ?? 'CAST(NULL AS INTEGER)', 'row_fte');
  dims.forEach((d, i) => qb.addSelect(d.expr, `d${i}`));
  const [sql, params] = qb.getQueryAndParameters();
  const cols = dims.map((_, i) => `d${i}`);
  const grouped = cols.length
    ? `SELECT ${cols.join(', ')}, COUNT(DISTINCT row_id) AS n, COUNT(DISTINCT row_yot) AS yots, SUM(COALESCE(row_fte, 0)) AS fte,
              (SELECT COUNT(DISTINCT row_id) FROM base) AS total
       FROM (SELECT DISTINCT row_id, row_yot, row_fte, ${cols.join(', ')} FROM base) r
       GROUP BY ${cols.join(', ')} ORDER BY ${cols.map((c) => `${c} IS NULL, ${c}`).join(', ')}`
    : 'SELECT COUNT(DISTINCT row_id) AS total FROM base';
  const rows: Record<string, unknown>[] = await ctx.db.query(`WITH base AS (${sql}) ${grouped}`, params);
  const total = Number(rows[0]?.total ?? 0);
  if (!cols.length) return { id, total, groups: [] };
  return {
    id,
    total,
    groups: rows.map((row) => {
      const values = dims.map((_, i) => row[`d${i}`] ?? null);
      const groupId = `${id}:${JSON.stringify(values)}`;
      const key: AggregateKey = { id: `AggregateKey:${groupId}` };
      dims.forEach((d, i) => {
        const value = row[`d${i}`];
        (key as unknown as Record<string, unknown>)[d.key] =
          // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a grouped column is an SQL scalar (text or number), never an object
          value == null ? null : d.as === 'bool' ? Number(value) === 1 : d.as === 'int' ? Number(value) : String(value);
      });
      return {
        id: groupId,
        key,
        count: Number(row.n),
        yotCount: source.yot ? Number(row.yots) : null,
        fte: source.fte ? Number(row.fte) : null,
      };
    }),
  };
}

/** The calendar quarter `YYYY-Qn` of a date or timestamp column, in either database. */
export function quarterSql(dialect: Dialect, expr: string): string {
  return dialect.name === 'postgres'
    ? `to_char(${expr}, 'YYYY"-Q"Q')`
    : `(substr(${expr}, 1, 4) || '-Q' || ((CAST(substr(${expr}, 6, 2) AS INTEGER) + 2) / 3))`;
}

/** A rule as a 0/1 value, for a boolean dimension. */
export function flag(condition: string): string {
  return `(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
}
