import { DataSource } from 'typeorm';
import { HubContext } from '../graphql/context';
import { Loaders } from '../graphql/loaders';
import { dialectOf } from './dialect';
import { bumpRevision } from './revision';

/** Tail of the queue of write transactions per SQLite database (SQLite allows one writer at a time). */
const sqliteWriters = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in one database transaction with a copy of the context whose `db` and loaders use the
 * transaction: it commits when `work` returns and rolls back when it throws, so a mutation is never half
 * written. On SQLite, write transactions are queued rather than left to collide. Afterwards the request's
 * own loaders are cleared, so later reads in the same request see what was written.
 */
export async function inTransaction<T>(ctx: HubContext, work: (tx: HubContext) => Promise<T>): Promise<T> {
  const dataSource = ctx.writer;
  const run = () =>
    dataSource.transaction(async (manager) => {
      const result = await work({ ...ctx, db: manager, loaders: new Loaders(manager), writing: true, revision: undefined });
      // In the same transaction as the writes: cached views of the old data stop being served when they commit.
      await bumpRevision(manager);
      return result;
    });
  try {
    if (dialectOf(dataSource).name !== 'sqlite') return await run();
    const previous = sqliteWriters.get(dataSource) ?? Promise.resolve();
    const mine = previous.catch(() => undefined).then(run);
    sqliteWriters.set(dataSource, mine);
    return await mine;
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
