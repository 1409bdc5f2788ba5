import { dialectOf, runSql, RawInteger } from '../../../db/dialect';
import { activePartnershipSql, ceasedPartnershipSql } from '../../../domain/rules';
import { HubContext } from '../../../graphql/context';
import { AGENCY_TYPE_IN_WORDS, AgencyType } from '../../agency/agency.enums';
import { StatutoryTeamService } from '../../yot/statutory-team.service';
import { STATUTORY_TEAM } from '../../yot/statutory-team';
import { FACTS } from '../coverage.sql';
import { PartnerState } from '../coverage.types';
import { GapKind } from '../gaps.types';
import { Add, GapFinder, Scope, scopeCte } from './finder';

/** Expected types recorded absent (missing) and types nothing is recorded about (unknown), kept apart. */
async function partnerGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const partners = await runSql<{
    yot_id: number;
    type: AgencyType;
    statutory: RawInteger;
    state: PartnerState;
    expected_id: number;
  }>(
    ctx.db,
    `WITH ${scopeCte(ctx)}, ${FACTS}
     SELECT f.yot_id, f.type, f.statutory, f.state, ep.id AS expected_id FROM facts f
     JOIN expected_partner ep ON ep."agencyType" = f.type AND ep."frameworkId" = :framework ORDER BY f.yot_id, ep.id`,
    scope,
  );
  for (const p of partners) {
    const statutory = Number(p.statutory) === 1;
    const what = `${AGENCY_TYPE_IN_WORDS[p.type]}${statutory ? ', a statutory YOT partner' : ''}`;
    if (p.state === PartnerState.RECORDED_ABSENT) {
      add(
        p.yot_id,
        statutory ? GapKind.MISSING_STATUTORY_PARTNER : GapKind.MISSING_EXPECTED_PARTNER,
        'ExpectedPartner',
        p.expected_id,
        `The YOT has recorded that it has no partnership with ${what}.`,
      );
    } else if (p.state === PartnerState.NOT_RECORDED) {
      add(
        p.yot_id,
        GapKind.PARTNER_NOT_RECORDED,
        'ExpectedPartner',
        p.expected_id,
        `Nothing is recorded about ${what}: no partnership, no staff and no recorded absence.`,
      );
    }
  }
}

/** Partnerships whose body has ceased, unless a partnership with its successor is active. */
async function ceasedPartnerGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const rows = await runSql<{ yot_id: number; id: number; name: string; ceased_on: string; successor: string | null }>(
    ctx.db,
    `SELECT p."yotId" AS yot_id, p.id, a.name, a."ceasedOn" AS ceased_on, su.name AS successor
     FROM partnership p JOIN agency a ON a.id = p."agencyId" LEFT JOIN agency su ON su.id = a."successorId"
     WHERE ${dialectOf(ctx.db).inList('p."yotId"', 'ids')} AND ${ceasedPartnershipSql('p', 'a')}
       AND NOT EXISTS (
         SELECT 1 FROM partnership q JOIN agency s ON s.id = q."agencyId"
         WHERE q."yotId" = p."yotId" AND s.id = a."successorId" AND ${activePartnershipSql('q', 's')})
     ORDER BY a.name, p.id`,
    scope,
  );
  for (const r of rows) {
    const successor = r.successor
      ? `its successor ${r.successor} is recorded, but no partnership with it`
      : 'its successor is not recorded';
    add(r.yot_id, GapKind.PARTNER_CEASED, 'Partnership', r.id, `${r.name} ceased on ${r.ceased_on}; ${successor}.`);
  }
}

/** Members of the s.39(5) minimum team with no staff of a counting role in the team. */
async function teamGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const checks = await StatutoryTeamService.forYots(ctx, scope.yots, scope.asOf);
  scope.yots.forEach((yot, i) => {
    for (const check of checks[i].filter((c) => !c.recorded)) {
      const words = STATUTORY_TEAM.find((m) => m.member === check.member)!.inWords;
      const why = check.basis ? ` ${check.basis}` : '';
      add(
        yot,
        GapKind.STATUTORY_TEAM_ROLE_NOT_RECORDED,
        'Yot',
        yot,
        `No ${words.replace(/^an? /, '')} is recorded in the team; the Crime and Disorder Act 1998 s.39(5) requires one.${why}`,
      );
    }
  });
}

export const partnerFinders: GapFinder[] = [
  {
    kinds: [GapKind.MISSING_STATUTORY_PARTNER, GapKind.MISSING_EXPECTED_PARTNER, GapKind.PARTNER_NOT_RECORDED],
    find: partnerGaps,
  },
  { kinds: [GapKind.PARTNER_CEASED], find: ceasedPartnerGaps },
  { kinds: [GapKind.STATUTORY_TEAM_ROLE_NOT_RECORDED], find: teamGaps },
];
