import { DataSource, EntityManager } from 'typeorm';

/**
 * The few SQL differences between SQLite and PostgreSQL, kept in one place.
 * Everything else the hub sends is portable SQL or TypeORM query-builder calls.
 */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** A predicate `expr IN (ids…)` that binds the whole list as one parameter, so batches never hit variable limits. */
  inList(expr: string, param: string): string;
  /** The value to bind for `inList`. */
  listParam(values: readonly (number | string)[]): unknown;
  /** Case-insensitive "contains" with `param` bound to `containsPattern(text)`. */
  containsInsensitive(expr: string, param: string): string;
  /** An instant as the database stores it as text, so it can be compared with a stored timestamp column. */
  timestampText(value: Date): string;
}

/** Escapes LIKE wildcards so user text matches literally: `containsPattern('50%')` → `%50\%%`. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const sqlite: Dialect = {
  name: 'sqlite',
  inList: (expr, param) => `${expr} IN (SELECT value FROM json_each(:${param}))`,
  listParam: (values) => JSON.stringify(values),
  // SQLite's LIKE is case-insensitive for ASCII.
  containsInsensitive: (expr, param) => `${expr} LIKE :${param} ESCAPE '\\'`,
  // TypeORM stores SQLite datetimes as UTC text 'YYYY-MM-DD HH:MM:SS.SSS'.
  timestampText: (value) => value.toISOString().replace('T', ' ').replace('Z', ''),
};

const postgres: Dialect = {
  name: 'postgres',
  inList: (expr, param) => `${expr} = ANY(:${param})`,
  listParam: (values) => [...values],
  containsInsensitive: (expr, param) => `${expr} ILIKE :${param} ESCAPE '\\'`,
  timestampText: (value) => value.toISOString(),
};

/** The dialect of the database behind a DataSource or EntityManager. */
export function dialectOf(db: DataSource | EntityManager): Dialect {
  const type = 'connection' in db ? db.connection.options.type : db.options.type;
  return type === 'postgres' ? postgres : sqlite;
}

/**
 * Runs hand-written SQL with `:named` parameters (the driver turns them into `?` or `$n`), through `db` so
 * a transaction's connection is used when there is one. For the SQL-heavy views (coverage, summaries).
 */
export async function runSql<T>(db: EntityManager, sql: string, parameters: Record<string, unknown>): Promise<T[]> {
  const [query, values] = db.connection.driver.escapeQueryWithParameters(sql, parameters, {});
  return db.query(query, values);
}
