/** Latency figures of one measured operation, in milliseconds. */
export interface Timing {
  runs: number;
  median: number;
  p95: number;
}

export interface TimingOptions {
  /** Runs discarded first (JIT, caches, SQLite page cache). */
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Stop after this long once `minRuns` is reached. */
  budgetMs?: number;
}

/**
 * Runs `fn` repeatedly, one at a time, and reports median and 95th-percentile latency. `before` runs ahead of
 * each call, untimed (e.g. to empty a cache for a cold measurement).
 */
export async function time(
  fn: () => Promise<unknown>,
  options: TimingOptions = {},
  before?: () => void,
): Promise<Timing> {
  const { warmup = 3, minRuns = 20, maxRuns = 200, budgetMs = 6000 } = options;
  for (let i = 0; i < warmup; i++) {
    before?.();
    await fn();
  }
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - started < budgetMs)) {
    before?.();
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return { runs: samples.length, median: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

/** The `q` quantile of `samples` (nearest rank). */
export function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const round = (ms: number, places = 2) => Math.round(ms * 10 ** places) / 10 ** places;
