import { registerEnumType } from 'type-graphql';

/**
 * Characteristics the YJB uses for disproportionality analysis. All optional on a child: null means "not
 * recorded", which is kept apart from an explicit NOT_KNOWN so analysts can see how complete the data is.
 */

/** Ethnicity in the ONS five high-level groups, plus "not known". */
export enum Ethnicity {
  ASIAN = 'ASIAN',
  BLACK = 'BLACK',
  MIXED = 'MIXED',
  WHITE = 'WHITE',
  OTHER = 'OTHER',
  NOT_KNOWN = 'NOT_KNOWN',
}

/** Sex as recorded by the youth justice service. */
export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  NOT_KNOWN = 'NOT_KNOWN',
}

/** The child's children's-social-care status (the most intensive that applies). */
export enum CareStatus {
  LOOKED_AFTER = 'LOOKED_AFTER',
  CHILD_PROTECTION = 'CHILD_PROTECTION',
  CHILD_IN_NEED = 'CHILD_IN_NEED',
  EARLY_HELP = 'EARLY_HELP',
  NONE = 'NONE',
}

/** The child's exclusion history from school. */
export enum ExclusionStatus {
  NONE = 'NONE',
  SUSPENDED = 'SUSPENDED',
  PERMANENTLY_EXCLUDED = 'PERMANENTLY_EXCLUDED',
  NOT_KNOWN = 'NOT_KNOWN',
}

/** Whether a need has been established. */
export enum NeedStatus {
  IDENTIFIED = 'IDENTIFIED',
  SUSPECTED = 'SUSPECTED',
  NONE = 'NONE',
  NOT_KNOWN = 'NOT_KNOWN',
}

/** Neurodevelopmental needs, diagnosed or under assessment. */
export enum NeurodevelopmentalNeed {
  AUTISM = 'AUTISM',
  ADHD = 'ADHD',
  LEARNING_DISABILITY = 'LEARNING_DISABILITY',
  ACQUIRED_BRAIN_INJURY = 'ACQUIRED_BRAIN_INJURY',
  OTHER = 'OTHER',
}

registerEnumType(Ethnicity, {
  name: 'Ethnicity',
  description:
    'Ethnicity in the five high-level groups of the ONS classification, plus "not known" (asked, not stated or not recorded by the case system).',
  valuesConfig: {
    ASIAN: { description: 'Asian, Asian British or Asian Welsh.' },
    BLACK: { description: 'Black, Black British, Black Welsh, Caribbean or African.' },
    MIXED: { description: 'Mixed or multiple ethnic groups.' },
    WHITE: { description: 'White.' },
    OTHER: { description: 'Other ethnic group.' },
    NOT_KNOWN: { description: 'Not known or not stated.' },
  },
});

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex as recorded by the youth justice service.',
  valuesConfig: {
    FEMALE: { description: 'Female.' },
    MALE: { description: 'Male.' },
    NOT_KNOWN: { description: 'Not known or not stated.' },
  },
});

registerEnumType(CareStatus, {
  name: 'CareStatus',
  description: "The child's status with children's social care, the most intensive that applies.",
  valuesConfig: {
    LOOKED_AFTER: { description: 'A looked-after child (in the care of the local authority).' },
    CHILD_PROTECTION: { description: 'Subject to a child protection plan.' },
    CHILD_IN_NEED: { description: 'A child in need (Children Act 1989 s.17).' },
    EARLY_HELP: { description: 'Receiving early help.' },
    NONE: { description: "No involvement of children's social care." },
  },
});

registerEnumType(ExclusionStatus, {
  name: 'ExclusionStatus',
  description: "The child's exclusion history from school.",
  valuesConfig: {
    NONE: { description: 'Never suspended or excluded.' },
    SUSPENDED: { description: 'Suspended (fixed-period exclusion) at least once, never permanently excluded.' },
    PERMANENTLY_EXCLUDED: { description: 'Permanently excluded at least once.' },
    NOT_KNOWN: { description: 'Not known.' },
  },
});

registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'Whether a need has been established.',
  valuesConfig: {
    IDENTIFIED: { description: 'Identified by a screening or assessment.' },
    SUSPECTED: { description: 'Suspected, not yet assessed.' },
    NONE: { description: 'Screened or assessed: no need.' },
    NOT_KNOWN: { description: 'Not screened, or not known.' },
  },
});

registerEnumType(NeurodevelopmentalNeed, {
  name: 'NeurodevelopmentalNeed',
  description: 'A neurodevelopmental need, diagnosed or under assessment.',
  valuesConfig: {
    AUTISM: { description: 'Autism spectrum condition.' },
    ADHD: { description: 'Attention deficit hyperactivity disorder.' },
    LEARNING_DISABILITY: { description: 'Learning disability.' },
    ACQUIRED_BRAIN_INJURY: { description: 'Acquired (including traumatic) brain injury.' },
    OTHER: { description: 'Another neurodevelopmental need.' },
  },
});
