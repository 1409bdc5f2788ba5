import { dialectOf, runSql, RawInteger } from '../../db/dialect';
import { staffInPlaceSql } from '../../domain/rules';
import { HubContext } from '../../graphql/context';
import { AgencyType } from '../agency/agency.enums';
import { StaffRole } from '../partnership/partnership.enums';
import { STATUTORY_TEAM, StatutoryTeamCheck } from './statutory-team';

/** The s.39(5) team check: which of the five required members the staff in each YOT cover, by role. */
export class StatutoryTeamService {
  /** The five checks for each YOT of `yotIds` on `asOf`, in order of `yotIds`; one statement. */
  static async forYots(ctx: HubContext, yotIds: readonly number[], asOf: string): Promise<StatutoryTeamCheck[][]> {
    const dialect = dialectOf(ctx.db);
    const rows = await runSql<{
      yot_id: RawInteger;
      role: StaffRole;
      employer: AgencyType | null;
      staff: RawInteger;
      unnamed: RawInteger;
    }>(
      ctx.db,
      `SELECT s."yotId" AS yot_id, s.role, a.type AS employer, COUNT(*) AS staff, SUM(CASE WHEN s."partnershipId" IS NULL AND s.arrangement <> 'YOT_EMPLOYED' THEN 1 ELSE 0 END) AS unnamed
       FROM staff_placement s LEFT JOIN partnership p ON p.id = s."partnershipId" LEFT JOIN agency a ON a.id = p."agencyId"
       WHERE ${dialect.inList('s."yotId"', 'ids')} AND ${staffInPlaceSql('s', 'a')}
       GROUP BY s."yotId", s.role, a.type`,
      { ids: dialect.listParam(yotIds), asOf },
    );
    return yotIds.map((yotId) => {
      const mine = rows.filter((r) => Number(r.yot_id) === yotId);
      return STATUTORY_TEAM.map(({ member, roles, employerTypes, relatedRoles }) => {
        const counts = (r: (typeof mine)[number]) =>
          roles.includes(r.role) || (r.employer != null && employerTypes.includes(r.employer));
        const found = mine.filter(counts);
        const notCounted = mine.filter((r) => !counts(r) && relatedRoles.includes(r.role));
        const staffNotCounted = notCounted.reduce((sum, r) => sum + Number(r.staff), 0);
        return {
          yotId,
          member,
          countingRoles: roles,
          countingEmployerTypes: employerTypes,
          recorded: found.length > 0,
          staff: found.reduce((sum, r) => sum + Number(r.staff), 0),
          staffWithoutNamedEmployer: found.reduce((sum, r) => sum + Number(r.unnamed), 0),
          rolesFound: [...new Set(found.map((r) => r.role))].sort(),
          staffNotCounted,
          basis:
            found.length === 0 && staffNotCounted > 0
              ? `Not recorded: ${notCounted
                  .map((r) => r.role)
                  .filter((v, i, all) => all.indexOf(v) === i)
                  .join(
                    ', ',
                  )} staff are in the team, but no partnership with a body that can nominate them (${employerTypes.join(', ')}) is recorded, so who nominated them is unknown.`
              : null,
        };
      });
    });
  }
}
