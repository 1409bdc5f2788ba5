import { OutcomeMeasure, SendStatus } from '../../src/modules/child/child.enums';
import { CELL_KEY_RANGE } from '../../src/modules/coverage/disclosure/perturbation-table';
import { perturbCounts } from '../../src/modules/coverage/disclosure/protect';
import { outcomeRowKey } from '../../src/modules/coverage/disclosure/record-key';
import { fixtureRecordKey } from './fixtures';

/** One outcome row of a test fixture, with everything a summary can filter or group it by. */
export interface FixtureOutcome {
  yotCode: string;
  region: string;
  ref: string;
  recordKey: number;
  sendStatus: SendStatus;
  measure: OutcomeMeasure;
  period: string;
  met: boolean;
}

/** The rows `addChildren(…, yotCode, children)` writes, as the oracle reads them. */
export function fixtureOutcomes(
  yotCode: string,
  region: string,
  children: { ref: string; sendStatus: SendStatus; recordKey?: number; outcomes: { measure: OutcomeMeasure; met: boolean; period: string }[] }[],
): FixtureOutcome[] {
  return children.flatMap((c) =>
    c.outcomes.map((o) => ({ yotCode, region, ref: c.ref, recordKey: c.recordKey ?? fixtureRecordKey(yotCode, c.ref), sendStatus: c.sendStatus, measure: o.measure, period: o.period, met: o.met })),
  );
}

/**
 * The cell-key method worked out in TypeScript from the fixture itself, independently of the SQL: the true
 * counts of a set of outcome rows, their cell keys (sum of row keys modulo 256) and the published counts.
 */
export function oracle(rows: readonly FixtureOutcome[]): { cohort: number; met: number; cohortKey: number; metKey: number; published: { cohort: number; met: number } } {
  let cohortKey = 0;
  let metKey = 0;
  for (const r of rows) {
    const key = outcomeRowKey(r.recordKey, r.measure, r.period);
    cohortKey = (cohortKey + key) % CELL_KEY_RANGE;
    if (r.met) metKey = (metKey + key) % CELL_KEY_RANGE;
  }
  const counts = { cohort: rows.length, met: rows.filter((r) => r.met).length, cohortKey, metKey };
  return { ...counts, published: perturbCounts(counts) };
}
