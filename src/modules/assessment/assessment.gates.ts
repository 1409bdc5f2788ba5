import { BadUserInputError } from '../../graphql/errors';
import { encodeGlobalId } from '../../graphql/relay';
import { Evidence } from '../evidence/evidence.entity';
import { EvidenceKind, EvidenceReviewState, EvidenceStatus } from '../evidence/evidence.enums';
import { isCountableEvidence } from '../../domain/rules';

/** The sign-off rules assessors asked for; each refusal names the criterion and the evidence item. */
export enum Gate {
  OUTCOME_EVIDENCE_REQUIRED = 'OUTCOME_EVIDENCE_REQUIRED',
  ALL_CRITERIA_RATED = 'ALL_CRITERIA_RATED',
  CITED_EVIDENCE_VALID = 'CITED_EVIDENCE_VALID',
}

/** One reason a gate refused (sent in `extensions.problems`): the criterion and, where it applies, the item. */
export interface GateProblem {
  criterion: string;
  evidenceId: string | null;
  reason: string;
}

/** Throws BAD_USER_INPUT naming every problem (in `extensions.problems`) when there are any. */
export function refuseIf(gate: Gate, problems: GateProblem[], field: string, summary: string): void {
  if (problems.length === 0) return;
  const detail = problems.map((p) => `${p.criterion}: ${p.reason}`).join('; ');
  throw new BadUserInputError(`${summary} ${detail}.`, field, { gate, problems });
}

/** Evidence that can support the Quality Lead band: accepted outcome data or case studies, still current. */
export function showsOutcomes(evidence: Evidence, asOf: string): boolean {
  return (
    isCountableEvidence(evidence, asOf) &&
    evidence.reviewState === EvidenceReviewState.ACCEPTED &&
    [EvidenceKind.OUTCOME_DATA, EvidenceKind.CASE_STUDY].includes(evidence.kind)
  );
}

/** Why a cited item can no longer support an award decided on `asOf`, or null when it still can. */
export function invalidCitation(evidence: Evidence, asOf: string): string | null {
  if (evidence.status === EvidenceStatus.WITHDRAWN) return `cites "${evidence.title}", which was withdrawn`;
  if (evidence.reviewState === EvidenceReviewState.REJECTED) return `cites "${evidence.title}", which was rejected`;
  if (evidence.expiresOn && evidence.expiresOn < asOf)
    return `cites "${evidence.title}", which expired on ${evidence.expiresOn}`;
  return null;
}

/** A problem about one cited item. */
export function problemWith(criterion: string, evidence: Evidence, reason: string): GateProblem {
  return { criterion, evidenceId: encodeGlobalId('Evidence', evidence.id), reason };
}
