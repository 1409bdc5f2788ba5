/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new partnership between a YOT and an agency. */
export type AddPartnershipInput = {
  /** The partner agency. */
  agencyId: string | number;
  /** Whether the agency sits on the management board; null when unknown. */
  boardMember?: boolean | null | undefined;
  /** What the partnership involves. */
  notes?: string | null | undefined;
  /** When the partnership began. */
  startedOn?: string | null | undefined;
  /** Whether the agency is a statutory partner (s.39). */
  statutory?: boolean;
  /** The YOT. */
  yotId: string | number;
};

/** Staff placed with a YOT. */
export type AddStaffPlacementInput = {
  /** How the staff work with the YOT. */
  arrangement: PlacementArrangement;
  /** Full-time equivalents, more than 0 and at most 50. */
  fte?: number | null | undefined;
  /** Context for readers. */
  notes?: string | null | undefined;
  /** The active partnership (of this YOT) the staff are placed under; omit when the employer is not known. */
  partnershipId?: string | number | null | undefined;
  /** Professional role. */
  role: StaffRole;
  /** When the placement began. */
  startedOn?: string | null | undefined;
  /** The YOT the staff work in or with. */
  yotId: string | number;
};

/** Age band of a child at registration; the hub never holds a date of birth. */
export type AgeBand =
  /** Aged 10 to 13. */
  | 'AGE_10_TO_13'
  /** Aged 14 or 15. */
  | 'AGE_14_TO_15'
  /** Aged 16 or 17. */
  | 'AGE_16_TO_17'
  /** Aged 18 or over (transition to adult services). */
  | 'AGE_18_PLUS';

/** Narrows the `agencies` connection; all given conditions must hold. */
export type AgencyFilter = {
  /** Only agencies whose name contains this text (case-insensitive). */
  nameContains?: string | null | undefined;
  /** Only agencies with a partnership (active or ended) with one of these YOTs, by ONS code. A PARTNER token counts only the YOTs its agency works with. */
  partnerOfYotCodes?: Array<string> | null | undefined;
  /** Only agencies of one of these types. */
  types?: Array<AgencyType> | null | undefined;
};

/** One ordering term for `agencies`; later terms break ties of earlier ones. */
export type AgencyOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection | null | undefined;
  /** Field to order by. */
  field: AgencyOrderField;
};

/** Fields `agencies` can be ordered by. */
export type AgencyOrderField =
  /** Agency name. */
  | 'NAME'
  /** Agency type (enum name, alphabetical). */
  | 'TYPE';

/** The kind of partner organisation. Coverage views compare a YOT's partners with the types its framework expects. */
export type AgencyType =
  /** Child and adolescent mental health services. */
  | 'CAMHS'
  /** Educational psychology service. */
  | 'EDUCATIONAL_PSYCHOLOGY'
  /** A further-education college (post-16 education). */
  | 'FE_COLLEGE'
  /** Forensic psychology service. */
  | 'FORENSIC_PSYCHOLOGY'
  /** A health commissioner: Integrated Care Board (formerly Clinical Commissioning Group) in England, Local Health Board in Wales (statutory YOT partner). */
  | 'HEALTH_COMMISSIONER'
  /** The local authority's children's social care (statutory YOT partner). */
  | 'LA_CHILDRENS_SOCIAL_CARE'
  /** The local authority's education service (statutory YOT partner). */
  | 'LA_EDUCATION'
  /** The local authority's special educational needs and disabilities team. */
  | 'LA_SEND_TEAM'
  /** Liaison and diversion service at police custody and courts. */
  | 'LIAISON_AND_DIVERSION'
  /** A local authority (council) as a whole: the host that establishes a YOT (`Yot.hostAuthorities`), not a partner of it. */
  | 'LOCAL_AUTHORITY'
  /** A national body such as the Youth Justice Board or the Department for Education; not a local partner. */
  | 'NATIONAL_BODY'
  /** An NHS trust or foundation trust providing health services. */
  | 'NHS_TRUST'
  /** Any other organisation. */
  | 'OTHER'
  /** Parent carer forum or parent carer voice group. */
  | 'PARENT_CARER_FORUM'
  /** A police force (statutory YOT partner). */
  | 'POLICE'
  /** The probation provider: the Probation Service (the National Probation Service until 26 June 2021; statutory YOT partner). */
  | 'PROBATION'
  /** A pupil referral unit or alternative provision. */
  | 'PUPIL_REFERRAL_UNIT'
  /** Restorative justice service. */
  | 'RESTORATIVE_JUSTICE'
  /** A school or academy (one named school, or the borough's schools as a group). */
  | 'SCHOOL'
  /** Speech and language therapy service. */
  | 'SPEECH_AND_LANGUAGE_THERAPY'
  /** The virtual school for children in care and care leavers. */
  | 'VIRTUAL_SCHOOL'
  /** A voluntary or community sector organisation. */
  | 'VOLUNTARY_SECTOR'
  /** Youth service or youth work provider. */
  | 'YOUTH_SERVICE';

/** Lifecycle state of an information-sharing agreement. */
export type AgreementStatus =
  /** Signed and in force. */
  | 'ACTIVE'
  /** Being drafted; not yet signed by every party. */
  | 'DRAFT'
  /** Lapsed without renewal. */
  | 'EXPIRED'
  /** Ended early by the parties. */
  | 'TERMINATED'
  /** In force while the parties review it. */
  | 'UNDER_REVIEW';

/** Narrows the `assessments` connection; all given conditions must hold. */
export type AssessmentFilter = {
  /** Only assessments at one of these levels. */
  levels?: Array<AwardLevel> | null | undefined;
  /** Only assessments in one of these states. */
  statuses?: Array<AssessmentStatus> | null | undefined;
  /** Only assessments of one of these YOTs (ONS codes). */
  yotCodes?: Array<string> | null | undefined;
  /** Only assessments of one of these YOTs (global ids). */
  yotIds?: Array<string | number> | null | undefined;
};

/** Whether an assessment is a first award or a re-verification. */
export type AssessmentKind =
  /** First assessment for this level. */
  | 'INITIAL'
  /** Re-verification of an award nearing or past the end of its validity (about three years). */
  | 'REDESIGNATION';

/** One ordering term for `assessments`. */
export type AssessmentOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection | null | undefined;
  /** Field to order by. */
  field: AssessmentOrderField;
};

/** Fields `assessments` can be ordered by (undated assessments come last). */
export type AssessmentOrderField =
  /** Decision date. */
  | 'DECIDED_ON'
  /** End of the award's validity. */
  | 'VALID_UNTIL';

/** Where an assessment stands. */
export type AssessmentStatus =
  /** Decided: the award was made. Ratings are locked. */
  | 'AWARDED'
  /** Being assessed; ratings can still change. */
  | 'IN_PROGRESS'
  /** Decided: no award. Ratings are locked. */
  | 'NOT_AWARDED';

/** Award level of the Youth Justice SEND framework. */
export type AwardLevel =
  /** Quality Lead: widespread embedded and sustained practice supported by innovative ideas that can be shared; write-ups say widespread effective practice with evidence of (better) outcomes. */
  | 'QUALITY_LEAD'
  /** Quality Mark: development of relationships, networks, protocols, policy and practice (Achievement for All). */
  | 'QUALITY_MARK';

/** Whether an award is current on a date. Without a decision date it is UNKNOWN, never assumed current. */
export type AwardState =
  /** Decided and within its validity on the date. */
  | 'CURRENT'
  /** Its last valid day has passed. */
  | 'EXPIRED'
  /** Its decision date (so its validity) is not recorded. */
  | 'UNKNOWN';

/** A commendation added to an award. */
export type Commendation =
  /** Child First Commendation: recognises a partnership's child-focused approach. */
  | 'CHILD_FIRST';

/** Which YOTs a coverage view covers. */
export type CoverageFilter = {
  /** Only these ONS codes. */
  codes?: Array<string> | null | undefined;
  /** Only this nation. */
  nation?: Nation | null | undefined;
  /** Only these regions. */
  regions?: Array<string> | null | undefined;
};

/** Which coverage ratio. */
export type CoverageRatioKind =
  /** `agreementCoverage`: types with an active partnership covered by a current agreement over types with an active partnership. */
  | 'AGREEMENT'
  /** `coLocationRatio`: types in place with seconded or co-located partner staff over types in place. */
  | 'CO_LOCATION'
  /** `knownPartnerCoverage`: expected types in place over those whose state is known (not NOT_RECORDED). */
  | 'KNOWN_PARTNER'
  /** `partnerCoverage`: expected types in place over all expected types (not recorded counts as not in place). */
  | 'PARTNER'
  /** `statutoryPartnerCoverage`: statutory types in place over the statutory types. */
  | 'STATUTORY_PARTNER';

/** A new partner agency. */
export type CreateAgencyInput = {
  /** Name of the organisation. Unique within its type. */
  name: string;
  /** Notes for readers. */
  notes?: string | null | undefined;
  /** NHS ODS code (3–6 letters or digits). */
  odsCode?: string | null | undefined;
  /** School URN (6 or 7 digits). */
  schoolUrn?: string | null | undefined;
  /** Kind of organisation. */
  type: AgencyType;
  /** UKPRN (8 digits starting with 1). */
  ukprn?: string | null | undefined;
};

/** A new YOT. */
export type CreateYotInput = {
  /** ONS local-authority code: E or W and eight digits, e.g. `E08000011`. Unique. */
  code: string;
  /** What the service does, in its own words. */
  description?: string | null | undefined;
  /** The local authorities (LOCAL_AUTHORITY agencies) that establish the YOT: its owners, whose children's services and education are its own side. Several for a joint service. */
  hostAuthorityIds?: Array<string | number> | null | undefined;
  /** Local authorities the service covers (at least one). */
  localAuthorities: Array<string>;
  /** Oldest age worked with (8–25), not below `minAge`. */
  maxAge?: number | null | undefined;
  /** Youngest age worked with (8–25). */
  minAge?: number | null | undefined;
  /** Name the service uses. */
  name: string;
  /** Nation; must agree with the code's first letter. */
  nation: Nation;
  /** ONS region (England) or "Wales". */
  region: string;
  /** Public web page (https). */
  website?: string | null | undefined;
};

