import { dialectOf, RawInteger } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { forbidden } from '../../graphql/errors';
import { Role } from './roles';

/**
 * The YOTs the caller may read, or null for all. Only a PARTNER is limited: to the YOTs its agency has a
 * partnership with (active or ended). Memoised per request: one statement however many fields ask.
 */
export function visibleYots(ctx: HubContext): Promise<Set<number> | null> {
  if (ctx.caller.role !== Role.PARTNER) return Promise.resolve(null);
  return (ctx.visibleYots ??= ctx.db
    .query(
      ...ctx.db.connection.driver.escapeQueryWithParameters(
        'SELECT DISTINCT "yotId" AS id FROM partnership WHERE "agencyId" = :agency',
        { agency: ctx.caller.agencyId },
        {},
      ),
    )
    .then((rows: { id: RawInteger }[]) => new Set(rows.map((r) => Number(r.id)))));
}

/** True when the caller may read rows of this YOT. */
export async function canSeeYot(ctx: HubContext, yotId: number): Promise<boolean> {
  const visible = await visibleYots(ctx);
  return visible === null || visible.has(yotId);
}

/** Refuses reading a YOT the caller may not see. */
export async function requireYotVisible(ctx: HubContext, yotId: number): Promise<void> {
  if (!(await canSeeYot(ctx, yotId))) throw forbidden(ctx.caller.role, 'read YOTs its agency does not partner with');
}

/** True when the caller may read child-level rows (children, outcomes, exact counts) of this YOT. */
export function canSeeChildren(ctx: HubContext, yotId: number): boolean {
  const { role, yotId: own } = ctx.caller;
  return role === Role.ADMIN || (role === Role.YOT_MANAGER && own === yotId);
}

/** True when the caller may change this YOT's data, children included: an administrator or its manager. */
export function canWriteChildren(ctx: HubContext, yotId: number): boolean {
  const { role, yotId: own } = ctx.caller;
  return role === Role.ADMIN || (role === Role.YOT_MANAGER && own === yotId);
}

/** Refuses a change to a YOT's data unless the caller is an administrator or that YOT's manager. */
export function requireYotWriter(ctx: HubContext, yotId: number): void {
  if (canWriteChildren(ctx, yotId)) return;
  throw forbidden(ctx.caller.role, "change another YOT's data");
}

/**
 * The scope predicate: an SQL condition limiting `expr` (a YOT id column) to the YOTs the caller may see, with
 * its parameter, or null when the caller sees every YOT. Every list, filter and nested connection that can
 * reach a YOT's rows adds it (through `scopeToVisibleYots` or directly in a subquery), so a filter naming
 * another YOT matches nothing, exactly as a code that names no YOT.
 */
export async function visibleYotsCondition(
  ctx: HubContext,
  expr: string,
  param = 'visibleYots',
): Promise<{ sql: string; params: Record<string, unknown> } | null> {
  const visible = await visibleYots(ctx);
  if (visible === null) return null;
  const dialect = dialectOf(ctx.db);
  return { sql: dialect.inList(expr, param), params: { [param]: dialect.listParam([...visible]) } };
}

/** Limits a query to the YOTs the caller may see (`expr` is the YOT id column), when the caller is limited. */
export async function scopeToVisibleYots<Q extends { andWhere(where: string, params?: object): unknown }>(
  ctx: HubContext,
  qb: Q,
  expr: string,
): Promise<Q> {
  const scope = await visibleYotsCondition(ctx, expr);
  if (scope) qb.andWhere(scope.sql, scope.params);
  return qb;
}

/**
 * Refuses an evidence change the caller may not make: administrators may change any item, a YOT manager
 * its own YOT's, a partner only items its agency provides for a YOT it partners with.
 */
export async function requireEvidenceWriter(
  ctx: HubContext,
  yotId: number,
  providedById: number | null,
): Promise<void> {
  const { role, agencyId } = ctx.caller;
  if (role === Role.PARTNER) {
    if (providedById !== agencyId) throw forbidden(role, 'record or change evidence another agency provides');
    return requireYotVisible(ctx, yotId);
  }
  requireYotWriter(ctx, yotId);
}
