import { GraphQLScalarType, ValueNode } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { BadUserInputError } from './errors';

/**
 * The dates the hub accepts anywhere (inputs, imports): no youth justice record predates 1900, and the upper
 * bound leaves room for the date arithmetic of the views (`asOf` + 6 months, validity + 36 months): at
 * 9999-12-31 PostgreSQL fails them with "date out of range".
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2999-12-31';

/**
 * Why `text` is not a usable date, or null when it is: `YYYY-MM-DD`, a real calendar day (no 30 February),
 * from 1900-01-01 to 9999-12-31. Both databases store and compare dates as this text, so it is checked
 * before any SQL sees it (PostgreSQL refuses year 0, SQLite would compare nonsense).
 */
export function dateProblem(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return 'must be a date written YYYY-MM-DD';
  if (text < EARLIEST_DATE || text > LATEST_DATE) return `must be between ${EARLIEST_DATE} and ${LATEST_DATE}`;
  const [y, m, d] = match.slice(1).map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d)
    return `${text} is not a calendar date`;
  return null;
}

/** `DateTime` (RFC 3339 instant, UTC on output), for times the hub records itself. */
export const DateTimeScalar = DateTimeResolver;

const baseDate = DateResolver.toConfig();

/** graphql-scalars' parsing (the format and the calendar), then the hub's range. */
function inRange(value: Date): Date {
  const problem = Number.isNaN(value.getTime()) ? 'is not a valid date' : dateProblem(value.toISOString().slice(0, 10));
  if (problem) throw new TypeError(`Date ${problem}.`);
  return value;
}

/**
 * `Date` (calendar date `YYYY-MM-DD`, no time zone), from 1900-01-01 to 9999-12-31. Stored as the same ISO
 * text in both databases, so comparing and ordering dates is comparing text.
 */
export const DateScalar = new GraphQLScalarType<Date, string>({
  ...baseDate,
  description: `A calendar date written \`YYYY-MM-DD\` (RFC 3339 full-date), a real day from ${EARLIEST_DATE} to ${LATEST_DATE}.`,
  parseValue: (value: unknown) => inRange(baseDate.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables?: { [key: string]: unknown } | null) =>
    inRange(baseDate.parseLiteral(ast, variables)),
});

/** Normalises a parsed `Date` scalar (a JS Date at UTC midnight) to the stored `YYYY-MM-DD` text. */
export function toIsoDate(value: Date | string, field = 'date'): string {
  if (typeof value !== 'string' && Number.isNaN(value.getTime()))
    throw new BadUserInputError(`${field} is not a valid date.`, field);
  const text = typeof value === 'string' ? value : value.toISOString().slice(0, 10);
  const problem = dateProblem(text);
  if (problem) throw new BadUserInputError(`${field} ${problem}.`, field);
  return text;
}

/** Today's date in UTC as `YYYY-MM-DD`; the default `asOf` of date-sensitive views. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** An optional `Date` argument (`asOf`, `filter.asOf`…) as `YYYY-MM-DD`, today when absent: the one reading of "as of". */
export function isoDateOrToday(value: Date | null | undefined, field = 'asOf'): string {
  return value ? toIsoDate(value, field) : todayIso();
}

/**
 * Adds calendar months to a `YYYY-MM-DD` date, clamping to the month's last day:
 * `addMonths('2024-01-31', 1)` → `2024-02-29`; `addMonths('2024-05-10', 36)` → `2027-05-10`.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