/** A criterion an evidence item supports, and why. */
export type CriterionLinkInput = {
  /** The criterion. */
  criterionId: string | number;
  /** An excerpt or page reference within the item. */
  excerpt?: string | null | undefined;
  /** Why the item supports it. */
  note?: string | null | undefined;
};

/** How precisely a date is known. */
export type DatePrecision =
  /** The exact day. */
  | 'DAY'
  /** Only the month: the date field holds the first day of the month (an end date, the last). */
  | 'MONTH';

/** Decides an in-progress assessment. */
export type DecideAssessmentInput = {
  /** Who assessed. */
  assessedBy?: string | null | undefined;
  /** Commendations (only with a Quality Lead award). */
  commendations?: Array<Commendation>;
  /** Decision date (default today); the award is valid for the framework's validity months from it. */
  decidedOn?: string | null | undefined;
  /** The `version` you last read. */
  expectedVersion: number;
  /** The assessment. */
  id: string | number;
  /** Level awarded (default: the level assessed for). */
  level?: AwardLevel | null | undefined;
  /** AWARDED or NOT_AWARDED. */
  outcome: AssessmentStatus;
  /** What the assessors concluded. */
  summary?: string | null | undefined;
};

/** Ends a partnership (and any staff placements under it still running). */
export type EndPartnershipInput = {
  /** Last day of the partnership; not before it started. */
  endedOn: string;
  /** The `version` you last read. */
  expectedVersion: number;
  /** The partnership to end. */
  id: string | number;
};

/** Ends a staff placement. */
export type EndStaffPlacementInput = {
  /** Last day of the placement; not before it started. */
  endedOn: string;
  /** The `version` you last read. */
  expectedVersion: number;
  /** The placement to end. */
  id: string | number;
};

/** Narrows an evidence connection; all given conditions must hold. Withdrawn items are included unless `statuses` says otherwise. */
export type EvidenceFilter = {
  /** Only evidence provided by, or involving, an agency of one of these types. */
  agencyTypes?: Array<AgencyType> | null | undefined;
  /** Only evidence linked to one of these criterion codes (e.g. `S3`). */
  criterionCodes?: Array<string> | null | undefined;
  /** Only evidence of one of these kinds. */
  kinds?: Array<EvidenceKind> | null | undefined;
  /** Only evidence that occurred on or after this date (items with no date are excluded). */
  occurredFrom?: string | null | undefined;
  /** Only evidence that occurred on or before this date (items with no date are excluded). */
  occurredTo?: string | null | undefined;
  /** Only evidence provided by one of these agencies (global ids). */
  providedByIds?: Array<string | number> | null | undefined;
  /** Only evidence in one of these review states. */
  reviewStates?: Array<EvidenceReviewState> | null | undefined;
  /** Only evidence whose title or summary contains this text (case-insensitive). */
  search?: string | null | undefined;
  /** Only evidence in one of these statuses. */
  statuses?: Array<EvidenceStatus> | null | undefined;
  /** Only evidence held by one of these YOTs (ONS codes). */
  yotCodes?: Array<string> | null | undefined;
  /** Only evidence held by one of these YOTs (global ids). */
  yotIds?: Array<string | number> | null | undefined;
};

/** What sort of item a piece of evidence is. */
export type EvidenceKind =
  /** Minutes of the YOT management board. */
  | 'BOARD_MINUTES'
  /** A case study of work with a child (pseudonymised). */
  | 'CASE_STUDY'
  /** Feedback from children and families, or their involvement in design. */
  | 'CHILD_AND_FAMILY_VOICE'
  /** An information-sharing agreement. */
  | 'INFORMATION_SHARING_AGREEMENT'
  /** An inspection report (e.g. HMI Probation, Ofsted/CQC local area SEND). */
  | 'INSPECTION_REPORT'
  /** Anything else. */
  | 'OTHER'
  /** Data showing outcomes for children. */
  | 'OUTCOME_DATA'
  /** Minutes of a panel (e.g. out-of-court disposal or SEND panel). */
  | 'PANEL_MINUTES'
  /** A plan or strategy, such as the Youth Justice Plan or a SEND strategy. */
  | 'PLAN'
  /** A feature of practice that assessors or the service named as contributing to an award. */
  | 'PRACTICE_FEATURE'
  /** A public announcement, e.g. of an award. */
  | 'PRESS_RELEASE'
  /** A joint working protocol or procedure. */
  | 'PROTOCOL'
  /** A SEND or speech, language and communication screening tool and its use. */
  | 'SCREENING_TOOL'
  /** The service's own self-assessment against the framework. */
  | 'SELF_ASSESSMENT'
  /** A record of training delivered to staff or partners. */
  | 'TRAINING_RECORD';

/** One ordering term for evidence; later terms break ties of earlier ones. */
export type EvidenceOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection | null | undefined;
  /** Field to order by. */
  field: EvidenceOrderField;
};

/** Fields evidence can be ordered by. */
export type EvidenceOrderField =
  /** When the item was produced; undated items come last. */
  | 'OCCURRED_ON'
  /** When the hub received the item. */
  | 'RECORDED_AT'
  /** Title. */
  | 'TITLE';

/** An assessor's review of an evidence item. */
export type EvidenceReviewState =
  /** Accepted by an assessor. */
  | 'ACCEPTED'
  /** The assessor asked for changes; see the review note. */
  | 'CHANGES_REQUESTED'
  /** Rejected by an assessor; see the review note. */
  | 'REJECTED'
  /** Awaiting review. */
  | 'SUBMITTED';

/** Whether an evidence item counts. Withdrawn items stay visible to assessors but are excluded from coverage. */
export type EvidenceStatus =
  /** Counts as evidence. */
  | 'CURRENT'
  /** Withdrawn by its holder, with a reason; kept for the record. */
  | 'WITHDRAWN';

/** What kind of gap a finding reports. */
export type GapKind =
  /** An agreement in force is past its review date (node: the agreement). */
  | 'AGREEMENT_REVIEW_OVERDUE'
  /** The award's decision date is not recorded, so whether it is current is unknown (node: the Assessment). */
  | 'AWARD_DATE_UNKNOWN'
  /** The award has expired and no current award or award of unknown date follows it (node: the Assessment). */
  | 'AWARD_EXPIRED'
  /** The award expires within 6 months (node: the Assessment). */
  | 'AWARD_EXPIRING'
  /** A criterion's evidence comes from fewer than two agency types (node: the Criterion). */
  | 'CRITERION_SINGLE_AGENCY'
  /** A criterion has no countable evidence (node: the Criterion). */
  | 'CRITERION_WITHOUT_EVIDENCE'
  /** Countable evidence has not been reviewed (node: the Evidence). */
  | 'EVIDENCE_AWAITING_REVIEW'
  /** Countable evidence expires within 90 days (node: the Evidence). */
  | 'EVIDENCE_EXPIRING'
  /** The YOT has recorded that it has no partner of a SEND-relevant type the framework expects (node: the ExpectedPartner). */
  | 'MISSING_EXPECTED_PARTNER'
  /** The YOT has recorded that it has no partner of a statutory type (node: the ExpectedPartner). Never raised for what nothing is recorded about, nor for the host authority's own services. */
  | 'MISSING_STATUTORY_PARTNER'
  /** An active expected partner is not party to any current agreement (node: the Partnership). */
  | 'NO_AGREEMENT_WITH_PARTNER'
  /** A partnership's partner body has ceased and no partnership with its successor is recorded (node: the Partnership; the message names the successor when known). */
  | 'PARTNER_CEASED'
  /** Nothing is recorded either way about an expected partner type: neither a partnership, staff, nor an absence (node: the ExpectedPartner). Unknown, not missing. */
  | 'PARTNER_NOT_RECORDED'
  /** A rating in the latest assessment is no longer supported by the evidence it cites (node: the CriterionRating). */
  | 'RATING_ABOVE_EVIDENCE'
  /** The award has expired and no redesignation of it is recorded, in progress or decided (node: the Assessment). */
  | 'REDESIGNATION_OVERDUE'
  /** No staff of a role the s.39(5) minimum team requires are recorded in the team (node: the Yot). */
  | 'STATUTORY_TEAM_ROLE_NOT_RECORDED';

/** Links an evidence item to a criterion it supports. */
export type LinkEvidenceInput = {
  /** The criterion. */
  criterionId: string | number;
  /** The evidence item. */
  evidenceId: string | number;
  /** An excerpt or page reference. */
  excerpt?: string | null | undefined;
  /** Why the item supports it. */
  note?: string | null | undefined;
};

/** The nation a youth justice service is in; it decides, for example, whether a SEND plan is an EHCP or an IDP. */
export type Nation =
  /** England: SEND plans are Education, Health and Care Plans (EHCPs). */
  | 'ENGLAND'
  /** Wales: additional learning needs plans are Individual Development Plans (IDPs). */
  | 'WALES';

/** A dimension to group child outcomes by. */
export type OutcomeDimension =
  /** By outcome measure. */
  | 'MEASURE'
  /** By quarter (`YYYY-Qn`). */
  | 'PERIOD'
  /** By region. */
  | 'REGION'
  /** By the child's SEND status. */
  | 'SEND_STATUS'
  /** By YOT (`yotCode`). */
  | 'YOT';

/** One measured outcome for one child. */
export type OutcomeInput = {
  /** The child. */
  childId: string | number;
  /** What was measured. */
  measure: OutcomeMeasure;
  /** Whether it was met. */
  met: boolean;
  /** Quarter, `YYYY-Qn`. */
  period: string;
  /** The agency that recorded it; omit when the YOT did. */
  recordedById?: string | number | null | undefined;
};

