/**
 * What a child reference may be. Defined positively and narrowly: a service prefix of 1–3 capital letters, a
 * hyphen, a serial of 1–8 digits, and optionally one more hyphen and group of 1–8 digits (`BYJ-0001`,
 * `SYN-12-345`). A name cannot fit in three capitals; what still could spell something personal is refused:
 * a prefix that is a month (`APR`), `DOB`; and any digit group or pair of groups that reads as a date.
 */
export const CHILD_REF_SHAPE = /^([A-Z]{1,3})-(\d{1,8})(?:-(\d{1,8}))?$/;

export const CHILD_REF_FORMAT =
  '`PREFIX-NUMBER` or `PREFIX-NUMBER-NUMBER` (1–3 capital letters, then one or two groups of 1–8 digits, e.g. `BYJ-0001`), where no group or pair of groups reads as a date';

/** Prefixes that are a month's abbreviation or say "date of birth". */
const PERSONAL_PREFIXES = new Set([
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
  'DOB',
  'DOD',
]);

/** Why `ref` is not a child reference, or null when it is one. */
export function childRefProblem(ref: string): string | null {
  const shape = CHILD_REF_SHAPE.exec(ref);
  if (!shape) return `must be written ${CHILD_REF_FORMAT}; never a name or a date of birth`;
  const [, prefix, first] = shape;
  const second = shape.at(3);
  if (PERSONAL_PREFIXES.has(prefix))
    return `must not start with "${prefix}", which reads as a month or a date of birth`;
  const dated = [first, second].find((group) => group !== undefined && groupReadsAsDate(group));
  if (dated) return `must not contain "${dated}", which reads as a date`;
  if (second !== undefined && pairReadsAsDate(first, second))
    return `must not contain "${first}-${second}", which reads as a day and a month`;
  return null;
}

const isDay = (n: number) => n >= 1 && n <= 31;
const isMonth = (n: number) => n >= 1 && n <= 12;
const isYear = (n: number) => n >= 1900 && n <= 2099;

/**
 * One group of digits read as a date: a 4-digit year 1900–2099 (`2009`); 4 digits as ddmm or mmdd (`0104`);
 * 6 as ddmmyy, mmddyy or yymmdd (`010409`); 8 as ddmmyyyy, mmddyyyy or yyyymmdd (`01042009`, `20090401`).
 */
export function groupReadsAsDate(group: string): boolean {
  const n = (from: number, to: number) => Number(group.slice(from, to));
  const dayMonth = (a: number, b: number) => (isDay(a) && isMonth(b)) || (isMonth(a) && isDay(b));
  switch (group.length) {
    case 4:
      return isYear(n(0, 4)) || dayMonth(n(0, 2), n(2, 4));
    case 6:
      return dayMonth(n(0, 2), n(2, 4)) || (isMonth(n(2, 4)) && isDay(n(4, 6)));
    case 8:
      return (dayMonth(n(0, 2), n(2, 4)) && isYear(n(4, 8))) || (isYear(n(0, 4)) && isMonth(n(4, 6)) && isDay(n(6, 8)));
    default:
      return false;
  }
}

/** Two short groups read as day-month or month-day (`31-12`, `1-4`, `04-01`), with or without a year elsewhere. */
export function pairReadsAsDate(first: string, second: string): boolean {
  if (first.length > 2 || second.length > 2) return false;
  const a = Number(first);
  const b = Number(second);
  return (isDay(a) && isMonth(b)) || (isMonth(a) && isDay(b));
}
