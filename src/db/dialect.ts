import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError } from '../graphql/errors';

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
  /** `inList` for a statement sent as it is (not through the query builder), its list bound as the first parameter. */
  inFirstParam(expr: string): string;
  /** A derived table of the integers bound to `param` (a `listParam`), one row each, in column `value`. */
  listRows(param: string): string;
  /** Case-insensitive "contains" with `param` bound to `containsPattern(text)`. */
  containsInsensitive(expr: string, param: string): string;
  /** An instant as the database stores it as text, so it can be compared with a stored timestamp column. */
  timestampText: (value: Date) => string;
  /** A JSON object built in the database from `[key, SQL expression]` pairs (planned reads, src/graphql/planned-reads.ts). */
  jsonObject(pairs: readonly (readonly [string, string])[]): string;
  /** A subquery: the JSON array of `object` (a `jsonObject`) over the rows of `from … where`, in `orderBy`; `[]` for none. */
  jsonArray(object: string, from: string, where: string, orderBy: readonly string[]): string;
  /** A scalar subquery returning JSON, embedded in a `jsonObject` as JSON rather than as text. */
  jsonValue(subquery: string): string;
  /** A JSON column of a raw row as a value: PostgreSQL's driver has parsed it already, SQLite returns text. */
  readJson(value: unknown): unknown;
  /**
   * What goes between `AS` and the body of a CTE that a later join looks up by key: `MATERIALIZED` on SQLite,
   * which then builds an automatic index on it instead of inlining it and rescanning its inputs for every row
   * (the criteria heatmap's links: 87 s at scale 1 inlined, about 1 s materialised); nothing on PostgreSQL, whose
   * inlined plan (hash joins) is the faster one there.
   */
  readonly keyedCte: string;
}

/**
 * Longest text a "contains" search takes. SQLite refuses LIKE patterns over 50,000 bytes ("LIKE or GLOB
 * pattern too complex") and no title or name in the hub is near this long.
 */
export const MAX_SEARCH_LENGTH = 200;

/**
 * Escapes LIKE wildcards so user text matches literally: `containsPattern('50%')` → `%50\%%`. Refuses text
 * longer than MAX_SEARCH_LENGTH with BAD_USER_INPUT naming `field`.
 */
export function containsPattern(text: string, field = 'search'): string {
  if (text.length > MAX_SEARCH_LENGTH)
    throw new BadUserInputError(
      `${field} must be at most ${MAX_SEARCH_LENGTH} characters (it has ${text.length}).`,
      field,
      { maxLength: MAX_SEARCH_LENGTH },
    );
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A unique constraint a write broke: the table, the columns and, on PostgreSQL, the values that collided. */
export interface UniqueViolation {
  table: string | null;
  columns: string[];
  values: string[] | null;
}

/**
 * Recognises a unique-constraint violation from either driver, or returns null for any other error:
 * PostgreSQL's SQLSTATE 23505 (`detail`: `Key ("childId", measure)=(5, SUITABLE_ETE) already exists.`) and
 * SQLite's `SQLITE_CONSTRAINT: UNIQUE constraint failed: child_outcome.childId, child_outcome.measure`.
 */
export function uniqueViolation(error: unknown): UniqueViolation | null {
  const e = (error as { driverError?: unknown } | null | undefined)?.driverError ?? error;
  if (!e || typeof e !== 'object') return null;
  const { code, detail, table, message } = e as { code?: string; detail?: string; table?: string; message?: string };
  if (code === '23505') {
    const match = /^Key \((.*)\)=\((.*)\) already exists/.exec(detail ?? '');
    const split = (list: string) => list.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    return { table: table ?? null, columns: match ? split(match[1]) : [], values: match ? split(match[2]) : null };
  }
  const sqlite = /UNIQUE constraint failed: (.*)$/.exec(message ?? '');
  if (code === 'SQLITE_CONSTRAINT' && sqlite) {
    const qualified = sqlite[1].split(',').map((c) => c.trim());
    return {
      table: qualified[0].split('.')[0] ?? null,
      columns: qualified.map((c) => c.split('.').pop()!),
      values: null,
    };
  }
  return null;
}

const jsonKey = (key: string) => `'${key.replace(/'/g, "''")}'`;

const sqlite: Dialect = {
  name: 'sqlite',
  inList: (expr, param) => `${expr} IN (SELECT value FROM json_each(:${param}))`,
  listParam: (values) => JSON.stringify(values),
  inFirstParam: (expr) => `${expr} IN (SELECT value FROM json_each(?))`,
  listRows: (param) => `SELECT value FROM json_each(:${param})`,
  // SQLite's LIKE is case-insensitive for ASCII.
  containsInsensitive: (expr, param) => `${expr} LIKE :${param} ESCAPE '\\'`,
  // TypeORM stores SQLite datetimes as UTC text 'YYYY-MM-DD HH:MM:SS.SSS'.
  timestampText: (value) => value.toISOString().replace('T', ' ').replace('Z', ''),
  jsonObject: (pairs) => `json_object(${pairs.map(([key, expr]) => `${jsonKey(key)}, ${expr}`).join(', ')})`,
  // Ordered in a subquery: SQLite 3.44's `json_group_array(x ORDER BY …)` embeds each object as a string (the sort
  // drops its JSON subtype), so each is read back with json().
  jsonArray: (object, from, where, orderBy) =>
    `SELECT json_group_array(json(o.j)) FROM (SELECT ${object} AS j FROM ${from} WHERE ${where} ORDER BY ${orderBy.join(', ')}) o`,
  // A subquery's result loses its JSON subtype: json() gives it back, so it is not embedded as a string.
  jsonValue: (subquery) => `json((${subquery}))`,
  readJson: (value) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value),
  keyedCte: 'MATERIALIZED',
};

const postgres: Dialect = {
  name: 'postgres',
  inList: (expr, param) => `${expr} = ANY(:${param})`,
  listParam: (values) => [...values],
  inFirstParam: (expr) => `${expr} = ANY($1)`,
  listRows: (param) => `SELECT unnest(CAST(:${param} AS integer[])) AS value`,
  containsInsensitive: (expr, param) => `${expr} ILIKE :${param} ESCAPE '\\'`,
  timestampText: (value) => value.toISOString(),
  jsonObject: (pairs) => `json_build_object(${pairs.map(([key, expr]) => `${jsonKey(key)}, ${expr}`).join(', ')})`,
  jsonArray: (object, from, where, orderBy) =>
    `SELECT COALESCE(json_agg(${object} ORDER BY ${orderBy.join(', ')}), '[]'::json) FROM ${from} WHERE ${where}`,
  jsonValue: (subquery) => `(${subquery})`,
  readJson: (value) => value,
  keyedCte: '',
};

/** The dialect of the database behind a DataSource or EntityManager. */
export function dialectOf(db: DataSource | EntityManager): Dialect {
  const type = 'connection' in db ? db.connection.options.type : db.options.type;
  return type === 'postgres' ? postgres : sqlite;
}

/**
 * An integer read from a raw SQL row: PostgreSQL returns bigint (COUNT, SUM, bigint columns) as a string, SQLite
 * a number, so such columns are read with Number().
 */
export type RawInteger = number | string;

/**
 * Runs hand-written SQL with `:named` parameters (the driver turns them into `?` or `$n`), through `db` so
 * a transaction's connection is used when there is one. For the SQL-heavy views (coverage, summaries).
 */
export async function runSql<T>(db: EntityManager, sql: string, parameters: Record<string, unknown>): Promise<T[]> {
  const [query, values] = db.connection.driver.escapeQueryWithParameters(sql, parameters, {});
  return db.query(query, values);
}
