import { AgencyType } from '../agency/agency.enums';
import { PlacementArrangement, StaffRole } from './partnership.enums';

/**
 * The agency type each staff role practises in: placed staff count for that type even when their employer is
 * not named (a speech and language therapist in the team means speech and language therapy is in place).
 * Roles without an entry (youth justice officer, other) say nothing about a partner type.
 */
export const ROLE_PRACTICE_TYPE: Partial<Record<StaffRole, AgencyType>> = {
  [StaffRole.SOCIAL_WORKER]: AgencyType.LA_CHILDRENS_SOCIAL_CARE,
  [StaffRole.POLICE_OFFICER]: AgencyType.POLICE,
  [StaffRole.PROBATION_OFFICER]: AgencyType.PROBATION,
  [StaffRole.FORENSIC_PSYCHOLOGIST]: AgencyType.FORENSIC_PSYCHOLOGY,
  [StaffRole.SPEECH_AND_LANGUAGE_THERAPIST]: AgencyType.SPEECH_AND_LANGUAGE_THERAPY,
  [StaffRole.EDUCATIONAL_PSYCHOLOGIST]: AgencyType.EDUCATIONAL_PSYCHOLOGY,
  [StaffRole.YOUTH_WORKER]: AgencyType.YOUTH_SERVICE,
  [StaffRole.RESTORATIVE_JUSTICE_WORKER]: AgencyType.RESTORATIVE_JUSTICE,
  [StaffRole.EDUCATION_OFFICER]: AgencyType.LA_EDUCATION,
  [StaffRole.CAMHS_PRACTITIONER]: AgencyType.CAMHS,
  [StaffRole.SEND_OFFICER]: AgencyType.LA_SEND_TEAM,
};

/** Arrangements of partner staff working in the YOT (what co-location counts); the YOT's own staff are not among them. */
export const PARTNER_STAFF_ARRANGEMENTS: readonly PlacementArrangement[] = [
  PlacementArrangement.SECONDED,
  PlacementArrangement.CO_LOCATED,
];

/** The mapping as an SQL CTE body `role_type(role, type)`, the same text on SQLite and PostgreSQL. */
export function rolePracticeTypeSql(): string {
  const rows = Object.entries(ROLE_PRACTICE_TYPE).map(([role, type]) => `('${role}', '${type}')`);
  return `role_type(role, type) AS (VALUES ${rows.join(', ')})`;
}
