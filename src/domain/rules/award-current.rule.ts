/**
 * "Award current": what an award assessment says on `asOf`. Not an award (null) unless AWARDED and decided by
 * then (an undated decision counts as made, except that an undated redesignation cannot predate the award it
 * redesignates: before that baseline's decision it is not an award); UNKNOWN when its decision date or validity
 * end is not recorded (never current by default), or when the dates are known to the month only and `asOf`
 * falls in the decision month or the expiry month (the day is unknown, so either answer could be wrong);
 * EXPIRED after its last valid day; otherwise CURRENT.
 */

/** The award's standing on a date. */
export type AwardState = 'CURRENT' | 'EXPIRED' | 'UNKNOWN';

/** The assessment fields the rule reads. */
export interface AwardFacts {
  status: string;
  decidedOn: string | null;
  validUntil: string | null;
  /** DAY or MONTH (then `decidedOn` is the first of its month and `validUntil` the last day of its month). */
  decidedOnPrecision?: string;
  /** The decision date of the award this one redesignates, when it has one. */
  baselineDecidedOn?: string | null;
}

const month = (isoDate: string) => isoDate.slice(0, 7);

/** The award's state on `asOf`, or null when it is not an award on that date. */
export function awardStateOn(award: AwardFacts, asOf: string): AwardState | null {
  if (award.status !== 'AWARDED' || (award.decidedOn != null && award.decidedOn > asOf)) return null;
  if (award.decidedOn == null && award.baselineDecidedOn != null && award.baselineDecidedOn > asOf) return null;
  if (award.decidedOn == null || award.validUntil == null) return 'UNKNOWN';
  if (award.validUntil < asOf) return 'EXPIRED';
  if (
    award.decidedOnPrecision === 'MONTH' &&
    (month(asOf) === month(award.decidedOn) || month(asOf) === month(award.validUntil))
  )
    return 'UNKNOWN';
  return 'CURRENT';
}

/** True when the award is current on `asOf`. */
export function isAwardCurrent(award: AwardFacts, asOf: string): boolean {
  return awardStateOn(award, asOf) === 'CURRENT';
}

/** The state in SQL for the assessment aliased `alias`: 'CURRENT', 'EXPIRED', 'UNKNOWN' or NULL. */
export function awardStateSql(alias: string): string {
  const monthOf = (expr: string) => `SUBSTR(CAST(${expr} AS TEXT), 1, 7)`;
  return `(CASE WHEN ${alias}.status <> 'AWARDED' OR ${alias}."decidedOn" > :asOf THEN NULL
    WHEN ${alias}."decidedOn" IS NULL AND (SELECT b."decidedOn" FROM assessment b WHERE b.id = ${alias}."baselineAssessmentId") > :asOf THEN NULL
    WHEN ${alias}."decidedOn" IS NULL OR ${alias}."validUntil" IS NULL THEN 'UNKNOWN'
    WHEN ${alias}."validUntil" < :asOf THEN 'EXPIRED'
    WHEN ${alias}."decidedOnPrecision" = 'MONTH' AND (${monthOf(':asOf')} = ${monthOf(`${alias}."decidedOn"`)} OR ${monthOf(':asOf')} = ${monthOf(`${alias}."validUntil"`)}) THEN 'UNKNOWN'
    ELSE 'CURRENT' END)`;
}

/** True in SQL when the award is current on `asOf`. */
export function awardCurrentSql(alias: string): string {
  return `(${awardStateSql(alias)} = 'CURRENT')`;
}
