import type {
  AgencyType,
  AwardState,
  DatePrecision,
  OutcomeMeasure,
  PartnerState,
  RatingBand,
} from './generated/graphql';

/** Short column headings for the expected agency types, with the full name for tooltips and screen readers. */
export const AGENCY: Record<AgencyType, [short: string, full: string]> = {
  CAMHS: ['CAMHS', 'Child and adolescent mental health services'],
  EDUCATIONAL_PSYCHOLOGY: ['Ed psych', 'Educational psychology'],
  FE_COLLEGE: ['College', 'Further education college'],
  FORENSIC_PSYCHOLOGY: ['Forensic', 'Forensic psychology'],
  HEALTH_COMMISSIONER: ['Health comm', 'Health commissioner'],
  LA_CHILDRENS_SOCIAL_CARE: ['Social care', "Council children's social care"],
  LA_EDUCATION: ['LA educ', 'Council education'],
  LA_SEND_TEAM: ['SEND team', "Council's SEND team"],
  LOCAL_AUTHORITY: ['Council', 'Local authority'],
  LIAISON_AND_DIVERSION: ['L&D', 'Liaison and diversion'],
  NATIONAL_BODY: ['National', 'National body'],
  NHS_TRUST: ['NHS trust', 'NHS trust'],
  OTHER: ['Other', 'Other'],
  PARENT_CARER_FORUM: ['Parents', 'Parent carer forum'],
  POLICE: ['Police', 'Police'],
  PROBATION: ['Probation', 'Probation'],
  PUPIL_REFERRAL_UNIT: ['PRU', 'Pupil referral unit'],
  RESTORATIVE_JUSTICE: ['RJ', 'Restorative justice'],
  SCHOOL: ['Schools', 'Schools'],
  SPEECH_AND_LANGUAGE_THERAPY: ['SaLT', 'Speech and language therapy'],
  VIRTUAL_SCHOOL: ['Virtual sch', 'Virtual school'],
  VOLUNTARY_SECTOR: ['Voluntary', 'Voluntary sector'],
  YOUTH_SERVICE: ['Youth svc', 'Youth service'],
};

/** Rating bands, lowest first, with the code shown in a heatmap cell. */
export const BANDS: { band: RatingBand; code: string; name: string }[] = [
  { band: 'NOT_EVIDENCED', code: 'NE', name: 'Not evidenced' },
  { band: 'EMERGING', code: 'EM', name: 'Emerging' },
  { band: 'ESTABLISHED', code: 'ES', name: 'Established' },
  { band: 'WIDESPREAD_EFFECTIVE_PRACTICE', code: 'WE', name: 'Widespread effective practice' },
  {
    band: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES',
    code: 'WO',
    name: 'Widespread effective practice with evidence of outcomes',
  },
];
export const bandOf = (band: RatingBand | null | undefined) => BANDS.find((b) => b.band === band);

export const MEASURE: Record<OutcomeMeasure, string> = {
  CUSTODY: 'Custody',
  FIRST_TIME_ENTRANT: 'First-time entrant',
  FORMAL_SEND_PLAN: 'Formal SEND plan',
  MENTAL_HEALTH_SUPPORT_ATTENDED: 'Mental health support attended',
  MENTAL_HEALTH_SUPPORT_OFFERED: 'Mental health support offered',
  REOFFENDED: 'Reoffended',
  SEND_SCREENED: 'SEND screened',
  SUBSTANCE_MISUSE_SUPPORT_ATTENDED: 'Substance misuse support attended',
  SUBSTANCE_MISUSE_SUPPORT_OFFERED: 'Substance misuse support offered',
  SUITABLE_ACCOMMODATION: 'Suitable accommodation',
  SUITABLE_ETE: 'Suitable education, training or employment',
};

export const LEVEL: Record<string, string> = { QUALITY_LEAD: 'Quality Lead', QUALITY_MARK: 'Quality Mark' };
export const LEVEL_CODE: Record<string, string> = { QUALITY_LEAD: 'QL', QUALITY_MARK: 'QM' };

/** Turns an enum value into words: `SEND_OFFICER` → `Send officer`. */
export const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

export const percent = (ratio: number | null | undefined) => (ratio == null ? '–' : `${Math.round(ratio * 100)}%`);

/**
 * How a partner cell reads in each state: a symbol (never colour alone), a CSS class for its distinct look, and words
 * for screen readers and the legend. Not recorded is not absent: they look, read and sound different.
 */
export const PARTNER_STATE: Record<PartnerState, { symbol: string; className: string; words: string }> = {
  IN_PLACE: { symbol: '', className: 'heat', words: 'in place' },
  NOT_RECORDED: { symbol: '?', className: 'heat unknown', words: 'not recorded (nothing known either way)' },
  RECORDED_ABSENT: { symbol: '✕', className: 'heat empty', words: 'recorded as absent (the YOT says it has none)' },
  CEASED: { symbol: '†', className: 'heat ceased', words: 'partner body ceased (successor not in partnership)' },
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as precise as it is known: `2022-09-30` at DAY, `September 2022` at MONTH. */
export const dateText = (iso: string | null | undefined, precision: DatePrecision = 'DAY') =>
  iso == null ? '–' : precision === 'MONTH' ? `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}` : iso;

/** What an award's state adds to its name: nothing when current. */
export const AWARD_STATE_SUFFIX: Record<AwardState, string> = {
  CURRENT: '',
  EXPIRED: ' (expired)',
  UNKNOWN: ' (date unknown)',
};
