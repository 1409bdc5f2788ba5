import { EntityTarget, ObjectLiteral } from 'typeorm';
import { HubContext } from './context';
import { BadUserInputError, ConflictError, NotFoundError } from './errors';
import { decodeGlobalId } from './relay';

type Keyed = ObjectLiteral & { id: number };
type Versioned = Keyed & { version: number };

/**
 * The row a mutation input names by global id, e.g. `findById(tx, Yot, input.yotId, 'input.yotId')`.
 * A malformed id or one of another type is BAD_USER_INPUT; an id naming nothing is NOT_FOUND.
 */
export async function findById<T extends Keyed>(
  tx: HubContext,
  entity: EntityTarget<T> & { name: string },
  globalId: string,
  field: string,
): Promise<T> {
  const { key } = decodeGlobalId(globalId, entity.name, field);
  const row = await tx.db.getRepository(entity).findOneBy({ id: key } as never);
  if (!row) throw new NotFoundError(entity.name, globalId);
  return row;
}

/** Like `findById` for a list of ids (each checked, in order). */
export async function findAllById<T extends Keyed>(
  tx: HubContext,
  entity: EntityTarget<T> & { name: string },
  globalIds: readonly string[],
  field: string,
): Promise<T[]> {
  const rows: T[] = [];
  for (const [i, id] of globalIds.entries()) rows.push(await findById(tx, entity, id, `${field}[${i}]`));
  return rows;
}

/**
 * Applies `changes` to the row only if it is still at `expectedVersion` (optimistic concurrency): the
 * UPDATE itself checks the version, so two concurrent writers cannot both succeed. Answers CONFLICT with
 * the current version when the caller's copy is stale. Returns the row before and after.
 */
export async function updateVersioned<T extends Versioned>(
  tx: HubContext,
  entity: EntityTarget<T> & { name: string },
  before: T,
  expectedVersion: number,
  changes: Partial<T>,
): Promise<T> {
  const stale = () =>
    new ConflictError(
      `${entity.name} ${before.id} has changed since you read it (you sent version ${expectedVersion}, it is at ${before.version}); reload it and apply your change again.`,
      { currentVersion: before.version, expectedVersion },
    );
  if (before.version !== expectedVersion) throw stale();
  const repo = tx.db.getRepository(entity);
  // An update input's fields are optional, so a client can send null for one the row must have (a name):
  // refused here, for every update, rather than left to the database's NOT NULL constraint (a 500).
  for (const column of repo.metadata.columns) {
    if (!column.isNullable && (changes as Record<string, unknown>)[column.propertyName] === null) {
      throw new BadUserInputError(
        `input.${column.propertyName} cannot be null; omit it to leave it unchanged.`,
        `input.${column.propertyName}`,
      );
    }
  }
  const result = await repo
    .createQueryBuilder()
    .update()
    .set({ ...changes, updatedAt: new Date() })
    .where('id = :id AND version = :version', { id: before.id, version: expectedVersion })
    .execute();
  if (result.affected !== 1) throw stale();
  return repo.findOneByOrFail({ id: before.id } as never);
}

/** Drops keys whose value is `undefined`, so an update input changes only the fields it names. */
export function given<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
