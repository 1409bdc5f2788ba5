import { dialectOf, runSql } from '../../db/dialect';
import { staffInPlaceSql } from '../../domain/rules';
import { HubContext } from '../../graphql/context';
import { StaffRole } from '../partnership/partnership.enums';
import { STATUTORY_TEAM, StatutoryTeamCheck } from './statutory-team';

/** The s.39(5) team check: which of the five required members the staff in each YOT cover, by role. */
export class StatutoryTeamService {
  /** The five checks for each YOT of `yotIds` on `asOf`, in order of `yotIds`; one statement. */
  static async forYots(ctx: HubContext, yotIds: readonly number[], asOf: string): Promise<StatutoryTeamCheck[][]> {
    const dialect = dialectOf(ctx.db);
    const rows = await runSql<{ yot_id: number; role: StaffRole; staff: number; unnamed: number }>(
      ctx.db,
      `SELECT s."yotId" AS yot_id, s.role, COUNT(*) AS staff, SUM(CASE WHEN s."partnershipId" IS NULL THEN 1 ELSE 0 END) AS unnamed
       FROM staff_placement s LEFT JOIN partnership p ON p.id = s."partnershipId" LEFT JOIN agency a ON a.id = p."agencyId"
       WHERE ${dialect.inList('s."yotId"', 'ids')} AND ${staffInPlaceSql('s', 'a')}
       GROUP BY s."yotId", s.role`,
      { ids: dialect.listParam(yotIds), asOf },
    );
    return yotIds.map((yotId) => {
      const mine = rows.filter((r) => Number(r.yot_id) === yotId);
      return STATUTORY_TEAM.map(({ member, roles }) => {
        const found = mine.filter((r) => roles.includes(r.role));
        return {
          yotId,
          member,
          countingRoles: roles,
          recorded: found.length > 0,
          staff: found.reduce((sum, r) => sum + Number(r.staff), 0),
          staffWithoutNamedEmployer: found.reduce((sum, r) => sum + Number(r.unnamed), 0),
          rolesFound: roles.filter((role) => found.some((r) => r.role === role)),
        };
      });
    });
  }
}
