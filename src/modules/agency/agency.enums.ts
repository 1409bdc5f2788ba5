import { registerEnumType } from 'type-graphql';

/** Kinds of partner organisation a YOT works with (DESIGN.md; extend, never rename). */
export enum AgencyType {
  POLICE = 'POLICE',
  PROBATION = 'PROBATION',
  HEALTH_COMMISSIONER = 'HEALTH_COMMISSIONER',
  NHS_TRUST = 'NHS_TRUST',
  CAMHS = 'CAMHS',
  LIAISON_AND_DIVERSION = 'LIAISON_AND_DIVERSION',
  LA_SEND_TEAM = 'LA_SEND_TEAM',
  LA_CHILDRENS_SOCIAL_CARE = 'LA_CHILDRENS_SOCIAL_CARE',
  LA_EDUCATION = 'LA_EDUCATION',
  VIRTUAL_SCHOOL = 'VIRTUAL_SCHOOL',
  SCHOOL = 'SCHOOL',
  FE_COLLEGE = 'FE_COLLEGE',
  PUPIL_REFERRAL_UNIT = 'PUPIL_REFERRAL_UNIT',
  SPEECH_AND_LANGUAGE_THERAPY = 'SPEECH_AND_LANGUAGE_THERAPY',
  EDUCATIONAL_PSYCHOLOGY = 'EDUCATIONAL_PSYCHOLOGY',
  FORENSIC_PSYCHOLOGY = 'FORENSIC_PSYCHOLOGY',
  YOUTH_SERVICE = 'YOUTH_SERVICE',
  RESTORATIVE_JUSTICE = 'RESTORATIVE_JUSTICE',
  PARENT_CARER_FORUM = 'PARENT_CARER_FORUM',
  VOLUNTARY_SECTOR = 'VOLUNTARY_SECTOR',
  NATIONAL_BODY = 'NATIONAL_BODY',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  OTHER = 'OTHER',
}

registerEnumType(AgencyType, {
  name: 'AgencyType',
  description:
    "The kind of partner organisation. Coverage views compare a YOT's partners with the types its framework expects.",
  valuesConfig: {
    POLICE: { description: 'A police force (statutory YOT partner).' },
    PROBATION: {
      description:
        'The probation provider: the Probation Service (the National Probation Service until 26 June 2021; statutory YOT partner).',
    },
    HEALTH_COMMISSIONER: {
      description:
        'A health commissioner: Integrated Care Board (formerly Clinical Commissioning Group) in England, Local Health Board in Wales (statutory YOT partner).',
    },
    NHS_TRUST: { description: 'An NHS trust or foundation trust providing health services.' },
    CAMHS: { description: 'Child and adolescent mental health services.' },
    LIAISON_AND_DIVERSION: { description: 'Liaison and diversion service at police custody and courts.' },
    LA_SEND_TEAM: { description: "The local authority's special educational needs and disabilities team." },
    LA_CHILDRENS_SOCIAL_CARE: { description: "The local authority's children's social care (statutory YOT partner)." },
    LA_EDUCATION: { description: "The local authority's education service (statutory YOT partner)." },
    VIRTUAL_SCHOOL: { description: 'The virtual school for children in care and care leavers.' },
    SCHOOL: { description: "A school or academy (one named school, or the borough's schools as a group)." },
    FE_COLLEGE: { description: 'A further-education college (post-16 education).' },
    PUPIL_REFERRAL_UNIT: { description: 'A pupil referral unit or alternative provision.' },
    SPEECH_AND_LANGUAGE_THERAPY: { description: 'Speech and language therapy service.' },
    EDUCATIONAL_PSYCHOLOGY: { description: 'Educational psychology service.' },
    FORENSIC_PSYCHOLOGY: { description: 'Forensic psychology service.' },
    YOUTH_SERVICE: { description: 'Youth service or youth work provider.' },
    RESTORATIVE_JUSTICE: { description: 'Restorative justice service.' },
    PARENT_CARER_FORUM: { description: 'Parent carer forum or parent carer voice group.' },
    VOLUNTARY_SECTOR: { description: 'A voluntary or community sector organisation.' },
    NATIONAL_BODY: {
      description:
        'A national body such as the Youth Justice Board or the Department for Education; not a local partner.',
    },
    LOCAL_AUTHORITY: {
      description:
        'A local authority (council) as a whole: the host that establishes a YOT (`Yot.hostAuthorities`), not a partner of it.',
    },
    OTHER: { description: 'Any other organisation.' },
  },
});

/** How messages name an agency type in a sentence ("No active partnership with …"). */
export const AGENCY_TYPE_IN_WORDS: Record<AgencyType, string> = {
  POLICE: 'a police force',
  PROBATION: 'the Probation Service',
  HEALTH_COMMISSIONER: 'a health commissioner (ICB or Local Health Board)',
  NHS_TRUST: 'an NHS trust',
  CAMHS: 'CAMHS',
  LIAISON_AND_DIVERSION: 'a liaison and diversion service',
  LA_SEND_TEAM: "the local authority's SEND team",
  LA_CHILDRENS_SOCIAL_CARE: "the local authority's children's social care",
  LA_EDUCATION: "the local authority's education service",
  VIRTUAL_SCHOOL: 'the virtual school',
  SCHOOL: 'schools',
  FE_COLLEGE: 'a further-education college',
  PUPIL_REFERRAL_UNIT: 'a pupil referral unit',
  SPEECH_AND_LANGUAGE_THERAPY: 'speech and language therapy',
  EDUCATIONAL_PSYCHOLOGY: 'educational psychology',
  FORENSIC_PSYCHOLOGY: 'forensic psychology',
  YOUTH_SERVICE: 'a youth service',
  RESTORATIVE_JUSTICE: 'a restorative justice service',
  PARENT_CARER_FORUM: 'a parent carer forum',
  VOLUNTARY_SECTOR: 'a voluntary sector organisation',
  NATIONAL_BODY: 'a national body',
  LOCAL_AUTHORITY: 'a local authority',
  OTHER: 'another organisation',
};
