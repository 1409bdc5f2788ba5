import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { types as pgTypes } from 'pg';
import sqlite3 from 'sqlite3';
import { DataSource, Logger } from 'typeorm';
import { isPostgresUrl } from '../config';
import { entities } from './entities';
import { postgresMigrations } from './migrations/postgres';
import { sqlitePath } from './sqlite-path';
import { sqliteMigrations } from './migrations/sqlite';

export { sqlitePath };

export interface DataSourceOptions {
  /** Receives every SQL statement (used to count statements in tests and benchmarks). */
  logger?: Logger;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

/**
 * The sqlite3 module with `verbose()` turned into a no-op. TypeORM calls `verbose()`, which wraps every
 * database call to build an Error and `util.inspect` its SQL and parameters, for longer stack traces: that
 * was the largest single cost of a small request under load (npm run bench, W6).
 */
const SQLITE_WITHOUT_TRACING = Object.assign(Object.create(sqlite3) as typeof sqlite3, { verbose: () => sqlite3 });

/**
 * Builds (but does not open) the hub's DataSource for `url`: `sqlite:<path>` or `postgres://…`.
 * Schema changes only ever come from the committed migrations for that database.
 */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  const common = {
    entities,
    migrationsRun: false,
    synchronize: false,
    logger: options.logger,
    logging: options.logger ? ['query' as const] : false,
  };
  if (isPostgresUrl(url)) {
    // A calendar date is YYYY-MM-DD text everywhere in the hub; pg would turn it into a midnight Date in the
    // local zone for hand-written SQL (TypeORM converts entity columns back, raw rows it does not).
    pgTypes.setTypeParser(pgTypes.builtins.DATE, (value) => value);
    return new DataSource({
      ...common,
      type: 'postgres',
      url,
      migrations: postgresMigrations,
      poolSize: options.poolSize ?? 10,
      // COUNT(*) is bigint in PostgreSQL; our counts fit a JS number, so parse them as numbers.
      parseInt8: true,
      // JIT compilation cost more than it saved on every view measured (the national coverage took 2.3 s with it,
      // 0.8 s without: npm run bench), as PostgreSQL's own docs warn for short analytical queries.
      // Prepared statements (prepared-reads.ts) are planned for each execution's values, as unnamed ones are: a generic
      // plan of `"yotId" = ANY($1)` scanned the recordedAt index backwards across every YOT (53 ms where the
      // custom plan takes 0.6 ms), and the lists the hub binds vary from one key to hundreds.
      extra: { options: '-c jit=off -c plan_cache_mode=force_custom_plan' },
    });
  }
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return new DataSource({
    ...common,
    type: 'sqlite',
    driver: SQLITE_WITHOUT_TRACING,
    database: path,
    migrations: sqliteMigrations,
    enableWAL: true,
    busyTimeout: 5000,
  });
}

/** Opens the DataSource and applies any migrations not yet applied, each in its own transaction. */
export async function openDatabase(dataSource: DataSource): Promise<DataSource> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/**
 * Reverts the last applied migration in one transaction. On SQLite, foreign keys are switched off around the
 * transaction (SQLite ignores that switch inside one): TypeORM's own undo switches them off only after it has
 * begun its transaction, and the table rebuilds of a down migration then rewrite other tables' references.
 */
export async function revertLastMigration(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'sqlite') {
    await dataSource.undoLastMigration({ transaction: 'each' });
    return;
  }
  await dataSource.query('PRAGMA foreign_keys = OFF');
  try {
    await dataSource.query('BEGIN');
    try {
      await dataSource.undoLastMigration({ transaction: 'none' });
      const broken: unknown[] = await dataSource.query('PRAGMA foreign_key_check');
      if (broken.length) throw new Error(`reverting left ${broken.length} rows with broken foreign keys`);
      await dataSource.query('COMMIT');
    } catch (error) {
      await dataSource.query('ROLLBACK');
      throw error;
    }
  } finally {
    await dataSource.query('PRAGMA foreign_keys = ON');
  }
}

/**
 * The DataSource reads should use. SQLite gives TypeORM one connection, so a read sent while a write
 * transaction is open would run inside it and could see rows that are then rolled back; a second connection
 * to the same file (WAL mode) reads only committed data. PostgreSQL's pool already gives each query its own
 * connection, so reads share the writer there.
 */
export async function readerFor(dataSource: DataSource, options: DataSourceOptions = {}): Promise<DataSource> {
  if (dataSource.options.type !== 'sqlite') return dataSource;
  return createDataSource(`sqlite:${dataSource.options.database}`, options).initialize();
}

/**
 * The DataSources requests read from: on SQLite the second connection (`readerFor`); on PostgreSQL one per read
 * replica in `replicaUrls` (each request reads from one of them, in turn), or the primary's pool when there are
 * none. Replicas are never migrated or written: they follow the primary.
 */
export async function readersFor(
  dataSource: DataSource,
  replicaUrls: readonly string[],
  options: DataSourceOptions = {},
  sqliteReaders = 2,
): Promise<DataSource[]> {
  // Each SQLite connection runs one statement at a time, so concurrent requests queue behind one reader;
  // two let the requests of a 2-core machine read in parallel (WAL allows any number of readers).
  if (dataSource.options.type === 'sqlite')
    return Promise.all(Array.from({ length: sqliteReaders }, () => readerFor(dataSource, options)));
  if (replicaUrls.length === 0) return [dataSource];
  return Promise.all(replicaUrls.map((url) => createDataSource(url, options).initialize()));
}
