import { addMonths } from '../../graphql/scalars';
import { DatePrecision } from './assessment.enums';

/**
 * The last day an award decided on `decidedOn` stays valid for `months`. With MONTH precision the decision is
 * known only to its month, so the award runs to the end of the month `months` later:
 * `validUntilOf('2019-09-01', MONTH, 36)` → `2022-09-30`; `validUntilOf('2021-09-01', DAY, 36)` → `2024-09-01`.
 */
export function validUntilOf(decidedOn: string, precision: DatePrecision, months: number): string {
  if (precision === DatePrecision.DAY) return addMonths(decidedOn, months);
  const start = addMonths(`${decidedOn.slice(0, 7)}-01`, months);
  const [y, m] = start.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Reads a seed or input date written `YYYY-MM` (month precision) or `YYYY-MM-DD`. */
export function partialDate(value: string): { date: string; precision: DatePrecision } | null {
  if (/^\d{4}-\d{2}$/.test(value)) return { date: `${value}-01`, precision: DatePrecision.MONTH };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value, precision: DatePrecision.DAY };
  return null;
}
