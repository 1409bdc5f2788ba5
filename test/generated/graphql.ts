/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an action-plan item was raised from. */
export type ActionSource =
  /** A development area: an assessor's rating of a statement. */
  | 'ASSESSOR_RATING'
  /** A finding of the `gaps` view (kind and node kept in `answersGaps`). */
  | 'GAP'
  /** Raised directly. */
  | 'NONE'
  /** A low self-score (3 or less) in a self-assessment. */
  | 'SELF_ASSESSMENT';

/** What an action is raised from: give at most one of the three (none: raised directly). */
export type ActionSourceInput = {
  /** The statement of the low self-score (with `selfAssessmentId`). */
  criterionId?: string | number | null | undefined;
  /** An assessor's rating of the YOT (a development area). */
  criterionRatingId?: string | number | null | undefined;
  /** A current gap of the YOT; refused when `gaps` does not report it today. */
  gap?: GapSourceInput | null | undefined;
  /** A self-assessment of the YOT; with `criterionId`, whose self-score must be 3 or less. */
  selfAssessmentId?: string | number | null | undefined;
};

/** Where an action-plan item stands. */
export type ActionStatus =
  /** Done; at least one evidence item shows it (`closingEvidence`). */
  | 'DONE'
  /** Will not be done; `droppedReason` says why. */
  | 'DROPPED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Agreed, not started. */
  | 'OPEN';

/** A new member of a board. */
export type AddBoardMemberInput = {
  /** The agency they represent. */
  agencyId: string | number;
  /** The board. */
  boardId: string | number;
  /** True for the chair (default false). */
  chair?: boolean | null | undefined;
  /** First day on the board. */
  joinedOn: string;
  /** Their post (2 to 200 characters). */
  role: string;
  /** How senior they are in their agency. */
  seniority: Seniority;
};

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
  /** Only agencies with a partnership active today (running, not ended, the body not ceased) with one of these YOTs, by ONS code. A PARTNER token counts only the YOTs its agency works with. */
  activePartnerOfYotCodes?: Array<string> | null | undefined;
  /** Only agencies party to an information-sharing agreement (any status) of one of these YOTs, by ONS code. */
  agreementPartyOfYotCodes?: Array<string> | null | undefined;
  /** true: only agencies that have ceased by today (`ceasedOn` on or before today); false: only those that still exist. */
  ceased?: boolean | null | undefined;
  /** Only agencies with an active partnership today with at least this many YOTs (the `activePartnerYotCount` the caller sees). */
  minActivePartnerYots?: number | null | undefined;
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
  /** How many YOTs the agency has an active partnership with today (`activePartnerYotCount`); DESC lists the agencies partnering with the most YOTs first. */
  | 'ACTIVE_PARTNER_YOT_COUNT'
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

/** A dimension to group an aggregate by. Each aggregate field lists the dimensions it accepts; any other answers BAD_USER_INPUT. */
export type AggregateDimension =
  /** The agency (`key.agency`), as for AGENCY_TYPE. */
  | 'AGENCY'
  /** The agency type (`key.agencyType`): the providing agency for evidence, the partner for partnerships and placements, a party for agreements, the agency's own for agencies, and for gaps the partner type or agency the gap concerns (null for other gaps). */
  | 'AGENCY_TYPE'
  /** Placement arrangement (`key.arrangement`). */
  | 'ARRANGEMENT'
  /** Whether the agency had ceased by `asOf` (`key.ceased`). */
  | 'CEASED'
  /** The criterion evidence is linked to (`key.criterionCode`); an item linked to several counts once in each. For gaps, the criterion a criterion or rating gap concerns (null for other gaps). */
  | 'CRITERION'
  /** Whether the row holds on `asOf` (`key.current`): evidence countable, partnership active, agreement in force, placement running; the same rules as every view. */
  | 'CURRENT'
  /** Evidence kind (`key.evidenceKind`) or gap kind (`key.gapKind`). */
  | 'KIND'
  /** The YOT's nation (`key.nation`). */
  | 'NATION'
  /** Calendar quarter `YYYY-Qn` (`key.quarter`) of the row's main date: evidence `recordedAt`, partnership and placement `startedOn`, agreement `signedOn`; null when the date is unknown. */
  | 'QUARTER'
  /** The YOT's region (`key.region`). */
  | 'REGION'
  /** Evidence review state (`key.reviewState`). */
  | 'REVIEW_STATE'
  /** Staff role of a placement (`key.staffRole`). */
  | 'ROLE'
  /** Gap severity (`key.gapSeverity`). */
  | 'SEVERITY'
  /** Status of the row (`key.evidenceStatus`, `key.partnershipStatus` or `key.agreementStatus`). */
  | 'STATUS'
  /** Whether the partnership is statutory (`key.statutory`). */
  | 'STATUTORY'
  /** The YOT (`key.yot`). */
  | 'YOT';

/** Narrows an aggregate over information-sharing agreements; all given conditions must hold. */
export type AgreementAggregateFilter = {
  /** true: only agreements in force on `asOf`; false: only those that are not. */
  inForce?: boolean | null | undefined;
  /** Only agreements of YOTs in these nations. */
  nations?: Array<Nation> | null | undefined;
  /** Only agreements to which one of these agencies (global ids) is party. */
  partyIds?: Array<string | number> | null | undefined;
  /** Only agreements with a party of one of these types. */
  partyTypes?: Array<AgencyType> | null | undefined;
  /** Only agreements of YOTs in these regions (any case; unknown is BAD_USER_INPUT). */
  regions?: Array<string> | null | undefined;
  /** Only agreements due for review within this range (inclusive). */
  reviewDue?: DateRange | null | undefined;
  /** Only agreements signed within this range (inclusive). */
  signedOn?: DateRange | null | undefined;
  /** Only agreements in these statuses. */
  statuses?: Array<AgreementStatus> | null | undefined;
  /** Only agreements of these YOTs (ONS codes). */
  yotCodes?: Array<string> | null | undefined;
};

/** One ordering term for `agreements`; later terms break ties of earlier ones. */
export type AgreementOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection | null | undefined;
  /** Field to order by. */
  field: AgreementOrderField;
};

/** Fields `agreements` can be ordered by (agreements without the date come last). */
export type AgreementOrderField =
  /** When the agreement must next be reviewed. */
  | 'REVIEW_DUE'
  /** When the last party signed. */
  | 'SIGNED_ON'
  /** Title of the agreement. */
  | 'TITLE';

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
  /** Only assessments decided within this range of days (inclusive; undecided or undated ones are excluded). */
  decidedOn?: DateRange | null | undefined;
  /** Only assessments of one of these kinds (initial or redesignation). */
  kinds?: Array<AssessmentKind> | null | undefined;
  /** Only assessments at one of these levels. */
  levels?: Array<AwardLevel> | null | undefined;
  /** Only assessments of YOTs in one of these regions (names from `regions`, any case; unknown is BAD_USER_INPUT). */
  regions?: Array<string> | null | undefined;
  /** Only assessments in one of these states. */
  statuses?: Array<AssessmentStatus> | null | undefined;
  /** Only awards valid until a day within this range (inclusive; e.g. awards expiring this year). */
  validUntil?: DateRange | null | undefined;
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
  /** Not decided: after moderation the moderator asked for additional evidence before a decision. Ratings can still change. */
  | 'ADDITIONAL_EVIDENCE_REQUESTED'
  /** Decided: the award was made. Ratings are locked. */
  | 'AWARDED'
  /** Not decided: the decision was deferred (e.g. to a later moderation meeting). Ratings can still change. */
  | 'DEFERRED'
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

/** The child's status with children's social care, the most intensive that applies. */
export type CareStatus =
  /** A child in need (Children Act 1989 s.17). */
  | 'CHILD_IN_NEED'
  /** Subject to a child protection plan. */
  | 'CHILD_PROTECTION'
  /** Receiving early help. */
  | 'EARLY_HELP'
  /** A looked-after child (in the care of the local authority). */
  | 'LOOKED_AFTER'
  /** No involvement of children's social care. */
  | 'NONE';

/** Narrows the change feed; all given conditions must hold. */
export type ChangeFilter = {
  /** True: only changes that can alter a YOT's coverage view; false: only those that cannot. */
  affectsCoverage?: boolean | null | undefined;
  /** Only changes of these kinds. */
  kinds?: Array<ChangeKind> | null | undefined;
  /** Only changes concerning these YOTs (ONS codes). An unknown code is NOT_FOUND; a YOT the caller may not see is FORBIDDEN. */
  yotCodes?: Array<string> | null | undefined;
};

/** What sort of change a change-feed entry reports. */
export type ChangeKind =
  /** An item of the YOT's action plan was added or changed (`createActionPlanItem`, `updateActionPlanItem`). */
  | 'ACTION_PLAN_CHANGED'
  /** An information-sharing agreement was recorded or changed. */
  | 'AGREEMENT_CHANGED'
  /** An award assessment was decided (`decideAssessment`). */
  | 'ASSESSMENT_DECIDED'
  /** An award assessment was started (`startAssessment`). */
  | 'ASSESSMENT_STARTED'
  /** The YOT's management board, its members or a meeting's attendance were recorded or changed (KPI 7 may move). */
  | 'BOARD_CHANGED'
  /** A partnership, staff placement or recorded partner absence changed, so the YOT's partner coverage may have changed. */
  | 'COVERAGE_CHANGED'
  /** An evidence item was updated, linked to or unlinked from a criterion, or withdrawn. */
  | 'EVIDENCE_CHANGED'
  /** An evidence item was recorded (`recordEvidence`). */
  | 'EVIDENCE_RECORDED'
  /** An evidence item was reviewed by an assessor (`reviewEvidence`). */
  | 'EVIDENCE_REVIEWED'
  /** A criterion rating was given or changed (`rateCriterion`, or copied from a baseline when an assessment starts). */
  | 'RATING_CHANGED'
  /** The YOT's self-assessment was recorded or changed (`createSelfAssessment`, `updateSelfAssessment`). */
  | 'SELF_ASSESSMENT_CHANGED'
  /** The YOT itself was created or changed (name, region, host authorities…). */
  | 'YOT_CHANGED';

/** The published announcement of a decided assessment. */
export type CiteAwardDecisionInput = {
  /** The decided assessment. */
  assessmentId: string | number;
  /** Publication date, when it gives one. */
  publishedOn?: string | null | undefined;
  /** Who published it. */
  publisher?: string | null | undefined;
  /** Title as published (3 to 300 characters). */
  title: string;
  /** Its web address (http or https). */
  url: string;
};

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

/** A new action-plan item. */
export type CreateActionPlanItemInput = {
  /** Statements it answers, besides any its source names. */
  criterionIds?: Array<string | number> | null | undefined;
  /** When it is due. */
  dueOn: string;
  /** The agency that owns it (the YOT's own service is an agency too). */
  ownerAgencyId: string | number;
  /** The role within that agency that answers for it. */
  ownerRole: StaffRole;
  /** What it is raised from. */
  source?: ActionSourceInput | null | undefined;
  /** What is to be done (3 to 500 characters). */
  title: string;
  /** The YOT. */
  yotId: string | number;
};

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

/** A YOT's management board. */
export type CreateBoardInput = {
  /** Its name (3 to 300 characters). */
  name: string;
  /** The YOT (one board each). */
  yotId: string | number;
};

