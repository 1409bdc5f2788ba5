import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RatingBand } from '../assessment/assessment.enums';

/** How a self-score stands against the evidence (see self-assessment.rules.ts for the thresholds). */
export enum SelfScoreDisagreement {
  NONE = 'NONE',
  HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE = 'HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE',
  LOW_SCORE_WITH_PLENTY_OF_EVIDENCE = 'LOW_SCORE_WITH_PLENTY_OF_EVIDENCE',
}

registerEnumType(SelfScoreDisagreement, {
  name: 'SelfScoreDisagreement',
  description:
    'Whether a self-score and the evidence disagree. Thresholds are the hub\'s own design, not published ones (README "Self-assessment").',
  valuesConfig: {
    NONE: { description: 'No disagreement (or the statement was not self-scored).' },
    HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE: {
      description: 'Self-score 7 or more, but no accepted countable evidence for the statement.',
    },
    LOW_SCORE_WITH_PLENTY_OF_EVIDENCE: {
      description: 'Self-score 3 or less, though 3 or more accepted countable evidence items support the statement.',
    },
  },
});

@ObjectType({
  description:
    "One statement of a self-assessment beside the assessor's latest rating and the evidence coverage on a date.",
})
export class StatementComparison {
  criterionId!: number;

  @Field(() => Int, {
    nullable: true,
    description: "The partnership's self-score, 0–10; null when it did not score this statement.",
  })
  selfScore!: number | null;

  @Field(() => String, { nullable: true, description: 'The note with the self-score; null when none.' })
  selfNote!: string | null;

  /** Evidence the self-score rests on (ids). */
  selfEvidenceIds!: number[];

  @Field(() => Int, {
    nullable: true,
    description: "Score in the YOT's latest assessment; null when not rated or rated by band only.",
  })
  assessorScore!: number | null;

  @Field(() => RatingBand, { nullable: true, description: "Band in the YOT's latest assessment; null when not rated." })
  assessorBand!: RatingBand | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Self-score minus assessor score; null when either is missing. Positive: the partnership rates itself higher.',
  })
  scoreDifference!: number | null;

  @Field(() => Int, { description: 'Countable evidence linked to the statement on the date (as `criterionCoverage`).' })
  evidenceCount!: number;

  @Field(() => Int, { description: 'Of those, items an assessor accepted.' })
  acceptedEvidenceCount!: number;

  @Field(() => Boolean, { description: 'True when accepted evidence comes from at least two agency types.' })
  triangulated!: boolean;

  @Field(() => SelfScoreDisagreement, { description: 'Whether the self-score and the evidence disagree.' })
  disagreement!: SelfScoreDisagreement;
}
