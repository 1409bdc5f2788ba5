import { AgencyType } from '../../modules/agency/agency.enums';
import { RatingBand } from '../../modules/assessment/assessment.enums';
import { AgeBand, OutcomeMeasure, SendStatus } from '../../modules/child/child.enums';
import { EvidenceKind } from '../../modules/evidence/evidence.enums';
import { PlacementArrangement, StaffRole } from '../../modules/partnership/partnership.enums';

/**
 * The shape of one synthetic YOT: counts and proportions, from the issue (#6) and what published youth justice
 * plans describe. Every total in the national dataset is (number of YOTs) × these, so `--scale` scales them all
 * while each YOT keeps a realistic size.
 */
export const PER_YOT = {
  /** ≈ 25 partnerships: most expected types, several schools, some extras; a few ended. */
  staffPlacements: 15,
  agreements: 6,
  evidence: 600,
  assessments: 3,
  children: 1000,
  outcomesPerChild: 8,
} as const;

/** YOTs at scale 1: England and Wales have about 155. */
export const NATIONAL_YOTS = 160;

/** The nine English regions and Wales. */
export const REGIONS: readonly { name: string; nation: 'ENGLAND' | 'WALES'; weight: number }[] = [
  { name: 'North East', nation: 'ENGLAND', weight: 12 },
  { name: 'North West', nation: 'ENGLAND', weight: 22 },
  { name: 'Yorkshire and The Humber', nation: 'ENGLAND', weight: 15 },
  { name: 'East Midlands', nation: 'ENGLAND', weight: 10 },
  { name: 'West Midlands', nation: 'ENGLAND', weight: 14 },
  { name: 'East of England', nation: 'ENGLAND', weight: 11 },
  { name: 'London', nation: 'ENGLAND', weight: 31 },
  { name: 'South East', nation: 'ENGLAND', weight: 18 },
  { name: 'South West', nation: 'ENGLAND', weight: 13 },
  { name: 'Wales', nation: 'WALES', weight: 14 },
];

/** Chance that a YOT has a partnership of an expected type: statutory partners almost always. */
export const PARTNER_PRESENCE = { statutory: 0.97, other: 0.85 };
/** Extra, non-expected partners and the chance a YOT has one. */
export const EXTRA_PARTNERS: readonly [AgencyType, number][] = [
  [AgencyType.NHS_TRUST, 0.9],
  [AgencyType.LIAISON_AND_DIVERSION, 0.8],
  [AgencyType.YOUTH_SERVICE, 0.7],
  [AgencyType.RESTORATIVE_JUSTICE, 0.5],
  [AgencyType.PARENT_CARER_FORUM, 0.6],
  [AgencyType.VOLUNTARY_SECTOR, 0.9],
  [AgencyType.VOLUNTARY_SECTOR, 0.6],
  [AgencyType.FORENSIC_PSYCHOLOGY, 0.3],
];
export const SCHOOLS_PER_YOT: [number, number] = [5, 9];
export const ENDED_PARTNERSHIP = 0.06;

/** Which staff role an agency type places with a YOT. */
export const ROLE_OF: Partial<Record<AgencyType, StaffRole>> = {
  [AgencyType.POLICE]: StaffRole.POLICE_OFFICER,
  [AgencyType.PROBATION]: StaffRole.PROBATION_OFFICER,
  [AgencyType.HEALTH_COMMISSIONER]: StaffRole.HEALTH_WORKER,
  [AgencyType.NHS_TRUST]: StaffRole.HEALTH_WORKER,
  [AgencyType.CAMHS]: StaffRole.CAMHS_PRACTITIONER,
  [AgencyType.LIAISON_AND_DIVERSION]: StaffRole.HEALTH_WORKER,
  [AgencyType.LA_SEND_TEAM]: StaffRole.SEND_OFFICER,
  [AgencyType.LA_CHILDRENS_SOCIAL_CARE]: StaffRole.SOCIAL_WORKER,
  [AgencyType.LA_EDUCATION]: StaffRole.EDUCATION_OFFICER,
  [AgencyType.VIRTUAL_SCHOOL]: StaffRole.EDUCATION_OFFICER,
  [AgencyType.SPEECH_AND_LANGUAGE_THERAPY]: StaffRole.SPEECH_AND_LANGUAGE_THERAPIST,
  [AgencyType.EDUCATIONAL_PSYCHOLOGY]: StaffRole.EDUCATIONAL_PSYCHOLOGIST,
  [AgencyType.FORENSIC_PSYCHOLOGY]: StaffRole.FORENSIC_PSYCHOLOGIST,
  [AgencyType.YOUTH_SERVICE]: StaffRole.YOUTH_WORKER,
  [AgencyType.RESTORATIVE_JUSTICE]: StaffRole.RESTORATIVE_JUSTICE_WORKER,
};