/** A new self-assessment of a YOT. */
export type CreateSelfAssessmentInput = {
  /** The day the partnership scored itself; not in the future. */
  assessedOn: string;
  /** A note on the exercise as a whole (at most 4,000 characters). */
  note?: string | null | undefined;
  /** Agencies that took part (at least one, at most 50, no repeats). */
  participantAgencyIds: Array<string | number>;
  /** Scores, at most one per statement (at most 10). */
  scores: Array<SelfAssessmentScoreInput>;
  /** The YOT. */
  yotId: string | number;
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

/** An inclusive range of calendar days; either end may be left out. On a timestamp it covers whole UTC days (`to` includes its whole day). Rows with no date never match. */
export type DateRange = {
  /** First day included. */
  from?: string | null | undefined;
  /** Last day included. */
  to?: string | null | undefined;
};

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

/** Ethnicity in the five high-level groups of the ONS classification, plus "not known" (asked, not stated or not recorded by the case system). */
export type Ethnicity =
  /** Asian, Asian British or Asian Welsh. */
  | 'ASIAN'
  /** Black, Black British, Black Welsh, Caribbean or African. */
  | 'BLACK'
  /** Mixed or multiple ethnic groups. */
  | 'MIXED'
  /** Not known or not stated. */
  | 'NOT_KNOWN'
  /** Other ethnic group. */
  | 'OTHER'
  /** White. */
  | 'WHITE';

/** Narrows an evidence connection; all given conditions must hold. Withdrawn items are included unless `statuses` says otherwise. */
export type EvidenceFilter = {
  /** Only evidence provided by, or involving, an agency of one of these types. */
  agencyTypes?: Array<AgencyType> | null | undefined;
  /** true: only evidence that counts on `currentOn` (default today), exactly as criterion coverage counts it: current (not withdrawn), not rejected, not expired (its expiry day still counts) and already produced (or undated). false: only evidence that does not count on that day. */
  countable?: boolean | null | undefined;
  /** Only evidence linked to one of these criterion codes (e.g. `S3`). */
  criterionCodes?: Array<string> | null | undefined;
  /** The day `countable` is judged on (default today). Given alone, it means `countable: true` on that day; with `criterionCodes` and `yotCodes` the total equals `criterionCoverage(asOf)`'s `evidenceCount`. */
  currentOn?: string | null | undefined;
  /** Only evidence expiring within this range of days (inclusive; items with no expiry are excluded). */
  expiresOn?: DateRange | null | undefined;
  /** Only evidence of one of these kinds. */
  kinds?: Array<EvidenceKind> | null | undefined;
  /**
   * Only evidence that occurred on or after this date (items with no date are excluded).
   * @deprecated Use `occurredOn: { from }`.
   */
  occurredFrom?: string | null | undefined;
  /** Only evidence produced within this range of days (inclusive; undated items are excluded). */
  occurredOn?: DateRange | null | undefined;
  /**
   * Only evidence that occurred on or before this date (items with no date are excluded).
   * @deprecated Use `occurredOn: { to }`.
   */
  occurredTo?: string | null | undefined;
  /** Only evidence provided by one of these agencies (global ids). */
  providedByIds?: Array<string | number> | null | undefined;
  /** Only evidence the hub received within this range of days (inclusive, whole UTC days). With `reviewStates: [SUBMITTED]` and `to` 90 days ago: evidence awaiting review for more than 90 days. */
  recordedAt?: DateRange | null | undefined;
  /** Only evidence in one of these review states. */
  reviewStates?: Array<EvidenceReviewState> | null | undefined;
  /** Only evidence an assessor reviewed within this range of days (inclusive, whole UTC days; never-reviewed items are excluded). */
  reviewedAt?: DateRange | null | undefined;
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

/** The child's exclusion history from school. */
export type ExclusionStatus =
  /** Never suspended or excluded. */
  | 'NONE'
  /** Not known. */
  | 'NOT_KNOWN'
  /** Permanently excluded at least once. */
  | 'PERMANENTLY_EXCLUDED'
  /** Suspended (fixed-period exclusion) at least once, never permanently excluded. */
  | 'SUSPENDED';

/** What kind of gap a finding reports. */
export type GapKind =
  /** An action-plan item is OPEN or IN_PROGRESS past its due date (node: the ActionPlanItem). */
  | 'ACTION_OVERDUE'
  /** An agreement in force is past its review date (node: the agreement). */
  | 'AGREEMENT_REVIEW_OVERDUE'
  /** The award's decision date is not recorded, so whether it is current is unknown (node: the Assessment). */
  | 'AWARD_DATE_UNKNOWN'
  /** The award has expired and no current award or award of unknown date follows it (node: the Assessment). */
  | 'AWARD_EXPIRED'
  /** The award expires within 6 months (node: the Assessment). */
  | 'AWARD_EXPIRING'
  /** A statutory partner agency attended fewer than half of the management board meetings held in the year up to `asOf` while it had a seat (KPI 7; node: the Agency). */
  | 'BOARD_ATTENDANCE_LOW'
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

/** How urgently a gap needs acting on, fixed by its kind (see `GAP_SEVERITY` in the README's "National gaps"). */
export type GapSeverity =
  /** A statutory duty or the award itself is at stake: a statutory partner recorded absent, a s.39(5) team member missing, an expired award or overdue redesignation, a rating its evidence no longer supports. */
  | 'HIGH'
  /** Worth recording or strengthening: an expected partner nothing is recorded about, single-agency evidence, evidence expiring or awaiting review. */
  | 'LOW'
  /** Coverage falls short of what the framework expects: an expected partner absent, a ceased partner body, missing or overdue agreements, a criterion without evidence, an award expiring or of unknown date, an overdue action-plan item, a statutory partner missing most board meetings. */
  | 'MEDIUM';

/** A finding of the `gaps` view, as `gaps` reports it today. */
export type GapSourceInput = {
  /** The gap's kind. */
  kind: GapKind;
  /** The `node.id` of the gap. */
  nodeId: string | number;
};

/** The ten key performance indicators of the Youth Justice Board for youth justice services (from April 2023), reported quarterly. KPIs 1–5 are measured for children in the community and on release from custody, at the start and the end of an intervention. */
export type Kpi =
  /** KPI 1: suitable accommodation. */
  | 'ACCOMMODATION'
  /** KPI 2: education, training and employment (ETE): in suitable ETE, and the hours offered and attended. */
  | 'ETE'
  /** KPI 7: management board attendance by statutory partners. Computed from board meetings and attendance (the management board module, `Yot.boardAttendance`), not from child observations: its figure (indicator STATUTORY_PARTNER_ATTENDANCE, cohort ALL_CHILDREN, stage IN_QUARTER) counts partner seats, not children, so it is exact for every caller. */
  | 'MANAGEMENT_BOARD_ATTENDANCE'
  /** KPI 4: mental health care and emotional wellbeing, as a funnel: need identified → support planned or offered → attending. */
  | 'MENTAL_HEALTH'
  /** KPI 6: out-of-court disposals. The YJB's full wording of KPIs 6–9 was not read by the hub's authors (shared/domain-facts.md), so the hub records only a yes/no per child as the youth justice service's case system reports it, and defines nothing further. */
  | 'OUT_OF_COURT_DISPOSALS'
  /** KPI 3: SEND/ALN: a child with identified SEND (England) or ALN (Wales), in suitable ETE, with a formal learning plan for the current academic year. */
  | 'SEND_ALN'
  /** KPI 9: serious violence. The YJB's full wording of KPIs 6–9 was not read by the hub's authors (shared/domain-facts.md), so the hub records only a yes/no per child as the youth justice service's case system reports it, and defines nothing further. */
  | 'SERIOUS_VIOLENCE'
  /** KPI 5: substance misuse, as a funnel: need identified → support planned or offered → attending. */
  | 'SUBSTANCE_MISUSE'
  /** KPI 10: victims (restorative justice). The hub records, per child, whether the YOT's case system counts the KPI as met; the YJB's full wording was not read. */
  | 'VICTIMS'
  /** KPI 8: wider services. The YJB's full wording of KPIs 6–9 was not read by the hub's authors (shared/domain-facts.md), so the hub records only a yes/no per child as the youth justice service's case system reports it, and defines nothing further. */
  | 'WIDER_SERVICES';

/** Which children a KPI observation or figure is about. */
export type KpiCohort =
  /** All children the KPI counts, without the community/custody split (KPIs 6, 8, 9, 10, for which the split is not known to apply); for KPI 7, which counts no children, the whole board. */
  | 'ALL_CHILDREN'
  /** Children on a community intervention (KPIs 1–5). */
  | 'COMMUNITY'
  /** Children released from custody (KPIs 1–5). */
  | 'RELEASED_FROM_CUSTODY';

/** A side of a KPI figure's fraction. */
export type KpiFigurePart =
  /** The observations counted in the denominator. */
  | 'DENOMINATOR'
  /** The observations counted in the numerator. */
  | 'NUMERATOR';

/** Which KPI figures to compute; all given conditions must hold. */
export type KpiFilter = {
  /** One figure per YOT (true, the default) or one over all the YOTs the filter selects (false). */
  byYot?: boolean;
  /** Only these KPIs. */
  kpis?: Array<Kpi> | null | undefined;
  /** The quarter, `YYYY-Qn`. */
  quarter: string;
  /** Only YOTs in these regions. */
  regions?: Array<string> | null | undefined;
  /** Only these YOTs (ONS codes). */
  yotCodes?: Array<string> | null | undefined;
};

/** One line of a KPI figure: a numerator over its denominator. Funnel lines (KPIs 3–5) have the children with the identified need as denominator. */
export type KpiIndicator =
  /** KPIs 4 and 5: attending the support / children with the need identified. */
  | 'ATTENDING'
  /** KPIs 6, 8, 9, 10: the KPI is met (as the case system reports it) / children observed. */
  | 'KPI_MET'
  /** KPIs 4 and 5: need identified / children observed. */
  | 'NEED_IDENTIFIED'
  /** KPI 3 composite: in suitable ETE AND with a formal learning plan / children with identified SEND/ALN. */
  | 'SEND_ALN_COMPOSITE'
  /** KPI 3: with a formal learning plan for the current academic year (EHCP in England, IDP in Wales, or another formal plan) / children with identified SEND/ALN. */
  | 'SEND_ALN_FORMAL_PLAN'
  /** KPI 3: with identified SEND/ALN / children observed. */
  | 'SEND_ALN_IDENTIFIED'
  /** KPI 3: in suitable ETE / children with identified SEND/ALN. */
  | 'SEND_ALN_IN_SUITABLE_ETE'
  /** KPI 7: statutory-partner attendances at management board meetings held in the quarter / statutory partners × meetings held (each meeting counts the statutory partner agencies with a member serving that day). Not child data: never perturbed or withheld. */
  | 'STATUTORY_PARTNER_ATTENDANCE'
  /** KPI 1: in suitable accommodation / children observed. */
  | 'SUITABLE_ACCOMMODATION'
  /** KPI 2: in suitable ETE / children observed; the figure also carries hours offered and attended. */
  | 'SUITABLE_ETE'
  /** KPIs 4 and 5: support planned or offered / children with the need identified. */
  | 'SUPPORT_OFFERED';

/** One child's observation for one KPI. Send exactly the flags the KPI uses (see `Kpi` and `KpiObservation`); anything else is refused. */
export type KpiObservationInput = {
  /** KPIs 4, 5, when the need is identified (requires supportOffered). */
  attending?: boolean | null | undefined;
  /** The child. */
  childId: string | number;
  /** COMMUNITY or RELEASED_FROM_CUSTODY for KPIs 1–5; ALL_CHILDREN otherwise. */
  cohort: KpiCohort;
  /** KPI 3, when SEND/ALN is identified. */
  formalPlan?: boolean | null | undefined;
  /** KPI 2, optional: ETE hours a week attended (0 to hoursOffered). */
  hoursAttended?: number | null | undefined;
  /** KPI 2, optional: ETE hours a week offered (0–168). */
  hoursOffered?: number | null | undefined;
  /** The KPI (not MANAGEMENT_BOARD_ATTENDANCE, which comes from board attendance). */
  kpi: Kpi;
  /** KPIs 1, 2, 6, 8, 9, 10; KPI 3 when SEND/ALN is identified (in suitable ETE). */
  met?: boolean | null | undefined;
  /** KPIs 3, 4, 5. */
  needIdentified?: boolean | null | undefined;
  /** Quarter, `YYYY-Qn`. */
  period: string;
  /** The agency that recorded it; omit when the YOT did. */
  recordedById?: string | number | null | undefined;
  /** START or END for KPIs 1–5; IN_QUARTER otherwise. */
  stage: KpiStage;
  /** KPIs 4, 5, when the need is identified. */
  supportOffered?: boolean | null | undefined;
};

/** When in the intervention a KPI observation was made. */
export type KpiStage =
  /** At the end of the intervention (KPIs 1–5). */
  | 'END'
  /** During the quarter, without start/end (KPIs 6–10). */
  | 'IN_QUARTER'
  /** At the start of the intervention (KPIs 1–5). */
  | 'START';

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

/** One person at a moderation meeting. */
export type ModerationAttendeeInput = {
  /** The agency they came from; omit for the moderator (the awarding body). */
  agencyId?: string | number | null | undefined;
  /** Their role, e.g. "SEND Manager", "Moderator" (2 to 200 characters). */
  role: string;
};

/** How a moderation meeting was held. */
export type ModerationMode =
  /** In person. */
  | 'IN_PERSON'
  /** By video call (as some redesignations are run). */
  | 'VIDEO';

/** The nation a youth justice service is in; it decides, for example, whether a SEND plan is an EHCP or an IDP. */
export type Nation =
  /** England: SEND plans are Education, Health and Care Plans (EHCPs). */
  | 'ENGLAND'
  /** Wales: additional learning needs plans are Individual Development Plans (IDPs). */
  | 'WALES';

/** Narrows the national gaps list; all given conditions must hold. */
export type NationalGapFilter = {
  /** Only gaps of one of these kinds (e.g. CRITERION_SINGLE_AGENCY: criteria evidenced by one agency type only). */
  kinds?: Array<GapKind> | null | undefined;
  /** Only gaps of YOTs in one of these nations. */
  nations?: Array<Nation> | null | undefined;
  /** Only gaps of YOTs in one of these regions (names from `regions`, any case; an unknown one is BAD_USER_INPUT). */
  regions?: Array<string> | null | undefined;
  /** Only gaps of one of these severities. */
  severities?: Array<GapSeverity> | null | undefined;
  /** Only gaps of these YOTs (ONS codes). */
  yotCodes?: Array<string> | null | undefined;
};

/** Whether a need has been established. */
export type NeedStatus =
  /** Identified by a screening or assessment. */
  | 'IDENTIFIED'
  /** Screened or assessed: no need. */
  | 'NONE'
  /** Not screened, or not known. */
  | 'NOT_KNOWN'
  /** Suspected, not yet assessed. */
  | 'SUSPECTED';

/** A neurodevelopmental need, diagnosed or under assessment. */
export type NeurodevelopmentalNeed =
  /** Acquired (including traumatic) brain injury. */
  | 'ACQUIRED_BRAIN_INJURY'
  /** Attention deficit hyperactivity disorder. */
  | 'ADHD'
  /** Autism spectrum condition. */
  | 'AUTISM'
  /** Learning disability. */
  | 'LEARNING_DISABILITY'
  /** Another neurodevelopmental need. */
  | 'OTHER';

/** A dimension to group child outcomes by. */
export type OutcomeDimension =
  /** Disproportionality: by whether the child is in alternative provision (`true`, `false` or `NOT_RECORDED`). */
  | 'ALTERNATIVE_PROVISION'
  /** Disproportionality: by the child's care status (`CareStatus` value, or `NOT_RECORDED`). */
  | 'CARE_STATUS'
  /** Disproportionality: by the child's ethnicity (`Ethnicity` value, or `NOT_RECORDED`). */
  | 'ETHNICITY'
  /** Disproportionality: by the child's exclusion history (`ExclusionStatus` value, or `NOT_RECORDED`). */
  | 'EXCLUSION'
  /** By outcome measure. */
  | 'MEASURE'
  /** Disproportionality: by whether the child has a neurodevelopmental need, diagnosed or under assessment (`IDENTIFIED`: one or more; `NONE`; or `NOT_RECORDED`). One group per child, never one per need, so the groups partition the outcomes like every other dimension. */
  | 'NEURODEVELOPMENTAL'
  /** By quarter (`YYYY-Qn`). */
  | 'PERIOD'
  /** By region. */
  | 'REGION'
  /** By the child's SEND status. */
  | 'SEND_STATUS'
  /** Disproportionality: by the child's sex (`Sex` value, or `NOT_RECORDED`). */
  | 'SEX'
  /** Disproportionality: by the child's speech, language and communication needs (`NeedStatus` value, or `NOT_RECORDED`). */
  | 'SLCN'
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

/** Narrows an aggregate over partnerships; all given conditions must hold. */
export type PartnershipAggregateFilter = {
  /** true: only partnerships active on `asOf` (running, not ended, the body not ceased); false: only those that are not. */
  active?: boolean | null | undefined;
  /** Only partnerships with agencies of these types. */
  agencyTypes?: Array<AgencyType> | null | undefined;
  /** Only partnerships that ended within this range (inclusive). */
  endedOn?: DateRange | null | undefined;
  /** Only partnerships of YOTs in these nations. */
  nations?: Array<Nation> | null | undefined;
  /** Only partnerships of YOTs in these regions (any case; unknown is BAD_USER_INPUT). */
  regions?: Array<string> | null | undefined;
  /** Only partnerships that started within this range (inclusive). */
  startedOn?: DateRange | null | undefined;
  /** Only partnerships in these statuses. */
  statuses?: Array<PartnershipStatus> | null | undefined;
  /** Only statutory (true) or non-statutory (false) partnerships. */
  statutory?: boolean | null | undefined;
  /** Only partnerships of these YOTs (ONS codes). */
  yotCodes?: Array<string> | null | undefined;
};

/** One ordering term for `partnerships`; later terms break ties of earlier ones. */
export type PartnershipOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection | null | undefined;
  /** Field to order by. */
  field: PartnershipOrderField;
};

/** Fields `partnerships` can be ordered by (undated partnerships come last). */
export type PartnershipOrderField =
  /** Last day. */
  | 'ENDED_ON'
  /** First day. */
  | 'STARTED_ON';

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

/** Narrows an aggregate over staff placements; all given conditions must hold. */
export type PlacementAggregateFilter = {
  /** Only placements employed by one of these agencies (global ids), through a partnership with the YOT. */
  agencyIds?: Array<string | number> | null | undefined;
  /** Only placements whose employing agency (through the partnership) is of one of these types; placements with no named employer never match. */
  agencyTypes?: Array<AgencyType> | null | undefined;
  /** Only placements with these arrangements. */
  arrangements?: Array<PlacementArrangement> | null | undefined;
  /** Only placements that ended within this range (inclusive). */
  endedOn?: DateRange | null | undefined;
  /** Only placements in YOTs of these nations. */
  nations?: Array<Nation> | null | undefined;
  /** Only placements in YOTs of these regions (any case; unknown is BAD_USER_INPUT). */
  regions?: Array<string> | null | undefined;
  /** Only placements of these roles. */
  roles?: Array<StaffRole> | null | undefined;
  /** true: only placements running on `asOf`; false: only those that are not. */
  running?: boolean | null | undefined;
  /** Only placements that started within this range (inclusive). */
  startedOn?: DateRange | null | undefined;
  /** Only placements in these YOTs (ONS codes). */
  yotCodes?: Array<string> | null | undefined;
};

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

/** One ordering term for `placements`; later terms break ties of earlier ones. */
export type PlacementOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection | null | undefined;
  /** Field to order by. */
  field: PlacementOrderField;
};

