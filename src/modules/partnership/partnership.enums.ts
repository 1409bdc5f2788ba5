import { registerEnumType } from 'type-graphql';

/** Whether a YOT ↔ agency partnership is running. */
export enum PartnershipStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

/** How an agency's staff work with a YOT. */
export enum PlacementArrangement {
  SECONDED = 'SECONDED',
  CO_LOCATED = 'CO_LOCATED',
  IN_REACH = 'IN_REACH',
  COMMISSIONED = 'COMMISSIONED',
  VIRTUAL = 'VIRTUAL',
  YOT_EMPLOYED = 'YOT_EMPLOYED',
  EMPLOYER_UNKNOWN = 'EMPLOYER_UNKNOWN',
}

/** The professional role of staff working with a YOT. */
export enum StaffRole {
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  YOUTH_JUSTICE_OFFICER = 'YOUTH_JUSTICE_OFFICER',
  POLICE_OFFICER = 'POLICE_OFFICER',
  PROBATION_OFFICER = 'PROBATION_OFFICER',
  FORENSIC_PSYCHOLOGIST = 'FORENSIC_PSYCHOLOGIST',
  SPEECH_AND_LANGUAGE_THERAPIST = 'SPEECH_AND_LANGUAGE_THERAPIST',
  EDUCATIONAL_PSYCHOLOGIST = 'EDUCATIONAL_PSYCHOLOGIST',
  YOUTH_WORKER = 'YOUTH_WORKER',
  RESTORATIVE_JUSTICE_WORKER = 'RESTORATIVE_JUSTICE_WORKER',
  HEALTH_WORKER = 'HEALTH_WORKER',
  EDUCATION_OFFICER = 'EDUCATION_OFFICER',
  CAMHS_PRACTITIONER = 'CAMHS_PRACTITIONER',
  SEND_OFFICER = 'SEND_OFFICER',
  OTHER = 'OTHER',
}

registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'Whether a partnership is running.',
  valuesConfig: {
    ACTIVE: { description: 'Running now.' },
    ENDED: { description: 'Ended; `endedOn` says when, if known.' },
  },
});

registerEnumType(PlacementArrangement, {
  name: 'PlacementArrangement',
  description:
    'How staff work with the YOT: employed by its host authority (YOT_EMPLOYED), or placed by a partner agency.',
  valuesConfig: {
    SECONDED: { description: 'Seconded into the YOT and managed day to day by it.' },
    CO_LOCATED: { description: "Employed by the partner but based in the YOT's offices." },
    IN_REACH: { description: 'Visits the YOT or its children on a regular schedule.' },
    COMMISSIONED: { description: 'A service the YOT or its partnership commissions.' },
    VIRTUAL: { description: 'Works with the YOT remotely, without a shared base.' },
    YOT_EMPLOYED: {
      description:
        "The YOT's own staff, employed by its host local authority: not seconded or co-located partner staff, and never under a partnership.",
    },
    EMPLOYER_UNKNOWN: {
      description:
        'Works in the team, but the sources do not say who employs them (a partner or the host authority): not counted as co-located or seconded partner staff, never under a partnership.',
    },
  },
});

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'Professional role of staff working in or with a YOT.',
  valuesConfig: {
    SOCIAL_WORKER: { description: 'Registered social worker.' },
    YOUTH_JUSTICE_OFFICER: { description: 'Youth justice officer / case manager.' },
    POLICE_OFFICER: { description: 'Police officer.' },
    PROBATION_OFFICER: { description: 'Probation officer.' },
    FORENSIC_PSYCHOLOGIST: { description: 'Forensic psychologist.' },
    SPEECH_AND_LANGUAGE_THERAPIST: { description: 'Speech and language therapist.' },
    EDUCATIONAL_PSYCHOLOGIST: { description: 'Educational psychologist.' },
    YOUTH_WORKER: { description: 'Youth worker.' },
    RESTORATIVE_JUSTICE_WORKER: { description: 'Restorative justice worker.' },
    HEALTH_WORKER: { description: 'Health worker (nurse or other health professional).' },
    EDUCATION_OFFICER: { description: 'Education, training and employment officer.' },
    CAMHS_PRACTITIONER: { description: 'Child and adolescent mental health practitioner.' },
    SEND_OFFICER: { description: 'SEND caseworker or special educational needs officer.' },
    OTHER: { description: 'Another role, or a role the source does not state.' },
  },
});
