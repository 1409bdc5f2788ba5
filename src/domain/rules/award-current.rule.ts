/**
 * "Award current": what an award assessment says on `asOf`. Not an award (null) unless AWARDED and decided by
 * then (an undated decision counts as made); UNKNOWN when its decision date or validity end is not recorded
 * (never current by default); EXPIRED after its last valid day; otherwise CURRENT.
 */

/** The award's standing on a date. */
export type AwardState = 'CURRENT' | 'EXPIRED' | 'UNKNOWN';

/** The assessment fields the rule reads. */
export interface AwardFacts {
  status: string;
  decidedOn: string | null;
  validUntil: string | null;
}

/** The award's state on `asOf`, or null when it is not an award on that date. */
export function awardStateOn(award: AwardFacts, asOf: string): AwardState | null {
  if (award.status !== 'AWARDED' || (award.decidedOn != null && award.decidedOn > asOf)) return null;
  if (award.decidedOn == null || award.validUntil == null) return 'UNKNOWN';
  return award.validUntil < asOf ? 'EXPIRED' : 'CURRENT';
}

/** True when the award is current on `asOf`. */
export function isAwardCurrent(award: AwardFacts, asOf: string): boolean {
  return awardStateOn(award, asOf) === 'CURRENT';
}

/** The state in SQL for the assessment aliased `alias`: 'CURRENT', 'EXPIRED', 'UNKNOWN' or NULL. */
export function awardStateSql(alias: string): string {
  return `(CASE WHEN ${alias}.status <> 'AWARDED' OR ${alias}."decidedOn" > :asOf THEN NULL
    WHEN ${alias}."decidedOn" IS NULL OR ${alias}."validUntil" IS NULL THEN 'UNKNOWN'
    WHEN ${alias}."validUntil" < :asOf THEN 'EXPIRED' ELSE 'CURRENT' END)`;
}

/** True in SQL when the award is current on `asOf`. */
export function awardCurrentSql(alias: string): string {
  return `(${awardStateSql(alias)} = 'CURRENT')`;
}
