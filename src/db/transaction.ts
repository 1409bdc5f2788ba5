import { DataSource } from 'typeorm';
import { HubContext } from '../graphql/context';
import { Loaders } from '../graphql/loaders';
import { dialectOf } from './dialect';
import { bumpRevision } from './revision';
import { committed } from './commit-hooks';

/** Tail of the queue of write transactions per SQLite database (SQLite allows one writer at a time). */
const sqliteWriters = new WeakMap<DataSource, Promise<unknown>>();

/**
 * How long a write transaction waits, in all, for another process's writer (an import, say) to finish. Each
 * attempt waits the connection's busy timeout (5 s) inside SQLite; past this, SQLITE_BUSY reaches the caller.
 */
export const SQLITE_WRITE_WAIT_MS = 60_000;

/** SQLite DataSources whose transactions already begin IMMEDIATE. */
const immediate = new WeakSet<DataSource>();

/**
 * On SQLite, makes every transaction take the write lock as it begins (`BEGIN IMMEDIATE`), waiting its turn
 * behind another process's writer, instead of TypeORM's deferred `BEGIN`: a deferred transaction that has read
 * and then writes fails at once with SQLITE_BUSY when another connection wrote in between (SQLite cannot wait
 * there without deadlocking), which is how any user write used to break a running `npm run import`.
 */
export function beginImmediateOnSqlite(dataSource: DataSource): void {
  if (dialectOf(dataSource).name !== 'sqlite' || immediate.has(dataSource)) return;
  immediate.add(dataSource);
  // TypeORM's SQLite driver has a single query runner for its single connection.
  const runner = dataSource.createQueryRunner();
  const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  (runner as { query: typeof query }).query = async (sql, ...rest) => {
    if (sql !== 'BEGIN TRANSACTION') return query(sql, ...rest);
    const deadline = Date.now() + SQLITE_WRITE_WAIT_MS;
    for (;;) {
      try {
        return await query('BEGIN IMMEDIATE', ...rest);
      } catch (error) {
        if (!String(error).includes('SQLITE_BUSY') || Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
}

/**
 * Runs `work` in one database transaction with a copy of the context whose `db` and loaders use the
 * transaction: it commits when `work` returns and rolls back when it throws, so a mutation is never half
 * written. On SQLite, write transactions are queued rather than left to collide. Afterwards the request's
 * own loaders are cleared, so later reads in the same request see what was written.
 */
export async function inTransaction<T>(ctx: HubContext, work: (tx: HubContext) => Promise<T>): Promise<T> {
  const dataSource = ctx.writer;
  beginImmediateOnSqlite(dataSource);
  const run = () =>
    dataSource.transaction(async (manager) => {
      const result = await work({
        ...ctx,
        db: manager,
        loaders: new Loaders(manager),
        writing: true,
        revision: undefined,
      });
      // In the same transaction as the writes: cached views of the old data stop being served when they commit.
      await bumpRevision(manager);
      return result;
    });
  try {
    let result: T;
    if (dialectOf(dataSource).name !== 'sqlite') result = await run();
    else {
      const previous = sqliteWriters.get(dataSource) ?? Promise.resolve();
      const mine = previous.catch(() => undefined).then(run);
      sqliteWriters.set(dataSource, mine);
      result = await mine;
    }
    committed(dataSource);
    return result;
  } finally {
    readYourWrites(ctx);
  }
}

/**
 * After a write, the rest of the request must see it. The SQLite reader and PostgreSQL's pool read committed
 * data at once, so clearing the loaders is enough; a read replica may not have replayed the commit yet, so the
 * request switches to reading from the primary.
 */
function readYourWrites(ctx: HubContext): void {
  ctx.revision = undefined;
  if (!ctx.readsFromReplica) {
    ctx.loaders.clearAll();
    return;
  }
  ctx.readsFromReplica = false;
  ctx.db = ctx.writer.manager;
  ctx.loaders = new Loaders(ctx.writer.manager);
}