/** A child-outcome measure from the Youth Justice Board key performance indicators (since April 2023) and headline measures. */
export type OutcomeMeasure =
  /** Sentenced to custody in the period (met = true means in custody). */
  | 'CUSTODY'
  /** Entered the youth justice system for the first time in the period (met = true means a first-time entrant). */
  | 'FIRST_TIME_ENTRANT'
  /** A child with SEND/ALN has a formal plan (EHCP in England, IDP in Wales). */
  | 'FORMAL_SEND_PLAN'
  /** Attended the mental-health support offered. */
  | 'MENTAL_HEALTH_SUPPORT_ATTENDED'
  /** With an identified mental-health need, was offered support. */
  | 'MENTAL_HEALTH_SUPPORT_OFFERED'
  /** Reoffended within the tracking period (met = true means reoffended). */
  | 'REOFFENDED'
  /** Screened for SEND or speech, language and communication needs. */
  | 'SEND_SCREENED'
  /** Attended the substance-misuse support offered. */
  | 'SUBSTANCE_MISUSE_SUPPORT_ATTENDED'
  /** With an identified substance-misuse need, was offered support. */
  | 'SUBSTANCE_MISUSE_SUPPORT_OFFERED'
  /** In suitable accommodation at the end of the order. */
  | 'SUITABLE_ACCOMMODATION'
  /** In suitable education, training or employment. */
  | 'SUITABLE_ETE';

/** Which outcomes to summarise; all given conditions must hold. */
export type OutcomeSummaryFilter = {
  /** Only these measures. */
  measures?: Array<OutcomeMeasure> | null | undefined;
  /** From this quarter (`YYYY-Qn`), inclusive. */
  periodFrom?: string | null | undefined;
  /** To this quarter (`YYYY-Qn`), inclusive. */
  periodTo?: string | null | undefined;
  /** Only YOTs in these regions. */
  regions?: Array<string> | null | undefined;
  /** Only children with these SEND statuses. */
  sendStatuses?: Array<SendStatus> | null | undefined;
  /** Only these YOTs (ONS codes). */
  yotCodes?: Array<string> | null | undefined;
};

/** What is known about a YOT and one expected agency type on a date. Unknown is not absent: only RECORDED_ABSENT says the YOT has none. */
export type PartnerState =
  /** The only partnerships recorded are with bodies that have ceased (e.g. a CCG after 1 July 2022); see the partnership's agency for its successor. */
  | 'CEASED'
  /** In place: an active partnership, staff in the team who practise in this type (named employer or not), or, for children's social care and education, the host local authority's own service. */
  | 'IN_PLACE'
  /** Nothing is recorded either way: the sources neither name such a partner nor say there is none. */
  | 'NOT_RECORDED'
  /** The YOT has recorded that it has no partner of this type (`recordPartnerAbsence`). */
  | 'RECORDED_ABSENT';

/** Where the knowledge behind a partner state comes from. */
export type PartnerStateBasis =
  /** A partnership with a body that has since ceased. */
  | 'CEASED_BODY'
  /** The host local authority provides the service itself: the YOT's own statutory side (Crime and Disorder Act 1998 s.39). */
  | 'HOST_AUTHORITY'
  /** The YOT's own staff (YOT_EMPLOYED: employees of the host authority) practise in this type; no partner staff or partnership is recorded. They are never counted as staff without a named employer. */
  | 'OWN_STAFF'
  /** An active partnership with an agency of this type. */
  | 'PARTNERSHIP'
  /** Staff in the team who practise in this type (e.g. a speech and language therapist), though no partnership with their employer is recorded. */
  | 'PLACED_STAFF'
  /** The YOT's own record that it has none. */
  | 'RECORDED_ABSENCE';

/** Where a partnership stands on a date. */
export type PartnershipStanding =
  /** Running, and the partner body exists. */
  | 'ACTIVE'
  /** Ended before the date (or marked ended without a date). */
  | 'ENDED'
  /** Starts after the date. */
  | 'NOT_STARTED'
  /** Recorded as running, but the partner body had ceased by then: see `agency.successor` and `agency.ceasedOn`. */
  | 'PARTNER_CEASED';

/** Whether a partnership is running. */
export type PartnershipStatus =
  /** Running now. */
  | 'ACTIVE'
  /** Ended; `endedOn` says when, if known. */
  | 'ENDED';

/** How staff work with the YOT: employed by its host authority (YOT_EMPLOYED), or placed by a partner agency. */
export type PlacementArrangement =
  /** A service the YOT or its partnership commissions. */
  | 'COMMISSIONED'
  /** Employed by the partner but based in the YOT's offices. */
  | 'CO_LOCATED'
  /** Works in the team, but the sources do not say who employs them (a partner or the host authority): not counted as co-located or seconded partner staff, never under a partnership. */
  | 'EMPLOYER_UNKNOWN'
  /** Visits the YOT or its children on a regular schedule. */
  | 'IN_REACH'
  /** Seconded into the YOT and managed day to day by it. */
  | 'SECONDED'
  /** Works with the YOT remotely, without a shared base. */
  | 'VIRTUAL'
  /** The YOT's own staff, employed by its host local authority: not seconded or co-located partner staff, and never under a partnership. */
  | 'YOT_EMPLOYED';

/** A rating of one criterion within an in-progress assessment. Every rating is kept; the latest counts. */
export type RateCriterionInput = {
  /** The assessment (must be IN_PROGRESS). */
  assessmentId: string | number;
  /** Band. WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES must cite accepted OUTCOME_DATA or CASE_STUDY evidence. */
  band: RatingBand;
  /** The criterion rated (of the assessment's framework). */
  criterionId: string | number;
  /** Evidence cited (items of the assessed YOT). */
  evidenceIds: Array<string | number>;
  /** Required to re-rate: the `version` of the rating you last read, so two assessors never overwrite each other unknowingly. */
  expectedVersion?: number | null | undefined;
  /** Why this rating. */
  rationale: string;
  /** Score 0–10 (0 = not applicable, 10 = outstanding practice to share). */
  score: number;
};

/** Qualitative band of a criterion rating. Only the top band (widespread effective practice with evidence of outcomes) is published wording; no published band ladder or score thresholds were found, so the lower bands are the hub's own scale. */
export type RatingBand =
  /** The hub's own scale (not published): practice is emerging or planned. */
  | 'EMERGING'
  /** The hub's own scale (not published): practice is in place. No published threshold ties a band to the Quality Mark. */
  | 'ESTABLISHED'
  /** The hub's own scale (not published): no evidence of the practice. */
  | 'NOT_EVIDENCED'
  /** The hub's own scale (not published): widespread effective practice, outcomes not yet evidenced. */
  | 'WIDESPREAD_EFFECTIVE_PRACTICE'
  /** Published wording: "widespread effective practice with evidence of outcomes" (the Quality Lead standard, as award write-ups state it). */
  | 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES';

/** A new information-sharing agreement. */
export type RecordAgreementInput = {
  /** Categories of data shared (at least one). */
  dataCategories: Array<string>;
  /** Lawful bases, e.g. "UK GDPR art. 6(1)(e)" (at least one). */
  lawfulBasis: Array<string>;
  /** Partner agencies party to it (at least one). */
  partyIds: Array<string | number>;
  /** Why the data is shared. */
  purpose: string;
  /** Next review date; not before `signedOn`. */
  reviewDue?: string | null | undefined;
  /** When the last party signed. */
  signedOn?: string | null | undefined;
  /** Lifecycle state; ACTIVE and UNDER_REVIEW need `signedOn`. */
  status: AgreementStatus;
  /** Title. */
  title: string;
  /** The YOT that is party to it. */
  yotId: string | number;
};

/** How a record knows what it says. */
export type RecordBasis =
  /** Inferred, not stated: e.g. the police force for a borough when the source says only "the police". `notes` say from what. */
  | 'INFERRED'
  /** As its source document states it (or as entered by a user of the hub). */
  | 'STATED';

/** A new evidence item held by a YOT. */
export type RecordEvidenceInput = {
  /** Other agencies involved. */
  agencyIds?: Array<string | number> | null | undefined;
  /** The criteria it supports (may be empty, and linked later). */
  criteria: Array<CriterionLinkInput>;
  /** When it stops counting; not before `occurredOn`. */
  expiresOn?: string | null | undefined;
  /** What sort of item it is. */
  kind: EvidenceKind;
  /** When it was produced; not in the future. */
  occurredOn?: string | null | undefined;
  /** The agency that provided it; omit when the YOT produced it. */
  providedById?: string | number | null | undefined;
  /** Where the item can be found: a document reference or URL. */
  source?: string | null | undefined;
  /** What it shows. */
  summary?: string | null | undefined;
  /** Title. */
  title: string;
  /** The YOT that holds the item. */
  yotId: string | number;
};

/** A batch of up to 5000 outcomes, recorded all together or not at all. */
export type RecordOutcomesInput = {
  /** The outcomes (1–5000). */
  outcomes: Array<OutcomeInput>;
};

/** A YOT's statement that it has no partner of an agency type. */
export type RecordPartnerAbsenceInput = {
  /** The agency type it has no partner of. */
  agencyType: AgencyType;
  /** What the YOT said (2 to 2,000 characters), e.g. "No CAMHS worker since the post was cut". */
  note: string;
  /** Since when; omit when not known. */
  startedOn?: string | null | undefined;
  /** The YOT. */
  yotId: string | number;
};

/** A pseudonymised child known to a YOT. */
export type RegisterChildInput = {
  /** Age band at registration. */
  ageBand: AgeBand;
  /** Broad areas of need. */
  needs?: Array<string>;
  /** Pseudonymous reference, unique in the YOT, written `PREFIX-NUMBER` or `PREFIX-NUMBER-NUMBER` (1–6 capital letters, then one or two groups of 1–5 digits, e.g. `BYJS-0001`). Never a name, date of birth or case-system id: anything else (`01APR2009`, `1-4-2009`, `JaneSmith_DOB_1Apr09`) is refused. */
  ref: string;
  /** SEND/ALN status. */
  sendStatus: SendStatus;
  /** The YOT. */
  yotId: string | number;
};

/** An assessor's review of an evidence item. */
export type ReviewEvidenceInput = {
  /** The `version` you last read. */
  expectedVersion: number;
  /** The item reviewed. */
  id: string | number;
  /** The reviewer's note; required when rejecting or asking for changes. */
  note?: string | null | undefined;
  /** ACCEPTED, REJECTED or CHANGES_REQUESTED. */
  state: EvidenceReviewState;
};

