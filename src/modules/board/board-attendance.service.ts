import { Field, Float, Int, ObjectType } from 'type-graphql';
import { dialectOf, runSql, RawInteger } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { AgencyType } from '../agency/agency.enums';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';

@ObjectType({
  description:
    'KPI 7 for one statutory partner agency of a YOT over a period: board meetings it attended out of those held while it had a seat.',
})
export class BoardAttendanceRow {
  agencyId!: number;

  @Field(() => AgencyType, { description: "The agency's type (a statutory partner type of the framework)." })
  agencyType!: AgencyType;

  @Field(() => Int, { description: 'Meetings in the period on a day the agency had a member serving.' })
  meetingsHeld!: number;

  @Field(() => Int, { description: 'Of those, meetings at which at least one of its members was present.' })
  meetingsAttended!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'meetingsAttended / meetingsHeld, to 4 decimals; null when no meeting was held.',
  })
  rate!: number | null;
}

/**
 * KPI 7 (management board attendance by statutory partners), in SQL: for each YOT and each agency of a statutory
 * type (the framework's `ExpectedPartner.statutory`) with a member serving on a meeting day, the meetings held
 * between `from` and `to` (inclusive) and those a member of the agency attended. One statement for all `yotIds`.
 */
export async function boardAttendance(
  ctx: HubContext,
  yotIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<number, BoardAttendanceRow[]>> {
  const byYot = new Map<number, BoardAttendanceRow[]>(yotIds.map((id) => [id, []]));
  if (!yotIds.length) return byYot;
  const dialect = dialectOf(ctx.db);
  const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
  const rows = await runSql<{
    yot_id: RawInteger;
    agency_id: RawInteger;
    type: AgencyType;
    held: RawInteger;
    attended: RawInteger;
  }>(
    ctx.db,
    `WITH seats AS (
       SELECT DISTINCT mt."yotId" AS yot_id, bm."agencyId" AS agency_id, a.type, mt.id AS meeting_id
       FROM board_meeting mt JOIN board_member bm ON bm."boardId" = mt."boardId" JOIN agency a ON a.id = bm."agencyId"
       WHERE ${dialect.inList('mt."yotId"', 'ids')} AND mt."heldOn" >= :from AND mt."heldOn" <= :to
         AND bm."joinedOn" <= mt."heldOn" AND (bm."leftOn" IS NULL OR bm."leftOn" >= mt."heldOn")
         AND a.type IN (SELECT "agencyType" FROM expected_partner WHERE "frameworkId" = :framework AND statutory)),
     present AS (
       SELECT DISTINCT ba."meetingId" AS meeting_id, bm."agencyId" AS agency_id
       FROM board_attendance ba JOIN board_member bm ON bm.id = ba."memberId"
       WHERE ba.present AND ${dialect.inList('bm."yotId"', 'ids')})
     SELECT s.yot_id, s.agency_id, s.type, COUNT(*) AS held, COUNT(p.meeting_id) AS attended
     FROM seats s LEFT JOIN present p ON p.meeting_id = s.meeting_id AND p.agency_id = s.agency_id
     GROUP BY s.yot_id, s.agency_id, s.type ORDER BY s.yot_id, s.type, s.agency_id`,
    { ids: dialect.listParam(yotIds), from, to, framework: framework.id },
  );
  for (const r of rows) {
    const held = Number(r.held);
    const attended = Number(r.attended);
    byYot.get(Number(r.yot_id))?.push({
      agencyId: Number(r.agency_id),
      agencyType: r.type,
      meetingsHeld: held,
      meetingsAttended: attended,
      rate: held ? Math.round((attended / held) * 10000) / 10000 : null,
    });
  }
  return byYot;
}

/** A statutory partner "missed most meetings" when it attended fewer than half of those held (and at least one was held). */
export function missedMost(row: Pick<BoardAttendanceRow, 'meetingsHeld' | 'meetingsAttended'>): boolean {
  return row.meetingsHeld > 0 && row.meetingsAttended * 2 < row.meetingsHeld;
}
