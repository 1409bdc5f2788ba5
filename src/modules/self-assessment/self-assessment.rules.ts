/**
 * When a self-score and the evidence disagree. The thresholds are the hub's own design (no published threshold
 * exists): 7 echoes the one area reported to score 7 or more on every statement at Quality Mark stage
 * (Blackburn with Darwen Local Offer), 3 is its mirror, and "plenty" is three accepted items, the point at
 * which the coverage view's evidence usually spans two or more agencies.
 */

/** A self-score at or above this is a claim of strength. */
export const HIGH_SELF_SCORE = 7;
/** A self-score at or below this is a stated development need. */
export const LOW_SELF_SCORE = 3;
/** Accepted countable evidence items from which a low self-score looks too modest. */
export const PLENTY_OF_ACCEPTED_EVIDENCE = 3;

/** How a self-score stands against the evidence. */
export type Disagreement = 'NONE' | 'HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE' | 'LOW_SCORE_WITH_PLENTY_OF_EVIDENCE';

/** The disagreement for a self-score given the accepted countable evidence linked to its statement. */
export function disagreementOf(selfScore: number, acceptedEvidence: number): Disagreement {
  if (selfScore >= HIGH_SELF_SCORE && acceptedEvidence === 0) return 'HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE';
  if (selfScore <= LOW_SELF_SCORE && acceptedEvidence >= PLENTY_OF_ACCEPTED_EVIDENCE)
    return 'LOW_SCORE_WITH_PLENTY_OF_EVIDENCE';
  return 'NONE';
}
