import { HubContext } from '../../graphql/context';
import { Node } from '../../graphql/relay';
import { Assessment } from '../assessment/assessment.entity';
import { CriterionRatingRevision } from '../assessment/criterion-rating-revision.entity';
import { CriterionRating } from '../assessment/criterion-rating.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { ChildOutcome } from '../child/child-outcome.entity';
import { KpiObservation } from '../kpi/kpi-observation.entity';
import { Child } from '../child/child.entity';
import { EvidenceLink } from '../evidence/evidence-link.entity';
import { Evidence } from '../evidence/evidence.entity';
import { Yot } from '../yot/yot.entity';
import { auditEventVisible } from '../audit/audit-access';
import { canSeeChildren, canSeeYot } from './scope';

/**
 * True when the caller could reach `node` through the root fields: child-level rows only in the caller's own
 * YOT (administrators: all), audit events only under the audit trail's rule, and, for partners, nothing of a
 * YOT they do not work with. `node(id:)` and `nodes(ids:)` answer an invisible node exactly as a missing one
 * (NOT_FOUND, null in `nodes`), so refetching by id cannot tell "not yours" from "not there".
 */
export async function nodeVisible(ctx: HubContext, node: Node): Promise<boolean> {
  if (node instanceof Child) return canSeeChildren(ctx, node.yotId);
  if (node instanceof ChildOutcome || node instanceof KpiObservation) {
    const child = await ctx.loaders.byId(Child).load(node.childId);
    return child !== null && canSeeChildren(ctx, child.yotId);
  }
  if (node instanceof AuditEvent) return auditEventVisible(ctx, node.entityType);
  const yotId = await owningYot(ctx, node);
  return yotId === null || (await canSeeYot(ctx, yotId));
}

/** The YOT a node belongs to, following its parents; null for shared objects (agencies, framework, sources). */
async function owningYot(ctx: HubContext, node: Node): Promise<number | null> {
  if (node instanceof Yot) return node.id;
  if ('yotId' in node && typeof node.yotId === 'number') return node.yotId;
  if (node instanceof EvidenceLink) return (await ctx.loaders.byId(Evidence).load(node.evidenceId))?.yotId ?? null;
  if (node instanceof CriterionRating)
    return (await ctx.loaders.byId(Assessment).load(node.assessmentId))?.yotId ?? null;
  if (node instanceof CriterionRatingRevision) {
    const rating = await ctx.loaders.byId(CriterionRating).load(node.ratingId);
    return rating ? owningYot(ctx, rating) : null;
  }
  return null;
}
