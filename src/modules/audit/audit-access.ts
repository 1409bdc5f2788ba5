import { HubContext } from '../../graphql/context';
import { CAN } from '../auth/auth-checker';
import { Role } from '../auth/roles';

/** Entity types whose audit events name a child's reference: child-level rows, so administrators only. */
export const CHILD_LEVEL_TYPES = ['Child', 'ChildOutcome'] as const;

/**
 * The one rule for reading audit events, used by `auditTrail`, `Evidence.history` and `node(id:)`: only the
 * roles that may audit (ADMIN, ASSESSOR) read events at all, and of those only administrators read events
 * about children.
 */
export function mayReadAudit(ctx: HubContext): boolean {
  return (CAN.audit as readonly (Role | null)[]).includes(ctx.caller.role);
}

/** True when the caller may read an audit event about an object of `entityType`. */
export function auditEventVisible(ctx: HubContext, entityType: string): boolean {
  if (!mayReadAudit(ctx)) return false;
  return ctx.caller.role === Role.ADMIN || !(CHILD_LEVEL_TYPES as readonly string[]).includes(entityType);
}

/**
 * The same rule as an SQL condition on the events aliased `alias`, for lists: `1 = 0` for roles that may not
 * audit, the child-level types left out for everyone but administrators, nothing added for administrators.
 */
export function auditEventCondition(ctx: HubContext, alias: string): string | null {
  if (!mayReadAudit(ctx)) return '1 = 0';
  if (ctx.caller.role === Role.ADMIN) return null;
  return `${alias}.entityType NOT IN (${CHILD_LEVEL_TYPES.map((t) => `'${t}'`).join(', ')})`;
}
