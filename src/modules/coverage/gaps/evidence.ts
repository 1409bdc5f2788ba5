import { runSql } from '../../../db/dialect';
import { HubContext } from '../../../graphql/context';
import { COUNTABLE } from '../coverage.sql';
import { GapKind } from '../gaps.types';
import { Add, addDays, GapFinder, Scope, scopeCte } from './finder';

/** Evidence expiring within this many days is flagged. */
export const EXPIRY_WARNING_DAYS = 90;

/** Countable evidence about to expire or awaiting review (only those rows are read). */
async function evidenceGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const expiringBy = addDays(scope.asOf, EXPIRY_WARNING_DAYS);
  const items = await runSql<{ id: number; yot_id: number; title: string; expires_on: string | null; review: string }>(
    ctx.db,
    `WITH ${scopeCte(ctx)}, countable AS (${COUNTABLE})
     SELECT e.id, e."yotId" AS yot_id, e.title, e."expiresOn" AS expires_on, e."reviewState" AS review
     FROM evidence e WHERE e.id IN (SELECT id FROM countable) AND (e."expiresOn" <= :expiringBy OR e."reviewState" = 'SUBMITTED')
     ORDER BY e.id`,
    { ...scope, expiringBy },
  );
  for (const e of items.filter((e) => e.expires_on && e.expires_on <= expiringBy))
    add(e.yot_id, GapKind.EVIDENCE_EXPIRING, 'Evidence', e.id, `"${e.title}" expires on ${e.expires_on}.`);
  for (const e of items.filter((e) => e.review === 'SUBMITTED'))
    add(e.yot_id, GapKind.EVIDENCE_AWAITING_REVIEW, 'Evidence', e.id, `"${e.title}" is awaiting an assessor's review.`);
}

export const evidenceFinder: GapFinder = {
  kinds: [GapKind.EVIDENCE_EXPIRING, GapKind.EVIDENCE_AWAITING_REVIEW],
  find: evidenceGaps,
};
