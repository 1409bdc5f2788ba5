import { dialectOf } from '../../db/dialect';
import { ConnectionArgs, Page, paginate, paginateGroups, SortDirection, SortKey } from '../../graphql/connections';
import { loadExisting } from '../../graphql/loaders';
import { HubContext } from '../../graphql/context';
import { AuditEvent } from './audit-event.entity';
import { auditEventCondition } from './audit-access';

/** Bookkeeping columns left out of change records: they change on every write and say nothing. */
const IGNORED = new Set(['version', 'createdAt', 'updatedAt']);

/** A JSON-safe copy of a value for the trail (dates as ISO text). */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

/** The fields that differ between `before` and `after` (all of `after` when `before` is null). */
export function diff(before: object | null, after: object | null): AuditEvent['changes'] {
  const changes: AuditEvent['changes'] = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (IGNORED.has(key) || key === 'id') continue;
    const b = plain(before ? (before as Record<string, unknown>)[key] : null);
    const a = plain(after ? (after as Record<string, unknown>)[key] : null);
    if (typeof a === 'object' && a !== null && !Array.isArray(a)) continue; // relations, never columns
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}

const OLDEST_FIRST: SortKey<AuditEvent>[] = [
  { expr: 'event.id', direction: SortDirection.ASC, type: 'int', read: (e) => e.id },
];

/** Writes and reads the audit trail. */
export class AuditService {
  /** Records one change in the caller's transaction (`tx`), so the event exists exactly when the change does. */
  static async record(
    tx: HubContext,
    action: string,
    entityType: string,
    key: number,
    changes: AuditEvent['changes'],
  ): Promise<void> {
    const repo = tx.db.getRepository(AuditEvent);
    await repo.save(repo.create({ actor: tx.actor, action, entityType, entityKey: key, changes }), { reload: false });
  }

  /** Records a change as the difference between two states of an entity. */
  static changed(
    tx: HubContext,
    action: string,
    entityType: string,
    key: number,
    before: object | null,
    after: object | null,
  ): Promise<void> {
    return AuditService.record(tx, action, entityType, key, diff(before, after));
  }

  /** The trail of one object, or of everything, oldest first. */
  static trail(
    ctx: HubContext,
    subject: { typeName: string; key: number } | undefined,
    args: ConnectionArgs,
  ): Promise<Page<AuditEvent>> {
    const qb = ctx.db.getRepository(AuditEvent).createQueryBuilder('event');
    if (subject)
      qb.where('event.entityType = :type AND event.entityKey = :key', { type: subject.typeName, key: subject.key });
    const rule = auditEventCondition(ctx, 'event');
    if (rule) qb.andWhere(rule);
    return paginate(qb, OLDEST_FIRST, args);
  }

  /**
   * The trails of many objects of one type in one statement (e.g. `history` of every evidence item on a page),
   * under the same rule as `trail`: empty for a role that may not read the audit trail.
   */
  static trails(
    ctx: HubContext,
    entityType: string,
    keys: readonly number[],
    args: ConnectionArgs,
  ): Promise<Page<AuditEvent>[]> {
    const dialect = dialectOf(ctx.db);
    const rule = auditEventCondition(ctx, 'event');
    const build = () => {
      const qb = ctx.db
        .getRepository(AuditEvent)
        .createQueryBuilder('event')
        .where('event.entityType = :type', { type: entityType })
        .andWhere(dialect.inList('event.entityKey', 'keys'), { keys: dialect.listParam(keys) });
      return rule ? qb.andWhere(rule) : qb;
    };
    return paginateGroups(build, 'event.entityKey', keys, OLDEST_FIRST, args, (ids) =>
      loadExisting(ctx.loaders.byId(AuditEvent), ids),
    );
  }
}
