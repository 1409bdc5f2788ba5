/** What a caller's budget says after a request, for `extensions.cost` and the RateLimit-* headers. */
export interface BudgetState {
  /** Whether the request's cost was taken (false: refused, RATE_LIMITED). */
  granted: boolean;
  capacity: number;
  /** Cost left after this request (whole units). */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** When refused: seconds until the bucket holds enough for this cost. */
  retryAfterSeconds: number;
}

/** Buckets kept at most; full buckets are dropped first (a missing bucket is a full one). */
const MAX_BUCKETS = 10_000;

/**
 * A token bucket per caller key (a token id, or a client address for anonymous callers): `capacity` cost,
 * refilled continuously at `capacity` per minute.
 */
export class CostBudgets {
  private readonly buckets = new Map<string, { available: number; at: number }>();

  constructor(readonly capacity: number) {}

  /** Cost refilled per second. */
  get perSecond(): number {
    return this.capacity / 60;
  }

  /** Takes `cost` from the bucket of `key` when it holds enough; says what is left either way. */
  take(key: string, cost: number, now = Date.now()): BudgetState {
    const bucket = this.buckets.get(key) ?? { available: this.capacity, at: now };
    bucket.available = Math.min(this.capacity, bucket.available + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    const granted = cost <= bucket.available;
    if (granted) bucket.available -= cost;
    this.buckets.delete(key); // re-inserted last: the Map's order is then least recently used first
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_BUCKETS) this.prune(now);
    const seconds = (amount: number) => (this.perSecond > 0 ? Math.ceil(Math.max(0, amount) / this.perSecond) : 60);
    return {
      granted,
      capacity: this.capacity,
      remaining: Math.floor(bucket.available),
      resetSeconds: seconds(this.capacity - bucket.available),
      retryAfterSeconds: granted ? 0 : cost > this.capacity ? 60 : seconds(cost - bucket.available),
    };
  }

  /** Drops buckets that have refilled; if that is not enough, the least recently used. */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.available + ((now - bucket.at) / 1000) * this.perSecond >= this.capacity) this.buckets.delete(key);
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= MAX_BUCKETS) break;
      this.buckets.delete(key);
    }
  }
}
