/**
 * "The body exists on a date": an agency exists on `asOf` unless it had ceased by then. `ceasedOn` is the first
 * day it no longer existed (the day its functions passed to its successor), so on `ceasedOn` it has ceased.
 */

/** Anything that may have ceased. */
export interface MayCease {
  ceasedOn: string | null;
}

/** True when `agency` still exists on `asOf`. */
export function agencyExistsOn(agency: MayCease, asOf: string): boolean {
  return agency.ceasedOn == null || agency.ceasedOn > asOf;
}

/** The same rule in SQL for the agency aliased `alias`. */
export function agencyExistsSql(alias: string): string {
  return `(${alias}."ceasedOn" IS NULL OR ${alias}."ceasedOn" > :asOf)`;
}
