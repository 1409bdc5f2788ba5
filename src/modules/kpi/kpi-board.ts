import { dialectOf, runSql, RawInteger } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { Kpi, KPI_NUMBER, KpiCohort, KpiIndicator, KpiStage } from './kpi.enums';
import { KpiScope, yotScopeWhere } from './kpi-figures.sql';
import { KpiFigure } from './kpi-figures.types';

/** First and last day of a quarter `YYYY-Qn`, as ISO dates. */
export function quarterDates(quarter: string): { from: string; to: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
  const last = new Date(Date.UTC(year, q * 3, 0)).getUTCDate();
  return { from, to: `${year}-${String(q * 3).padStart(2, '0')}-${last}` };
}

/**
 * KPI 7 figures for a scope and quarter, in one SQL statement for all its YOTs: the denominator is the
 * statutory-partner seats at the meetings held in the quarter (each meeting × each statutory partner agency with a
 * member serving that day, i.e. statutory partners × meetings held), the numerator those at which a member of the
 * agency was present. Board attendance is not child data: figures are exact for every caller, never perturbed or
 * withheld. Group figures (`byYot` false) pool seats over the scope's YOTs. No figure where no meeting was held.
 */
export async function boardKpiFigures(ctx: HubContext, scope: KpiScope, byYot: boolean): Promise<KpiFigure[]> {
  if (scope.kpis && !scope.kpis.includes(Kpi.MANAGEMENT_BOARD_ATTENDANCE)) return [];
  const { ctes, params } = await boardSeats(ctx, scope);
  const rows = await runSql<{ code?: string; seats: RawInteger; attended: RawInteger }>(
    ctx.db,
    `${ctes}
     SELECT ${byYot ? 's.code AS code, ' : ''}COUNT(*) AS seats, COUNT(p.meeting_id) AS attended
     FROM seats st JOIN scoped s ON s.id = st.yot_id
       LEFT JOIN present p ON p.meeting_id = st.meeting_id AND p.agency_id = st.agency_id
     ${byYot ? 'GROUP BY s.code ORDER BY s.code' : ''}`,
    params,
  );
  return rows
    .filter((r) => Number(r.seats) > 0)
    .map((r) => {
      const seats = Number(r.seats);
      const attended = Number(r.attended);
      return {
        yotCode: byYot ? String(r.code) : null,
        kpi: Kpi.MANAGEMENT_BOARD_ATTENDANCE,
        kpiNumber: KPI_NUMBER[Kpi.MANAGEMENT_BOARD_ATTENDANCE],
        cohort: KpiCohort.ALL_CHILDREN,
        stage: KpiStage.IN_QUARTER,
        indicator: KpiIndicator.STATUTORY_PARTNER_ATTENDANCE,
        denominator: seats,
        numerator: attended,
        rate: Math.round((attended / seats) * 10000) / 10000,
        denominatorPer1000: null,
        meanHoursOffered: null,
        meanHoursAttended: null,
        suppressed: false,
      };
    });
}

/**
 * KPI 7's records: the CTEs `scoped` (the scope's YOTs), `seats` (meeting × statutory partner agency with a member
 * serving that day, in the quarter) and `present` (meeting × agency with a member present). The one definition the
 * figures above and the list of seats behind a figure (kpi-board-seats.ts) count from.
 */
export async function boardSeats(
  ctx: HubContext,
  scope: KpiScope,
): Promise<{ ctes: string; params: Record<string, unknown> }> {
  const dialect = dialectOf(ctx.db);
  const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
  const yots = yotScopeWhere(dialect, scope);
  const where = ['1 = 1', ...yots.where];
  const params: Record<string, unknown> = { ...quarterDates(scope.quarter), framework: framework.id, ...yots.params };
  const ctes = `WITH scoped AS (SELECT y.id, y.code FROM yot y WHERE ${where.join(' AND ')}),
     seats AS (
       SELECT DISTINCT mt.id AS meeting_id, mt."yotId" AS yot_id, bm."agencyId" AS agency_id
       FROM board_meeting mt JOIN scoped s ON s.id = mt."yotId"
         JOIN board_member bm ON bm."boardId" = mt."boardId" JOIN agency a ON a.id = bm."agencyId"
       WHERE mt."heldOn" >= :from AND mt."heldOn" <= :to
         AND bm."joinedOn" <= mt."heldOn" AND (bm."leftOn" IS NULL OR bm."leftOn" >= mt."heldOn")
         AND a.type IN (SELECT "agencyType" FROM expected_partner WHERE "frameworkId" = :framework AND statutory)),
     present AS (
       SELECT DISTINCT ba."meetingId" AS meeting_id, bm."agencyId" AS agency_id
       FROM board_attendance ba JOIN board_member bm ON bm.id = ba."memberId" JOIN scoped s ON s.id = bm."yotId"
       WHERE ba.present)`;
  return { ctes, params };
}
