/**
 * "Agreement in force": an information-sharing agreement is in force on `asOf` when its status is ACTIVE or
 * UNDER_REVIEW, it had been signed by then (or its signing date is unknown), and its review date (if any) is
 * not before `asOf`. An agreement signed 2023-01-01 is not in force on 2022-06-30.
 */

/** Statuses under which an agreement can be in force. */
export const IN_FORCE_STATUSES = ['ACTIVE', 'UNDER_REVIEW'] as const;

/** The agreement fields the rule reads. */
export interface AgreementFacts {
  status: string;
  signedOn: string | null;
  reviewDue: string | null;
}

/** True when `agreement` is in force on `asOf`. */
export function isAgreementInForce(agreement: AgreementFacts, asOf: string): boolean {
  return (
    (IN_FORCE_STATUSES as readonly string[]).includes(agreement.status) &&
    (agreement.signedOn == null || agreement.signedOn <= asOf) &&
    (agreement.reviewDue == null || agreement.reviewDue >= asOf)
  );
}

/** The same rule in SQL for the agreement aliased `alias`. */
export function agreementInForceSql(alias: string): string {
  const statuses = IN_FORCE_STATUSES.map((s) => `'${s}'`).join(', ');
  return `(${alias}.status IN (${statuses}) AND (${alias}."signedOn" IS NULL OR ${alias}."signedOn" <= :asOf) AND (${alias}."reviewDue" IS NULL OR ${alias}."reviewDue" >= :asOf))`;
}