/** A child's special educational needs and disabilities (England) or additional learning needs (Wales) status. */
export type SendStatus =
  /** Has an Education, Health and Care Plan (England). */
  | 'EHCP'
  /** An Education, Health and Care needs assessment is under way. */
  | 'EHC_ASSESSMENT'
  /** Has an Individual Development Plan (Wales). */
  | 'IDP'
  /** No identified SEND. */
  | 'NONE'
  /** SEN support in school, without a statutory plan. */
  | 'SEN_SUPPORT'
  /** Not yet known (for example, not yet screened). */
  | 'UNKNOWN';

/** Sort direction. Empty values (nulls) always sort after every value. */
export type SortDirection =
  /** Smallest first (A→Z, oldest first). */
  | 'ASC'
  /** Largest first (Z→A, newest first). */
  | 'DESC';

/** Professional role of staff working in or with a YOT. */
export type StaffRole =
  /** Child and adolescent mental health practitioner. */
  | 'CAMHS_PRACTITIONER'
  /** Educational psychologist. */
  | 'EDUCATIONAL_PSYCHOLOGIST'
  /** Education, training and employment officer. */
  | 'EDUCATION_OFFICER'
  /** Forensic psychologist. */
  | 'FORENSIC_PSYCHOLOGIST'
  /** Health worker (nurse or other health professional). */
  | 'HEALTH_WORKER'
  /** Another role, or a role the source does not state. */
  | 'OTHER'
  /** Police officer. */
  | 'POLICE_OFFICER'
  /** Probation officer. */
  | 'PROBATION_OFFICER'
  /** Restorative justice worker. */
  | 'RESTORATIVE_JUSTICE_WORKER'
  /** SEND caseworker or special educational needs officer. */
  | 'SEND_OFFICER'
  /** Registered social worker. */
  | 'SOCIAL_WORKER'
  /** Speech and language therapist. */
  | 'SPEECH_AND_LANGUAGE_THERAPIST'
  /** Youth justice officer / case manager. */
  | 'YOUTH_JUSTICE_OFFICER'
  /** Youth worker. */
  | 'YOUTH_WORKER';

/** Starts an assessment of a YOT against the current framework. */
export type StartAssessmentInput = {
  /** For a REDESIGNATION: the decided assessment whose ratings to start from (copied and marked as carried over). */
  baselineAssessmentId?: string | number | null | undefined;
  /** First award or re-verification. */
  kind?: AssessmentKind;
  /** Level assessed for. */
  level: AwardLevel;
  /** When it starts (default today). */
  startedOn?: string | null | undefined;
  /** The YOT assessed. */
  yotId: string | number;
};

/** A member of the minimum YOT team of the Crime and Disorder Act 1998 s.39(5). */
export type StatutoryTeamMember =
  /** A person nominated by the chief education officer. */
  | 'EDUCATION_NOMINEE'
  /** A person nominated by the health body (ICB; CCG before 1 July 2022; Local Health Board in Wales). */
  | 'HEALTH_NOMINEE'
  /** A police officer. */
  | 'POLICE_OFFICER'
  /** A probation officer. */
  | 'PROBATION_OFFICER'
  /** A social worker of the local authority. */
  | 'SOCIAL_WORKER';

/** Removes the link between an evidence item and a criterion. */
export type UnlinkEvidenceInput = {
  /** The criterion. */
  criterionId: string | number;
  /** The evidence item. */
  evidenceId: string | number;
};

/** Changes to an agency; only the fields given change. */
export type UpdateAgencyInput = {
  /** First day the organisation no longer existed (abolished, merged, acquired); partnerships with it are reported as ceased from then. */
  ceasedOn?: string | null | undefined;
  /** The `version` you last read; a stale version answers CONFLICT. */
  expectedVersion: number;
  /** The agency to change. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New notes. */
  notes?: string | null | undefined;
  /** New ODS code. */
  odsCode?: string | null | undefined;
  /** New school URN. */
  schoolUrn?: string | null | undefined;
  /** The agency that took over its functions on `ceasedOn`; needs `ceasedOn` (given now or already recorded). */
  successorId?: string | number | null | undefined;
  /** New type. */
  type?: AgencyType | null | undefined;
  /** New UKPRN. */
  ukprn?: string | null | undefined;
};

/** Changes to an agreement; only the fields given change. */
export type UpdateAgreementInput = {
  /** New data categories. */
  dataCategories?: Array<string> | null | undefined;
  /** The `version` you last read; a stale version answers CONFLICT. */
  expectedVersion: number;
  /** The agreement to change. */
  id: string | number;
  /** New lawful bases. */
  lawfulBasis?: Array<string> | null | undefined;
  /** New list of partner agencies. */
  partyIds?: Array<string | number> | null | undefined;
  /** New purpose. */
  purpose?: string | null | undefined;
  /** New review date. */
  reviewDue?: string | null | undefined;
  /** New signature date. */
  signedOn?: string | null | undefined;
  /** New state. */
  status?: AgreementStatus | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

/** Changes to an evidence item; only the fields given change. Changing what the item says sends an accepted item back for review. */
export type UpdateEvidenceInput = {
  /** New list of involved agencies. */
  agencyIds?: Array<string | number> | null | undefined;
  /** The `version` you last read; a stale version answers CONFLICT. */
  expectedVersion: number;
  /** New expiry date. */
  expiresOn?: string | null | undefined;
  /** The item to change. */
  id: string | number;
  /** New kind. */
  kind?: EvidenceKind | null | undefined;
  /** New date produced. */
  occurredOn?: string | null | undefined;
  /** New providing agency. */
  providedById?: string | number | null | undefined;
  /** New source reference. */
  source?: string | null | undefined;
  /** New summary. */
  summary?: string | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

/** Changes to a partnership; only the fields given change. */
export type UpdatePartnershipInput = {
  /** New board membership. */
  boardMember?: boolean | null | undefined;
  /** The `version` you last read; a stale version answers CONFLICT. */
  expectedVersion: number;
  /** The partnership to change. */
  id: string | number;
  /** New notes. */
  notes?: string | null | undefined;
  /** New start date. */
  startedOn?: string | null | undefined;
  /** New statutory flag. */
  statutory?: boolean | null | undefined;
};

/** Changes to a YOT; only the fields given change. */
export type UpdateYotInput = {
  /** New description (empty text clears it). */
  description?: string | null | undefined;
  /** The `version` you last read; a stale version answers CONFLICT. */
  expectedVersion: number;
  /** Replaces the host authorities (LOCAL_AUTHORITY agencies); an empty list records none. */
  hostAuthorityIds?: Array<string | number> | null | undefined;
  /** The YOT to change. */
  id: string | number;
  /** New list of local authorities. */
  localAuthorities?: Array<string> | null | undefined;
  /** New oldest age (8–25). */
  maxAge?: number | null | undefined;
  /** New youngest age (8–25). */
  minAge?: number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New region. */
  region?: string | null | undefined;
  /** New web page. */
  website?: string | null | undefined;
};

/** Withdraws an evidence item; it stays visible to assessors and stops counting. */
export type WithdrawEvidenceInput = {
  /** The `version` you last read. */
  expectedVersion: number;
  /** The item to withdraw. */
  id: string | number;
  /** Why it is withdrawn. */
  reason: string;
};

/** Withdraws a recorded absence (the YOT now has such a partner, or the record was wrong). */
export type WithdrawPartnerAbsenceInput = {
  /** Last day the absence held; not before it began. */
  endedOn: string;
  /** The `version` you last read. */
  expectedVersion: number;
  /** The absence to withdraw. */
  id: string | number;
};

/** Whether a criterion's wording is quoted from the official framework or paraphrased from secondary sources. */
export type WordingSource =
  /** A paraphrase; the official wording is not yet held. Load it as data when it is. */
  | 'PARAPHRASE'
  /** The official wording, quoted exactly. */
  | 'VERBATIM';

/** Narrows the `yots` connection; all given conditions must hold. */
export type YotFilter = {
  /** Only YOTs with one of these ONS codes. */
  codes?: Array<string> | null | undefined;
  /** Only YOTs with an active partnership today with an agency of this type (running, not ended, and the body not ceased). */
  hasActivePartnershipWith?: AgencyType | null | undefined;
  /** Only YOTs with no active partnership today with an agency of this type. This includes YOTs about which nothing is recorded: `coverage.partners.state` tells not recorded from recorded absent. */
  lacksActivePartnershipWith?: AgencyType | null | undefined;
  /** Only YOTs whose name contains this text (case-insensitive). */
  nameContains?: string | null | undefined;
  /** Only YOTs in this nation. */
  nation?: Nation | null | undefined;
  /** Only YOTs in one of these regions (exact names, e.g. "London"). */
  regions?: Array<string> | null | undefined;
};

/** One ordering term for `yots`; later terms break ties of earlier ones. */
export type YotOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection | null | undefined;
  /** Field to order by. */
  field: YotOrderField;
};

/** Fields `yots` can be ordered by. */
export type YotOrderField =
  /** ONS code. */
  | 'CODE'
  /** Service name. */
  | 'NAME'
  /** Region name. */
  | 'REGION';

export type AgenciesQueryVariables = Exact<{
  filter?: AgencyFilter | null | undefined;
  orderBy?: Array<AgencyOrder> | AgencyOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AgenciesQuery = { agencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, type: AgencyType }> } };

export type AgencyRelationsQueryVariables = Exact<{
  id: string | number;
}>;


export type AgencyRelationsQuery = { node:
    | { name: string, partnerships: Array<{ status: PartnershipStatus, yot: { code: string } }>, agreements: Array<{ title: string }>, evidenceProvided: { totalCount: number, nodes: Array<{ title: string }> } }
    | Record<PropertyKey, never>
   | null };

export type AssessmentsQueryVariables = Exact<{
  filter?: AssessmentFilter | null | undefined;
  orderBy?: Array<AssessmentOrder> | AssessmentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AssessmentsQuery = { assessments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, level: AwardLevel, status: AssessmentStatus, commendations: Array<Commendation>, decidedOn: string | null, yot: { code: string }, baselineAssessment: { id: string } | null, ratings: Array<{ band: RatingBand, assessment: { level: AwardLevel } }> }> } };

export type AuditTrailQueryVariables = Exact<{
  entityId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, actor: string, action: string, entityType: string, entityId: string, changes: unknown }> } | null };

