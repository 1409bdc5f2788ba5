import { Field, InputType } from 'type-graphql';
import { BadUserInputError } from './errors';
import { DateScalar, toIsoDate } from './scalars';

/**
 * An inclusive range of calendar days, `{ from, to }`, either end optional. On a timestamp (`recordedAt`,
 * `reviewedAt`) it covers whole UTC days: `to: "2024-03-31"` includes everything recorded on 31 March.
 * Rows whose date is not recorded never match a range.
 */
@InputType({
  description:
    'An inclusive range of calendar days; either end may be left out. On a timestamp it covers whole UTC days (`to` includes its whole day). Rows with no date never match.',
})
export class DateRange {
  @Field(() => DateScalar, { nullable: true, description: 'First day included.' })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day included.' })
  to?: Date | null;
}

/** The SQL conditions (and parameters named `<param>From`/`<param>To`) of a range over a date column. */
export function dateRangeSql(
  expr: string,
  range: DateRange,
  param: string,
  field: string,
): { sql: string; params: Record<string, string> } | null {
  const { from, to } = isoBounds(range, field);
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (from) {
    parts.push(`${expr} >= :${param}From`);
    params[`${param}From`] = from;
  }
  if (to) {
    parts.push(`${expr} <= :${param}To`);
    params[`${param}To`] = to;
  }
  return parts.length ? { sql: `(${parts.join(' AND ')})`, params } : null;
}

/**
 * The same over a timestamp column stored as text (SQLite) or timestamp (PostgreSQL): `to` is turned into
 * "before the next day", so its whole day counts. `asText` writes a day's midnight as the column stores it.
 */
export function timestampRangeSql(
  expr: string,
  range: DateRange,
  param: string,
  field: string,
  asText: (d: Date) => string,
): { sql: string; params: Record<string, string> } | null {
  const { from, to } = isoBounds(range, field);
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (from) {
    parts.push(`${expr} >= :${param}From`);
    params[`${param}From`] = asText(new Date(`${from}T00:00:00Z`));
  }
  if (to) {
    const next = new Date(`${to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    parts.push(`${expr} < :${param}To`);
    params[`${param}To`] = asText(next);
  }
  return parts.length ? { sql: `(${parts.join(' AND ')})`, params } : null;
}

/** Both ends as `YYYY-MM-DD`; BAD_USER_INPUT when `from` is after `to`. */
export function isoBounds(range: DateRange, field: string): { from: string | null; to: string | null } {
  const from = range.from ? toIsoDate(range.from, `${field}.from`) : null;
  const to = range.to ? toIsoDate(range.to, `${field}.to`) : null;
  if (from && to && from > to)
    throw new BadUserInputError(`${field}.from (${from}) is after ${field}.to (${to}).`, field);
  return { from, to };
}
