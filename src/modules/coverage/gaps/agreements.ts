import { dialectOf, runSql } from '../../../db/dialect';
import { activePartnershipSql, agreementInForceSql, IN_FORCE_STATUSES } from '../../../domain/rules';
import { HubContext } from '../../../graphql/context';
import { GapKind } from '../gaps.types';
import { Add, GapFinder, Scope } from './finder';

/** Agreements past their review date, and active expected partners with no agreement in force. */
async function agreementGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const dialect = dialectOf(ctx.db);
  const statuses = dialect.listParam([...IN_FORCE_STATUSES]);
  const overdue = await runSql<{ yot_id: number; id: number; title: string; review_due: string }>(
    ctx.db,
    `SELECT i."yotId" AS yot_id, i.id, i.title, i."reviewDue" AS review_due FROM information_sharing_agreement i
     WHERE ${dialect.inList('i."yotId"', 'ids')} AND ${dialect.inList('i.status', 'statuses')} AND i."reviewDue" < :asOf
     ORDER BY i."reviewDue", i.id`,
    { ...scope, statuses },
  );
  for (const a of overdue)
    add(
      a.yot_id,
      GapKind.AGREEMENT_REVIEW_OVERDUE,
      'InformationSharingAgreement',
      a.id,
      `"${a.title}" was due for review on ${a.review_due}.`,
    );
  const unshared = await runSql<{ yot_id: number; id: number; name: string }>(
    ctx.db,
    `SELECT p."yotId" AS yot_id, p.id, a.name FROM partnership p JOIN agency a ON a.id = p."agencyId"
     WHERE ${dialect.inList('p."yotId"', 'ids')} AND ${activePartnershipSql('p', 'a')}
       AND a.type IN (SELECT "agencyType" FROM expected_partner WHERE "frameworkId" = :framework)
       AND NOT EXISTS (
         SELECT 1 FROM information_sharing_agreement i JOIN agreement_party ap ON ap."agreementId" = i.id
         WHERE i."yotId" = p."yotId" AND ap."agencyId" = p."agencyId" AND ${agreementInForceSql('i')})
     ORDER BY a.name, p.id`,
    scope,
  );
  for (const p of unshared)
    add(
      p.yot_id,
      GapKind.NO_AGREEMENT_WITH_PARTNER,
      'Partnership',
      p.id,
      `${p.name} is not party to a current information-sharing agreement.`,
    );
}

export const agreementFinder: GapFinder = {
  kinds: [GapKind.AGREEMENT_REVIEW_OVERDUE, GapKind.NO_AGREEMENT_WITH_PARTNER],
  find: agreementGaps,
};