export type EvidenceHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type EvidenceHistoryQuery = { node:
    | { title: string, history: { totalCount: number, nodes: Array<{ action: string, actor: string, changes: unknown }> } }
    | Record<PropertyKey, never>
   | null };

export type CoverageQueryVariables = Exact<{
  filter?: CoverageFilter | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CoverageQuery = { coverage: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ asOf: string, expectedPartners: number, partnersWithActivePartnership: number, partnersInPlace: number, partnersRecordedAbsent: number, partnersCeased: number, partnersNotRecorded: number, partnerCoverage: number, knownPartnerCoverage: number | null, statutoryPartnerCoverage: number, coLocationRatio: number | null, partnerStaffOfUnknownType: number, agreementCoverage: number | null, criteriaWithEvidence: number, criteriaTotal: number, criteriaEvidencedByTwoOrMoreAgencyTypes: number, yot: { code: string }, award: { state: AwardState, validUntil: string | null, current: boolean, reverificationDue: boolean | null, assessment: { level: AwardLevel } } | null, partners: Array<{ agencyType: AgencyType, statutory: boolean, state: PartnerState, basis: PartnerStateBasis | null, hostProvided: boolean, hasActivePartnership: boolean, activePartnerships: number, ceasedPartnerships: number, boardMember: boolean | null, placedFte: number, placedStaff: number, staffPractising: number, staffWithoutNamedEmployer: number, currentAgreement: boolean, evidenceCount: number, acceptedEvidenceCount: number, criteriaEvidenced: number }> }> } };

export type YotCoverageQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type YotCoverageQuery = { yot: { coverage: { partnerCoverage: number, agreementCoverage: number | null, partners: Array<{ agencyType: AgencyType, hasActivePartnership: boolean, currentAgreement: boolean }> } } | null };

