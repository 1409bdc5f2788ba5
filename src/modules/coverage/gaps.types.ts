import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Kinds of finding an assessor acts on. */
export enum GapKind {
  MISSING_STATUTORY_PARTNER = 'MISSING_STATUTORY_PARTNER',
  MISSING_EXPECTED_PARTNER = 'MISSING_EXPECTED_PARTNER',
  AGREEMENT_REVIEW_OVERDUE = 'AGREEMENT_REVIEW_OVERDUE',
  NO_AGREEMENT_WITH_PARTNER = 'NO_AGREEMENT_WITH_PARTNER',
  CRITERION_WITHOUT_EVIDENCE = 'CRITERION_WITHOUT_EVIDENCE',
  CRITERION_SINGLE_AGENCY = 'CRITERION_SINGLE_AGENCY',
  EVIDENCE_EXPIRING = 'EVIDENCE_EXPIRING',
  EVIDENCE_AWAITING_REVIEW = 'EVIDENCE_AWAITING_REVIEW',
  RATING_ABOVE_EVIDENCE = 'RATING_ABOVE_EVIDENCE',
  AWARD_EXPIRING = 'AWARD_EXPIRING',
  AWARD_EXPIRED = 'AWARD_EXPIRED',
}

registerEnumType(GapKind, {
  name: 'GapKind',
  description: 'What kind of gap a finding reports.',
  valuesConfig: {
    MISSING_STATUTORY_PARTNER: { description: 'No active partnership with a statutory partner type (node: the ExpectedPartner).' },
    MISSING_EXPECTED_PARTNER: { description: 'No active partnership with a SEND-relevant partner type the framework expects (node: the ExpectedPartner).' },
    AGREEMENT_REVIEW_OVERDUE: { description: 'An agreement in force is past its review date (node: the agreement).' },
    NO_AGREEMENT_WITH_PARTNER: { description: 'An active expected partner is not party to any current agreement (node: the Partnership).' },
    CRITERION_WITHOUT_EVIDENCE: { description: 'A criterion has no countable evidence (node: the Criterion).' },
    CRITERION_SINGLE_AGENCY: { description: 'A criterion\'s evidence comes from fewer than two agency types (node: the Criterion).' },
    EVIDENCE_EXPIRING: { description: 'Countable evidence expires within 90 days (node: the Evidence).' },
    EVIDENCE_AWAITING_REVIEW: { description: 'Countable evidence has not been reviewed (node: the Evidence).' },
    RATING_ABOVE_EVIDENCE: { description: 'A rating in the latest assessment is no longer supported by the evidence it cites (node: the CriterionRating).' },
    AWARD_EXPIRING: { description: 'The award expires within 6 months (node: the Assessment).' },
    AWARD_EXPIRED: { description: 'The award has expired (node: the Assessment).' },
  },
});

@ObjectType({ description: 'One gap an assessor should act on, with the object it concerns.' })
export class Gap {
  @Field(() => GapKind, { description: 'What kind of gap.' })
  kind!: GapKind;

  @Field(() => String, { description: 'What is missing or wrong, in words.' })
  message!: string;

  /** The node the finding concerns, by type and key; resolved through the loaders. */
  typeName!: string;
  key!: number;
}
