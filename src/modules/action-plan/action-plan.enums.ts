import { registerEnumType } from 'type-graphql';

/** Where an action stands. */
export enum ActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}

/** Statuses of an action still to be done (the ones that can be overdue). */
export const OUTSTANDING_STATUSES: readonly ActionStatus[] = [ActionStatus.OPEN, ActionStatus.IN_PROGRESS];

/** What an action was raised from. */
export enum ActionSource {
  GAP = 'GAP',
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
  ASSESSOR_RATING = 'ASSESSOR_RATING',
  NONE = 'NONE',
}

registerEnumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'Where an action-plan item stands.',
  valuesConfig: {
    OPEN: { description: 'Agreed, not started.' },
    IN_PROGRESS: { description: 'Under way.' },
    DONE: { description: 'Done; at least one evidence item shows it (`closingEvidence`).' },
    DROPPED: { description: 'Will not be done; `droppedReason` says why.' },
  },
});

registerEnumType(ActionSource, {
  name: 'ActionSource',
  description: 'What an action-plan item was raised from.',
  valuesConfig: {
    GAP: { description: 'A finding of the `gaps` view (kind and node kept in `answersGaps`).' },
    SELF_ASSESSMENT: { description: 'A low self-score (3 or less) in a self-assessment.' },
    ASSESSOR_RATING: { description: "A development area: an assessor's rating of a statement." },
    NONE: { description: 'Raised directly.' },
  },
});
