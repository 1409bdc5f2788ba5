import { EntityManager } from 'typeorm';
import { RawInteger } from './dialect';

/**
 * The hub's data revision: one number that every write transaction counts up before it commits, so it changes
 * exactly when committed data does, on every process and tool that writes. Cached views are keyed by it.
 */
export async function bumpRevision(db: EntityManager): Promise<void> {
  await db.query(`UPDATE hub_revision SET revision = revision + 1 WHERE id = 1`);
}

/** The revision of the data `db` reads now (0 before the first write). */
export async function currentRevision(db: EntityManager): Promise<number> {
  const rows: { revision: RawInteger }[] = await db.query(`SELECT revision FROM hub_revision WHERE id = 1`);
  return Number(rows[0]?.revision ?? 0);
}
