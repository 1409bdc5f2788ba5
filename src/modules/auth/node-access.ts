import { HubContext } from '../../graphql/context';
import { Node } from '../../graphql/relay';
import { Assessment } from '../assessment/assessment.entity';
import { CriterionRatingRevision } from '../assessment/criterion-rating-revision.entity';
import { CriterionRating } from '../assessment/criterion-rating.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { ChildOutcome } from '../child/child-outcome.entity';
import { Child } from '../child/child.entity';
import { EvidenceLink } from '../evidence/evidence-link.entity';
import { Evidence } from '../evidence/evidence.entity';
import { Yot } from '../yot/yot.entity';
import { CAN } from './auth-checker';
import { Role } from './roles';
import { canSeeChildren, canSeeYot, forbidden } from './scope';

/**
 * Refuses a node the caller could not reach through the root fields: child-level rows outside the caller's
 * own YOT, audit events without the audit role, and, for partners, anything of a YOT they do not work with.
 * So `node(id:)` and `nodes(ids:)` cannot leak what a root field would refuse.
 */
export async function requireNodeVisible(ctx: HubContext, node: Node): Promise<void> {
  if (node instanceof Child) {
    if (!canSeeChildren(ctx, node.yotId)) throw forbidden('read child-level rows of this YOT', ctx);
    return;
  }
  if (node instanceof ChildOutcome) {
    const child = await ctx.loaders.byId(Child).load(node.childId);
    if (!child || !canSeeChildren(ctx, child.yotId)) throw forbidden('read child-level rows of this YOT', ctx);
    return;
  }
  if (node instanceof AuditEvent) {
    if (!(CAN.audit as readonly string[]).includes(ctx.caller.role ?? '')) throw forbidden('read the audit trail', ctx);
    // A child's events carry its reference: child-level, so administrators only (as in auditTrail).
    if ((node.entityType === 'Child' || node.entityType === 'ChildOutcome') && ctx.caller.role !== Role.ADMIN) throw forbidden('read child-level rows', ctx);
    return;
  }
  const yotId = await owningYot(ctx, node);
  if (yotId !== null && !(await canSeeYot(ctx, yotId))) throw forbidden('read YOTs its agency does not partner with', ctx);
}

/** The YOT a node belongs to, following its parents; null for shared objects (agencies, framework, sources). */
async function owningYot(ctx: HubContext, node: Node): Promise<number | null> {
  if (node instanceof Yot) return node.id;
  if ('yotId' in node && typeof node.yotId === 'number') return node.yotId;
  if (node instanceof EvidenceLink) return (await ctx.loaders.byId(Evidence).load(node.evidenceId))?.yotId ?? null;
  if (node instanceof CriterionRating) return (await ctx.loaders.byId(Assessment).load(node.assessmentId))?.yotId ?? null;
  if (node instanceof CriterionRatingRevision) {
    const rating = await ctx.loaders.byId(CriterionRating).load(node.ratingId);
    return rating ? owningYot(ctx, rating) : null;
  }
  return null;
}
