import { registerEnumType } from 'type-graphql';

/** A child's SEND status (England) or ALN status (Wales). */
export enum SendStatus {
  NONE = 'NONE',
  SEN_SUPPORT = 'SEN_SUPPORT',
  EHC_ASSESSMENT = 'EHC_ASSESSMENT',
  EHCP = 'EHCP',
  IDP = 'IDP',
  IDP_SCHOOL = 'IDP_SCHOOL',
  IDP_LOCAL_AUTHORITY = 'IDP_LOCAL_AUTHORITY',
  UNKNOWN = 'UNKNOWN',
}

/** Statuses that mean a formal plan is in place (EHCP in England, IDP in Wales). */
export const FORMAL_PLAN_STATUSES: readonly SendStatus[] = [
  SendStatus.EHCP,
  SendStatus.IDP,
  SendStatus.IDP_SCHOOL,
  SendStatus.IDP_LOCAL_AUTHORITY,
];

/** Child-outcome measures, from the YJB key performance indicators (April 2023) and headline measures. */
export enum OutcomeMeasure {
  SUITABLE_ACCOMMODATION = 'SUITABLE_ACCOMMODATION',
  SUITABLE_ETE = 'SUITABLE_ETE',
  FORMAL_SEND_PLAN = 'FORMAL_SEND_PLAN',
  SEND_SCREENED = 'SEND_SCREENED',
  MENTAL_HEALTH_SUPPORT_OFFERED = 'MENTAL_HEALTH_SUPPORT_OFFERED',
  MENTAL_HEALTH_SUPPORT_ATTENDED = 'MENTAL_HEALTH_SUPPORT_ATTENDED',
  SUBSTANCE_MISUSE_SUPPORT_OFFERED = 'SUBSTANCE_MISUSE_SUPPORT_OFFERED',
  SUBSTANCE_MISUSE_SUPPORT_ATTENDED = 'SUBSTANCE_MISUSE_SUPPORT_ATTENDED',
  FIRST_TIME_ENTRANT = 'FIRST_TIME_ENTRANT',
  REOFFENDED = 'REOFFENDED',
  CUSTODY = 'CUSTODY',
}

/** Age bands used instead of dates of birth, so no child can be identified by age. */
export enum AgeBand {
  AGE_10_TO_13 = 'AGE_10_TO_13',
  AGE_14_TO_15 = 'AGE_14_TO_15',
  AGE_16_TO_17 = 'AGE_16_TO_17',
  AGE_18_PLUS = 'AGE_18_PLUS',
}

registerEnumType(SendStatus, {
  name: 'SendStatus',
  description:
    "A child's special educational needs and disabilities (England) or additional learning needs (Wales) status.",
  valuesConfig: {
    NONE: { description: 'No identified SEND.' },
    SEN_SUPPORT: { description: 'SEN support in school, without a statutory plan.' },
    EHC_ASSESSMENT: { description: 'An Education, Health and Care needs assessment is under way.' },
    EHCP: { description: 'Has an Education, Health and Care Plan (England).' },
    IDP: {
      description:
        'Has an Individual Development Plan (Wales), maintainer not recorded. Prefer IDP_SCHOOL or IDP_LOCAL_AUTHORITY.',
    },
    IDP_SCHOOL: {
      description:
        'Wales (ALNET (Wales) Act 2018): has an Individual Development Plan maintained by a school or further education institution.',
    },
    IDP_LOCAL_AUTHORITY: {
      description:
        'Wales (ALNET (Wales) Act 2018): has an Individual Development Plan maintained by the local authority.',
    },
    UNKNOWN: { description: 'Not yet known (for example, not yet screened).' },
  },
});

registerEnumType(OutcomeMeasure, {
  name: 'OutcomeMeasure',
  description:
    'A child-outcome measure from the Youth Justice Board key performance indicators (since April 2023) and headline measures.',
  valuesConfig: {
    SUITABLE_ACCOMMODATION: { description: 'In suitable accommodation at the end of the order.' },
    SUITABLE_ETE: { description: 'In suitable education, training or employment.' },
    FORMAL_SEND_PLAN: { description: 'A child with SEND/ALN has a formal plan (EHCP in England, IDP in Wales).' },
    SEND_SCREENED: { description: 'Screened for SEND or speech, language and communication needs.' },
    MENTAL_HEALTH_SUPPORT_OFFERED: { description: 'With an identified mental-health need, was offered support.' },
    MENTAL_HEALTH_SUPPORT_ATTENDED: { description: 'Attended the mental-health support offered.' },
    SUBSTANCE_MISUSE_SUPPORT_OFFERED: { description: 'With an identified substance-misuse need, was offered support.' },
    SUBSTANCE_MISUSE_SUPPORT_ATTENDED: { description: 'Attended the substance-misuse support offered.' },
    FIRST_TIME_ENTRANT: {
      description:
        'Entered the youth justice system for the first time in the period (met = true means a first-time entrant).',
    },
    REOFFENDED: { description: 'Reoffended within the tracking period (met = true means reoffended).' },
    CUSTODY: { description: 'Sentenced to custody in the period (met = true means in custody).' },
  },
});

registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: 'Age band of a child at registration; the hub never holds a date of birth.',
  valuesConfig: {
    AGE_10_TO_13: { description: 'Aged 10 to 13.' },
    AGE_14_TO_15: { description: 'Aged 14 or 15.' },
    AGE_16_TO_17: { description: 'Aged 16 or 17.' },
    AGE_18_PLUS: { description: 'Aged 18 or over (transition to adult services).' },
  },
});
