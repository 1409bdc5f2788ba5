import { HubContext } from '../../../graphql/context';
import { addMonths } from '../../../graphql/scalars';
import { AGENCY_TYPE_IN_WORDS } from '../../agency/agency.enums';
import { Agency } from '../../agency/agency.entity';
import { boardAttendance, missedMost } from '../../board/board-attendance.service';
import { GapKind } from '../gaps.types';
import { Add, addDays, GapFinder, Scope } from './finder';

/** Statutory partners that missed most board meetings in the year up to `asOf` (KPI 7). */
async function boardGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const from = addDays(addMonths(scope.asOf, -12), 1);
  const byYot = await boardAttendance(ctx, scope.yots, from, scope.asOf);
  const rows = [...byYot.entries()].flatMap(([yot, found]) => found.filter(missedMost).map((r) => ({ yot, ...r })));
  const names = await ctx.loaders.byId(Agency).loadMany(rows.map((r) => r.agencyId));
  rows.forEach((r, i) => {
    const name = (names[i] as Agency | null)?.name ?? AGENCY_TYPE_IN_WORDS[r.agencyType];
    add(
      r.yot,
      GapKind.BOARD_ATTENDANCE_LOW,
      'Agency',
      r.agencyId,
      `${name} attended ${r.meetingsAttended} of ${r.meetingsHeld} management board meetings between ${from} and ${scope.asOf}.`,
    );
  });
}

export const boardFinder: GapFinder = { kinds: [GapKind.BOARD_ATTENDANCE_LOW], find: boardGaps };