/** Fields `placements` can be ordered by (placements without the value come last). */
export type PlacementOrderField =
  /** When the placement ended. */
  | 'ENDED_ON'
  /** Full-time equivalents placed. */
  | 'FTE'
  /** When the placement began. */
  | 'STARTED_ON';

/** A rating of one criterion within an in-progress assessment. Every rating is kept; the latest counts. */
export type RateCriterionInput = {
  /** The assessment (not yet decided: IN_PROGRESS, ADDITIONAL_EVIDENCE_REQUESTED or DEFERRED). */
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

/** A board meeting and who was present; every other member serving that day is recorded absent. */
export type RecordBoardMeetingInput = {
  /** The board. */
  boardId: string | number;
  /** The day it met; not in the future, one meeting a day. */
  heldOn: string;
  /** Members present (each serving on that day; at most 100). */
  presentMemberIds: Array<string | number>;
};

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

/** An interim decision: additional evidence requested, the decision deferred, or back in progress. */
export type RecordInterimDecisionInput = {
  /** The assessment (not yet decided). */
  assessmentId: string | number;
  /** The `version` you last read. */
  expectedVersion: number;
  /** What was asked for or why it was deferred (required for those two; at most 4,000 characters). */
  note?: string | null | undefined;
  /** ADDITIONAL_EVIDENCE_REQUESTED, DEFERRED or IN_PROGRESS. */
  status: AssessmentStatus;
};

/** A batch of up to 5000 KPI observations, recorded all together or not at all. */
export type RecordKpiObservationsInput = {
  /** The observations (1–5000). */
  observations: Array<KpiObservationInput>;
};

/** A moderation meeting of an assessment. */
export type RecordModerationMeetingInput = {
  /** The assessment (not yet decided). */
  assessmentId: string | number;
  /** Who attended (1 to 50). */
  attendees: Array<ModerationAttendeeInput>;
  /** The day it met; not in the future nor before the assessment started. */
  heldOn: string;
  /** In person or by video. */
  mode: ModerationMode;
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

/** The partnership's submission of evidence and case studies for an assessment. */
export type RecordSubmissionInput = {
  /** The assessment (not yet decided). */
  assessmentId: string | number;
  /** The awarding body it was submitted to. */
  awardingBodyId: string | number;
  /** The evidence items submitted (the YOT's own, not withdrawn; at most 200). Case studies are those of kind CASE_STUDY. */
  evidenceIds: Array<string | number>;
  /** The day it was submitted; not in the future. A later submission (e.g. additional evidence) replaces it. */
  submittedOn: string;
};

/** A pseudonymised child known to a YOT. */
export type RegisterChildInput = {
  /** Age band at registration. */
  ageBand: AgeBand;
  /** In alternative provision; omit when not recorded. */
  alternativeProvision?: boolean | null | undefined;
  /** Status with children's social care; omit when not recorded. */
  careStatus?: CareStatus | null | undefined;
  /** Ethnicity (ONS five high-level groups); omit when not recorded. */
  ethnicity?: Ethnicity | null | undefined;
  /** Exclusion history; omit when not recorded. */
  exclusion?: ExclusionStatus | null | undefined;
  /** Broad areas of need. */
  needs?: Array<string>;
  /** Neurodevelopmental needs, each at most once (empty list: none); omit when not recorded. */
  neurodevelopmentalNeeds?: Array<NeurodevelopmentalNeed> | null | undefined;
  /** Pseudonymous reference, unique in the YOT, written `PREFIX-NUMBER` or `PREFIX-NUMBER-NUMBER` (1–3 capital letters, then one or two groups of 1–8 digits, e.g. `BYJ-0001`), where no group or pair of groups reads as a date. Never a name, date of birth or case-system id: anything else is refused, e.g. `01APR2009`, `JANE-1`, `APR-1`, `AB-1-2009`, `AB-31-12`, `AB-0104`, `AB-010409`. */
  ref: string;
  /** SEND/ALN status. */
  sendStatus: SendStatus;
  /** Sex; omit when not recorded. */
  sex?: Sex | null | undefined;
  /** Speech, language and communication needs; omit when not recorded. */
  slcn?: NeedStatus | null | undefined;
  /** The YOT. */
  yotId: string | number;
};

/** Whether an award in the re-designation reminder lapses soon or has lapsed. */
export type ReminderState =
  /** Expired on `asOf` (award-state rule). */
  | 'LAPSED'
  /** Current on `asOf` (award-state rule) and its last valid day is within the window. */
  | 'LAPSING';

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

/** One statement's self-score. */
export type SelfAssessmentScoreInput = {
  /** The statement (a Criterion of the current framework). */
  criterionId: string | number;
  /** Evidence items of the same YOT the score rests on (at most 50). */
  evidenceIds?: Array<string | number> | null | undefined;
  /** Why this score (at most 4,000 characters). */
  note?: string | null | undefined;
  /** The self-score, 0 (not applicable to our setting) to 10 (case studies of outstanding practice to share). */
  score: number;
};

/** Whether a self-score and the evidence disagree. Thresholds are the hub's own design, not published ones (README "Self-assessment"). */
export type SelfScoreDisagreement =
  /** Self-score 7 or more, but no accepted countable evidence for the statement. */
  | 'HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE'
  /** Self-score 3 or less, though 3 or more accepted countable evidence items support the statement. */
  | 'LOW_SCORE_WITH_PLENTY_OF_EVIDENCE'
  /** No disagreement (or the statement was not self-scored). */
  | 'NONE';

/** A child's special educational needs and disabilities (England) or additional learning needs (Wales) status. */
export type SendStatus =
  /** Has an Education, Health and Care Plan (England). */
  | 'EHCP'
  /** An Education, Health and Care needs assessment is under way. */
  | 'EHC_ASSESSMENT'
  /** Has an Individual Development Plan (Wales), maintainer not recorded. Prefer IDP_SCHOOL or IDP_LOCAL_AUTHORITY. */
  | 'IDP'
  /** Wales (ALNET (Wales) Act 2018): has an Individual Development Plan maintained by the local authority. */
  | 'IDP_LOCAL_AUTHORITY'
  /** Wales (ALNET (Wales) Act 2018): has an Individual Development Plan maintained by a school or further education institution. */
  | 'IDP_SCHOOL'
  /** No identified SEND. */
  | 'NONE'
  /** SEN support in school, without a statutory plan. */
  | 'SEN_SUPPORT'
  /** Not yet known (for example, not yet screened). */
  | 'UNKNOWN';

/** How senior a management board member is in their own agency (the hub's own scale). */
export type Seniority =
  /** Chief officer or director (e.g. Director of Children's Services, chief superintendent). */
  | 'EXECUTIVE'
  /** Service or team manager. */
  | 'MANAGER'
  /** Practitioner or officer. */
  | 'PRACTITIONER'
  /** Head of service or assistant director. */
  | 'SENIOR_MANAGER';

/** A comparator group and its members: creates the group (by code) or replaces its name, source and members. A YOT belongs to one group, so members move out of any other group. */
export type SetComparatorGroupInput = {
  /** Unique code, capital letters, digits and hyphens (2–40), e.g. `FAMILY-03`. */
  code: string;
  /** Name (3–200 characters). */
  name: string;
  /** Where the grouping comes from. */
  source?: string | null | undefined;
  /** The member YOTs (up to 200). */
  yotIds: Array<string | number>;
};

/** A YOT's 10–17 population for one year; replaces the figure of that year if there is one. */
export type SetYotPopulationInput = {
  /** Children aged 10–17 in the area (1–2,000,000). */
  population10To17: number;
  /** Where the figure comes from (3–300 characters), e.g. "ONS mid-year estimates 2025". */
  source: string;
  /** The year of the estimate (1990–2100). */
  year: number;
  /** The YOT. */
  yotId: string | number;
};

/** Sex as recorded by the youth justice service. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Not known or not stated. */
  | 'NOT_KNOWN';

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

/** Changes to an action-plan item; omitted fields stay as they are. A partner may change only items its agency owns, and not their owner. */
export type UpdateActionPlanItemInput = {
  /** Replaces the evidence that shows it done (the YOT's own, not withdrawn). */
  closingEvidenceIds?: Array<string | number> | null | undefined;
  /** Why it is dropped (2 to 2,000 characters); only with DROPPED. */
  droppedReason?: string | null | undefined;
  /** A new due date. */
  dueOn?: string | null | undefined;
  /** The `version` you last read. */
  expectedVersion: number;
  /** The item. */
  id: string | number;
  /** A new owning agency (managers and administrators only). */
  ownerAgencyId?: string | number | null | undefined;
  /** A new owning role. */
  ownerRole?: StaffRole | null | undefined;
  /** A new status: DROPPED needs `droppedReason`; DONE needs closing evidence (given here or already recorded). */
  status?: ActionStatus | null | undefined;
  /** What is to be done. */
  title?: string | null | undefined;
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

/** Changes to a board member; omitted fields stay as they are. */
export type UpdateBoardMemberInput = {
  /** Whether they chair. */
  chair?: boolean | null | undefined;
  /** The `version` you last read. */
  expectedVersion: number;
  /** The member. */
  id: string | number;
  /** Last day on the board; not before they joined nor before a meeting they are recorded at. */
  leftOn?: string | null | undefined;
  /** Their post. */
  role?: string | null | undefined;
  /** Their seniority. */
  seniority?: Seniority | null | undefined;
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

/** Changes to a self-assessment; omitted fields stay as they are. */
export type UpdateSelfAssessmentInput = {
  /** A corrected date; not in the future. */
  assessedOn?: string | null | undefined;
  /** The `version` you last read. */
  expectedVersion: number;
  /** The self-assessment. */
  id: string | number;
  /** Replaces the note. */
  note?: string | null | undefined;
  /** Replaces the participating agencies. */
  participantAgencyIds?: Array<string | number> | null | undefined;
  /** Scores to set: each replaces the score of its statement (statements not named keep theirs). */
  scores?: Array<SelfAssessmentScoreInput> | null | undefined;
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
  /** The day the partnership and agreement conditions are judged on (default today). */
  asOf?: string | null | undefined;
  /** Only YOTs with one of these ONS codes. */
  codes?: Array<string> | null | undefined;
  /** Only YOTs with an active partnership today with an agency of this type (running, not ended, and the body not ceased). */
  hasActivePartnershipWith?: AgencyType | null | undefined;
  /** Only YOTs with an information-sharing agreement in force on `asOf` (ACTIVE or UNDER_REVIEW, signed, not past review) to which an agency of one of these types is party. */
  hasAgreementInForceWith?: Array<AgencyType> | null | undefined;
  /** Only YOTs with no active partnership today with an agency of this type. This includes YOTs about which nothing is recorded: `coverage.partners.state` tells not recorded from recorded absent. */
  lacksActivePartnershipWith?: AgencyType | null | undefined;
  /** Only YOTs with no information-sharing agreement in force on `asOf` to which an agency of one of these types is party. For "no agreement with a health body" pass HEALTH_COMMISSIONER, NHS_TRUST, CAMHS and LIAISON_AND_DIVERSION. */
  lacksAgreementInForceWith?: Array<AgencyType> | null | undefined;
  /** Only YOTs whose name contains this text (case-insensitive). */
  nameContains?: string | null | undefined;
  /** Only YOTs in this nation. */
  nation?: Nation | null | undefined;
  /** Only YOTs in one of these nations. */
  nations?: Array<Nation> | null | undefined;
  /** Only YOTs with a partnership (active or ended) with one of these agencies (global ids). */
  partnerIds?: Array<string | number> | null | undefined;
  /** Only YOTs in one of these regions: names from `regions` (the nine English ONS regions and Wales), matched in any case; an unknown name answers BAD_USER_INPUT. */
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
  /** The AGREEMENT ratio on `filter.asOf`: actively partnered types covered by an agreement in force out of those actively partnered (`coverage.agreementCoverage`, compared to 1/10000); YOTs with no active partnership come last. */
  | 'AGREEMENT_COVERAGE'
  /** ONS code. */
  | 'CODE'
  /** The CO_LOCATION ratio on `filter.asOf`: types in place with seconded or co-located partner staff out of the types in place (`coverage.coLocationRatio`, compared to 1/10000); YOTs with none in place come last. */
  | 'CO_LOCATION'
  /** Criteria whose countable evidence on `filter.asOf` comes from two or more agency types (`coverage.criteriaEvidencedByTwoOrMoreAgencyTypes`). */
  | 'CRITERIA_EVIDENCED_BY_TWO_OR_MORE_AGENCY_TYPES'
  /** Criteria with countable evidence on `filter.asOf` (`coverage.criteriaWithEvidence`; every YOT has the same `criteriaTotal`, so this orders by the criteria-evidenced ratio too). */
  | 'CRITERIA_WITH_EVIDENCE'
  /** The KNOWN_PARTNER ratio on `filter.asOf`: types in place out of those whose state is known (`coverage.knownPartnerCoverage`, compared to 1/10000); YOTs with nothing known come last. */
  | 'KNOWN_PARTNER_COVERAGE'
  /** Service name. */
  | 'NAME'
  /** The PARTNER coverage ratio on `filter.asOf` (default today): expected agency types in place out of all expected types, as in `coverage.ratios` (compared to 1/10000). */
  | 'PARTNER_COVERAGE'
  /** Region name. */
  | 'REGION'
  /** The STATUTORY_PARTNER ratio on `filter.asOf`: statutory partner types present out of the statutory types (`coverage.statutoryPartnerCoverage`, compared to 1/10000). */
  | 'STATUTORY_PARTNER_COVERAGE';

export type AccessYotsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessYotsQuery = { yots: { totalCount: number } };

export type AccessFrameworkQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessFrameworkQuery = { framework: { criteria: Array<{ code: string }> } | null };

export type AccessEvidenceQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessEvidenceQuery = { evidence: { totalCount: number } };

export type AccessAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAgenciesQuery = { agencies: { totalCount: number } };

export type AccessAssessmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAssessmentsQuery = { assessments: { totalCount: number } };

export type AccessYotNameQueryVariables = Exact<{
  code: string;
}>;


export type AccessYotNameQuery = { yot: { name: string } | null };

export type AccessCriteriaQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessCriteriaQuery = { criteria: Array<{ code: string }> };

export type AccessCoverageByRegionQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessCoverageByRegionQuery = { coverageByRegion: Array<{ region: string }> };

export type AccessCriterionCoverageQueryVariables = Exact<{
  yotCode: string;
}>;


export type AccessCriterionCoverageQuery = { criterionCoverage: Array<{ gap: boolean }> | null };

export type AccessContributionMatrixQueryVariables = Exact<{
  yotCode: string;
}>;


export type AccessContributionMatrixQuery = { contributionMatrix: Array<{ evidenceCount: number }> | null };

export type AccessChildOutcomesQueryVariables = Exact<{
  code: string;
}>;


export type AccessChildOutcomesQuery = { yot: { children: { nodes: Array<{ outcomes: Array<{ measure: OutcomeMeasure, met: boolean }> }> } | null } | null };

export type AccessCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessCoverageQuery = { coverage: { nodes: Array<{ partnerCoverage: number }> } };

export type AccessGapsQueryVariables = Exact<{
  yotCode: string;
}>;


export type AccessGapsQuery = { gaps: Array<{ kind: GapKind }> | null };

export type AccessOutcomeSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessOutcomeSummaryQuery = { outcomeSummary: { rows: Array<{ cohort: number | null }> } | null };

export type AccessAuditTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAuditTrailQuery = { auditTrail: { totalCount: number } | null };

export type AccessChildrenQueryVariables = Exact<{
  code: string;
}>;


export type AccessChildrenQuery = { yot: { children: { nodes: Array<{ ref: string }> } | null } | null };

export type AccessNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AccessNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AccessNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type AccessCreateAgencyMutationVariables = Exact<{
  name: string;
}>;


export type AccessCreateAgencyMutation = { createAgency: { agency: { id: string } } | null };

export type AccessAddStaffPlacementMutationVariables = Exact<{
  yotId: string | number;
}>;


export type AccessAddStaffPlacementMutation = { addStaffPlacement: { staffPlacement: { id: string } } | null };

export type AccessRecordEvidenceMutationVariables = Exact<{
  yotId: string | number;
  providedById: string | number;
  title: string;
}>;


export type AccessRecordEvidenceMutation = { recordEvidence: { evidence: { id: string } } | null };

export type AccessRecordAgreementMutationVariables = Exact<{
  yotId: string | number;
  partyId: string | number;
  title: string;
}>;


export type AccessRecordAgreementMutation = { recordAgreement: { agreement: { id: string } } | null };

export type AccessReviewEvidenceMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessReviewEvidenceMutation = { reviewEvidence: { evidence: { id: string } } | null };

export type AccessUpdateYotMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessUpdateYotMutation = { updateYot: { yot: { id: string } } | null };

export type AccessRegisterChildMutationVariables = Exact<{
  yotId: string | number;
  ref: string;
}>;


export type AccessRegisterChildMutation = { registerChild: { child: { id: string } } | null };

export type AccessDecideAssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessDecideAssessmentMutation = { decideAssessment: { assessment: { id: string } } | null };

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

export type AnalystEvidenceCountQueryVariables = Exact<{
  filter?: EvidenceFilter | null | undefined;
}>;


export type AnalystEvidenceCountQuery = { evidence: { totalCount: number } };

export type AnalystEvidenceTitlesQueryVariables = Exact<{
  filter?: EvidenceFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AnalystEvidenceTitlesQuery = { evidence: { totalCount: number, nodes: Array<{ title: string, reviewState: EvidenceReviewState, recordedAt: string, yot: { code: string } }> } };

export type AnalystCriterionCountsQueryVariables = Exact<{
  yotCode: string;
  asOf?: string | null | undefined;
}>;


export type AnalystCriterionCountsQuery = { criterionCoverage: Array<{ evidenceCount: number, criterion: { code: string } }> | null };

export type AnalystYotsQueryVariables = Exact<{
  filter?: YotFilter | null | undefined;
  orderBy?: Array<YotOrder> | YotOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnalystYotsQuery = { yots: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, name: string, region: string }> } };

export type AnalystRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystRegionsQuery = { regions: Array<{ id: string, name: string, nation: Nation | null, reference: boolean }> };

export type AnalystAgenciesQueryVariables = Exact<{
  filter?: AgencyFilter | null | undefined;
  orderBy?: Array<AgencyOrder> | AgencyOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnalystAgenciesQuery = { agencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ name: string, type: AgencyType, activePartnerYotCount: number }> } };

export type AnalystYotCoverageQueryVariables = Exact<{
  codes?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type AnalystYotCoverageQuery = { coverage: { nodes: Array<{ yot: { code: string }, ratios: Array<{ kind: CoverageRatioKind, numerator: number, denominator: number }> }> } };

export type AnalystNationalGapsQueryVariables = Exact<{
  filter?: NationalGapFilter | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnalystNationalGapsQuery = { nationalGaps: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, countsByKind: Array<{ id: string, kind: GapKind, severity: GapSeverity, count: number, yotCount: number }>, nodes: Array<{ id: string, kind: GapKind, severity: GapSeverity, message: string, yot: { code: string, region: string }, node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type AnalystYotGapsQueryVariables = Exact<{
  yotCode: string;
  asOf?: string | null | undefined;
}>;


export type AnalystYotGapsQuery = { gaps: Array<{ id: string, kind: GapKind, severity: GapSeverity, message: string }> | null };

export type AggregateResultFragment = { id: string, total: number, groups: Array<{ id: string, count: number, yotCount: number | null, fte: number | null, key: { id: string, region: string | null, nation: Nation | null, agencyType: AgencyType | null, criterionCode: string | null, evidenceKind: EvidenceKind | null, evidenceStatus: EvidenceStatus | null, reviewState: EvidenceReviewState | null, partnershipStatus: PartnershipStatus | null, agreementStatus: AgreementStatus | null, staffRole: StaffRole | null, arrangement: PlacementArrangement | null, gapKind: GapKind | null, gapSeverity: GapSeverity | null, statutory: boolean | null, current: boolean | null, ceased: boolean | null, quarter: string | null, yot: { code: string } | null, agency: { name: string } | null } }> };

export type AnalystEvidenceAggregateQueryVariables = Exact<{
  filter?: EvidenceFilter | null | undefined;
  groupBy: Array<AggregateDimension> | AggregateDimension;
  asOf?: string | null | undefined;
}>;


export type AnalystEvidenceAggregateQuery = { evidenceAggregate: { id: string, total: number, groups: Array<{ id: string, count: number, yotCount: number | null, fte: number | null, key: { id: string, region: string | null, nation: Nation | null, agencyType: AgencyType | null, criterionCode: string | null, evidenceKind: EvidenceKind | null, evidenceStatus: EvidenceStatus | null, reviewState: EvidenceReviewState | null, partnershipStatus: PartnershipStatus | null, agreementStatus: AgreementStatus | null, staffRole: StaffRole | null, arrangement: PlacementArrangement | null, gapKind: GapKind | null, gapSeverity: GapSeverity | null, statutory: boolean | null, current: boolean | null, ceased: boolean | null, quarter: string | null, yot: { code: string } | null, agency: { name: string } | null } }> } };

export type AnalystPartnershipAggregateQueryVariables = Exact<{
  filter?: PartnershipAggregateFilter | null | undefined;
  groupBy: Array<AggregateDimension> | AggregateDimension;
  asOf?: string | null | undefined;
}>;


export type AnalystPartnershipAggregateQuery = { partnershipAggregate: { id: string, total: number, groups: Array<{ id: string, count: number, yotCount: number | null, fte: number | null, key: { id: string, region: string | null, nation: Nation | null, agencyType: AgencyType | null, criterionCode: string | null, evidenceKind: EvidenceKind | null, evidenceStatus: EvidenceStatus | null, reviewState: EvidenceReviewState | null, partnershipStatus: PartnershipStatus | null, agreementStatus: AgreementStatus | null, staffRole: StaffRole | null, arrangement: PlacementArrangement | null, gapKind: GapKind | null, gapSeverity: GapSeverity | null, statutory: boolean | null, current: boolean | null, ceased: boolean | null, quarter: string | null, yot: { code: string } | null, agency: { name: string } | null } }> } };

export type AnalystAgencyAggregateQueryVariables = Exact<{
  filter?: AgencyFilter | null | undefined;
  groupBy: Array<AggregateDimension> | AggregateDimension;
  asOf?: string | null | undefined;
}>;


export type AnalystAgencyAggregateQuery = { agencyAggregate: { id: string, total: number, groups: Array<{ id: string, count: number, yotCount: number | null, fte: number | null, key: { id: string, region: string | null, nation: Nation | null, agencyType: AgencyType | null, criterionCode: string | null, evidenceKind: EvidenceKind | null, evidenceStatus: EvidenceStatus | null, reviewState: EvidenceReviewState | null, partnershipStatus: PartnershipStatus | null, agreementStatus: AgreementStatus | null, staffRole: StaffRole | null, arrangement: PlacementArrangement | null, gapKind: GapKind | null, gapSeverity: GapSeverity | null, statutory: boolean | null, current: boolean | null, ceased: boolean | null, quarter: string | null, yot: { code: string } | null, agency: { name: string } | null } }> } };

export type AnalystAgreementAggregateQueryVariables = Exact<{
  filter?: AgreementAggregateFilter | null | undefined;
  groupBy: Array<AggregateDimension> | AggregateDimension;
  asOf?: string | null | undefined;
}>;


export type AnalystAgreementAggregateQuery = { agreementAggregate: { id: string, total: number, groups: Array<{ id: string, count: number, yotCount: number | null, fte: number | null, key: { id: string, region: string | null, nation: Nation | null, agencyType: AgencyType | null, criterionCode: string | null, evidenceKind: EvidenceKind | null, evidenceStatus: EvidenceStatus | null, reviewState: EvidenceReviewState | null, partnershipStatus: PartnershipStatus | null, agreementStatus: AgreementStatus | null, staffRole: StaffRole | null, arrangement: PlacementArrangement | null, gapKind: GapKind | null, gapSeverity: GapSeverity | null, statutory: boolean | null, current: boolean | null, ceased: boolean | null, quarter: string | null, yot: { code: string } | null, agency: { name: string } | null } }> } };

export type AnalystPlacementAggregateQueryVariables = Exact<{
  filter?: PlacementAggregateFilter | null | undefined;
  groupBy: Array<AggregateDimension> | AggregateDimension;
  asOf?: string | null | undefined;
}>;


export type AnalystPlacementAggregateQuery = { placementAggregate: { id: string, total: number, groups: Array<{ id: string, count: number, yotCount: number | null, fte: number | null, key: { id: string, region: string | null, nation: Nation | null, agencyType: AgencyType | null, criterionCode: string | null, evidenceKind: EvidenceKind | null, evidenceStatus: EvidenceStatus | null, reviewState: EvidenceReviewState | null, partnershipStatus: PartnershipStatus | null, agreementStatus: AgreementStatus | null, staffRole: StaffRole | null, arrangement: PlacementArrangement | null, gapKind: GapKind | null, gapSeverity: GapSeverity | null, statutory: boolean | null, current: boolean | null, ceased: boolean | null, quarter: string | null, yot: { code: string } | null, agency: { name: string } | null } }> } };

export type AnalystGapAggregateQueryVariables = Exact<{
  filter?: NationalGapFilter | null | undefined;
  groupBy: Array<AggregateDimension> | AggregateDimension;
  asOf?: string | null | undefined;
}>;


export type AnalystGapAggregateQuery = { gapAggregate: { id: string, total: number, groups: Array<{ id: string, count: number, yotCount: number | null, fte: number | null, key: { id: string, region: string | null, nation: Nation | null, agencyType: AgencyType | null, criterionCode: string | null, evidenceKind: EvidenceKind | null, evidenceStatus: EvidenceStatus | null, reviewState: EvidenceReviewState | null, partnershipStatus: PartnershipStatus | null, agreementStatus: AgreementStatus | null, staffRole: StaffRole | null, arrangement: PlacementArrangement | null, gapKind: GapKind | null, gapSeverity: GapSeverity | null, statutory: boolean | null, current: boolean | null, ceased: boolean | null, quarter: string | null, yot: { code: string } | null, agency: { name: string } | null } }> } };

export type AnalystViewIdsQueryVariables = Exact<{
  yotCode: string;
  asOf?: string | null | undefined;
}>;


export type AnalystViewIdsQuery = { criterionCoverage: Array<{ id: string, evidenceCount: number }> | null, coverage: { nodes: Array<{ id: string, asOf: string }> }, nationalGaps: { nodes: Array<{ id: string }> } };

export type AnalystAssessmentsQueryVariables = Exact<{
  filter?: AssessmentFilter | null | undefined;
}>;


export type AnalystAssessmentsQuery = { assessments: { totalCount: number, nodes: Array<{ level: AwardLevel, kind: AssessmentKind, status: AssessmentStatus, decidedOn: string | null, validUntil: string | null, yot: { code: string } }> } };

export type AnalystPartnershipsQueryVariables = Exact<{
  filter?: PartnershipAggregateFilter | null | undefined;
  orderBy?: Array<PartnershipOrder> | PartnershipOrder | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnalystPartnershipsQuery = { partnerships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ startedOn: string | null, endedOn: string | null, status: PartnershipStatus, yot: { code: string }, agency: { name: string, type: AgencyType } }> } };

export type AnalystAgreementsQueryVariables = Exact<{
  filter?: AgreementAggregateFilter | null | undefined;
  orderBy?: Array<AgreementOrder> | AgreementOrder | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnalystAgreementsQuery = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, status: AgreementStatus, signedOn: string | null, reviewDue: string | null, isCurrent: boolean, yot: { code: string }, parties: Array<{ name: string, type: AgencyType }> }> } };

export type AnalystPlacementsQueryVariables = Exact<{
  filter?: PlacementAggregateFilter | null | undefined;
  orderBy?: Array<PlacementOrder> | PlacementOrder | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnalystPlacementsQuery = { placements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, role: StaffRole, arrangement: PlacementArrangement, fte: number | null, startedOn: string | null, endedOn: string | null, yot: { code: string }, partnership: { status: PartnershipStatus } | null, agency: { name: string, type: AgencyType } | null }> } };

export type AnalystYotCoverageNumbersQueryVariables = Exact<{
  codes?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnalystYotCoverageNumbersQuery = { coverage: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ criteriaWithEvidence: number, criteriaEvidencedByTwoOrMoreAgencyTypes: number, yot: { code: string }, ratios: Array<{ kind: CoverageRatioKind, numerator: number, denominator: number }> }> } };

export type AnalystGapSubjectsQueryVariables = Exact<{
  filter?: NationalGapFilter | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnalystGapSubjectsQuery = { nationalGaps: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: GapKind, node:
        | { id: string }
        | { type: AgencyType, id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { code: string, id: string }
        | { id: string, criterion: { code: string } }
        | { id: string }
        | { id: string }
        | { id: string }
        | { agencyType: AgencyType, id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string, agency: { type: AgencyType } }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

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

export type CreateSelfAssessmentMutationVariables = Exact<{
  input: CreateSelfAssessmentInput;
}>;


export type CreateSelfAssessmentMutation = { createSelfAssessment: { selfAssessment: { id: string, version: number, assessedOn: string, note: string | null, recordedBy: string, participants: Array<{ name: string }>, scores: Array<{ score: number, note: string | null, criterion: { code: string }, evidence: Array<{ title: string }> }> } } | null };

export type UpdateSelfAssessmentMutationVariables = Exact<{
  input: UpdateSelfAssessmentInput;
}>;


export type UpdateSelfAssessmentMutation = { updateSelfAssessment: { selfAssessment: { id: string, version: number, assessedOn: string, participants: Array<{ name: string }>, scores: Array<{ score: number, note: string | null, criterion: { code: string } }> } } | null };

export type CreateActionPlanItemMutationVariables = Exact<{
  input: CreateActionPlanItemInput;
}>;


export type CreateActionPlanItemMutation = { createActionPlanItem: { actionPlanItem: { id: string, version: number, title: string, status: ActionStatus, dueOn: string, ownerRole: StaffRole, source: ActionSource, ownerAgency: { name: string }, criteria: Array<{ code: string }>, answersGaps: Array<{ kind: GapKind, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null }>, raisedFrom:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null } } | null };

export type UpdateActionPlanItemMutationVariables = Exact<{
  input: UpdateActionPlanItemInput;
}>;


export type UpdateActionPlanItemMutation = { updateActionPlanItem: { actionPlanItem: { id: string, version: number, status: ActionStatus, droppedReason: string | null, completedOn: string | null, dueOn: string, closingEvidence: Array<{ title: string }> } } | null };

export type JourneyGapsQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type JourneyGapsQuery = { gaps: Array<{ kind: GapKind, message: string, node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }> | null };

export type YotJourneyQueryVariables = Exact<{
  code: string;
  asOf: string;
  from?: string;
}>;


export type YotJourneyQuery = { yot: { code: string, selfAssessments: Array<{ id: string, assessedOn: string }>, latestSelfAssessment: { id: string, assessedOn: string, participants: Array<{ name: string }>, comparison: Array<{ selfScore: number | null, selfNote: string | null, assessorScore: number | null, assessorBand: RatingBand | null, scoreDifference: number | null, evidenceCount: number, acceptedEvidenceCount: number, triangulated: boolean, disagreement: SelfScoreDisagreement, criterion: { code: string }, selfEvidence: Array<{ title: string }> }> } | null, openActions: Array<{ title: string, dueOn: string, status: ActionStatus, overdue: boolean, ownerAgency: { name: string }, criteria: Array<{ code: string }> }>, overdueActions: Array<{ title: string }>, boardAttendance: Array<{ meetingsHeld: number, meetingsAttended: number, rate: number | null, agency: { name: string } }> } | null };

export type CreateBoardMutationVariables = Exact<{
  input: CreateBoardInput;
}>;


export type CreateBoardMutation = { createBoard: { board: { id: string, name: string, yot: { code: string } } } | null };

export type AddBoardMemberMutationVariables = Exact<{
  input: AddBoardMemberInput;
}>;


export type AddBoardMemberMutation = { addBoardMember: { boardMember: { id: string, version: number, role: string, seniority: Seniority, chair: boolean, joinedOn: string, leftOn: string | null, agency: { name: string } } } | null };

export type UpdateBoardMemberMutationVariables = Exact<{
  input: UpdateBoardMemberInput;
}>;


export type UpdateBoardMemberMutation = { updateBoardMember: { boardMember: { id: string, version: number, role: string, leftOn: string | null } } | null };

export type RecordBoardMeetingMutationVariables = Exact<{
  input: RecordBoardMeetingInput;
}>;


export type RecordBoardMeetingMutation = { recordBoardMeeting: { boardMeeting: { id: string, heldOn: string, attendance: Array<{ present: boolean, member: { role: string } }> } } | null };

export type YotBoardQueryVariables = Exact<{
  code: string;
  from: string;
  to: string;
}>;


export type YotBoardQuery = { yot: { board: { name: string, members: Array<{ role: string, seniority: Seniority, chair: boolean, agency: { name: string } }>, meetings: Array<{ heldOn: string }> } | null, boardAttendance: Array<{ agencyType: AgencyType, meetingsHeld: number, meetingsAttended: number, rate: number | null, agency: { name: string } }> } | null };

export type AwardingBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AwardingBodiesQuery = { awardingBodies: Array<{ id: string, key: string, name: string, withBody: string | null, period: string | null, sourceDocument: { key: string, url: string | null } | null }> };

export type SeededAwardProcessQueryVariables = Exact<{
  code: string;
}>;


export type SeededAwardProcessQuery = { yot: { assessments: Array<{ kind: AssessmentKind, status: AssessmentStatus, awardingBody: { key: string } | null, awardingBodySource: { key: string } | null, decisionCitation: { key: string } | null, submission: { submittedOn: string } | null, moderationMeetings: Array<{ id: string }> }> } | null };

export type RecordSubmissionMutationVariables = Exact<{
  input: RecordSubmissionInput;
}>;


export type RecordSubmissionMutation = { recordSubmission: { assessment: { id: string, status: AssessmentStatus, awardingBody: { name: string, withBody: string | null } | null, submission: { submittedOn: string, evidence: Array<{ title: string }>, caseStudies: Array<{ title: string }> } | null } } | null };

export type RecordModerationMeetingMutationVariables = Exact<{
  input: RecordModerationMeetingInput;
}>;


export type RecordModerationMeetingMutation = { recordModerationMeeting: { moderationMeeting: { id: string, heldOn: string, mode: ModerationMode, attendees: Array<{ role: string, agency: { name: string } | null }>, assessment: { id: string, moderationMeetings: Array<{ heldOn: string }> } } } | null };

export type RecordInterimDecisionMutationVariables = Exact<{
  input: RecordInterimDecisionInput;
}>;


export type RecordInterimDecisionMutation = { recordInterimDecision: { assessment: { id: string, status: AssessmentStatus, version: number, interimNote: string | null } } | null };

export type CiteAwardDecisionMutationVariables = Exact<{
  input: CiteAwardDecisionInput;
}>;


export type CiteAwardDecisionMutation = { citeAwardDecision: { assessment: { id: string, status: AssessmentStatus, decisionCitation: { title: string, publisher: string | null, url: string | null, publishedOn: string | null } | null } } | null };

export type RedesignationRemindersQueryVariables = Exact<{
  within: number;
  asOf?: string | null | undefined;
}>;


export type RedesignationRemindersQuery = { redesignationReminders: Array<{ yotCode: string, yotName: string, state: ReminderState, validUntil: string, daysLeft: number, redesignationUnderWay: boolean, award: { id: string, level: AwardLevel }, yot: { code: string } }> };

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
      | { __typename: 'ActionPlanItem' }
      | { __typename: 'Agency' }
      | { __typename: 'Assessment', level: AwardLevel, validUntil: string | null }
      | { __typename: 'AuditEvent' }
      | { __typename: 'AwardingBody' }
      | { __typename: 'Board' }
      | { __typename: 'BoardMeeting' }
      | { __typename: 'BoardMember' }
      | { __typename: 'Child' }
      | { __typename: 'ChildOutcome' }
      | { __typename: 'ComparatorGroup' }
      | { __typename: 'Criterion', code: string }
      | { __typename: 'CriterionRating', criterion: { code: string } }
      | { __typename: 'CriterionRatingRevision' }
      | { __typename: 'Evidence', title: string }
      | { __typename: 'EvidenceLink' }
      | { __typename: 'ExpectedPartner', agencyType: AgencyType }
      | { __typename: 'Framework' }
      | { __typename: 'InformationSharingAgreement', title: string }
      | { __typename: 'KpiObservation' }
      | { __typename: 'ModerationMeeting' }
      | { __typename: 'PartnerAbsence' }
      | { __typename: 'Partnership', agency: { name: string } }
      | { __typename: 'SelfAssessment' }
      | { __typename: 'SourceDocument' }
      | { __typename: 'StaffPlacement' }
      | { __typename: 'Yot' }
      | { __typename: 'YotPopulation' }
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

export type DrillDownCellsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type DrillDownCellsQuery = { coverage: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ yot: { code: string }, partners: Array<{ agencyType: AgencyType, evidenceCount: number }> }> } };

export type DrillDownCriterionCellsQueryVariables = Exact<{
  yotCode: string;
  asOf?: string | null | undefined;
}>;


export type DrillDownCriterionCellsQuery = { criterionCoverage: Array<{ evidenceCount: number, criterion: { code: string } }> | null };

export type DrillDownCellCountQueryVariables = Exact<{
  filter: EvidenceFilter;
}>;


export type DrillDownCellCountQuery = { evidence: { totalCount: number } };

export type DrillDownRatiosQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type DrillDownRatiosQuery = { coverage: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ partnerStaffOfUnknownType: number, yot: { code: string }, ratios: Array<{ kind: CoverageRatioKind, numerator: number, denominator: number }>, partners: Array<{ agencyType: AgencyType, statutory: boolean, state: PartnerState, hasActivePartnership: boolean, placedStaff: number, currentAgreement: boolean }> }> } };

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

export type ChangesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ChangeFilter | null | undefined;
}>;


export type ChangesQuery = { changes: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, cursor: string, kind: ChangeKind, action: string, yotCode: string, subjectType: string, subjectId: string, affectsCoverage: boolean, yot: { code: string } } }> } };

