import DataLoader from 'dataloader';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { rowsByKey } from '../db/rows-by-key';

/**
 * The per-request DataLoaders. Built fresh for every GraphQL request (never shared between callers, so
 * nothing cached for one request leaks into another) and created lazily, one per entity/column/key.
 * Each batch is one SQL statement, whatever the number of keys (the key list is bound as one parameter).
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly db: EntityManager) {}

  /** Loads rows of `entity` by primary key; missing rows load as null. */
  byId<T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>): DataLoader<number, T | null> {
    return this.get(
      `byId:${this.name(entity)}`,
      () =>
        new DataLoader<number, T | null>(async (ids) => {
          const rows = await rowsByKey(this.db, entity, 'id', ids);
          const byKey = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => byKey.get(id) ?? null);
        }),
    );
  }

  /** Loads rows of `entity` by a unique column, e.g. a YOT by its ONS code; missing rows load as null. */
  oneBy<T extends ObjectLiteral>(entity: EntityTarget<T>, column: keyof T & string): DataLoader<string, T | null> {
    return this.get(
      `oneBy:${this.name(entity)}.${column}`,
      () =>
        new DataLoader<string, T | null>(async (keys) => {
          const rows = await rowsByKey(this.db, entity, column, keys);
          const byKey = new Map(rows.map((r) => [r[column] as string, r]));
          return keys.map((key) => byKey.get(key) ?? null);
        }),
    );
  }

  /**
   * Loads all rows of `entity` whose `column` equals the key, e.g. the staff placements of each partnership.
   * `orderBy` fixes the order within each list (default: by id).
   */
  manyBy<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    orderBy: string[] = ['id'],
  ): DataLoader<number, T[]> {
    return this.get(
      `manyBy:${this.name(entity)}.${column}:${orderBy.join(',')}`,
      () =>
        new DataLoader<number, T[]>(async (keys) => {
          const grouped = new Map<number, T[]>(keys.map((k) => [k, []]));
          for (const row of await rowsByKey(this.db, entity, column, keys, orderBy))
            grouped.get(row[column])?.push(row);
          return keys.map((k) => grouped.get(k)!);
        }),
    );
  }

  /**
   * A loader with a caller-defined batch function, cached under `key` for this request, e.g. for nested
   * connections whose arguments are part of the key.
   */
  custom<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.get(`custom:${key}`, () => new DataLoader<K, V>(batch));
  }

  /** Forgets everything loaded so far; call after a write so later reads in the request see it. */
  clearAll(): void {
    for (const loader of this.cache.values()) loader.clearAll();
  }

  private get<L extends DataLoader<never, unknown>>(key: string, make: () => L): L {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = make();
      this.cache.set(key, loader);
    }
    return loader as unknown as L;
  }

  private name(entity: EntityTarget<ObjectLiteral>): string {
    return this.db.getRepository(entity).metadata.name;
  }
}

/** Loads `ids` through a by-id loader, in order, dropping ids with no row and rethrowing any load error. */
export async function loadExisting<T>(loader: DataLoader<number, T | null>, ids: readonly number[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  const found: T[] = [];
  for (const row of rows) {
    if (row instanceof Error) throw row;
    if (row != null) found.push(row);
  }
  return found;
}
