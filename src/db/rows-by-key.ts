import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { getOrInsert } from '../collections';
import { dialectOf } from './dialect';

/*
 * The statement behind every per-request loader: rows of one entity whose `column` is in a list of keys. It is
 * planned once per entity, key column and order, sent as it is, and each row is hydrated the way TypeORM's
 * `getMany` hydrates one (the driver's conversion of every column, then the entity's own setter). `getMany` also
 * built the SQL again on every call and grouped rows by their primary keys to find joins the loaders never make:
 * 13 of Q2's 33 ms (issue 16).
 */

interface Plan {
  sql: string;
  metadata: EntityMetadata;
  /** Each selected column with the alias it comes back under. */
  columns: [alias: string, column: ColumnMetadata][];
}

const plans = new WeakMap<EntityMetadata, Map<string, Plan>>();

function plan(db: EntityManager, metadata: EntityMetadata, key: string, orderBy: readonly string[]): Plan {
  const dialect = dialectOf(db);
  return getOrInsert(
    getOrInsert(plans, metadata, () => new Map<string, Plan>()),
    `${dialect.name}:${key}:${orderBy.join(',')}`,
    () => {
      const { driver } = db.connection;
      // What getMany would also do, and this statement does not: refuse rather than answer differently.
      if (metadata.deleteDateColumn || metadata.afterLoadListeners.length || metadata.columns.some((c) => !c.isSelect))
        throw new Error(`${metadata.name}: soft deletes, @AfterLoad and unselected columns need TypeORM's getMany`);
      const columnOf = (property: string) => {
        const column = metadata.findColumnWithPropertyPath(property);
        if (!column) throw new Error(`${metadata.name} has no column ${property}`);
        return `t.${driver.escape(column.databaseName)}`;
      };
      // As TypeORM's transformer: every real column (not virtual ones), under an alias no column name can clash with.
      const columns = metadata.columns
        .filter((column) => !column.isVirtual)
        .map((column, i): [string, ColumnMetadata] => [`c${i}`, column]);
      const order = orderBy.length ? ` ORDER BY ${orderBy.map(columnOf).join(', ')}` : '';
      const sql =
        `SELECT ${columns.map(([alias, column]) => `t.${driver.escape(column.databaseName)} AS ${alias}`).join(', ')}` +
        ` FROM ${metadata.tablePath
          .split('.')
          .map((part) => driver.escape(part))
          .join('.')} t WHERE ${dialect.inFirstParam(columnOf(key))}${order}`;
      return { sql, metadata, columns };
    },
  );
}

/** Rows of `entity` whose `key` column is one of `keys`, ordered by `orderBy` (property names), as entities. */
export async function rowsByKey<T extends ObjectLiteral>(
  db: EntityManager,
  entity: EntityTarget<T>,
  key: string,
  keys: readonly (number | string)[],
  orderBy: readonly string[] = [],
): Promise<T[]> {
  const { sql, metadata, columns } = plan(db, db.connection.getMetadata(entity), key, orderBy);
  const { driver } = db.connection;
  const raw = await db.query<Record<string, unknown>[]>(sql, [dialectOf(db).listParam(keys)]);
  return raw.map((row) => {
    const record = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const [alias, column] of columns) {
      const value = row[alias];
      if (value !== undefined) column.setEntityValue(record, driver.prepareHydratedValue(value, column));
    }
    return record;
  });
}