export const ARRANGEMENTS: readonly [PlacementArrangement, number][] = [
  [PlacementArrangement.CO_LOCATED, 35],
  [PlacementArrangement.SECONDED, 25],
  [PlacementArrangement.IN_REACH, 20],
  [PlacementArrangement.COMMISSIONED, 10],
  [PlacementArrangement.VIRTUAL, 10],
];

export const AGREEMENT_TOPICS = [
  'SEND information-sharing protocol',
  'Speech, language and communication needs referral agreement',
  'Education, health and care plan information exchange',
  'Police and youth justice data-sharing agreement',
  'Health needs assessment sharing protocol',
  'Virtual school attendance and exclusions data agreement',
  'CAMHS referral and consent protocol',
  'Post-16 transition information agreement',
];

/** Evidence topics: titles are searchable text ("screening", "EHCP", "transition" …). */
export const EVIDENCE_TOPICS: readonly [string, EvidenceKind][] = [
  ['Speech and language screening audit', EvidenceKind.SCREENING_TOOL],
  ['EHCP review panel minutes', EvidenceKind.PANEL_MINUTES],
  ['Education, training and employment audit', EvidenceKind.OUTCOME_DATA],
  ['Joint SEND training for case workers', EvidenceKind.TRAINING_RECORD],
  ['Child and family voice survey', EvidenceKind.CHILD_AND_FAMILY_VOICE],
  ['Neurodiversity pathway protocol', EvidenceKind.PROTOCOL],
  ['Management board SEND update', EvidenceKind.BOARD_MINUTES],
  ['Case study: transition to college', EvidenceKind.CASE_STUDY],
  ['Virtual school attendance review', EvidenceKind.OUTCOME_DATA],
  ['SEND self-assessment against the framework', EvidenceKind.SELF_ASSESSMENT],
  ['Communication passport practice feature', EvidenceKind.PRACTICE_FEATURE],
  ['Health and justice needs plan', EvidenceKind.PLAN],
  ['HMIP inspection findings on SEND', EvidenceKind.INSPECTION_REPORT],
];

export const REVIEW_STATES: readonly [string, number][] = [
  ['ACCEPTED', 55],
  ['SUBMITTED', 30],
  ['CHANGES_REQUESTED', 10],
  ['REJECTED', 5],
];
export const WITHDRAWN = 0.04;
export const EXPIRING = 0.1;
/** Criteria each evidence item is linked to. */
export const LINKS_PER_EVIDENCE: [number, number] = [1, 3];
/** Other agencies involved in an evidence item, besides its provider. */
export const INVOLVED_PER_EVIDENCE: [number, number] = [0, 2];

/** Bands by how mature the YOT's practice was at that assessment (0 = first, 2 = latest). */
export const BANDS: readonly RatingBand[] = [
  RatingBand.NOT_EVIDENCED,
  RatingBand.EMERGING,
  RatingBand.ESTABLISHED,
  RatingBand.WIDESPREAD_EFFECTIVE_PRACTICE,
  RatingBand.WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES,
];

export const AGE_BANDS: readonly [AgeBand, number][] = [
  [AgeBand.AGE_10_TO_13, 15],
  [AgeBand.AGE_14_TO_15, 35],
  [AgeBand.AGE_16_TO_17, 45],
  [AgeBand.AGE_18_PLUS, 5],
];
/** SEND status of children known to YOTs: most have some identified need. */
export const SEND_STATUSES: readonly [SendStatus, number][] = [
  [SendStatus.NONE, 30],
  [SendStatus.SEN_SUPPORT, 30],
  [SendStatus.EHC_ASSESSMENT, 8],
  [SendStatus.EHCP, 20],
  [SendStatus.UNKNOWN, 12],
];
export const NEEDS = [
  'communication and interaction',
  'cognition and learning',
  'social, emotional and mental health',
  'sensory and/or physical',
];

/** How often each measure is met (before the YOT's own effect). */
export const MEASURE_RATES: Record<OutcomeMeasure, number> = {
  SUITABLE_ACCOMMODATION: 0.85,
  SUITABLE_ETE: 0.55,
  FORMAL_SEND_PLAN: 0.45,
  SEND_SCREENED: 0.8,
  MENTAL_HEALTH_SUPPORT_OFFERED: 0.6,
  MENTAL_HEALTH_SUPPORT_ATTENDED: 0.45,
  SUBSTANCE_MISUSE_SUPPORT_OFFERED: 0.5,
  SUBSTANCE_MISUSE_SUPPORT_ATTENDED: 0.35,
  FIRST_TIME_ENTRANT: 0.3,
  REOFFENDED: 0.3,
  CUSTODY: 0.05,
};

/** The 12 quarters outcomes are recorded in, oldest first. */
export function quarters(anchor: string, count = 12): string[] {
  const year = Number(anchor.slice(0, 4));
  const q = Math.floor((Number(anchor.slice(5, 7)) - 1) / 3) + 1;
  const result: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 4 + (q - 1) - i;
    result.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  }
  return result;
}
