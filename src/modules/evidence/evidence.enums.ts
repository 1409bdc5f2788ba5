import { registerEnumType } from 'type-graphql';

/** What sort of item a piece of evidence is (DESIGN.md; extend, never rename). */
export enum EvidenceKind {
  PROTOCOL = 'PROTOCOL',
  INFORMATION_SHARING_AGREEMENT = 'INFORMATION_SHARING_AGREEMENT',
  BOARD_MINUTES = 'BOARD_MINUTES',
  PANEL_MINUTES = 'PANEL_MINUTES',
  TRAINING_RECORD = 'TRAINING_RECORD',
  SCREENING_TOOL = 'SCREENING_TOOL',
  CASE_STUDY = 'CASE_STUDY',
  CHILD_AND_FAMILY_VOICE = 'CHILD_AND_FAMILY_VOICE',
  OUTCOME_DATA = 'OUTCOME_DATA',
  PLAN = 'PLAN',
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
  INSPECTION_REPORT = 'INSPECTION_REPORT',
  PRESS_RELEASE = 'PRESS_RELEASE',
  PRACTICE_FEATURE = 'PRACTICE_FEATURE',
  OTHER = 'OTHER',
}

/** Whether an evidence item still counts. Items are withdrawn, never deleted. */
export enum EvidenceStatus {
  CURRENT = 'CURRENT',
  WITHDRAWN = 'WITHDRAWN',
}

/** An assessor's review of an evidence item. */
export enum EvidenceReviewState {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}

registerEnumType(EvidenceKind, {
  name: 'EvidenceKind',
  description: 'What sort of item a piece of evidence is.',
  valuesConfig: {
    PROTOCOL: { description: 'A joint working protocol or procedure.' },
    INFORMATION_SHARING_AGREEMENT: { description: 'An information-sharing agreement.' },
    BOARD_MINUTES: { description: 'Minutes of the YOT management board.' },
    PANEL_MINUTES: { description: 'Minutes of a panel (e.g. out-of-court disposal or SEND panel).' },
    TRAINING_RECORD: { description: 'A record of training delivered to staff or partners.' },
    SCREENING_TOOL: { description: 'A SEND or speech, language and communication screening tool and its use.' },
    CASE_STUDY: { description: 'A case study of work with a child (pseudonymised).' },
    CHILD_AND_FAMILY_VOICE: { description: 'Feedback from children and families, or their involvement in design.' },
    OUTCOME_DATA: { description: 'Data showing outcomes for children.' },
    PLAN: { description: 'A plan or strategy, such as the Youth Justice Plan or a SEND strategy.' },
    SELF_ASSESSMENT: { description: "The service's own self-assessment against the framework." },
    INSPECTION_REPORT: { description: 'An inspection report (e.g. HMI Probation, Ofsted/CQC local area SEND).' },
    PRESS_RELEASE: { description: 'A public announcement, e.g. of an award.' },
    PRACTICE_FEATURE: {
      description: 'A feature of practice that assessors or the service named as contributing to an award.',
    },
    OTHER: { description: 'Anything else.' },
  },
});

registerEnumType(EvidenceStatus, {
  name: 'EvidenceStatus',
  description:
    'Whether an evidence item counts. Withdrawn items stay visible to assessors but are excluded from coverage.',
  valuesConfig: {
    CURRENT: { description: 'Counts as evidence.' },
    WITHDRAWN: { description: 'Withdrawn by its holder, with a reason; kept for the record.' },
  },
});

registerEnumType(EvidenceReviewState, {
  name: 'EvidenceReviewState',
  description: "An assessor's review of an evidence item.",
  valuesConfig: {
    SUBMITTED: { description: 'Awaiting review.' },
    ACCEPTED: { description: 'Accepted by an assessor.' },
    REJECTED: { description: 'Rejected by an assessor; see the review note.' },
    CHANGES_REQUESTED: { description: 'The assessor asked for changes; see the review note.' },
  },
});
