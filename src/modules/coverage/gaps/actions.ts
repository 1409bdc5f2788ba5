import { dialectOf, runSql } from '../../../db/dialect';
import { HubContext } from '../../../graphql/context';
import { GapKind } from '../gaps.types';
import { Add, GapFinder, Scope } from './finder';

/** Action-plan items still to be done after their due day, oldest due first. */
async function actionGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const rows = await runSql<{ id: number; yot_id: number; title: string; due_on: string; owner: string }>(
    ctx.db,
    `SELECT i.id, i."yotId" AS yot_id, i.title, i."dueOn" AS due_on, a.name AS owner FROM action_plan_item i JOIN agency a ON a.id = i."ownerAgencyId"
     WHERE ${dialectOf(ctx.db).inList('i."yotId"', 'ids')} AND i.status IN ('OPEN', 'IN_PROGRESS') AND i."dueOn" < :asOf ORDER BY i."dueOn", i.id`,
    scope,
  );
  for (const r of rows)
    add(
      r.yot_id,
      GapKind.ACTION_OVERDUE,
      'ActionPlanItem',
      r.id,
      `"${r.title}" (${r.owner}) was due on ${r.due_on} and is not done.`,
    );
}

export const actionFinder: GapFinder = { kinds: [GapKind.ACTION_OVERDUE], find: actionGaps };
