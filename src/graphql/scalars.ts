import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { BadUserInputError } from './errors';

/** `DateTime` (RFC 3339 instant, UTC on output), for times the hub records itself. */
export const DateTimeScalar = DateTimeResolver;

/**
 * `Date` (calendar date `YYYY-MM-DD`, no time zone). Stored as the same ISO text in both databases, so
 * comparing and ordering dates is comparing text.
 */
export const DateScalar = DateResolver;

/** Normalises a parsed `Date` scalar (a JS Date at UTC midnight) to the stored `YYYY-MM-DD` text. */
export function toIsoDate(value: Date | string, field = 'date'): string {
  if (typeof value === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new BadUserInputError(`${field} must be a date written YYYY-MM-DD.`, field);
    return value;
  }
  if (Number.isNaN(value.getTime())) throw new BadUserInputError(`${field} is not a valid date.`, field);
  return value.toISOString().slice(0, 10);
}

/** Today's date in UTC as `YYYY-MM-DD`; the default `asOf` of date-sensitive views. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
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
