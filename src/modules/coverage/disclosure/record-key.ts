import { randomInt } from 'node:crypto';
import { OutcomeMeasure } from '../../child/child.enums';
import { CELL_KEY_RANGE } from './perturbation-table';

/**
 * Record keys of the cell-key method (README "Disclosure control").
 *
 * Every child gets a secret random key when registered (`child.recordKey`, 0 to 2^31 − 2, never exposed).
 * A summary counts outcome rows, not children, and one child has many rows (a measure per quarter), so the
 * key of an outcome row is derived from its child's key and what is fixed about the row, its measure and
 * quarter (unique per child): two rounds of x → x² + c modulo the prime 2^31 − 1 over
 * `childKey + slot × M`, keeping the low 8 bits. Why not the child's key alone: a child with 8 rows in a
 * cell would add 8 × key, a multiple of 8, and a difference of two cells would then have a cell key far
 * from uniform, so noises would correlate. With the mix, the row keys of one child, and the sum of any of
 * them, are uniform on 0–255 (a chi-square test in test/disclosure-method.test.ts), and rows of different
 * children are independent because their child keys are. A cell's key is then the sum of its rows' keys
 * modulo 256, computed in the same GROUP BY as the count (`outcomeRowMixSql`, `rowKeySql`); `outcomeRowKey` is the same
 * function in TypeScript, and the tests hold the two to agree on both databases.
 */

/** The prime modulus of the mix; products of two residues stay below 2^62, inside SQLite's and PostgreSQL's 64-bit integers. */
const P = 2147483647;
/** Multiplier spreading the row's slot over the residues. */
const M = 1103515245;
/** Constant of x → x² + c. */
const C = 12345;

/** Record keys are drawn from 0 to RECORD_KEY_RANGE − 1. */
export const RECORD_KEY_RANGE = P;

/** Measures numbered 1–15 for a row's slot; the order is fixed forever (appending is fine). */
const MEASURE_NUMBER: Readonly<Record<OutcomeMeasure, number>> = {
  [OutcomeMeasure.SUITABLE_ACCOMMODATION]: 1,
  [OutcomeMeasure.SUITABLE_ETE]: 2,
  [OutcomeMeasure.FORMAL_SEND_PLAN]: 3,
  [OutcomeMeasure.SEND_SCREENED]: 4,
  [OutcomeMeasure.MENTAL_HEALTH_SUPPORT_OFFERED]: 5,
  [OutcomeMeasure.MENTAL_HEALTH_SUPPORT_ATTENDED]: 6,
  [OutcomeMeasure.SUBSTANCE_MISUSE_SUPPORT_OFFERED]: 7,
  [OutcomeMeasure.SUBSTANCE_MISUSE_SUPPORT_ATTENDED]: 8,
  [OutcomeMeasure.FIRST_TIME_ENTRANT]: 9,
  [OutcomeMeasure.REOFFENDED]: 10,
  [OutcomeMeasure.CUSTODY]: 11,
};

/** A fresh secret record key for a child (cryptographically random). */
export function newRecordKey(): number {
  return randomInt(0, RECORD_KEY_RANGE);
}

/** The slot of an outcome row within its child: quarter number × 16 + measure number. */
function slotOf(measure: OutcomeMeasure, period: string): number {
  const quarter = Number(period.slice(0, 4)) * 4 + Number(period.slice(6, 7));
  return quarter * 16 + MEASURE_NUMBER[measure];
}

/** The key (0–255) of one outcome row: what `outcomeRowKeySql` computes in SQL. */
export function outcomeRowKey(childKey: number, measure: OutcomeMeasure, period: string): number {
  const p = BigInt(P);
  const x = (BigInt(childKey) + BigInt(slotOf(measure, period)) * BigInt(M)) % p;
  const y = (x * x + BigInt(C)) % p;
  return Number(((y * y + BigInt(C)) % p) % BigInt(CELL_KEY_RANGE));
}

/**
 * SQL for the first step of an outcome row's key, `x`, given SQL expressions for its child's record key,
 * its measure and its period; `rowKeySql(x)` finishes it. Two steps so that a statement computes `x` once
 * per row in a derived table. Portable to SQLite and PostgreSQL (BIGINT arithmetic, no function either lacks).
 */
export function outcomeRowMixSql(childKey: string, measure: string, period: string): string {
  const measureNumber = `CASE ${measure} ${Object.entries(MEASURE_NUMBER)
    .map(([m, n]) => `WHEN '${m}' THEN ${n}`)
    .join(' ')} END`;
  const slot = `((CAST(SUBSTR(${period}, 1, 4) AS BIGINT) * 4 + CAST(SUBSTR(${period}, 7, 1) AS BIGINT)) * 16 + ${measureNumber})`;
  return `((CAST(${childKey} AS BIGINT) + ${slot} * ${M}) % ${P})`;
}

/** SQL for an outcome row's key (0–255) from its `x` (see `outcomeRowMixSql`). */
export function rowKeySql(x: string): string {
  const y = `((${x} * ${x} + ${C}) % ${P})`;
  return `(((${y} * ${y} + ${C}) % ${P}) % ${CELL_KEY_RANGE})`;
}
