import { createHash } from 'node:crypto';
import { EntityManager, ObjectLiteral, QueryFailedError, SelectQueryBuilder } from 'typeorm';

/**
 * Distinct statements prepared on each PostgreSQL connection, at most. Planned reads and pages come from bounded
 * caches (a few hundred shapes), so this is rarely reached; past it, statements run unnamed, as before, rather
 * than growing every connection's plans without end (pg cannot DEALLOCATE a statement it named).
 */
export const MAX_PREPARED_STATEMENTS = 500;

/** The pg pool behind a PostgreSQL DataSource (TypeORM keeps it on its driver). */
interface PgPool {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();

/** The statement's prepared name (the same on every connection and process), or undefined once the bound is reached. */
function preparedName(sql: string): string | undefined {
  let name = names.get(sql);
  if (name === undefined && names.size < MAX_PREPARED_STATEMENTS) {
    name = `hub_${createHash('sha256').update(sql).digest('base64url').slice(0, 22)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * Runs a read statement the hub sends on every request of a kind (a planned read, a planned page): on PostgreSQL
 * outside a transaction, as a named prepared statement straight on the pool, so the server parses and plans it
 * once per connection rather than on every request, and no TypeORM query runner is made for it (issue 16: with
 * the database on the same two cores, both were a visible share of a small request). Elsewhere (SQLite, inside a
 * mutation's transaction) through TypeORM as any other statement. Either way the DataSource's logger sees it, so
 * statement counts hold, and a failure is TypeORM's QueryFailedError.
 */
export async function readRows<T>(db: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const pool = db.queryRunner ? undefined : poolOf(db);
  if (!pool) return db.query<T[]>(sql, params);
  [sql, params] = limitAsParameter(sql, params);
  db.connection.logger.logQuery(sql, params);
  try {
    const result = await pool.query({ name: preparedName(sql), text: sql, values: params });
    return result.rows as T[];
  } catch (error) {
    throw new QueryFailedError(sql, params, error as Error);
  }
}

/**
 * A page's statement ends with its size as a literal (TypeORM writes `LIMIT 51`): bound as a parameter instead, so
 * `first: 1` to `first: 100` are one prepared statement, not a hundred names of the bounded supply.
 */
function limitAsParameter(sql: string, params: unknown[]): [string, unknown[]] {
  const limit = / LIMIT (\d+)$/.exec(sql);
  if (!limit) return [sql, params];
  return [`${sql.slice(0, limit.index)} LIMIT $${params.length + 1}`, [...params, Number(limit[1])]];
}

function poolOf(db: EntityManager): PgPool | undefined {
  if (db.connection.options.type !== 'postgres') return undefined;
  return (db.connection.driver as unknown as { master?: PgPool }).master;
}

/** `qb.getRawMany()` through `readRows`: prepared on PostgreSQL unless `qb` runs inside a transaction. */
export function rawRows<T, E extends ObjectLiteral = ObjectLiteral>(qb: SelectQueryBuilder<E>): Promise<T[]> {
  // A query builder made from a transaction's manager carries its runner (TypeORM keeps it protected).
  if ((qb as unknown as { queryRunner?: unknown }).queryRunner) return qb.getRawMany<T>();
  const [sql, params] = qb.getQueryAndParameters();
  return readRows<T>(qb.connection.manager, sql, params);
}
