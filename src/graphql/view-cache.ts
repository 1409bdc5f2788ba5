import { currentRevision } from '../db/revision';
import { HubContext } from './context';

/**
 * Results of the expensive aggregate views (national coverage, regional roll-ups, outcome summaries), kept per
 * server process and valid only for the data revision they were computed at (see db/revision.ts): any committed
 * write, on any process, moves the revision on and they are computed again. Nothing is cached from inside a
 * write transaction, whose reads may include rows that are then rolled back. Requests that miss the same view at
 * the same revision at the same time share one computation (no stampede when a dashboard's viewers all reload
 * after a write).
 */
export class ViewCache<V> {
  private static readonly all = new Set<ViewCache<unknown>>();
  /**
   * Entries per database (the primary DataSource, which its replicas share): tools and tests may open more than
   * one database in a process, and their revision numbers and row ids mean nothing to each other.
   */
  private byDatabase = new WeakMap<object, Map<string, { revision: number; value: V }>>();
  /** Computations under way, per database, by `revision|key`. */
  private inFlight = new WeakMap<object, Map<string, Promise<V>>>();

  constructor(private readonly capacity = 5000) {
    ViewCache.all.add(this as ViewCache<unknown>);
  }

  /** Forgets every view of every cache (the benchmark uses it to measure cold views). */
  static clearAll(): void {
    for (const cache of ViewCache.all) cache.clear();
  }

  /**
   * The values for `keys`: cached ones when they are of the current revision, the rest from `compute` (given
   * only the missing keys, returning a value for each), which are then kept.
   */
  async getMany(ctx: HubContext, keys: readonly string[], compute: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
    const revision = await viewRevision(ctx);
    const entries = this.entriesOf(ctx);
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const key of keys) {
      const entry = revision === null ? undefined : entries.get(key);
      if (entry && entry.revision === revision) {
        // Least recently used first in the Map's order: move this entry to the end.
        entries.delete(key);
        entries.set(key, entry);
        found.set(key, entry.value);
      } else {
        missing.push(key);
      }
    }
    if (missing.length === 0) return found;
    const pending = this.pendingOf(ctx);
    const waits: [string, Promise<V>][] = [];
    const toCompute: string[] = [];
    for (const key of missing) {
      const shared = revision === null ? undefined : pending.get(`${revision}|${key}`);
      if (shared) waits.push([key, shared]);
      else toCompute.push(key);
    }
    if (toCompute.length) {
      const batch = compute(toCompute);
      for (const key of toCompute) {
        const value = batch.then((computed) => computed.get(key)!);
        waits.push([key, value]);
        if (revision === null) continue;
        const slot = `${revision}|${key}`;
        pending.set(slot, value);
        // Forget the computation once settled; its outcome is in `entries` (or, on failure, retried next time).
        value.then(
          () => pending.delete(slot),
          () => pending.delete(slot),
        );
      }
    }
    const values = await Promise.all(waits.map(([, value]) => value));
    waits.forEach(([key], i) => {
      found.set(key, values[i]);
      if (revision !== null) this.remember(entries, key, revision, values[i]);
    });
    return found;
  }

  async get(ctx: HubContext, key: string, compute: () => Promise<V>): Promise<V> {
    const values = await this.getMany(ctx, [key], async () => new Map([[key, await compute()]]));
    return values.get(key)!;
  }

  /** Forgets everything (tests use it to measure a cold view). */
  clear(): void {
    this.byDatabase = new WeakMap();
    this.inFlight = new WeakMap();
  }

  private pendingOf(ctx: HubContext): Map<string, Promise<V>> {
    let pending = this.inFlight.get(ctx.writer);
    if (!pending) this.inFlight.set(ctx.writer, (pending = new Map()));
    return pending;
  }

  private entriesOf(ctx: HubContext): Map<string, { revision: number; value: V }> {
    let entries = this.byDatabase.get(ctx.writer);
    if (!entries) this.byDatabase.set(ctx.writer, (entries = new Map()));
    return entries;
  }

  private remember(entries: Map<string, { revision: number; value: V }>, key: string, revision: number, value: V): void {
    entries.delete(key);
    entries.set(key, { revision, value });
    while (entries.size > this.capacity) entries.delete(entries.keys().next().value!);
  }
}

/**
 * The revision this request reads at, looked up once per request; null inside a write transaction, where
 * nothing may be cached or served from the cache.
 */
function viewRevision(ctx: HubContext): Promise<number | null> {
  if (ctx.writing) return Promise.resolve(null);
  return (ctx.revision ??= currentRevision(ctx.db));
}