export type CoverageByRegionQueryVariables = Exact<{
  filter?: CoverageFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CoverageByRegionQuery = { coverageByRegion: Array<{ region: string, yots: number, expectedPartners: number, partnersWithActivePartnership: number, partnersInPlace: number, partnersNotRecorded: number, partnersRecordedAbsent: number, partnersCeased: number, partnerCoverage: number, knownPartnerCoverage: number | null, statutoryPartnerCoverage: number, coLocationRatio: number | null, agreementCoverage: number | null, averageCriteriaWithEvidence: number, averageCriteriaEvidencedByTwoOrMoreAgencyTypes: number, yotsWithCurrentAward: number, yotsWithAwardOfUnknownDate: number, yotsDueReverification: number }> };

export type CriterionCoverageQueryVariables = Exact<{
  yotCode: string;
  asOf?: string | null | undefined;
}>;


export type CriterionCoverageQuery = { criterionCoverage: Array<{ evidenceCount: number, acceptedEvidenceCount: number, contributingAgencyTypes: Array<AgencyType>, triangulated: boolean, latestEvidenceOn: string | null, score: number | null, band: RatingBand | null, gap: boolean, criterion: { code: string } }> | null };

export type ContributionMatrixQueryVariables = Exact<{
  yotCode: string;
  asOf?: string | null | undefined;
}>;


export type ContributionMatrixQuery = { contributionMatrix: Array<{ agencyType: AgencyType, evidenceCount: number, acceptedEvidenceCount: number, criterion: { code: string } }> | null };

export type GapsQueryVariables = Exact<{
  yotCode: string;
  asOf?: string | null | undefined;
}>;


export type GapsQuery = { gaps: Array<{ kind: GapKind, message: string, node:
      | { __typename: 'Agency' }
      | { __typename: 'Assessment', level: AwardLevel, validUntil: string | null }
      | { __typename: 'AuditEvent' }
      | { __typename: 'Child' }
      | { __typename: 'ChildOutcome' }
      | { __typename: 'Criterion', code: string }
      | { __typename: 'CriterionRating', criterion: { code: string } }
      | { __typename: 'CriterionRatingRevision' }
      | { __typename: 'Evidence', title: string }
      | { __typename: 'EvidenceLink' }
      | { __typename: 'ExpectedPartner', agencyType: AgencyType }
      | { __typename: 'Framework' }
      | { __typename: 'InformationSharingAgreement', title: string }
      | { __typename: 'PartnerAbsence' }
      | { __typename: 'Partnership', agency: { name: string } }
      | { __typename: 'SourceDocument' }
      | { __typename: 'StaffPlacement' }
      | { __typename: 'Yot' }
     }> | null };

export type EvidenceTrailQueryVariables = Exact<{
  yotCode: string;
}>;


export type EvidenceTrailQuery = { criteria: Array<{ code: string, evidence: { nodes: Array<{ title: string, providedBy: { name: string } | null, partnership: { status: PartnershipStatus, agency: { name: string } } | null, agreements: Array<{ title: string, isCurrent: boolean }>, citedIn: Array<{ band: RatingBand, assessment: { status: AssessmentStatus } }> }> } }> };

export type OutcomeSummaryQueryVariables = Exact<{
  groupBy: Array<OutcomeDimension> | OutcomeDimension;
  filter?: OutcomeSummaryFilter | null | undefined;
}>;


export type OutcomeSummaryQuery = { outcomeSummary: { groupBy: Array<OutcomeDimension>, suppressionThreshold: number, rows: Array<{ yotCode: string | null, region: string | null, period: string | null, measure: OutcomeMeasure | null, sendStatus: SendStatus | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null };

export type CoverageCriteriaQueryVariables = Exact<{
  filter?: CoverageFilter | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CoverageCriteriaQuery = { coverage: { nodes: Array<{ yot: { code: string }, criteria: Array<{ evidenceCount: number, acceptedEvidenceCount: number, contributingAgencyTypes: Array<AgencyType>, triangulated: boolean, latestEvidenceOn: string | null, score: number | null, band: RatingBand | null, gap: boolean, criterion: { code: string } }> }> } };

export type ProtectedOutcomeSummaryQueryVariables = Exact<{
  groupBy: Array<OutcomeDimension> | OutcomeDimension;
  filter?: OutcomeSummaryFilter | null | undefined;
}>;


export type ProtectedOutcomeSummaryQuery = { outcomeSummary: { groupBy: Array<OutcomeDimension>, suppressionThreshold: number, perturbed: boolean, rows: Array<{ yotCode: string | null, region: string | null, period: string | null, measure: OutcomeMeasure | null, sendStatus: SendStatus | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null };

export type EvidenceListQueryVariables = Exact<{
  filter?: EvidenceFilter | null | undefined;
  orderBy?: Array<EvidenceOrder> | EvidenceOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type EvidenceListQuery = { evidence: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: EvidenceKind, status: EvidenceStatus, reviewState: EvidenceReviewState, occurredOn: string | null, yot: { code: string } } }> } };

export type EvidenceDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EvidenceDetailQuery = { node:
    | { title: string, summary: string | null, source: string | null, reviewState: EvidenceReviewState, reviewedBy: string | null, yot: { code: string }, providedBy: { name: string } | null, agenciesInvolved: Array<{ name: string, type: AgencyType }>, criteria: Array<{ note: string | null, excerpt: string | null, criterion: { code: string }, evidence: { title: string }, sourceDocument: { key: string } | null }>, citedIn: Array<{ band: RatingBand, criterion: { code: string }, assessment: { level: AwardLevel } }>, sourceDocument: { key: string } | null }
    | Record<PropertyKey, never>
   | null };

export type CriterionTrailQueryVariables = Exact<{
  yotCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CriterionTrailQuery = { criteria: Array<{ code: string, framework: { code: string }, evidence: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ title: string, yot: { code: string }, providedBy: { name: string } | null, agenciesInvolved: Array<{ name: string }>, citedIn: Array<{ band: RatingBand }> }> } }> };

export type FrameworkQueryVariables = Exact<{
  code?: string | null | undefined;
  version?: string | null | undefined;
}>;


export type FrameworkQuery = { framework: { id: string, code: string, name: string, version: string, description: string | null, developedBy: Array<string>, supportedBy: Array<string>, ratingScale: string | null, validityMonths: number, current: boolean, sourceDocument: { key: string } | null, criteria: Array<{ id: string, code: string, position: number, title: string, wording: string, wordingSource: WordingSource, framework: { code: string }, sourceDocument: { key: string } | null }>, expectedPartners: Array<{ agencyType: AgencyType, statutory: boolean, reason: string, sourceDocument: { key: string } | null }> } | null };

export type ScopedListsQueryVariables = Exact<{
  codes?: Array<string> | string | null | undefined;
  yotIds?: Array<string | number> | string | number | null | undefined;
}>;


export type ScopedListsQuery = { agencies: { totalCount: number, nodes: Array<{ name: string }> }, evidenceByCode: { totalCount: number }, evidenceById: { totalCount: number }, assessments: { totalCount: number }, yots: { totalCount: number }, coverage: { nodes: Array<{ yot: { code: string } }> }, coverageByRegion: Array<{ region: string, yots: number }> };

export type EvidenceHistoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceHistoriesQuery = { evidence: { nodes: Array<{ id: string, history: { totalCount: number, nodes: Array<{ id: string, action: string }> } }> } };

export type SearchEvidenceQueryVariables = Exact<{
  search: string;
}>;


export type SearchEvidenceQuery = { evidence: { totalCount: number, nodes: Array<{ title: string }> } };

export type SearchAgenciesQueryVariables = Exact<{
  nameContains: string;
}>;


export type SearchAgenciesQuery = { agencies: { totalCount: number } };

export type CoverageAsOfQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type CoverageAsOfQuery = { coverage: { nodes: Array<{ partnerCoverage: number }> } };

export type CreateYotMutationVariables = Exact<{
  input: CreateYotInput;
}>;


export type CreateYotMutation = { createYot: { yot: { id: string, code: string, name: string, nation: Nation, region: string, localAuthorities: Array<string>, minAge: number | null, maxAge: number | null, website: string | null, version: number } } | null };

export type UpdateYotMutationVariables = Exact<{
  input: UpdateYotInput;
}>;


export type UpdateYotMutation = { updateYot: { yot: { id: string, name: string, region: string, version: number, minAge: number | null, maxAge: number | null } } | null };

export type CreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type CreateAgencyMutation = { createAgency: { agency: { id: string, name: string, type: AgencyType, odsCode: string | null, schoolUrn: string | null, ukprn: string | null, version: number } } | null };

export type UpdateAgencyMutationVariables = Exact<{
  input: UpdateAgencyInput;
}>;


export type UpdateAgencyMutation = { updateAgency: { agency: { id: string, name: string, type: AgencyType, version: number } } | null };

export type AddPartnershipMutationVariables = Exact<{
  input: AddPartnershipInput;
}>;


export type AddPartnershipMutation = { addPartnership: { partnership: { id: string, status: PartnershipStatus, statutory: boolean, boardMember: boolean | null, startedOn: string | null, version: number, agency: { name: string } }, yot: { code: string, partnerships: Array<{ agency: { name: string } }> }, agency: { name: string, partnerships: Array<{ yot: { code: string } }> } } | null };

export type UpdatePartnershipMutationVariables = Exact<{
  input: UpdatePartnershipInput;
}>;


export type UpdatePartnershipMutation = { updatePartnership: { partnership: { id: string, boardMember: boolean | null, startedOn: string | null, notes: string | null, version: number } } | null };

export type EndPartnershipMutationVariables = Exact<{
  input: EndPartnershipInput;
}>;


export type EndPartnershipMutation = { endPartnership: { partnership: { id: string, status: PartnershipStatus, endedOn: string | null, version: number }, endedPlacements: Array<{ id: string, role: StaffRole, endedOn: string | null }> } | null };

export type AddStaffPlacementMutationVariables = Exact<{
  input: AddStaffPlacementInput;
}>;


export type AddStaffPlacementMutation = { addStaffPlacement: { staffPlacement: { id: string, role: StaffRole, arrangement: PlacementArrangement, fte: number | null, startedOn: string | null, endedOn: string | null, version: number, agency: { name: string } | null }, yot: { code: string } } | null };

export type EndStaffPlacementMutationVariables = Exact<{
  input: EndStaffPlacementInput;
}>;


export type EndStaffPlacementMutation = { endStaffPlacement: { staffPlacement: { id: string, endedOn: string | null, version: number } } | null };

export type RecordAgreementMutationVariables = Exact<{
  input: RecordAgreementInput;
}>;


export type RecordAgreementMutation = { recordAgreement: { agreement: { id: string, title: string, status: AgreementStatus, signedOn: string | null, reviewDue: string | null, isCurrent: boolean, version: number, parties: Array<{ name: string }> }, yot: { code: string } } | null };

export type UpdateAgreementMutationVariables = Exact<{
  input: UpdateAgreementInput;
}>;


export type UpdateAgreementMutation = { updateAgreement: { agreement: { id: string, status: AgreementStatus, reviewDue: string | null, version: number, parties: Array<{ name: string }> } } | null };

export type RecordEvidenceMutationVariables = Exact<{
  input: RecordEvidenceInput;
}>;


export type RecordEvidenceMutation = { recordEvidence: { evidence: { id: string, title: string, kind: EvidenceKind, summary: string | null, occurredOn: string | null, expiresOn: string | null, recordedAt: string, source: string | null, status: EvidenceStatus, reviewState: EvidenceReviewState, version: number, providedBy: { name: string } | null, agenciesInvolved: Array<{ name: string }>, criteria: Array<{ note: string | null, excerpt: string | null, criterion: { code: string } }> }, yot: { code: string } } | null };

export type UpdateEvidenceMutationVariables = Exact<{
  input: UpdateEvidenceInput;
}>;


export type UpdateEvidenceMutation = { updateEvidence: { evidence: { id: string, title: string, summary: string | null, reviewState: EvidenceReviewState, version: number, agenciesInvolved: Array<{ name: string }> } } | null };

export type ReviewEvidenceMutationVariables = Exact<{
  input: ReviewEvidenceInput;
}>;


export type ReviewEvidenceMutation = { reviewEvidence: { evidence: { id: string, reviewState: EvidenceReviewState, reviewedBy: string | null, reviewNote: string | null, reviewedAt: string | null, version: number } } | null };

export type LinkEvidenceMutationVariables = Exact<{
  input: LinkEvidenceInput;
}>;


export type LinkEvidenceMutation = { linkEvidence: { link: { id: string, note: string | null, excerpt: string | null, criterion: { code: string } }, evidence: { id: string, criteria: Array<{ criterion: { code: string } }> } } | null };

export type UnlinkEvidenceMutationVariables = Exact<{
  input: UnlinkEvidenceInput;
}>;


export type UnlinkEvidenceMutation = { unlinkEvidence: { removedLinkId: string, evidence: { id: string, criteria: Array<{ criterion: { code: string } }> } } | null };

export type WithdrawEvidenceMutationVariables = Exact<{
  input: WithdrawEvidenceInput;
}>;


export type WithdrawEvidenceMutation = { withdrawEvidence: { evidence: { id: string, status: EvidenceStatus, withdrawnReason: string | null, withdrawnAt: string | null, version: number } } | null };

export type StartAssessmentMutationVariables = Exact<{
  input: StartAssessmentInput;
}>;


export type StartAssessmentMutation = { startAssessment: { assessment: { id: string, level: AwardLevel, kind: AssessmentKind, status: AssessmentStatus, startedOn: string | null, version: number, baselineAssessment: { id: string } | null, ratings: Array<{ id: string, score: number | null, band: RatingBand, carriedOver: boolean, version: number, criterion: { code: string }, evidence: Array<{ title: string }>, history: Array<{ band: RatingBand, carriedOver: boolean }> }> } } | null };

export type RateCriterionMutationVariables = Exact<{
  input: RateCriterionInput;
}>;


export type RateCriterionMutation = { rateCriterion: { rating: { id: string, score: number | null, band: RatingBand, rationale: string | null, ratedBy: string | null, carriedOver: boolean, version: number, criterion: { code: string }, evidence: Array<{ id: string, title: string }>, history: Array<{ score: number | null, band: RatingBand, rationale: string | null, ratedBy: string, carriedOver: boolean, evidence: Array<{ title: string }> }> }, assessment: { id: string, ratings: Array<{ criterion: { code: string } }> } } | null };

export type DecideAssessmentMutationVariables = Exact<{
  input: DecideAssessmentInput;
}>;


export type DecideAssessmentMutation = { decideAssessment: { assessment: { id: string, status: AssessmentStatus, level: AwardLevel, commendations: Array<Commendation>, decidedOn: string | null, validUntil: string | null, version: number } } | null };

export type RegisterChildMutationVariables = Exact<{
  input: RegisterChildInput;
}>;


export type RegisterChildMutation = { registerChild: { child: { id: string, ref: string, ageBand: AgeBand, sendStatus: SendStatus, needs: Array<string>, yot: { code: string } } } | null };

export type RecordOutcomesMutationVariables = Exact<{
  input: RecordOutcomesInput;
}>;


export type RecordOutcomesMutation = { recordOutcomes: { count: number } | null };

export type NestedPartnershipsAndEvidenceQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NestedPartnershipsAndEvidenceQuery = { yots: { nodes: Array<{ code: string, partnerships: Array<{ agency: { name: string, type: AgencyType }, staffPlacements: Array<{ role: StaffRole, arrangement: PlacementArrangement }> }>, evidence: { nodes: Array<{ title: string, criteria: Array<{ note: string | null, criterion: { code: string, title: string } }> }> } }> } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Agency', id: string }
    | { __typename: 'Assessment', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Child', id: string }
    | { __typename: 'ChildOutcome', id: string }
    | { __typename: 'Criterion', id: string }
    | { __typename: 'CriterionRating', id: string }
    | { __typename: 'CriterionRatingRevision', id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'EvidenceLink', id: string }
    | { __typename: 'ExpectedPartner', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'InformationSharingAgreement', id: string }
    | { __typename: 'PartnerAbsence', id: string }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'SourceDocument', id: string }
    | { __typename: 'StaffPlacement', id: string }
    | { __typename: 'Yot', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Agency', name: string, id: string }
    | { __typename: 'Assessment', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Child', id: string }
    | { __typename: 'ChildOutcome', id: string }
    | { __typename: 'Criterion', id: string }
    | { __typename: 'CriterionRating', id: string }
    | { __typename: 'CriterionRatingRevision', id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'EvidenceLink', id: string }
    | { __typename: 'ExpectedPartner', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'InformationSharingAgreement', id: string }
    | { __typename: 'PartnerAbsence', id: string }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'SourceDocument', id: string }
    | { __typename: 'StaffPlacement', id: string }
    | { __typename: 'Yot', code: string, id: string }
   | null> };

export type YotAssessorViewQueryVariables = Exact<{
  code: string;
}>;


export type YotAssessorViewQuery = { yot: { name: string, coverage: { partnerCoverage: number, statutoryPartnerCoverage: number, coLocationRatio: number | null, agreementCoverage: number | null, criteriaWithEvidence: number, criteriaEvidencedByTwoOrMoreAgencyTypes: number, award: { state: AwardState, current: boolean, validUntil: string | null, reverificationDue: boolean | null, assessment: { level: AwardLevel, kind: AssessmentKind, commendations: Array<Commendation> } } | null, partners: Array<{ agencyType: AgencyType, state: PartnerState, hasActivePartnership: boolean, placedStaff: number }> } } | null, criterionCoverage: Array<{ evidenceCount: number, contributingAgencyTypes: Array<AgencyType>, triangulated: boolean, band: RatingBand | null, gap: boolean, criterion: { code: string } }> | null, gaps: Array<{ kind: GapKind, node:
      | { __typename: 'Agency' }
      | { __typename: 'Assessment' }
      | { __typename: 'AuditEvent' }
      | { __typename: 'Child' }
      | { __typename: 'ChildOutcome' }
      | { __typename: 'Criterion' }
      | { __typename: 'CriterionRating' }
      | { __typename: 'CriterionRatingRevision' }
      | { __typename: 'Evidence' }
      | { __typename: 'EvidenceLink' }
      | { __typename: 'ExpectedPartner' }
      | { __typename: 'Framework' }
      | { __typename: 'InformationSharingAgreement' }
      | { __typename: 'PartnerAbsence' }
      | { __typename: 'Partnership' }
      | { __typename: 'SourceDocument' }
      | { __typename: 'StaffPlacement' }
      | { __typename: 'Yot' }
     }> | null, criteria: Array<{ code: string, evidence: { nodes: Array<{ title: string, providedBy: { name: string } | null, agenciesInvolved: Array<{ type: AgencyType }>, partnership: { status: PartnershipStatus } | null, agreements: Array<{ title: string }>, citedIn: Array<{ band: RatingBand }> }> } }> };

export type SyntheticCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type SyntheticCoverageQuery = { coverage: { totalCount: number, nodes: Array<{ expectedPartners: number, partnerCoverage: number, yot: { code: string }, partners: Array<{ evidenceCount: number }> }> } };

export type SyntheticOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type SyntheticOutcomesQuery = { outcomeSummary: { rows: Array<{ measure: OutcomeMeasure | null, cohort: number | null }> } | null };

export type TruthfulYotQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type TruthfulYotQuery = { yot: { id: string, version: number, code: string, hostAuthorities: Array<{ id: string, name: string, type: AgencyType, basis: RecordBasis, sourceDocument: { key: string } | null }>, partnerships: Array<{ statutory: boolean, basis: RecordBasis, standing: PartnershipStanding, agency: { id: string, name: string, type: AgencyType, basis: RecordBasis, ceasedOn: string | null, ceased: boolean, successor: { name: string, type: AgencyType, sourceDocument: { key: string, title: string, publisher: string | null, url: string | null } | null } | null, ceasedSource: { key: string, title: string, publisher: string | null, url: string | null } | null } }>, staffPlacements: Array<{ role: StaffRole, arrangement: PlacementArrangement, basis: RecordBasis, agency: { name: string } | null }>, partnerAbsences: Array<{ id: string, version: number, agencyType: AgencyType, startedOn: string | null, endedOn: string | null, note: string, recordedBy: string }>, statutoryTeam: Array<{ member: StatutoryTeamMember, countingRoles: Array<StaffRole>, countingEmployerTypes: Array<AgencyType>, recorded: boolean, staff: number, staffWithoutNamedEmployer: number, rolesFound: Array<StaffRole>, staffNotCounted: number, basis: string | null }>, assessments: Array<{ kind: AssessmentKind, level: AwardLevel, status: AssessmentStatus, commendations: Array<Commendation>, decidedOn: string | null, decidedOnPrecision: DatePrecision, validUntil: string | null, awardState: AwardState | null, sourceDocument: { key: string } | null, dateSource: { key: string, title: string, publisher: string | null, url: string | null } | null }>, coverage: { partnerCoverage: number, knownPartnerCoverage: number | null, statutoryPartnerCoverage: number, coLocationRatio: number | null, agreementCoverage: number | null, expectedPartners: number, partnersInPlace: number, partnersNotRecorded: number, partnersRecordedAbsent: number, partnersCeased: number, partnerStaffOfUnknownType: number, ratios: Array<{ kind: CoverageRatioKind, value: number | null, numerator: number, denominator: number, knownCount: number, computedOver: string }>, award: { state: AwardState, current: boolean, validUntil: string | null, validUntilPrecision: DatePrecision, reverificationDue: boolean | null, assessment: { kind: AssessmentKind, commendations: Array<Commendation> } } | null, partners: Array<{ agencyType: AgencyType, statutory: boolean, state: PartnerState, basis: PartnerStateBasis | null, hostProvided: boolean, hasActivePartnership: boolean, ceasedPartnerships: number, placedStaff: number, staffPractising: number, staffWithoutNamedEmployer: number }> } } | null, gaps: Array<{ kind: GapKind, message: string, node:
      | { __typename: 'Agency', id: string }
      | { __typename: 'Assessment', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'Child', id: string }
      | { __typename: 'ChildOutcome', id: string }
      | { __typename: 'Criterion', id: string }
      | { __typename: 'CriterionRating', id: string }
      | { __typename: 'CriterionRatingRevision', id: string }
      | { __typename: 'Evidence', id: string }
      | { __typename: 'EvidenceLink', id: string }
      | { __typename: 'ExpectedPartner', id: string }
      | { __typename: 'Framework', id: string }
      | { __typename: 'InformationSharingAgreement', id: string }
      | { __typename: 'PartnerAbsence', id: string }
      | { __typename: 'Partnership', id: string }
      | { __typename: 'SourceDocument', id: string }
      | { __typename: 'StaffPlacement', id: string }
      | { __typename: 'Yot', id: string }
     }> | null };

export type TruthfulFrameworkQueryVariables = Exact<{ [key: string]: never; }>;


export type TruthfulFrameworkQuery = { framework: { name: string, ratingScale: string | null, description: string | null, sourceDocument: { key: string, title: string, publisher: string | null, url: string | null } | null, ratingBands: Array<{ band: RatingBand, label: string, published: boolean, origin: string }>, criteria: Array<{ code: string, wording: string, wordingSource: WordingSource, numberingSource: WordingSource, sourceNote: string | null, sourceDocument: { key: string, url: string | null } | null }>, expectedPartners: Array<{ agencyType: AgencyType, statutory: boolean, hostProvided: boolean }> } | null };

export type TruthfulSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type TruthfulSourcesQuery = { agencies: { nodes: Array<{ name: string, type: AgencyType, basis: RecordBasis, sourceDocument: { key: string, title: string, publisher: string | null, url: string | null, file: string | null } | null, ceasedSource: { key: string, url: string | null } | null }> } };

export type RecordPartnerAbsenceMutationVariables = Exact<{
  input: RecordPartnerAbsenceInput;
}>;


export type RecordPartnerAbsenceMutation = { recordPartnerAbsence: { partnerAbsence: { id: string, version: number, agencyType: AgencyType, startedOn: string | null, endedOn: string | null, note: string, recordedBy: string }, yot: { code: string } } | null };

export type WithdrawPartnerAbsenceMutationVariables = Exact<{
  input: WithdrawPartnerAbsenceInput;
}>;


export type WithdrawPartnerAbsenceMutation = { withdrawPartnerAbsence: { partnerAbsence: { id: string, agencyType: AgencyType, endedOn: string | null } } | null };

export type UpdateYotHostsMutationVariables = Exact<{
  input: UpdateYotInput;
}>;


export type UpdateYotHostsMutation = { updateYot: { yot: { code: string, version: number, hostAuthorities: Array<{ name: string }> } } | null };

export type CoverageOfYotQueryVariables = Exact<{
  code: string;
}>;


export type CoverageOfYotQuery = { yot: { id: string, coverage: { partnersWithActivePartnership: number, partners: Array<{ agencyType: AgencyType, activePartnerships: number }> } } | null, coverageByRegion: Array<{ region: string, partnersWithActivePartnership: number }> };

export type AddPartnershipWithCoverageMutationVariables = Exact<{
  input: AddPartnershipInput;
}>;


export type AddPartnershipWithCoverageMutation = { addPartnership: { yot: { coverage: { partnersWithActivePartnership: number, partners: Array<{ agencyType: AgencyType, activePartnerships: number }> } } } | null };

export type YotByCodeQueryVariables = Exact<{
  code: string;
}>;


export type YotByCodeQuery = { yot: { id: string, code: string, name: string, localAuthorities: Array<string>, region: string, nation: Nation, description: string | null, minAge: number | null, maxAge: number | null, website: string | null, version: number, sourceDocument: { key: string, title: string, publisher: string | null, author: string | null, file: string | null, url: string | null } | null, partnerships: Array<{ id: string, statutory: boolean, boardMember: boolean | null, status: PartnershipStatus, startedOn: string | null, endedOn: string | null, notes: string | null, agency: { id: string, name: string, type: AgencyType, notes: string | null, sourceDocument: { key: string } | null }, staffPlacements: Array<{ role: StaffRole, arrangement: PlacementArrangement }> }>, staffPlacements: Array<{ role: StaffRole, arrangement: PlacementArrangement, fte: number | null, notes: string | null, agency: { name: string, type: AgencyType } | null, partnership: { id: string } | null, sourceDocument: { key: string } | null }>, agreements: Array<{ title: string }>, assessments: Array<{ id: string, level: AwardLevel, kind: AssessmentKind, status: AssessmentStatus, decidedOn: string | null, validUntil: string | null, commendations: Array<Commendation>, summary: string | null, framework: { code: string, validityMonths: number }, sourceDocument: { key: string } | null, ratings: Array<{ score: number | null, band: RatingBand, rationale: string | null, criterion: { code: string }, evidence: Array<{ title: string, reviewState: EvidenceReviewState }>, sourceDocument: { key: string } | null }> }> } | null };

export type YotPartnershipsQueryVariables = Exact<{
  code: string;
  status?: PartnershipStatus | null | undefined;
}>;


export type YotPartnershipsQuery = { yot: { partnerships: Array<{ status: PartnershipStatus, agency: { name: string } }> } | null };

export type YotEvidenceQueryVariables = Exact<{
  code: string;
  filter?: EvidenceFilter | null | undefined;
  orderBy?: Array<EvidenceOrder> | EvidenceOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type YotEvidenceQuery = { yot: { evidence: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ title: string, kind: EvidenceKind, status: EvidenceStatus, reviewState: EvidenceReviewState, occurredOn: string | null }> } } | null };

export type YotChildrenQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  sendStatuses?: Array<SendStatus> | SendStatus | null | undefined;
}>;


export type YotChildrenQuery = { yot: { children: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ ref: string, ageBand: AgeBand, sendStatus: SendStatus, needs: Array<string>, yot: { code: string }, outcomes: Array<{ measure: OutcomeMeasure, met: boolean, period: string, recordedBy: { name: string } | null, child: { ref: string } }> }> } | null } | null };

