import { registerEnumType } from 'type-graphql';

/** The two award levels. */
export enum AwardLevel {
  QUALITY_MARK = 'QUALITY_MARK',
  QUALITY_LEAD = 'QUALITY_LEAD',
}

/** First award or re-verification of an earlier one. */
export enum AssessmentKind {
  INITIAL = 'INITIAL',
  REDESIGNATION = 'REDESIGNATION',
}

/** Where an assessment stands. */
export enum AssessmentStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  AWARDED = 'AWARDED',
  NOT_AWARDED = 'NOT_AWARDED',
  ADDITIONAL_EVIDENCE_REQUESTED = 'ADDITIONAL_EVIDENCE_REQUESTED',
  DEFERRED = 'DEFERRED',
}

/** Statuses of an assessment not yet decided: it can be rated, paused and decided, and blocks starting another. */
export const UNDECIDED_STATUSES: readonly AssessmentStatus[] = [
  AssessmentStatus.IN_PROGRESS,
  AssessmentStatus.ADDITIONAL_EVIDENCE_REQUESTED,
  AssessmentStatus.DEFERRED,
];

/** Commendations that can be added to a Quality Lead award. */
export enum Commendation {
  CHILD_FIRST = 'CHILD_FIRST',
}

/** How precisely a date is known. */
export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
}

/** Qualitative bands assessors rate criteria on, up to the Quality Lead standard. */
export enum RatingBand {
  NOT_EVIDENCED = 'NOT_EVIDENCED',
  EMERGING = 'EMERGING',
  ESTABLISHED = 'ESTABLISHED',
  WIDESPREAD_EFFECTIVE_PRACTICE = 'WIDESPREAD_EFFECTIVE_PRACTICE',
  WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES = 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES',
}

registerEnumType(AwardLevel, {
  name: 'AwardLevel',
  description: 'Award level of the Youth Justice SEND framework.',
  valuesConfig: {
    QUALITY_MARK: {
      description:
        'Quality Mark: development of relationships, networks, protocols, policy and practice (Achievement for All).',
    },
    QUALITY_LEAD: {
      description:
        'Quality Lead: widespread embedded and sustained practice supported by innovative ideas that can be shared; write-ups say widespread effective practice with evidence of (better) outcomes.',
    },
  },
});

registerEnumType(AssessmentKind, {
  name: 'AssessmentKind',
  description: 'Whether an assessment is a first award or a re-verification.',
  valuesConfig: {
    INITIAL: { description: 'First assessment for this level.' },
    REDESIGNATION: {
      description: 'Re-verification of an award nearing or past the end of its validity (about three years).',
    },
  },
});

registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'Where an assessment stands.',
  valuesConfig: {
    IN_PROGRESS: { description: 'Being assessed; ratings can still change.' },
    AWARDED: { description: 'Decided: the award was made. Ratings are locked.' },
    NOT_AWARDED: { description: 'Decided: no award. Ratings are locked.' },
    ADDITIONAL_EVIDENCE_REQUESTED: {
      description:
        'Not decided: after moderation the moderator asked for additional evidence before a decision. Ratings can still change.',
    },
    DEFERRED: {
      description:
        'Not decided: the decision was deferred (e.g. to a later moderation meeting). Ratings can still change.',
    },
  },
});

registerEnumType(Commendation, {
  name: 'Commendation',
  description: 'A commendation added to an award.',
  valuesConfig: {
    CHILD_FIRST: { description: "Child First Commendation: recognises a partnership's child-focused approach." },
  },
});

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely a date is known.',
  valuesConfig: {
    DAY: { description: 'The exact day.' },
    MONTH: { description: 'Only the month: the date field holds the first day of the month (an end date, the last).' },
  },
});

registerEnumType(RatingBand, {
  name: 'RatingBand',
  description:
    "Qualitative band of a criterion rating. Only the top band (widespread effective practice with evidence of outcomes) is published wording; no published band ladder or score thresholds were found, so the lower bands are the hub's own scale.",
  valuesConfig: {
    NOT_EVIDENCED: { description: "The hub's own scale (not published): no evidence of the practice." },
    EMERGING: { description: "The hub's own scale (not published): practice is emerging or planned." },
    ESTABLISHED: {
      description:
        "The hub's own scale (not published): practice is in place. No published threshold ties a band to the Quality Mark.",
    },
    WIDESPREAD_EFFECTIVE_PRACTICE: {
      description: "The hub's own scale (not published): widespread effective practice, outcomes not yet evidenced.",
    },
    WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES: {
      description:
        'Published wording: "widespread effective practice with evidence of outcomes" (the Quality Lead standard, as award write-ups state it).',
    },
  },
});
