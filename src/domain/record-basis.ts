import { registerEnumType } from 'type-graphql';

/** Whether a record states what its source says or what the hub inferred from it (labelled in the data, not only in notes). */
export enum RecordBasis {
  STATED = 'STATED',
  INFERRED = 'INFERRED',
}

registerEnumType(RecordBasis, {
  name: 'RecordBasis',
  description: 'How a record knows what it says.',
  valuesConfig: {
    STATED: { description: 'As its source document states it (or as entered by a user of the hub).' },
    INFERRED: {
      description:
        'Inferred, not stated: e.g. the police force for a borough when the source says only "the police". `notes` say from what.',
    },
  },
});
