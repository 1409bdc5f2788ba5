/**
 * The published perturbation table of the cell-key method (README "Disclosure control"), designed like the
 * ABS TableBuilder and ONS Census 2021 tables: for a cell of true value v and cell key k (0–255), the noise
 * added is `noiseFor(v, k)`. Each row gives, for every noise, how many of the 256 cell keys draw it, so a
 * row is a probability distribution in 1/256ths; the keys are assigned to noises in ascending order (the
 * row's cumulative distribution), so `noiseFor` is a lookup and the table is data anyone can check.
 *
 * Design, checked by test/disclosure-method.test.ts:
 * - zero-mean in every row, and bounded: |noise| ≤ MAX_NOISE;
 * - a structural zero stays zero (nothing can be perturbed out of nothing), and a non-zero count never
 *   becomes zero or negative (v + noise ≥ 1);
 * - from 3 up every row is the same flat distribution over −2…+2, so no published value is likely to be
 *   the true one: the most probable noise of any row that can be published has probability
 *   DESIGNED_EXACT_RECOVERY_RATE (56/256 ≈ 0.22), the bound on how often a difference of published
 *   figures hits a true count exactly.
 */

/** Cell keys (and outcome row keys) run from 0 to CELL_KEY_RANGE − 1; a cell's key is a sum of row keys modulo this. */
export const CELL_KEY_RANGE = 256;

/** Largest noise the table adds or takes away. */
export const MAX_NOISE = 2;

/** How many of the 256 cell keys draw each noise, for one true value. */
export type NoiseRow = Readonly<Record<number, number>>;

/** The rows from 3 up: 48 / 52 / 56 / 52 / 48 of 256 for −2, −1, 0, +1, +2 (variance ≈ 1.9). */
const FLAT: NoiseRow = { [-2]: 48, [-1]: 52, 0: 56, 1: 52, 2: 48 };

/**
 * Row v of the table (values above the last row use the last row). Rows 1 and 2 cannot go down by 2
 * without reaching 0, so they are narrower and still zero-mean; both only ever give values from 1 to 3,
 * which are withheld anyway.
 */
export const PERTURBATION_TABLE: readonly NoiseRow[] = [
  { 0: 256 }, // 0: a structural zero stays 0
  { 0: 256 }, // 1: stays 1 (withheld)
  { [-1]: 64, 0: 128, 1: 64 }, // 2: 1, 2 or 3 (withheld)
  FLAT,
];

/** The row that applies to a true value. */
export function rowFor(value: number): NoiseRow {
  return PERTURBATION_TABLE[Math.min(value, PERTURBATION_TABLE.length - 1)];
}

/** Expands a row into its 256 noises, one per cell key, in ascending order of noise. */
function expand(row: NoiseRow): number[] {
  const noises = Object.entries(row)
    .map(([noise, keys]) => [Number(noise), keys] as const)
    .sort((a, b) => a[0] - b[0]);
  const column = noises.flatMap(([noise, keys]) => Array.from({ length: keys }, () => noise));
  if (column.length !== CELL_KEY_RANGE) throw new Error(`a perturbation row must cover ${CELL_KEY_RANGE} cell keys, not ${column.length}`);
  return column;
}

const COLUMNS = PERTURBATION_TABLE.map(expand);

/** The noise the table adds to a cell of true value `value` whose cell key is `cellKey` (0–255). */
export function noiseFor(value: number, cellKey: number): number {
  if (!Number.isInteger(cellKey) || cellKey < 0 || cellKey >= CELL_KEY_RANGE) throw new Error(`cell key ${cellKey} is outside 0–${CELL_KEY_RANGE - 1}`);
  return COLUMNS[Math.min(value, COLUMNS.length - 1)][cellKey];
}

/**
 * Rows 1 and 2 only ever give 1 to 3, so with a threshold of at least this every value they give is
 * withheld; perturbed summaries never use a lower threshold.
 */
export const MIN_PERTURBED_THRESHOLD = 3;

/**
 * The largest probability any one noise has in a row whose values can be published (3 and up).
 * An attacker who subtracts published figures gets the true count plus at least one noise drawn with an
 * independent cell key, so the difference is exact with at most this probability (two independent noises:
 * at most Σ p², ≈ 0.20 for the flat row).
 */
export const DESIGNED_EXACT_RECOVERY_RATE = Math.max(
  ...PERTURBATION_TABLE.slice(3).map((row) => Math.max(...Object.values(row)) / CELL_KEY_RANGE),
);
