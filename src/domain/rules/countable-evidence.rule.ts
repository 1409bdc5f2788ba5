/**
 * "Countable evidence": an evidence item counts on `asOf` when it is current (not withdrawn), not rejected by
 * an assessor, not expired (its expiry day still counts) and already produced (or its date is unknown).
 */

/** The evidence fields the rule reads. */
export interface EvidenceFacts {
  status: string;
  reviewState: string;
  expiresOn: string | null;
  occurredOn: string | null;
}

/** True when `evidence` counts on `asOf`. */
export function isCountableEvidence(evidence: EvidenceFacts, asOf: string): boolean {
  return (
    evidence.status === 'CURRENT' &&
    evidence.reviewState !== 'REJECTED' &&
    (evidence.expiresOn == null || evidence.expiresOn >= asOf) &&
    (evidence.occurredOn == null || evidence.occurredOn <= asOf)
  );
}

/** The same rule in SQL for the evidence row aliased `alias`. */
export function countableEvidenceSql(alias: string): string {
  return `(${alias}.status = 'CURRENT' AND ${alias}."reviewState" <> 'REJECTED' AND (${alias}."expiresOn" IS NULL OR ${alias}."expiresOn" >= :asOf) AND (${alias}."occurredOn" IS NULL OR ${alias}."occurredOn" <= :asOf))`;
}
