import { currentRevision } from '../db/revision';
import { HubContext } from './context';

/**
 * Results of the expensive aggregate views (national coverage, regional roll-ups, outcome summaries), kept per
 * server process and valid only for the data revision they were computed at (see db/revision.ts): any committed
 * write, on any process, moves the revision on and they are computed again. Nothing is cached from inside a
 * write transaction, whose reads may include rows that are then rolled back.
 */
export class ViewCache<V> {
  private readonly entries = new Map<string, { revision: number; value: V }>();

  constructor(private readonly capacity = 5000) {}

  /**
   * The values for `keys`: cached ones when they are of the current revision, the rest from `compute` (given
   * only the missing keys, returning a value for each), which are then kept.
   */
  async getMany(ctx: HubContext, keys: readonly string[], compute: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
    const revision = await viewRevision(ctx);
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const key of keys) {
      const entry = revision === null ? undefined : this.entries.get(key);
      if (entry && entry.revision === revision) {
        // Least recently used first in the Map's order: move this entry to the end.
        this.entries.delete(key);
        this.entries.set(key, entry);
        found.set(key, entry.value);
      } else {
        missing.push(key);
      }
    }
    if (missing.length === 0) return found;
    const computed = await compute(missing);
    for (const [key, value] of computed) {
      found.set(key, value);
      if (revision !== null) this.remember(key, revision, value);
    }
    return found;
  }

  async get(ctx: HubContext, key: string, compute: () => Promise<V>): Promise<V> {
    const values = await this.getMany(ctx, [key], async () => new Map([[key, await compute()]]));
    return values.get(key)!;
  }

  /** Forgets everything (tests use it to measure a cold view). */
  clear(): void {
    this.entries.clear();
  }

  private remember(key: string, revision: number, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { revision, value });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
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