export type YotAgreementsQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type YotAgreementsQuery = { yot: { agreements: Array<{ title: string, purpose: string, lawfulBasis: Array<string>, dataCategories: Array<string>, signedOn: string | null, reviewDue: string | null, status: AgreementStatus, isCurrent: boolean, parties: Array<{ name: string }>, yot: { code: string } }> } | null };

export type YotsQueryVariables = Exact<{
  filter?: YotFilter | null | undefined;
  orderBy?: Array<YotOrder> | YotOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type YotsQuery = { yots: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, region: string, nation: Nation } }> } };


export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const AgencyRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceProvided"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyRelationsQuery, AgencyRelationsQueryVariables>;
export const AssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselineAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentsQuery, AssessmentsQueryVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const EvidenceHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceHistoryQuery, EvidenceHistoryQueryVariables>;
export const CoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"}},{"kind":"Field","name":{"kind":"Name","value":"partnersWithActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"partnersInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"partnersRecordedAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"partnersCeased"}},{"kind":"Field","name":{"kind":"Name","value":"partnersNotRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"knownPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"coLocationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"partnerStaffOfUnknownType"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaWithEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaEvidencedByTwoOrMoreAgencyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"hostProvided"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"activePartnerships"}},{"kind":"Field","name":{"kind":"Name","value":"ceasedPartnerships"}},{"kind":"Field","name":{"kind":"Name","value":"boardMember"}},{"kind":"Field","name":{"kind":"Name","value":"placedFte"}},{"kind":"Field","name":{"kind":"Name","value":"placedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"staffPractising"}},{"kind":"Field","name":{"kind":"Name","value":"staffWithoutNamedEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedEvidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaEvidenced"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const YotCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotCoverageQuery, YotCoverageQueryVariables>;
export const CoverageByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageByRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"yots"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"}},{"kind":"Field","name":{"kind":"Name","value":"partnersWithActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"partnersInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"partnersNotRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"partnersRecordedAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"partnersCeased"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"knownPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"coLocationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"averageCriteriaWithEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"averageCriteriaEvidencedByTwoOrMoreAgencyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"yotsWithCurrentAward"}},{"kind":"Field","name":{"kind":"Name","value":"yotsWithAwardOfUnknownDate"}},{"kind":"Field","name":{"kind":"Name","value":"yotsDueReverification"}}]}}]}}]} as unknown as DocumentNode<CoverageByRegionQuery, CoverageByRegionQueryVariables>;
export const CriterionCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriterionCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedEvidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"contributingAgencyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"triangulated"}},{"kind":"Field","name":{"kind":"Name","value":"latestEvidenceOn"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]} as unknown as DocumentNode<CriterionCoverageQuery, CriterionCoverageQueryVariables>;
export const ContributionMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContributionMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributionMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedEvidenceCount"}}]}}]}}]} as unknown as DocumentNode<ContributionMatrixQuery, ContributionMatrixQueryVariables>;
export const GapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpectedPartner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationSharingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GapsQuery, GapsQueryVariables>;
export const EvidenceTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-06-30","block":false}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceTrailQuery, EvidenceTrailQueryVariables>;
export const OutcomeSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomeSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeSummaryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"sendStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<OutcomeSummaryQuery, OutcomeSummaryQueryVariables>;
export const CoverageCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedEvidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"contributingAgencyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"triangulated"}},{"kind":"Field","name":{"kind":"Name","value":"latestEvidenceOn"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoverageCriteriaQuery, CoverageCriteriaQueryVariables>;
export const ProtectedOutcomeSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProtectedOutcomeSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeSummaryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"sendStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<ProtectedOutcomeSummaryQuery, ProtectedOutcomeSummaryQueryVariables>;
export const EvidenceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceListQuery, EvidenceListQueryVariables>;
export const EvidenceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceDetailQuery, EvidenceDetailQueryVariables>;
export const CriterionTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriterionTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CriterionTrailQuery, CriterionTrailQueryVariables>;
export const FrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Framework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"developedBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"wordingSource"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkQuery, FrameworkQueryVariables>;
export const ScopedListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopedLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"partnerOfYotCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"evidenceByCode"},"name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"evidenceById"},"name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageByRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"yots"}}]}}]}}]} as unknown as DocumentNode<ScopedListsQuery, ScopedListsQueryVariables>;
export const EvidenceHistoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceHistories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceHistoriesQuery, EvidenceHistoriesQueryVariables>;
export const SearchEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SearchEvidenceQuery, SearchEvidenceQueryVariables>;
export const SearchAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SearchAgenciesQuery, SearchAgenciesQueryVariables>;
export const CoverageAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageAsOfQuery, CoverageAsOfQueryVariables>;
export const CreateYotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateYot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateYotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createYot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateYotMutation, CreateYotMutationVariables>;
export const UpdateYotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateYot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateYotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateYot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateYotMutation, UpdateYotMutationVariables>;
export const CreateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolUrn"}},{"kind":"Field","name":{"kind":"Name","value":"ukprn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAgencyMutation, CreateAgencyMutationVariables>;
export const UpdateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAgencyMutation, UpdateAgencyMutationVariables>;
export const AddPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"boardMember"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddPartnershipMutation, AddPartnershipMutationVariables>;
export const UpdatePartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardMember"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePartnershipMutation, UpdatePartnershipMutationVariables>;
export const EndPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndPartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]}}]} as unknown as DocumentNode<EndPartnershipMutation, EndPartnershipMutationVariables>;
export const AddStaffPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStaffPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStaffPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStaffPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddStaffPlacementMutation, AddStaffPlacementMutationVariables>;
export const EndStaffPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndStaffPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndStaffPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endStaffPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<EndStaffPlacementMutation, EndStaffPlacementMutationVariables>;
export const RecordAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-06-01","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAgreementMutation, RecordAgreementMutationVariables>;
export const UpdateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAgreementMutation, UpdateAgreementMutationVariables>;
export const RecordEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordEvidenceMutation, RecordEvidenceMutationVariables>;
export const UpdateEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEvidenceMutation, UpdateEvidenceMutationVariables>;
export const ReviewEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewEvidenceMutation, ReviewEvidenceMutationVariables>;
export const LinkEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkEvidenceMutation, LinkEvidenceMutationVariables>;
export const UnlinkEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnlinkEvidenceMutation, UnlinkEvidenceMutationVariables>;
export const WithdrawEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawEvidenceMutation, WithdrawEvidenceMutationVariables>;
export const StartAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"baselineAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StartAssessmentMutation, StartAssessmentMutationVariables>;
export const RateCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"ratedBy"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"ratedBy"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RateCriterionMutation, RateCriterionMutationVariables>;
export const DecideAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<DecideAssessmentMutation, DecideAssessmentMutationVariables>;
export const RegisterChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"sendStatus"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterChildMutation, RegisterChildMutationVariables>;
export const RecordOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RecordOutcomesMutation, RecordOutcomesMutationVariables>;
export const NestedPartnershipsAndEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedPartnershipsAndEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedPartnershipsAndEvidenceQuery, NestedPartnershipsAndEvidenceQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Yot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const YotAssessorViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotAssessorView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"coLocationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaWithEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaEvidencedByTwoOrMoreAgencyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"placedStaff"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"contributingAgencyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"triangulated"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotAssessorViewQuery, YotAssessorViewQueryVariables>;
export const SyntheticCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyntheticCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SyntheticCoverageQuery, SyntheticCoverageQueryVariables>;
export const SyntheticOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyntheticOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}}]}}]}}]}}]} as unknown as DocumentNode<SyntheticOutcomesQuery, SyntheticOutcomesQueryVariables>;
export const TruthfulYotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TruthfulYot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hostAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"ceasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ceased"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ceasedSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerAbsences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"countingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"countingEmployerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"staffWithoutNamedEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"rolesFound"}},{"kind":"Field","name":{"kind":"Name","value":"staffNotCounted"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"awardState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"knownPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"coLocationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"}},{"kind":"Field","name":{"kind":"Name","value":"partnersInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"partnersNotRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"partnersRecordedAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"partnersCeased"}},{"kind":"Field","name":{"kind":"Name","value":"partnerStaffOfUnknownType"}},{"kind":"Field","name":{"kind":"Name","value":"ratios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"knownCount"}},{"kind":"Field","name":{"kind":"Name","value":"computedOver"}}]}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validUntilPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"hostProvided"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"ceasedPartnerships"}},{"kind":"Field","name":{"kind":"Name","value":"placedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"staffPractising"}},{"kind":"Field","name":{"kind":"Name","value":"staffWithoutNamedEmployer"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TruthfulYotQuery, TruthfulYotQueryVariables>;
export const TruthfulFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TruthfulFramework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"wordingSource"}},{"kind":"Field","name":{"kind":"Name","value":"numberingSource"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNote"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"hostProvided"}}]}}]}}]}}]} as unknown as DocumentNode<TruthfulFrameworkQuery, TruthfulFrameworkQueryVariables>;
export const TruthfulSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TruthfulSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"file"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ceasedSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TruthfulSourcesQuery, TruthfulSourcesQueryVariables>;
export const RecordPartnerAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPartnerAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPartnerAbsenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPartnerAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerAbsence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPartnerAbsenceMutation, RecordPartnerAbsenceMutationVariables>;
export const WithdrawPartnerAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPartnerAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawPartnerAbsenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPartnerAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerAbsence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawPartnerAbsenceMutation, WithdrawPartnerAbsenceMutationVariables>;
export const UpdateYotHostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateYotHosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateYotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateYot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hostAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateYotHostsMutation, UpdateYotHostsMutationVariables>;
export const CoverageOfYotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageOfYot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnersWithActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"activePartnerships"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageByRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"partnersWithActivePartnership"}}]}}]}}]} as unknown as DocumentNode<CoverageOfYotQuery, CoverageOfYotQueryVariables>;
export const AddPartnershipWithCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPartnershipWithCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnersWithActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"activePartnerships"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddPartnershipWithCoverageMutation, AddPartnershipWithCoverageMutationVariables>;
export const YotByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"boardMember"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotByCodeQuery, YotByCodeQueryVariables>;
export const YotPartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotPartnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotPartnershipsQuery, YotPartnershipsQueryVariables>;
export const YotEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotEvidenceQuery, YotEvidenceQueryVariables>;
export const YotChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sendStatuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sendStatuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sendStatuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"sendStatus"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotChildrenQuery, YotChildrenQueryVariables>;
export const YotAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotAgreementsQuery, YotAgreementsQueryVariables>;
export const YotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Yots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"YotFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YotOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotsQuery, YotsQueryVariables>;