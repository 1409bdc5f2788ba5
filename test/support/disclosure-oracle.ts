import { DataSource } from 'typeorm';
import { OutcomeMeasure, SendStatus } from '../../src/modules/child/child.enums';
import { CELL_KEY_RANGE } from '../../src/modules/coverage/disclosure/perturbation-table';
import { perturbCounts } from '../../src/modules/coverage/disclosure/protect';
import { outcomeRowKey } from '../../src/modules/coverage/disclosure/record-key';

/** One outcome row as stored, with everything a summary can filter or group it by and what its key comes from. */
export interface StoredOutcome {
  id: number;
  recordKey: number;
  yotCode: string;
  region: string;
  sendStatus: SendStatus;
  measure: OutcomeMeasure;
  period: string;
  met: boolean;
}

/** Every outcome row of the database, read plainly (no key arithmetic in SQL), for the oracle. */
export async function storedOutcomes(dataSource: DataSource): Promise<StoredOutcome[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT o.id, c."recordKey", y.code AS "yotCode", y.region, c."sendStatus", o.measure, o.period, o.met
       FROM child_outcome o JOIN child c ON c.id = o."childId" JOIN yot y ON y.id = c."yotId" ORDER BY o.id`,
  );
  return rows.map(
    (r) =>
      ({ ...r, id: Number(r.id), recordKey: Number(r.recordKey), met: r.met === true || r.met === 1 }) as StoredOutcome,
  );
}

/**
 * The cell-key method worked out in TypeScript from stored rows, independently of the SQL that publishes
 * summaries: the true counts of a set of outcome rows, their cell keys (sum of row keys modulo 256) and the
 * published counts.
 */
export function oracle(rows: readonly StoredOutcome[]): {
  cohort: number;
  met: number;
  cohortKey: number;
  metKey: number;
  published: { cohort: number; met: number };
} {
  let cohortKey = 0;
  let metKey = 0;
  for (const r of rows) {
    const key = outcomeRowKey(r.recordKey, r.id);
    cohortKey = (cohortKey + key) % CELL_KEY_RANGE;
    if (r.met) metKey = (metKey + key) % CELL_KEY_RANGE;
  }
  const counts = { cohort: rows.length, met: rows.filter((r) => r.met).length, cohortKey, metKey };
  return { ...counts, published: perturbCounts(counts) };
}
