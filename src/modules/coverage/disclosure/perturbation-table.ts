/**
 * The published perturbation table of the cell-key method (README "Disclosure control"), designed like the
 * ABS TableBuilder and ONS Census 2021 tables: for a cell of true value v and cell key k (0–255), the noise
 * added is `noiseFor(v, k)`. Each row gives, for every noise, how many of the 256 cell keys draw it, so a
 * row is a probability distribution in 1/256ths; the keys are assigned to noises through a fixed, published
 * pseudo-random permutation (`keyPosition`), not in contiguous ranges, so `noiseFor` is a lookup and the table
 * and the permutation are data anyone can check.
 *
 * Design, checked by test/disclosure-method.test.ts:
 * - zero-mean in every row, and bounded: |noise| ≤ MAX_NOISE;
 * - a structural zero stays zero (nothing can be perturbed out of nothing), and a non-zero count never
 *   becomes zero or negative (v + noise ≥ 1);
 * - from 3 up every row is the same flat distribution over −2…+2, so no published value is likely to be
 *   the true one: the most probable noise of any row that can be published has probability
 *   DESIGNED_EXACT_RECOVERY_RATE (56/256 ≈ 0.22). One difference of two published figures hits a true count
 *   exactly with about Σp² ≈ 0.20 (two nearly independent noises), per target group as well as on average.
 *   This is a rate per difference, not a bound on an attacker: averaging many differences still converges
 *   on the truth (README, Disclosure control, says how fast).
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

/** Expands a row into its 256 noises in ascending order of noise: the row's cumulative distribution. */
function expand(row: NoiseRow): number[] {
  const noises = Object.entries(row)
    .map(([noise, keys]) => [Number(noise), keys] as const)
    .sort((a, b) => a[0] - b[0]);
  const column = noises.flatMap(([noise, keys]) => Array.from({ length: keys }, () => noise));
  if (column.length !== CELL_KEY_RANGE)
    throw new Error(`a perturbation row must cover ${CELL_KEY_RANGE} cell keys, not ${column.length}`);
  return column;
}

const COLUMNS = PERTURBATION_TABLE.map(expand);

/** Seed of the published permutation below (any fixed value; it is public, the record keys are the secret). */
export const PERMUTATION_SEED = 0x5eed_2026;

/**
 * A fixed pseudo-random permutation of 0–255 (Fisher–Yates driven by mulberry32 from PERMUTATION_SEED), part of
 * the published method. Why: a cell's key is a sum of row keys, so the cell (G ∪ X) has key g + x where X alone
 * has x. Were noises given to contiguous key ranges, noise(g + x) and noise(x) would mostly be equal for a small
 * g (and differ by a fixed pattern otherwise), and differences isolating the same group G would share their
 * error. Through the permutation, neighbouring keys draw unrelated noises.
 */
export const KEY_PERMUTATION: readonly number[] = (() => {
  let state = PERMUTATION_SEED >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: CELL_KEY_RANGE }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
})();

/**
 * The position in a row's column that cell key `cellKey` of a cell of true value `value` draws:
 * π((π(k) + v) mod 256), π being KEY_PERMUTATION. For a given value it is a permutation of the keys, so every
 * row keeps its designed distribution exactly. The value enters inside the outer permutation so that no fixed
 * group is exposed: with π(k) alone, a group whose key sums to 0 (mod 256) would give (G ∪ X) and X the same
 * position every time; here they coincide only when π(g + x) + t ≡ π(x), which for a random π happens for
 * about 1 in 256 of the X an attacker tries, whatever G is.
 */
export function keyPosition(value: number, cellKey: number): number {
  return KEY_PERMUTATION[(KEY_PERMUTATION[cellKey] + value) % CELL_KEY_RANGE];
}

/** The noise the table adds to a cell of true value `value` whose cell key is `cellKey` (0–255). */
export function noiseFor(value: number, cellKey: number): number {
  if (!Number.isInteger(cellKey) || cellKey < 0 || cellKey >= CELL_KEY_RANGE)
    throw new Error(`cell key ${cellKey} is outside 0–${CELL_KEY_RANGE - 1}`);
  return COLUMNS[Math.min(value, COLUMNS.length - 1)][keyPosition(value, cellKey)];
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
