import { agencyExistsOn, agencyExistsSql, MayCease } from './agency-exists.rule';
import { Dated, isRunningOn, runningOnSql } from './running.rule';

/**
 * "Active partnership": a YOT ↔ agency partnership is active on `asOf` when it runs on that date, has not been
 * marked ended without an end date (ended, date unknown: not active on any date we can vouch for), and its
 * partner body still exists (a partnership with a body that has ceased is reported as ceased, not active).
 */

/** The partnership fields the rule reads. */
export interface PartnershipFacts extends Dated {
  status: string;
}

/** True when `partnership` with `agency` is active on `asOf`. */
export function isActivePartnership(partnership: PartnershipFacts, agency: MayCease, asOf: string): boolean {
  return (
    isRunningOn(partnership, asOf) &&
    !(partnership.status === 'ENDED' && partnership.endedOn == null) &&
    agencyExistsOn(agency, asOf)
  );
}

/** The same rule in SQL for partnership `p` and its agency `a`. */
export function activePartnershipSql(p: string, a: string): string {
  return `(${runningOnSql(p)} AND NOT (${p}.status = 'ENDED' AND ${p}."endedOn" IS NULL) AND ${agencyExistsSql(a)})`;
}

/** A partnership that runs on `asOf` but whose partner body had ceased by then: reported as ceased. */
export function isCeasedPartnership(partnership: PartnershipFacts, agency: MayCease, asOf: string): boolean {
  return (
    isRunningOn(partnership, asOf) &&
    !(partnership.status === 'ENDED' && partnership.endedOn == null) &&
    !agencyExistsOn(agency, asOf)
  );
}

/** The same rule in SQL for partnership `p` and its agency `a`. */
export function ceasedPartnershipSql(p: string, a: string): string {
  return `(${runningOnSql(p)} AND NOT (${p}.status = 'ENDED' AND ${p}."endedOn" IS NULL) AND NOT ${agencyExistsSql(a)})`;
}
