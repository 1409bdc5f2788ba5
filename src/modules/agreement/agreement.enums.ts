import { registerEnumType } from 'type-graphql';

/** Lifecycle of an information-sharing agreement. */
export enum AgreementStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  UNDER_REVIEW = 'UNDER_REVIEW',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}

registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Lifecycle state of an information-sharing agreement.',
  valuesConfig: {
    DRAFT: { description: 'Being drafted; not yet signed by every party.' },
    ACTIVE: { description: 'Signed and in force.' },
    UNDER_REVIEW: { description: 'In force while the parties review it.' },
    EXPIRED: { description: 'Lapsed without renewal.' },
    TERMINATED: { description: 'Ended early by the parties.' },
  },
});
