import { isRunningOn } from '../../domain/rules/running.rule';
import { toIsoDate } from '../../graphql/scalars';
import { StaffPlacement } from './staff-placement.entity';

/** The optional `asOf` of a staff-placement list: without it the list is every placement, ended ones included. */
export const placementsAsOfArg = {
  nullable: true,
  description:
    'Only placements running on this day (started by then or start unknown, not ended before it; the rule every view uses). All, ended included, when omitted.',
};

/** The placements running on `asOf`, or all of them when no date is given (filtered after the per-request loader). */
export function runningOnly(placements: StaffPlacement[], asOf?: Date): StaffPlacement[] {
  if (!asOf) return placements;
  const day = toIsoDate(asOf, 'asOf');
  return placements.filter((p) => isRunningOn(p, day));
}
