import { currentRevision } from '../db/revision';
import { HubContext, SYSTEM } from './context';
import { computeGate } from './view-compute-gate';

/** What a per-YOT view is computed for besides the YOT: the framework and the date. */
export interface YotViewScope {
  frameworkId: number;
  asOf: string;
}

/**
 * Results of the expensive aggregate views (national coverage, regional roll-ups, outcome summaries), kept per
 * server process and valid only for the data revision they were computed at (see db/revision.ts): any committed
 * write, on any process, moves the revision on and they are computed again. Nothing is cached from inside a
 * write transaction, whose reads may include rows that are then rolled back. Requests that miss the same view at
 * the same revision at the same time share one computation (no stampede when a dashboard's viewers all reload
 * after a write). Memory is bounded in bytes, not entries: one outcome summary can be megabytes, another a few
 * hundred bytes, so a count of entries bounds nothing.
 */
export class ViewCache<V> {
  private static readonly all = new Set<ViewCache<unknown>>();
  /**
   * Entries per database (the primary DataSource, which its replicas share): tools and tests may open more than
   * one database in a process, and their revision numbers and row ids mean nothing to each other.
   */
  private byDatabase = new WeakMap<object, Entries<V>>();
  /** Computations under way, per database, by `revision|key`. */
  private inFlight = new WeakMap<object, Map<string, Promise<V>>>();
  private readonly maxBytes: number;
  private readonly sizeOf: (value: V) => number;

  /**
   * `maxBytes` bounds the estimated memory of the cached values and their keys, per database (least
   * recently used first out; a value larger than the whole bound is returned but not kept). `sizeOf`
   * estimates a value's bytes (default: `estimateBytes`).
   */
  constructor(options: { maxBytes?: number; sizeOf?: (value: V) => number } = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.sizeOf = options.sizeOf ?? estimateBytes;
    ViewCache.all.add(this as ViewCache<unknown>);
  }

  /** Entries and estimated bytes held for the database behind `ctx` (tests check the bound with it). */
  usage(ctx: HubContext): { entries: number; bytes: number } {
    const entries = this.entriesOf(ctx);
    return { entries: entries.map.size, bytes: entries.bytes };
  }

  /**
   * Gives back the memory of every view of `writer`'s database computed before `revision` (a peer process
   * announced a write): they can never be served again.
   */
  static forgetBefore(writer: object, revision: number): void {
    for (const cache of ViewCache.all) {
      const entries = cache.byDatabase.get(writer);
      if (!entries) continue;
      for (const [key, entry] of [...entries.map]) if (entry.revision < revision) forget(entries, key);
    }
  }

  /** Forgets every view of every cache (the benchmark uses it to measure cold views). */
  static clearAll(): void {
    for (const cache of ViewCache.all) cache.clear();
  }

  /**
   * The values for `keys`: cached ones when they are of the current revision, the rest from `compute` (given
   * only the missing keys, returning a value for each), which are then kept.
   */
  async getMany(
    ctx: HubContext,
    keys: readonly string[],
    compute: (missing: string[]) => Promise<Map<string, V>>,
  ): Promise<Map<string, V>> {
    const revision = await viewRevision(ctx);
    const entries = this.entriesOf(ctx);
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const key of keys) {
      const entry = revision === null ? undefined : entries.map.get(key);
      if (entry && entry.revision === revision) {
        // Least recently used first in the Map's order: move this entry to the end.
        entries.map.delete(key);
        entries.map.set(key, entry);
        found.set(key, entry.value);
      } else {
        // An entry of an older revision can never be served again: give its memory back now.
        if (entry && revision !== null && entry.revision < revision) forget(entries, key);
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
      // Cold computations of every view of this database share a small bound (view-compute-gate.ts).
      const batch = computeGate(ctx.writer).run(() => compute(toCompute), { unbounded: ctx.caller === SYSTEM });
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

  /**
   * A per-YOT view for each of `yotIds` (in that order) under `scope`; `compute` is given only the missing YOTs and
   * returns their values in the same order. The text key is built here from the typed parts, never parsed back.
   */
  async getForYots(
    ctx: HubContext,
    scope: YotViewScope,
    yotIds: readonly number[],
    compute: (missing: number[]) => Promise<V[]>,
  ): Promise<V[]> {
    const keyOf = (yotId: number) => `${scope.frameworkId}|${scope.asOf}|${yotId}`;
    const yotOf = new Map(yotIds.map((yotId) => [keyOf(yotId), yotId]));
    const found = await this.getMany(ctx, [...yotOf.keys()], async (missing) => {
      const values = await compute(missing.map((key) => yotOf.get(key)!));
      return new Map(missing.map((key, i) => [key, values[i]]));
    });
    return yotIds.map((yotId) => found.get(keyOf(yotId))!);
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
    if (!pending) this.inFlight.set(ctx.writer, (pending = new Map<string, Promise<V>>()));
    return pending;
  }

  private entriesOf(ctx: HubContext): Entries<V> {
    let entries = this.byDatabase.get(ctx.writer);
    if (!entries) this.byDatabase.set(ctx.writer, (entries = { map: new Map(), bytes: 0 }));
    return entries;
  }

  private remember(entries: Entries<V>, key: string, revision: number, value: V): void {
    forget(entries, key);
    const bytes = this.sizeOf(value) + 2 * key.length + ENTRY_OVERHEAD;
    if (bytes > this.maxBytes) return;
    entries.map.set(key, { revision, value, bytes });
    entries.bytes += bytes;
    while (entries.bytes > this.maxBytes) forget(entries, entries.map.keys().next().value!);
  }
}

/** Cached views of one database, with their estimated bytes. */
interface Entries<V> {
  map: Map<string, { revision: number; value: V; bytes: number }>;
  bytes: number;
}

/** Default bound of one cache, per database. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Bytes an entry costs beyond its key and value (the Map slot and the entry object). */
const ENTRY_OVERHEAD = 96;

function forget<V>(entries: Entries<V>, key: string): void {
  const entry = entries.map.get(key);
  if (!entry) return;
  entries.map.delete(key);
  entries.bytes -= entry.bytes;
}

/**
 * A rough estimate of the memory a plain value holds (V8: strings 2 bytes a character, numbers 8, objects
 * and arrays a header plus a slot per property), walking it once; shared objects are counted once.
 */
export function estimateBytes(value: unknown): number {
  const seen = new WeakSet<object>();
  const stack: unknown[] = [value];
  let bytes = 0;
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') bytes += 16 + 2 * v.length;
    else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') bytes += 8;
    else if (v instanceof Date) bytes += 32;
    else if (v !== null && typeof v === 'object') {
      if (seen.has(v)) continue;
      seen.add(v);
      if (Array.isArray(v)) {
        bytes += 32 + 8 * v.length;
        for (const item of v) stack.push(item);
      } else {
        bytes += 32;
        for (const [k, item] of Object.entries(v)) {
          bytes += 8 + 2 * k.length;
          stack.push(item);
        }
      }
    } else bytes += 8;
  }
  return bytes;
}

/**
 * The revision this request reads at, looked up once per request; null inside a write transaction, where
 * nothing may be cached or served from the cache.
 */
function viewRevision(ctx: HubContext): Promise<number | null> {
  if (ctx.writing) return Promise.resolve(null);
  return (ctx.revision ??= currentRevision(ctx.db));
}
