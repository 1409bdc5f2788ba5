/** The dates the award journey is read on: the day, the board year to it, and the last full KPI quarter before it. */
export interface JourneyDates {
  asOf: string;
  /** First day of the year that ends on `asOf` (board attendance, KPI 7's gap rule looks at the same year). */
  boardFrom: string;
  /** The last quarter that ended before `asOf`: KPI returns are made for whole quarters. */
  quarter: string;
}

/** Today in UTC, the day the hub judges "today" on. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export function journeyDates(asOf: string): JourneyDates {
  const [year, month, day] = asOf.split('-').map(Number);
  const from = new Date(Date.UTC(year - 1, month - 1, day + 1));
  const q = Math.ceil(month / 3) - 1;
  return {
    asOf,
    boardFrom: from.toISOString().slice(0, 10),
    quarter: q === 0 ? `${year - 1}-Q4` : `${year}-Q${q}`,
  };
}
