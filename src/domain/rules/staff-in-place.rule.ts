import { agencyExistsOn, agencyExistsSql, MayCease } from './agency-exists.rule';
import { Dated, isRunningOn, runningOnSql } from './running.rule';

/**
 * "Staff in place": a staff placement counts on `asOf` (for the in-place state, the co-location ratio, statutory
 * coverage and the s.39(5) team alike) when it runs on that date and, if it is placed under a partnership, that
 * partnership's body still exists: staff under a ceased body's partnership never count after `ceasedOn` (their
 * employer is gone; they count again once re-placed under the successor's partnership).
 */

/** True when `placement` (under a partnership with `employer`, or none) counts on `asOf`. */
export function isStaffInPlace(placement: Dated, employer: MayCease | null, asOf: string): boolean {
  return isRunningOn(placement, asOf) && (employer == null || agencyExistsOn(employer, asOf));
}

/**
 * The same rule in SQL for the placement `s` LEFT JOINed to its partnership's agency `a` (null when the
 * placement names no partnership).
 */
export function staffInPlaceSql(s: string, a: string): string {
  return `(${runningOnSql(s)} AND (${s}."partnershipId" IS NULL OR ${agencyExistsSql(a)}))`;
}
