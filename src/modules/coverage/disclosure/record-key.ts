import { randomInt } from 'node:crypto';
import { CELL_KEY_RANGE } from './perturbation-table';

/**
 * Record keys of the cell-key method (README "Disclosure control").
 *
 * Every child gets a secret random key when registered (`child.recordKey`, 0 to 2^31 − 2, never exposed).
 * A summary counts outcome rows, not children, and one child has many rows (a measure per quarter), so the
 * key of an outcome row is derived from its child's key and what is fixed about the row, its id (never
 * changed nor reused, as outcomes are never overwritten): two rounds of x → x² + c modulo the prime
 * 2^31 − 1 over `childKey + id × M`, keeping the low 8 bits. Why not the child's key alone: a child with 8
 * rows in a cell would add 8 × key, a multiple of 8, and a difference of two cells would then have a cell
 * key far from uniform, so noises would correlate. With the mix, the row keys of one child, and the sum of
 * any of them, are uniform on 0–255 (a chi-square test in test/disclosure-method.test.ts), and rows of
 * different children are independent because their child keys are. A cell's key is then the sum of its
 * rows' keys modulo 256, computed in the same GROUP BY as the count (`outcomeRowKeySql`); `outcomeRowKey`
 * is the same function in TypeScript, and the tests hold the two to agree on both databases.
 *
 * Why the id and not the row's measure and quarter: parsing those in SQL tripled the cost of a cold
 * summary on PostgreSQL (string CASE and SUBSTR per row), while integer arithmetic is nearly free.
 */

/** The prime modulus of the mix; products of two residues stay below 2^62, inside SQLite's and PostgreSQL's 64-bit integers. */
const P = 2147483647;
/** Multiplier spreading the row id over the residues. */
const M = 1103515245;
/** Constant of x → x² + c. */
const C = 12345;

/** Record keys are drawn from 0 to RECORD_KEY_RANGE − 1. */
export const RECORD_KEY_RANGE = P;

/** A fresh secret record key for a child (cryptographically random). */
export function newRecordKey(): number {
  return randomInt(0, RECORD_KEY_RANGE);
}

/** The key (0–255) of one outcome row, from its child's record key and its id: what `outcomeRowKeySql` computes. */
export function outcomeRowKey(childKey: number, outcomeId: number): number {
  const p = BigInt(P);
  const x = (BigInt(childKey) + BigInt(outcomeId) * BigInt(M)) % p;
  const y = (x * x + BigInt(C)) % p;
  return Number(((y * y + BigInt(C)) % p) % BigInt(CELL_KEY_RANGE));
}

/**
 * SQL for the key (0–255) of an outcome row, given SQL expressions for its child's record key and its id.
 * Portable to SQLite and PostgreSQL: BIGINT arithmetic only (ids stay far below 2^31, so `id × M` fits).
 */
export function outcomeRowKeySql(childKey: string, outcomeId: string): string {
  const x = `((CAST(${childKey} AS BIGINT) + CAST(${outcomeId} AS BIGINT) * ${M}) % ${P})`;
  const y = `((${x} * ${x} + ${C}) % ${P})`;
  return `CAST(((${y} * ${y} + ${C}) % ${P}) % ${CELL_KEY_RANGE} AS INTEGER)`;
}