export type ChangeFeedSubscriptionVariables = Exact<{
  filter?: ChangeFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangeFeedSubscription = { changes: { id: string, cursor: string, kind: ChangeKind, action: string, yotCode: string, subjectType: string, subjectId: string, affectsCoverage: boolean, yot: { code: string, name: string } } };

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

export type KpiFiguresFieldsFragment = { quarter: string, perturbed: boolean, suppressionThreshold: number, figures: Array<{ yotCode: string | null, kpi: Kpi, kpiNumber: number, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, denominatorPer1000: number | null, meanHoursOffered: number | null, meanHoursAttended: number | null, suppressed: boolean }> };

export type YotKpisQueryVariables = Exact<{
  code: string;
  quarter: string;
}>;


export type YotKpisQuery = { yot: { code: string, kpis: { quarter: string, perturbed: boolean, suppressionThreshold: number, figures: Array<{ yotCode: string | null, kpi: Kpi, kpiNumber: number, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, denominatorPer1000: number | null, meanHoursOffered: number | null, meanHoursAttended: number | null, suppressed: boolean }> } | null } | null };

export type KpiFiguresQueryVariables = Exact<{
  filter: KpiFilter;
}>;


export type KpiFiguresQuery = { kpiFigures: { quarter: string, perturbed: boolean, suppressionThreshold: number, figures: Array<{ yotCode: string | null, kpi: Kpi, kpiNumber: number, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, denominatorPer1000: number | null, meanHoursOffered: number | null, meanHoursAttended: number | null, suppressed: boolean }> } | null };

export type YotKpiComparisonQueryVariables = Exact<{
  code: string;
  quarter: string;
}>;


export type YotKpiComparisonQuery = { yot: { code: string, comparatorGroup: { code: string, name: string } | null, populations: Array<{ year: number, population10To17: number, source: string }>, kpiComparison: { quarter: string, familySize: number | null, region: string, nation: string, comparatorGroup: { code: string, name: string, members: Array<{ code: string }> } | null, yot: { quarter: string, perturbed: boolean, suppressionThreshold: number, figures: Array<{ yotCode: string | null, kpi: Kpi, kpiNumber: number, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, denominatorPer1000: number | null, meanHoursOffered: number | null, meanHoursAttended: number | null, suppressed: boolean }> }, family: { quarter: string, perturbed: boolean, suppressionThreshold: number, figures: Array<{ yotCode: string | null, kpi: Kpi, kpiNumber: number, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, denominatorPer1000: number | null, meanHoursOffered: number | null, meanHoursAttended: number | null, suppressed: boolean }> } | null, regionFigures: { quarter: string, perturbed: boolean, suppressionThreshold: number, figures: Array<{ yotCode: string | null, kpi: Kpi, kpiNumber: number, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, denominatorPer1000: number | null, meanHoursOffered: number | null, meanHoursAttended: number | null, suppressed: boolean }> }, nationFigures: { quarter: string, perturbed: boolean, suppressionThreshold: number, figures: Array<{ yotCode: string | null, kpi: Kpi, kpiNumber: number, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, denominatorPer1000: number | null, meanHoursOffered: number | null, meanHoursAttended: number | null, suppressed: boolean }> } } | null } | null };

export type RecordKpiObservationsMutationVariables = Exact<{
  input: RecordKpiObservationsInput;
}>;


export type RecordKpiObservationsMutation = { recordKpiObservations: { count: number } | null };

export type SetYotPopulationMutationVariables = Exact<{
  input: SetYotPopulationInput;
}>;


export type SetYotPopulationMutation = { setYotPopulation: { yotPopulation: { year: number, population10To17: number, source: string } } | null };

export type SetComparatorGroupMutationVariables = Exact<{
  input: SetComparatorGroupInput;
}>;


export type SetComparatorGroupMutation = { setComparatorGroup: { comparatorGroup: { code: string, name: string, source: string | null, members: Array<{ code: string }> } } | null };

export type ComparatorGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComparatorGroupsQuery = { comparatorGroups: Array<{ code: string, name: string, source: string | null, members: Array<{ code: string }> }> };

export type RegisterChildWithCharacteristicsMutationVariables = Exact<{
  input: RegisterChildInput;
}>;


export type RegisterChildWithCharacteristicsMutation = { registerChild: { child: { id: string, ref: string, sendStatus: SendStatus, ethnicity: Ethnicity | null, sex: Sex | null, careStatus: CareStatus | null, exclusion: ExclusionStatus | null, alternativeProvision: boolean | null, slcn: NeedStatus | null, neurodevelopmentalNeeds: Array<NeurodevelopmentalNeed> | null } } | null };

export type ChildKpiObservationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ChildKpiObservationsQuery = { node:
    | { ref: string, kpiObservations: Array<{ kpi: Kpi, period: string, cohort: KpiCohort, stage: KpiStage, met: boolean | null, needIdentified: boolean | null, supportOffered: boolean | null, attending: boolean | null, formalPlan: boolean | null, hoursOffered: number | null, hoursAttended: number | null }> }
    | Record<PropertyKey, never>
   | null };

export type CharacteristicSummaryQueryVariables = Exact<{
  groupBy: Array<OutcomeDimension> | OutcomeDimension;
  filter?: OutcomeSummaryFilter | null | undefined;
}>;


export type CharacteristicSummaryQuery = { outcomeSummary: { groupBy: Array<OutcomeDimension>, suppressionThreshold: number, perturbed: boolean, rows: Array<{ yotCode: string | null, measure: OutcomeMeasure | null, ethnicity: string | null, sex: string | null, careStatus: string | null, exclusion: string | null, alternativeProvision: string | null, slcn: string | null, neurodevelopmental: string | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null };

export type YotsKpisQueryVariables = Exact<{
  first: number;
  quarter: string;
}>;


export type YotsKpisQuery = { yots: { nodes: Array<{ code: string, kpis: { perturbed: boolean, figures: Array<{ indicator: KpiIndicator, denominator: number | null }> } | null }> } };

export type YotsKpiRecordsQueryVariables = Exact<{
  first: number;
  quarter: string;
  kpi: Kpi;
  cohort: KpiCohort;
  stage: KpiStage;
  indicator: KpiIndicator;
  part: KpiFigurePart;
}>;


export type YotsKpiRecordsQuery = { yots: { nodes: Array<{ code: string, kpiRecords: { totalCount: number, nodes: Array<{ id: string }> } | null }> } };

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

export type YotEvidenceCountsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type YotEvidenceCountsQuery = { yots: { nodes: Array<{ code: string, evidence: { __typename: 'EvidenceConnection', totalCount: number } }> } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'ActionPlanItem', id: string }
    | { __typename: 'Agency', id: string }
    | { __typename: 'Assessment', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AwardingBody', id: string }
    | { __typename: 'Board', id: string }
    | { __typename: 'BoardMeeting', id: string }
    | { __typename: 'BoardMember', id: string }
    | { __typename: 'Child', id: string }
    | { __typename: 'ChildOutcome', id: string }
    | { __typename: 'ComparatorGroup', id: string }
    | { __typename: 'Criterion', id: string }
    | { __typename: 'CriterionRating', id: string }
    | { __typename: 'CriterionRatingRevision', id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'EvidenceLink', id: string }
    | { __typename: 'ExpectedPartner', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'InformationSharingAgreement', id: string }
    | { __typename: 'KpiObservation', id: string }
    | { __typename: 'ModerationMeeting', id: string }
    | { __typename: 'PartnerAbsence', id: string }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'SelfAssessment', id: string }
    | { __typename: 'SourceDocument', id: string }
    | { __typename: 'StaffPlacement', id: string }
    | { __typename: 'Yot', id: string }
    | { __typename: 'YotPopulation', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'ActionPlanItem', id: string }
    | { __typename: 'Agency', name: string, id: string }
    | { __typename: 'Assessment', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AwardingBody', id: string }
    | { __typename: 'Board', id: string }
    | { __typename: 'BoardMeeting', id: string }
    | { __typename: 'BoardMember', id: string }
    | { __typename: 'Child', id: string }
    | { __typename: 'ChildOutcome', id: string }
    | { __typename: 'ComparatorGroup', id: string }
    | { __typename: 'Criterion', id: string }
    | { __typename: 'CriterionRating', id: string }
    | { __typename: 'CriterionRatingRevision', id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'EvidenceLink', id: string }
    | { __typename: 'ExpectedPartner', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'InformationSharingAgreement', id: string }
    | { __typename: 'KpiObservation', id: string }
    | { __typename: 'ModerationMeeting', id: string }
    | { __typename: 'PartnerAbsence', id: string }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'SelfAssessment', id: string }
    | { __typename: 'SourceDocument', id: string }
    | { __typename: 'StaffPlacement', id: string }
    | { __typename: 'Yot', code: string, id: string }
    | { __typename: 'YotPopulation', id: string }
   | null> };

export type PlacementsAsOfQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type PlacementsAsOfQuery = { yot: { staffPlacements: Array<{ role: StaffRole, startedOn: string | null, endedOn: string | null, partnership: { id: string } | null }>, partnerships: Array<{ agency: { name: string }, staffPlacements: Array<{ role: StaffRole }> }> } | null };

export type PlacementsAsOfPageQueryVariables = Exact<{
  first: number;
  asOf?: string | null | undefined;
}>;


export type PlacementsAsOfPageQuery = { yots: { nodes: Array<{ code: string, staffPlacements: Array<{ role: StaffRole }>, partnerships: Array<{ staffPlacements: Array<{ role: StaffRole }> }> }> } };

export type YotAssessorViewQueryVariables = Exact<{
  code: string;
}>;


export type YotAssessorViewQuery = { yot: { name: string, coverage: { partnerCoverage: number, statutoryPartnerCoverage: number, coLocationRatio: number | null, agreementCoverage: number | null, criteriaWithEvidence: number, criteriaEvidencedByTwoOrMoreAgencyTypes: number, award: { state: AwardState, current: boolean, validUntil: string | null, reverificationDue: boolean | null, assessment: { level: AwardLevel, kind: AssessmentKind, commendations: Array<Commendation> } } | null, partners: Array<{ agencyType: AgencyType, state: PartnerState, hasActivePartnership: boolean, placedStaff: number }> } } | null, criterionCoverage: Array<{ evidenceCount: number, contributingAgencyTypes: Array<AgencyType>, triangulated: boolean, band: RatingBand | null, gap: boolean, criterion: { code: string } }> | null, gaps: Array<{ kind: GapKind, node:
      | { __typename: 'ActionPlanItem' }
      | { __typename: 'Agency' }
      | { __typename: 'Assessment' }
      | { __typename: 'AuditEvent' }
      | { __typename: 'AwardingBody' }
      | { __typename: 'Board' }
      | { __typename: 'BoardMeeting' }
      | { __typename: 'BoardMember' }
      | { __typename: 'Child' }
      | { __typename: 'ChildOutcome' }
      | { __typename: 'ComparatorGroup' }
      | { __typename: 'Criterion' }
      | { __typename: 'CriterionRating' }
      | { __typename: 'CriterionRatingRevision' }
      | { __typename: 'Evidence' }
      | { __typename: 'EvidenceLink' }
      | { __typename: 'ExpectedPartner' }
      | { __typename: 'Framework' }
      | { __typename: 'InformationSharingAgreement' }
      | { __typename: 'KpiObservation' }
      | { __typename: 'ModerationMeeting' }
      | { __typename: 'PartnerAbsence' }
      | { __typename: 'Partnership' }
      | { __typename: 'SelfAssessment' }
      | { __typename: 'SourceDocument' }
      | { __typename: 'StaffPlacement' }
      | { __typename: 'Yot' }
      | { __typename: 'YotPopulation' }
     }> | null, criteria: Array<{ code: string, evidence: { nodes: Array<{ title: string, providedBy: { name: string } | null, agenciesInvolved: Array<{ type: AgencyType }>, partnership: { status: PartnershipStatus } | null, agreements: Array<{ title: string }>, citedIn: Array<{ band: RatingBand }> }> } }> };

export type SyntheticCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type SyntheticCoverageQuery = { coverage: { totalCount: number, nodes: Array<{ expectedPartners: number, partnerCoverage: number, yot: { code: string }, partners: Array<{ evidenceCount: number }> }> } };

export type SyntheticOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type SyntheticOutcomesQuery = { outcomeSummary: { rows: Array<{ measure: OutcomeMeasure | null, cohort: number | null }> } | null };

export type TruthfulYotQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type TruthfulYotQuery = { yot: { id: string, version: number, code: string, hostAuthorities: Array<{ id: string, name: string, type: AgencyType, basis: RecordBasis, sourceDocument: { key: string } | null }>, partnerships: Array<{ statutory: boolean, basis: RecordBasis, standing: PartnershipStanding, agency: { id: string, name: string, type: AgencyType, basis: RecordBasis, ceasedOn: string | null, ceased: boolean, successor: { name: string, type: AgencyType, sourceDocument: { key: string, title: string, publisher: string | null, url: string | null } | null } | null, ceasedSource: { key: string, title: string, publisher: string | null, url: string | null } | null } }>, staffPlacements: Array<{ role: StaffRole, arrangement: PlacementArrangement, basis: RecordBasis, agency: { name: string } | null }>, partnerAbsences: Array<{ id: string, version: number, agencyType: AgencyType, startedOn: string | null, endedOn: string | null, note: string, recordedBy: string }>, statutoryTeam: Array<{ member: StatutoryTeamMember, countingRoles: Array<StaffRole>, countingEmployerTypes: Array<AgencyType>, recorded: boolean, staff: number, staffWithoutNamedEmployer: number, rolesFound: Array<StaffRole>, staffNotCounted: number, basis: string | null }>, assessments: Array<{ kind: AssessmentKind, kindBasis: RecordBasis, level: AwardLevel, status: AssessmentStatus, commendations: Array<Commendation>, decidedOn: string | null, decidedOnPrecision: DatePrecision, validUntil: string | null, awardState: AwardState | null, sourceDocument: { key: string } | null, dateSource: { key: string, title: string, publisher: string | null, url: string | null } | null }>, coverage: { partnerCoverage: number, knownPartnerCoverage: number | null, statutoryPartnerCoverage: number, coLocationRatio: number | null, agreementCoverage: number | null, expectedPartners: number, partnersInPlace: number, partnersNotRecorded: number, partnersRecordedAbsent: number, partnersCeased: number, partnerStaffOfUnknownType: number, ratios: Array<{ kind: CoverageRatioKind, value: number | null, numerator: number, denominator: number, knownCount: number, computedOver: string }>, award: { state: AwardState, current: boolean, validUntil: string | null, validUntilPrecision: DatePrecision, reverificationDue: boolean | null, assessment: { kind: AssessmentKind, commendations: Array<Commendation> } } | null, partners: Array<{ agencyType: AgencyType, statutory: boolean, state: PartnerState, basis: PartnerStateBasis | null, hostProvided: boolean, hasActivePartnership: boolean, ceasedPartnerships: number, placedStaff: number, staffPractising: number, staffWithoutNamedEmployer: number }> } } | null, gaps: Array<{ kind: GapKind, message: string, node:
      | { __typename: 'ActionPlanItem', id: string }
      | { __typename: 'Agency', id: string }
      | { __typename: 'Assessment', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'AwardingBody', id: string }
      | { __typename: 'Board', id: string }
      | { __typename: 'BoardMeeting', id: string }
      | { __typename: 'BoardMember', id: string }
      | { __typename: 'Child', id: string }
      | { __typename: 'ChildOutcome', id: string }
      | { __typename: 'ComparatorGroup', id: string }
      | { __typename: 'Criterion', id: string }
      | { __typename: 'CriterionRating', id: string }
      | { __typename: 'CriterionRatingRevision', id: string }
      | { __typename: 'Evidence', id: string }
      | { __typename: 'EvidenceLink', id: string }
      | { __typename: 'ExpectedPartner', id: string }
      | { __typename: 'Framework', id: string }
      | { __typename: 'InformationSharingAgreement', id: string }
      | { __typename: 'KpiObservation', id: string }
      | { __typename: 'ModerationMeeting', id: string }
      | { __typename: 'PartnerAbsence', id: string }
      | { __typename: 'Partnership', id: string }
      | { __typename: 'SelfAssessment', id: string }
      | { __typename: 'SourceDocument', id: string }
      | { __typename: 'StaffPlacement', id: string }
      | { __typename: 'Yot', id: string }
      | { __typename: 'YotPopulation', id: string }
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

export const AggregateResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"yotCount"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceKind"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"gapKind"}},{"kind":"Field","name":{"kind":"Name","value":"gapSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"ceased"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]}}]}}]} as unknown as DocumentNode<AggregateResultFragment, unknown>;
export const KpiFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorPer1000"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursOffered"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursAttended"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<KpiFiguresFieldsFragment, unknown>;
export const AccessYotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessYots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AccessYotsQuery, AccessYotsQueryVariables>;
export const AccessFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessFramework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccessFrameworkQuery, AccessFrameworkQueryVariables>;
export const AccessEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AccessEvidenceQuery, AccessEvidenceQueryVariables>;
export const AccessAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AccessAgenciesQuery, AccessAgenciesQueryVariables>;
export const AccessAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AccessAssessmentsQuery, AccessAssessmentsQueryVariables>;
export const AccessYotNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessYotName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccessYotNameQuery, AccessYotNameQueryVariables>;
export const AccessCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AccessCriteriaQuery, AccessCriteriaQueryVariables>;
export const AccessCoverageByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessCoverageByRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageByRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<AccessCoverageByRegionQuery, AccessCoverageByRegionQueryVariables>;
export const AccessCriterionCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessCriterionCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]} as unknown as DocumentNode<AccessCriterionCoverageQuery, AccessCriterionCoverageQueryVariables>;
export const AccessContributionMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessContributionMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributionMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}}]}}]}}]} as unknown as DocumentNode<AccessContributionMatrixQuery, AccessContributionMatrixQueryVariables>;
export const AccessChildOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessChildOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessChildOutcomesQuery, AccessChildOutcomesQueryVariables>;
export const AccessCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}}]}}]}}]}}]} as unknown as DocumentNode<AccessCoverageQuery, AccessCoverageQueryVariables>;
export const AccessGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AccessGapsQuery, AccessGapsQueryVariables>;
export const AccessOutcomeSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessOutcomeSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"}}]}}]}}]}}]} as unknown as DocumentNode<AccessOutcomeSummaryQuery, AccessOutcomeSummaryQueryVariables>;
export const AccessAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AccessAuditTrailQuery, AccessAuditTrailQueryVariables>;
export const AccessChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessChildrenQuery, AccessChildrenQueryVariables>;
export const AccessNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessNodeQuery, AccessNodeQueryVariables>;
export const AccessNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessNodesQuery, AccessNodesQueryVariables>;
export const AccessCreateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessCreateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"OTHER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessCreateAgencyMutation, AccessCreateAgencyMutationVariables>;
export const AccessAddStaffPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessAddStaffPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStaffPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"OTHER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"arrangement"},"value":{"kind":"EnumValue","value":"VIRTUAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessAddStaffPlacementMutation, AccessAddStaffPlacementMutationVariables>;
export const AccessRecordEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRecordEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providedById"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PROTOCOL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"providedById"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providedById"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"criteria"},"value":{"kind":"ListValue","values":[]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRecordEvidenceMutation, AccessRecordEvidenceMutationVariables>;
export const AccessRecordAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRecordAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"partyIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"purpose"},"value":{"kind":"StringValue","value":"SEND status","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"lawfulBasis"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"UK GDPR art. 6(1)(e)","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"dataCategories"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"SEND status","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DRAFT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRecordAgreementMutation, AccessRecordAgreementMutationVariables>;
export const AccessReviewEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessReviewEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewEvidenceMutation, AccessReviewEvidenceMutationVariables>;
export const AccessUpdateYotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessUpdateYot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateYot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"IntValue","value":"99"}},{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"StringValue","value":"London","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessUpdateYotMutation, AccessUpdateYotMutationVariables>;
export const AccessRegisterChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRegisterChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"ageBand"},"value":{"kind":"EnumValue","value":"AGE_14_TO_15"}},{"kind":"ObjectField","name":{"kind":"Name","value":"sendStatus"},"value":{"kind":"EnumValue","value":"NONE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRegisterChildMutation, AccessRegisterChildMutationVariables>;
export const AccessDecideAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessDecideAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"outcome"},"value":{"kind":"EnumValue","value":"NOT_AWARDED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessDecideAssessmentMutation, AccessDecideAssessmentMutationVariables>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const AgencyRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceProvided"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyRelationsQuery, AgencyRelationsQueryVariables>;
export const AnalystEvidenceCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystEvidenceCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AnalystEvidenceCountQuery, AnalystEvidenceCountQueryVariables>;
export const AnalystEvidenceTitlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystEvidenceTitles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystEvidenceTitlesQuery, AnalystEvidenceTitlesQueryVariables>;
export const AnalystCriterionCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystCriterionCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}}]}}]}}]} as unknown as DocumentNode<AnalystCriterionCountsQuery, AnalystCriterionCountsQueryVariables>;
export const AnalystYotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystYots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"YotFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YotOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystYotsQuery, AnalystYotsQueryVariables>;
export const AnalystRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<AnalystRegionsQuery, AnalystRegionsQueryVariables>;
export const AnalystAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"activePartnerYotCount"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystAgenciesQuery, AnalystAgenciesQueryVariables>;
export const AnalystYotCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystYotCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystYotCoverageQuery, AnalystYotCoverageQueryVariables>;
export const AnalystNationalGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystNationalGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NationalGapFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"yotCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystNationalGapsQuery, AnalystNationalGapsQueryVariables>;
export const AnalystYotGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystYotGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AnalystYotGapsQuery, AnalystYotGapsQueryVariables>;
export const AnalystEvidenceAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystEvidenceAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"yotCount"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceKind"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"gapKind"}},{"kind":"Field","name":{"kind":"Name","value":"gapSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"ceased"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystEvidenceAggregateQuery, AnalystEvidenceAggregateQueryVariables>;
export const AnalystPartnershipAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystPartnershipAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipAggregateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"yotCount"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceKind"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"gapKind"}},{"kind":"Field","name":{"kind":"Name","value":"gapSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"ceased"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystPartnershipAggregateQuery, AnalystPartnershipAggregateQueryVariables>;
export const AnalystAgencyAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystAgencyAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"yotCount"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceKind"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"gapKind"}},{"kind":"Field","name":{"kind":"Name","value":"gapSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"ceased"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystAgencyAggregateQuery, AnalystAgencyAggregateQueryVariables>;
export const AnalystAgreementAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystAgreementAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementAggregateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"yotCount"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceKind"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"gapKind"}},{"kind":"Field","name":{"kind":"Name","value":"gapSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"ceased"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystAgreementAggregateQuery, AnalystAgreementAggregateQueryVariables>;
export const AnalystPlacementAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystPlacementAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementAggregateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"yotCount"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceKind"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"gapKind"}},{"kind":"Field","name":{"kind":"Name","value":"gapSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"ceased"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystPlacementAggregateQuery, AnalystPlacementAggregateQueryVariables>;
export const AnalystGapAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystGapAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NationalGapFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gapAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"yotCount"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceKind"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"gapKind"}},{"kind":"Field","name":{"kind":"Name","value":"gapSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"ceased"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystGapAggregateQuery, AnalystGapAggregateQueryVariables>;
export const AnalystViewIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystViewIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationalGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystViewIdsQuery, AnalystViewIdsQueryVariables>;
export const AnalystAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystAssessmentsQuery, AnalystAssessmentsQueryVariables>;
export const AnalystPartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystPartnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipAggregateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystPartnershipsQuery, AnalystPartnershipsQueryVariables>;
export const AnalystAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementAggregateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystAgreementsQuery, AnalystAgreementsQueryVariables>;
export const AnalystPlacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystPlacements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementAggregateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystPlacementsQuery, AnalystPlacementsQueryVariables>;
export const AnalystYotCoverageNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystYotCoverageNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaWithEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaEvidencedByTwoOrMoreAgencyTypes"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystYotCoverageNumbersQuery, AnalystYotCoverageNumbersQueryVariables>;
export const AnalystGapSubjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystGapSubjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NationalGapFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpectedPartner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystGapSubjectsQuery, AnalystGapSubjectsQueryVariables>;
export const AssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselineAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentsQuery, AssessmentsQueryVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const EvidenceHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceHistoryQuery, EvidenceHistoryQueryVariables>;
export const CreateSelfAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSelfAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSelfAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSelfAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateSelfAssessmentMutation, CreateSelfAssessmentMutationVariables>;
export const UpdateSelfAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSelfAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSelfAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSelfAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSelfAssessmentMutation, UpdateSelfAssessmentMutationVariables>;
export const CreateActionPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActionPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionPlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlanItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRole"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateActionPlanItemMutation, CreateActionPlanItemMutationVariables>;
export const UpdateActionPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionPlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlanItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"droppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"closingEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateActionPlanItemMutation, UpdateActionPlanItemMutationVariables>;
export const JourneyGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<JourneyGapsQuery, JourneyGapsQueryVariables>;
export const YotJourneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotJourney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2023-07-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestSelfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessorScore"}},{"kind":"Field","name":{"kind":"Name","value":"assessorBand"}},{"kind":"Field","name":{"kind":"Name","value":"scoreDifference"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedEvidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"triangulated"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openActions"},"name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdueActions"},"name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<YotJourneyQuery, YotJourneyQueryVariables>;
export const CreateBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBoardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateBoardMutation, CreateBoardMutationVariables>;
export const AddBoardMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBoardMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBoardMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBoardMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddBoardMemberMutation, AddBoardMemberMutationVariables>;
export const UpdateBoardMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBoardMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBoardMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBoardMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateBoardMemberMutation, UpdateBoardMemberMutationVariables>;
export const RecordBoardMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBoardMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBoardMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBoardMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordBoardMeetingMutation, RecordBoardMeetingMutationVariables>;
export const YotBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<YotBoardQuery, YotBoardQueryVariables>;
export const AwardingBodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardingBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardingBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withBody"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AwardingBodiesQuery, AwardingBodiesQueryVariables>;
export const SeededAwardProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeededAwardProcess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awardingBodySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionCitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeededAwardProcessQuery, SeededAwardProcessQueryVariables>;
export const RecordSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseStudies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordSubmissionMutation, RecordSubmissionMutationVariables>;
export const RecordModerationMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordModerationMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordModerationMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordModerationMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moderationMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordModerationMeetingMutation, RecordModerationMeetingMutationVariables>;
export const RecordInterimDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInterimDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInterimDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInterimDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"interimNote"}}]}}]}}]}}]} as unknown as DocumentNode<RecordInterimDecisionMutation, RecordInterimDecisionMutationVariables>;
export const CiteAwardDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CiteAwardDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CiteAwardDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citeAwardDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CiteAwardDecisionMutation, CiteAwardDecisionMutationVariables>;
export const RedesignationRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedesignationReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redesignationReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinMonths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"yotName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"redesignationUnderWay"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RedesignationRemindersQuery, RedesignationRemindersQueryVariables>;
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
export const DrillDownCellsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDownCells"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrillDownCellsQuery, DrillDownCellsQueryVariables>;
export const DrillDownCriterionCellsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDownCriterionCells"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}}]}}]}}]} as unknown as DocumentNode<DrillDownCriterionCellsQuery, DrillDownCriterionCellsQueryVariables>;
export const DrillDownCellCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDownCellCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DrillDownCellCountQuery, DrillDownCellCountQueryVariables>;
export const DrillDownRatiosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDownRatios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerStaffOfUnknownType"}},{"kind":"Field","name":{"kind":"Name","value":"ratios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"placedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrillDownRatiosQuery, DrillDownRatiosQueryVariables>;
export const EvidenceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceListQuery, EvidenceListQueryVariables>;
export const EvidenceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceDetailQuery, EvidenceDetailQueryVariables>;
export const CriterionTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriterionTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CriterionTrailQuery, CriterionTrailQueryVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"affectsCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const ChangeFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChangeFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"affectsCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeFeedSubscription, ChangeFeedSubscriptionVariables>;
export const FrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Framework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"developedBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"wordingSource"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkQuery, FrameworkQueryVariables>;
export const ScopedListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopedLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"partnerOfYotCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"evidenceByCode"},"name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"evidenceById"},"name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageByRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"yots"}}]}}]}}]} as unknown as DocumentNode<ScopedListsQuery, ScopedListsQueryVariables>;
export const EvidenceHistoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceHistories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceHistoriesQuery, EvidenceHistoriesQueryVariables>;
export const SearchEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SearchEvidenceQuery, SearchEvidenceQueryVariables>;
export const SearchAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SearchAgenciesQuery, SearchAgenciesQueryVariables>;
export const CoverageAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageAsOfQuery, CoverageAsOfQueryVariables>;
export const YotKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFiguresFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorPer1000"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursOffered"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursAttended"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<YotKpisQuery, YotKpisQueryVariables>;
export const KpiFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFiguresFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorPer1000"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursOffered"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursAttended"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<KpiFiguresQuery, KpiFiguresQueryVariables>;
export const YotKpiComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotKpiComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population10To17"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpiComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"familySize"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFiguresFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorPer1000"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursOffered"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursAttended"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<YotKpiComparisonQuery, YotKpiComparisonQueryVariables>;
export const RecordKpiObservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordKpiObservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordKpiObservationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordKpiObservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RecordKpiObservationsMutation, RecordKpiObservationsMutationVariables>;
export const SetYotPopulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetYotPopulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetYotPopulationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setYotPopulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yotPopulation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population10To17"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<SetYotPopulationMutation, SetYotPopulationMutationVariables>;
export const SetComparatorGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetComparatorGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetComparatorGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setComparatorGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparatorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetComparatorGroupMutation, SetComparatorGroupMutationVariables>;
export const ComparatorGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparatorGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparatorGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ComparatorGroupsQuery, ComparatorGroupsQueryVariables>;
export const RegisterChildWithCharacteristicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterChildWithCharacteristics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"sendStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"careStatus"}},{"kind":"Field","name":{"kind":"Name","value":"exclusion"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeProvision"}},{"kind":"Field","name":{"kind":"Name","value":"slcn"}},{"kind":"Field","name":{"kind":"Name","value":"neurodevelopmentalNeeds"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterChildWithCharacteristicsMutation, RegisterChildWithCharacteristicsMutationVariables>;
export const ChildKpiObservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildKpiObservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"kpiObservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"needIdentified"}},{"kind":"Field","name":{"kind":"Name","value":"supportOffered"}},{"kind":"Field","name":{"kind":"Name","value":"attending"}},{"kind":"Field","name":{"kind":"Name","value":"formalPlan"}},{"kind":"Field","name":{"kind":"Name","value":"hoursOffered"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAttended"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildKpiObservationsQuery, ChildKpiObservationsQueryVariables>;
export const CharacteristicSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CharacteristicSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeSummaryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"careStatus"}},{"kind":"Field","name":{"kind":"Name","value":"exclusion"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeProvision"}},{"kind":"Field","name":{"kind":"Name","value":"slcn"}},{"kind":"Field","name":{"kind":"Name","value":"neurodevelopmental"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<CharacteristicSummaryQuery, CharacteristicSummaryQueryVariables>;
export const YotsKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotsKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotsKpisQuery, YotsKpisQueryVariables>;
export const YotsKpiRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotsKpiRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiCohort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiStage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiIndicator"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"part"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFigurePart"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kpiRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"kpi"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}}},{"kind":"Argument","name":{"kind":"Name","value":"cohort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohort"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}},{"kind":"Argument","name":{"kind":"Name","value":"part"},"value":{"kind":"Variable","name":{"kind":"Name","value":"part"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotsKpiRecordsQuery, YotsKpiRecordsQueryVariables>;
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
export const YotEvidenceCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotEvidenceCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotEvidenceCountsQuery, YotEvidenceCountsQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Yot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const PlacementsAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementsAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementsAsOfQuery, PlacementsAsOfQueryVariables>;
export const PlacementsAsOfPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementsAsOfPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementsAsOfPageQuery, PlacementsAsOfPageQueryVariables>;
export const YotAssessorViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotAssessorView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"coLocationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaWithEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaEvidencedByTwoOrMoreAgencyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"placedStaff"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"contributingAgencyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"triangulated"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotAssessorViewQuery, YotAssessorViewQueryVariables>;
export const SyntheticCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyntheticCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SyntheticCoverageQuery, SyntheticCoverageQueryVariables>;
export const SyntheticOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyntheticOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}}]}}]}}]}}]} as unknown as DocumentNode<SyntheticOutcomesQuery, SyntheticOutcomesQueryVariables>;
export const TruthfulYotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TruthfulYot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hostAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"ceasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ceased"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ceasedSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerAbsences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"countingRoles"}},{"kind":"Field","name":{"kind":"Name","value":"countingEmployerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"staffWithoutNamedEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"rolesFound"}},{"kind":"Field","name":{"kind":"Name","value":"staffNotCounted"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindBasis"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"awardState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"knownPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"coLocationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"}},{"kind":"Field","name":{"kind":"Name","value":"partnersInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"partnersNotRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"partnersRecordedAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"partnersCeased"}},{"kind":"Field","name":{"kind":"Name","value":"partnerStaffOfUnknownType"}},{"kind":"Field","name":{"kind":"Name","value":"ratios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"knownCount"}},{"kind":"Field","name":{"kind":"Name","value":"computedOver"}}]}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validUntilPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"hostProvided"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"ceasedPartnerships"}},{"kind":"Field","name":{"kind":"Name","value":"placedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"staffPractising"}},{"kind":"Field","name":{"kind":"Name","value":"staffWithoutNamedEmployer"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TruthfulYotQuery, TruthfulYotQueryVariables>;
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