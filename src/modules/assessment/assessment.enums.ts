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
}

/** Commendations that can be added to a Quality Lead award. */
export enum Commendation {
  CHILD_FIRST = 'CHILD_FIRST',
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
    QUALITY_MARK: { description: 'Quality Mark: relationships, networks, protocols and practice are in place.' },
    QUALITY_LEAD: { description: 'Quality Lead: widespread effective practice with evidence of outcomes.' },
  },
});

registerEnumType(AssessmentKind, {
  name: 'AssessmentKind',
  description: 'Whether an assessment is a first award or a re-verification.',
  valuesConfig: {
    INITIAL: { description: 'First assessment for this level.' },
    REDESIGNATION: { description: 'Re-verification of an award nearing or past the end of its validity (about three years).' },
  },
});

registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'Where an assessment stands.',
  valuesConfig: {
    IN_PROGRESS: { description: 'Being assessed; ratings can still change.' },
    AWARDED: { description: 'Decided: the award was made. Ratings are locked.' },
    NOT_AWARDED: { description: 'Decided: no award. Ratings are locked.' },
  },
});

registerEnumType(Commendation, {
  name: 'Commendation',
  description: 'A commendation added to an award.',
  valuesConfig: {
    CHILD_FIRST: { description: 'Child First Commendation: recognises a partnership\'s child-focused approach.' },
  },
});

registerEnumType(RatingBand, {
  name: 'RatingBand',
  description: 'Qualitative band of a criterion rating, from not evidenced to the Quality Lead standard.',
  valuesConfig: {
    NOT_EVIDENCED: { description: 'No evidence of the practice.' },
    EMERGING: { description: 'Practice is emerging or planned.' },
    ESTABLISHED: { description: 'Practice is in place (the Quality Mark standard).' },
    WIDESPREAD_EFFECTIVE_PRACTICE: { description: 'Widespread effective practice.' },
    WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES: { description: 'Widespread effective practice with evidence of outcomes (the Quality Lead standard).' },
  },
});
