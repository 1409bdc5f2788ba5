/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Whether an assessment is a first award or a re-verification. */
export type AssessmentKind =
  /** First assessment for this level. */
  | 'INITIAL'
  /** Re-verification of an award nearing or past the end of its validity (about three years). */
  | 'REDESIGNATION';

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

/** A commendation added to an award. */
export type Commendation =
  /** Child First Commendation: recognises a partnership's child-focused approach. */
  | 'CHILD_FIRST';

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

/** When in the intervention a KPI observation was made. */
export type KpiStage =
  /** At the end of the intervention (KPIs 1–5). */
  | 'END'
  /** During the quarter, without start/end (KPIs 6–10). */
  | 'IN_QUARTER'
  /** At the start of the intervention (KPIs 1–5). */
  | 'START';

/** The nation a youth justice service is in; it decides, for example, whether a SEND plan is an EHCP or an IDP. */
export type Nation =
  /** England: SEND plans are Education, Health and Care Plans (EHCPs). */
  | 'ENGLAND'
  /** Wales: additional learning needs plans are Individual Development Plans (IDPs). */
  | 'WALES';

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

/** How a record knows what it says. */
export type RecordBasis =
  /** Inferred, not stated: e.g. the police force for a borough when the source says only "the police". `notes` say from what. */
  | 'INFERRED'
  /** As its source document states it (or as entered by a user of the hub). */
  | 'STATED';

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

export type DashboardNationalQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  firstPage: boolean;
  asOf?: string | null | undefined;
}>;


export type DashboardNationalQuery = { framework?: { name: string, validityMonths: number, criteria: Array<{ code: string, title: string }>, expectedPartners: Array<{ agencyType: AgencyType, statutory: boolean }> } | null, coverageByRegion?: Array<{ region: string, yots: number, expectedPartners: number, partnersWithActivePartnership: number, partnersInPlace: number, partnersNotRecorded: number, partnersRecordedAbsent: number, partnersCeased: number, partnerCoverage: number, knownPartnerCoverage: number | null, statutoryPartnerCoverage: number, coLocationRatio: number | null, agreementCoverage: number | null, averageCriteriaWithEvidence: number, averageCriteriaEvidencedByTwoOrMoreAgencyTypes: number, yotsWithCurrentAward: number, yotsWithAwardOfUnknownDate: number, yotsDueReverification: number }>, coverage: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ partnerCoverage: number, knownPartnerCoverage: number | null, statutoryPartnerCoverage: number, criteriaWithEvidence: number, criteriaTotal: number, yot: { code: string, name: string, region: string, nation: Nation }, award: { state: AwardState, validUntil: string | null, validUntilPrecision: DatePrecision, current: boolean, reverificationDue: boolean | null, assessment: { level: AwardLevel, commendations: Array<Commendation> } } | null, partners: Array<{ agencyType: AgencyType, statutory: boolean, state: PartnerState, basis: PartnerStateBasis | null, hasActivePartnership: boolean, ceasedPartnerships: number, placedStaff: number, staffWithoutNamedEmployer: number, currentAgreement: boolean, evidenceCount: number }>, criteria: Array<{ evidenceCount: number, band: RatingBand | null, score: number | null, criterion: { code: string } }> }> } };

export type DashboardYotQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
  periodTo?: string | null | undefined;
}>;


export type DashboardYotQuery = { yot: { code: string, name: string, region: string, nation: Nation, localAuthorities: Array<string>, hostAuthorities: Array<{ name: string }>, partnerships: Array<{ id: string, statutory: boolean, boardMember: boolean | null, startedOn: string | null, standing: PartnershipStanding, basis: RecordBasis, agency: { name: string, type: AgencyType, ceasedOn: string | null, successor: { name: string } | null }, staffPlacements: Array<{ role: StaffRole, arrangement: PlacementArrangement, fte: number | null }> }>, staffPlacements: Array<{ id: string, role: StaffRole, arrangement: PlacementArrangement, basis: RecordBasis, partnership: { id: string } | null }>, statutoryTeam: Array<{ member: StatutoryTeamMember, recorded: boolean, rolesFound: Array<StaffRole>, staffWithoutNamedEmployer: number }>, coverage: { partnerCoverage: number, knownPartnerCoverage: number | null, statutoryPartnerCoverage: number, coLocationRatio: number | null, agreementCoverage: number | null, criteriaWithEvidence: number, criteriaTotal: number, ratios: Array<{ kind: CoverageRatioKind, value: number | null, numerator: number, denominator: number, computedOver: string }>, award: { state: AwardState, validUntil: string | null, validUntilPrecision: DatePrecision, current: boolean, reverificationDue: boolean | null, assessment: { level: AwardLevel, commendations: Array<Commendation>, decidedOn: string | null, decidedOnPrecision: DatePrecision } } | null, partners: Array<{ agencyType: AgencyType, statutory: boolean, state: PartnerState, basis: PartnerStateBasis | null, hasActivePartnership: boolean, ceasedPartnerships: number, placedStaff: number, staffWithoutNamedEmployer: number, currentAgreement: boolean, evidenceCount: number }> } } | null, gaps: Array<{ id: string, kind: GapKind, severity: GapSeverity, message: string, node:
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
      | { __typename: 'Criterion', code: string, id: string }
      | { __typename: 'CriterionRating', id: string, criterion: { code: string } }
      | { __typename: 'CriterionRatingRevision', id: string }
      | { __typename: 'Evidence', id: string }
      | { __typename: 'EvidenceLink', id: string }
      | { __typename: 'ExpectedPartner', agencyType: AgencyType, id: string }
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
     }> | null, criterionCoverage: Array<{ evidenceCount: number, acceptedEvidenceCount: number, contributingAgencyTypes: Array<AgencyType>, triangulated: boolean, latestEvidenceOn: string | null, band: RatingBand | null, score: number | null, gap: boolean, criterion: { code: string, title: string } }> | null, outcomeSummary: { suppressionThreshold: number, rows: Array<{ measure: OutcomeMeasure | null, period: string | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null, byEthnicity: { suppressionThreshold: number, rows: Array<{ measure: OutcomeMeasure | null, ethnicity: string | null, sex: string | null, careStatus: string | null, exclusion: string | null, alternativeProvision: string | null, slcn: string | null, neurodevelopmental: string | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null, bySex: { suppressionThreshold: number, rows: Array<{ measure: OutcomeMeasure | null, ethnicity: string | null, sex: string | null, careStatus: string | null, exclusion: string | null, alternativeProvision: string | null, slcn: string | null, neurodevelopmental: string | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null, byCareStatus: { suppressionThreshold: number, rows: Array<{ measure: OutcomeMeasure | null, ethnicity: string | null, sex: string | null, careStatus: string | null, exclusion: string | null, alternativeProvision: string | null, slcn: string | null, neurodevelopmental: string | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null, byExclusion: { suppressionThreshold: number, rows: Array<{ measure: OutcomeMeasure | null, ethnicity: string | null, sex: string | null, careStatus: string | null, exclusion: string | null, alternativeProvision: string | null, slcn: string | null, neurodevelopmental: string | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null, byAlternativeProvision: { suppressionThreshold: number, rows: Array<{ measure: OutcomeMeasure | null, ethnicity: string | null, sex: string | null, careStatus: string | null, exclusion: string | null, alternativeProvision: string | null, slcn: string | null, neurodevelopmental: string | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null, bySlcn: { suppressionThreshold: number, rows: Array<{ measure: OutcomeMeasure | null, ethnicity: string | null, sex: string | null, careStatus: string | null, exclusion: string | null, alternativeProvision: string | null, slcn: string | null, neurodevelopmental: string | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null, byNeurodevelopmental: { suppressionThreshold: number, rows: Array<{ measure: OutcomeMeasure | null, ethnicity: string | null, sex: string | null, careStatus: string | null, exclusion: string | null, alternativeProvision: string | null, slcn: string | null, neurodevelopmental: string | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null };

export type DisproportionalityRowsFragment = { suppressionThreshold: number, rows: Array<{ measure: OutcomeMeasure | null, ethnicity: string | null, sex: string | null, careStatus: string | null, exclusion: string | null, alternativeProvision: string | null, slcn: string | null, neurodevelopmental: string | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> };

export type DashboardLiveChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardLiveChangesSubscription = { changes: { cursor: string, kind: ChangeKind, yotCode: string, affectsCoverage: boolean } };

export type DrillDownEvidenceQueryVariables = Exact<{
  filter: EvidenceFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type DrillDownEvidenceQuery = { evidence: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, kind: EvidenceKind, occurredOn: string | null, reviewState: EvidenceReviewState, reviewedBy: string | null, reviewedAt: string | null, source: string | null, sourceDocument: { title: string, url: string | null, publisher: string | null } | null, providedBy: { name: string, type: AgencyType } | null, agenciesInvolved: Array<{ name: string, type: AgencyType }>, citedIn: Array<{ id: string, band: RatingBand, score: number | null, criterion: { code: string }, assessment: { kind: AssessmentKind, status: AssessmentStatus, decidedOn: string | null } }>, history: { totalCount: number, nodes: Array<{ action: string, actor: string, at: string }> } }> } };

export type DrillDownEvidenceItemQueryVariables = Exact<{
  id: string | number;
}>;


export type DrillDownEvidenceItemQuery = { node:
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
    | { __typename: 'Evidence', summary: string | null, status: EvidenceStatus, expiresOn: string | null, recordedAt: string, withdrawnReason: string | null, reviewNote: string | null, id: string, title: string, kind: EvidenceKind, occurredOn: string | null, reviewState: EvidenceReviewState, reviewedBy: string | null, reviewedAt: string | null, source: string | null, yot: { code: string, name: string }, criteria: Array<{ criterion: { code: string, title: string } }>, sourceDocument: { title: string, url: string | null, publisher: string | null } | null, providedBy: { name: string, type: AgencyType } | null, agenciesInvolved: Array<{ name: string, type: AgencyType }>, citedIn: Array<{ id: string, band: RatingBand, score: number | null, criterion: { code: string }, assessment: { kind: AssessmentKind, status: AssessmentStatus, decidedOn: string | null } }>, history: { totalCount: number, nodes: Array<{ action: string, actor: string, at: string }> } }
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
   | null };

export type EvidenceRecordFragment = { id: string, title: string, kind: EvidenceKind, occurredOn: string | null, reviewState: EvidenceReviewState, reviewedBy: string | null, reviewedAt: string | null, source: string | null, sourceDocument: { title: string, url: string | null, publisher: string | null } | null, providedBy: { name: string, type: AgencyType } | null, agenciesInvolved: Array<{ name: string, type: AgencyType }>, citedIn: Array<{ id: string, band: RatingBand, score: number | null, criterion: { code: string }, assessment: { kind: AssessmentKind, status: AssessmentStatus, decidedOn: string | null } }>, history: { totalCount: number, nodes: Array<{ action: string, actor: string, at: string }> } };

export type GapItemFragment = { id: string, kind: GapKind, severity: GapSeverity, message: string, node:
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
    | { __typename: 'Criterion', code: string, id: string }
    | { __typename: 'CriterionRating', id: string, criterion: { code: string } }
    | { __typename: 'CriterionRatingRevision', id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'EvidenceLink', id: string }
    | { __typename: 'ExpectedPartner', agencyType: AgencyType, id: string }
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
   };

export type DrillDownOutcomeQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
  periodTo?: string | null | undefined;
}>;


export type DrillDownOutcomeQuery = { outcomeSummary: { suppressionThreshold: number, rows: Array<{ measure: OutcomeMeasure | null, period: string | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null, yot: { code: string, name: string, children: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, ref: string, sendStatus: SendStatus, outcomes: Array<{ measure: OutcomeMeasure, period: string, met: boolean }> }> } | null } | null };

export type DrillDownRatioQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type DrillDownRatioQuery = { yot: { code: string, name: string, coverage: { partnerStaffOfUnknownType: number, ratios: Array<{ kind: CoverageRatioKind, value: number | null, numerator: number, denominator: number, computedOver: string }>, partners: Array<{ agencyType: AgencyType, statutory: boolean, state: PartnerState, hasActivePartnership: boolean, placedStaff: number, currentAgreement: boolean }> } } | null };

export type DrillDownRatingFlagsQueryVariables = Exact<{
  after?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type DrillDownRatingFlagsQuery = { nationalGaps: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ yot: { code: string }, node:
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
        | { __typename: 'CriterionRating', criterion: { code: string } }
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
       }> } };

export type DashboardYotJourneyQueryVariables = Exact<{
  code: string;
  asOf: string;
  boardFrom: string;
  quarter: string;
}>;


export type DashboardYotJourneyQuery = { yot: { id: string, latestSelfAssessment: { assessedOn: string, participants: Array<{ name: string }>, comparison: Array<{ selfScore: number | null, selfNote: string | null, assessorScore: number | null, assessorBand: RatingBand | null, scoreDifference: number | null, evidenceCount: number, acceptedEvidenceCount: number, triangulated: boolean, disagreement: SelfScoreDisagreement, criterion: { code: string, title: string } }> } | null, actionPlan: Array<{ id: string, title: string, dueOn: string, status: ActionStatus, completedOn: string | null, droppedReason: string | null, ownerRole: StaffRole, overdue: boolean, ownerAgency: { name: string }, criteria: Array<{ code: string }> }>, boardAttendance: Array<{ agencyType: AgencyType, meetingsHeld: number, meetingsAttended: number, rate: number | null, agency: { name: string } }>, kpiComparison: { quarter: string, familySize: number | null, region: string, nation: string, comparatorGroup: { name: string } | null, yot: { perturbed: boolean, suppressionThreshold: number, figures: Array<{ kpiNumber: number, kpi: Kpi, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> }, family: { perturbed: boolean, suppressionThreshold: number, figures: Array<{ kpiNumber: number, kpi: Kpi, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> } | null, regionFigures: { perturbed: boolean, suppressionThreshold: number, figures: Array<{ kpiNumber: number, kpi: Kpi, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> }, nationFigures: { perturbed: boolean, suppressionThreshold: number, figures: Array<{ kpiNumber: number, kpi: Kpi, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> } } | null } | null };

export type DashboardJourneyFragment = { latestSelfAssessment: { assessedOn: string, participants: Array<{ name: string }>, comparison: Array<{ selfScore: number | null, selfNote: string | null, assessorScore: number | null, assessorBand: RatingBand | null, scoreDifference: number | null, evidenceCount: number, acceptedEvidenceCount: number, triangulated: boolean, disagreement: SelfScoreDisagreement, criterion: { code: string, title: string } }> } | null, actionPlan: Array<{ id: string, title: string, dueOn: string, status: ActionStatus, completedOn: string | null, droppedReason: string | null, ownerRole: StaffRole, overdue: boolean, ownerAgency: { name: string }, criteria: Array<{ code: string }> }>, boardAttendance: Array<{ agencyType: AgencyType, meetingsHeld: number, meetingsAttended: number, rate: number | null, agency: { name: string } }>, kpiComparison: { quarter: string, familySize: number | null, region: string, nation: string, comparatorGroup: { name: string } | null, yot: { perturbed: boolean, suppressionThreshold: number, figures: Array<{ kpiNumber: number, kpi: Kpi, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> }, family: { perturbed: boolean, suppressionThreshold: number, figures: Array<{ kpiNumber: number, kpi: Kpi, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> } | null, regionFigures: { perturbed: boolean, suppressionThreshold: number, figures: Array<{ kpiNumber: number, kpi: Kpi, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> }, nationFigures: { perturbed: boolean, suppressionThreshold: number, figures: Array<{ kpiNumber: number, kpi: Kpi, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> } } | null };

export type DashboardKpiFiguresFragment = { perturbed: boolean, suppressionThreshold: number, figures: Array<{ kpiNumber: number, kpi: Kpi, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> };

export type DrillDownKpiQueryVariables = Exact<{
  code: string;
  quarter: string;
  kpi: Kpi;
  cohort: KpiCohort;
  stage: KpiStage;
  indicator: KpiIndicator;
  first: number;
  afterNumerator?: string | null | undefined;
  afterDenominator?: string | null | undefined;
  numerator: boolean;
  denominator: boolean;
  board: boolean;
}>;


export type DrillDownKpiQuery = { yot: { code: string, name: string, kpis: { perturbed: boolean, suppressionThreshold: number, figures: Array<{ kpiNumber: number, kpi: Kpi, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> } | null, numerator?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, met: boolean | null, needIdentified: boolean | null, supportOffered: boolean | null, attending: boolean | null, formalPlan: boolean | null, recordedAt: string, child: { ref: string, sendStatus: SendStatus }, recordedBy: { name: string, type: AgencyType } | null }> } | null, denominator?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, met: boolean | null, needIdentified: boolean | null, supportOffered: boolean | null, attending: boolean | null, formalPlan: boolean | null, recordedAt: string, child: { ref: string, sendStatus: SendStatus }, recordedBy: { name: string, type: AgencyType } | null }> } | null, boardNumerator?: Array<{ heldOn: string, present: boolean, meeting: { id: string }, agency: { name: string, type: AgencyType } }> | null, boardDenominator?: Array<{ heldOn: string, present: boolean, meeting: { id: string }, agency: { name: string, type: AgencyType } }> | null } | null };

export type KpiBoardSeatRowFragment = { heldOn: string, present: boolean, meeting: { id: string }, agency: { name: string, type: AgencyType } };

export type KpiRecordPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, met: boolean | null, needIdentified: boolean | null, supportOffered: boolean | null, attending: boolean | null, formalPlan: boolean | null, recordedAt: string, child: { ref: string, sendStatus: SendStatus }, recordedBy: { name: string, type: AgencyType } | null }> };

export const DisproportionalityRowsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisproportionalityRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"careStatus"}},{"kind":"Field","name":{"kind":"Name","value":"exclusion"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeProvision"}},{"kind":"Field","name":{"kind":"Name","value":"slcn"}},{"kind":"Field","name":{"kind":"Name","value":"neurodevelopmental"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<DisproportionalityRowsFragment, unknown>;
export const EvidenceRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceRecordFragment, unknown>;
export const GapItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpectedPartner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]}}]}}]} as unknown as DocumentNode<GapItemFragment, unknown>;
export const DashboardKpiFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardKpiFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<DashboardKpiFiguresFragment, unknown>;
export const DashboardJourneyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardJourney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Yot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSelfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"assessorScore"}},{"kind":"Field","name":{"kind":"Name","value":"assessorBand"}},{"kind":"Field","name":{"kind":"Name","value":"scoreDifference"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedEvidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"triangulated"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"droppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRole"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"boardAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"boardFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpiComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familySize"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardKpiFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardKpiFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardKpiFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardKpiFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardKpiFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<DashboardJourneyFragment, unknown>;
export const KpiBoardSeatRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiBoardSeatRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiBoardSeat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<KpiBoardSeatRowFragment, unknown>;
export const KpiRecordPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiRecordPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiObservationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"needIdentified"}},{"kind":"Field","name":{"kind":"Name","value":"supportOffered"}},{"kind":"Field","name":{"kind":"Name","value":"attending"}},{"kind":"Field","name":{"kind":"Name","value":"formalPlan"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"sendStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<KpiRecordPageFragment, unknown>;
export const DashboardNationalDocument = {"__meta__":{"hash":"sha256:08fcaf560333c3dc32e95aea26180eed1713a3408857c98b95b5bc6936e9ff5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardNational"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstPage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstPage"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageByRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstPage"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"yots"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"}},{"kind":"Field","name":{"kind":"Name","value":"partnersWithActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"partnersInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"partnersNotRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"partnersRecordedAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"partnersCeased"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"knownPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"coLocationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"averageCriteriaWithEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"averageCriteriaEvidencedByTwoOrMoreAgencyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"yotsWithCurrentAward"}},{"kind":"Field","name":{"kind":"Name","value":"yotsWithAwardOfUnknownDate"}},{"kind":"Field","name":{"kind":"Name","value":"yotsDueReverification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"knownPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaWithEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validUntilPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"ceasedPartnerships"}},{"kind":"Field","name":{"kind":"Name","value":"placedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"staffWithoutNamedEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardNationalQuery, DashboardNationalQueryVariables>;
export const DashboardYotDocument = {"__meta__":{"hash":"sha256:f593477a993e30b51eab911f270dbc01a0a3c388d4c48fe0be98e5a7de773169"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardYot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"hostAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"boardMember"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ceasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"rolesFound"}},{"kind":"Field","name":{"kind":"Name","value":"staffWithoutNamedEmployer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"knownPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"coLocationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaWithEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ratios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"computedOver"}}]}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validUntilPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOnPrecision"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"ceasedPartnerships"}},{"kind":"Field","name":{"kind":"Name","value":"placedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"staffWithoutNamedEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedEvidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"contributingAgencyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"triangulated"}},{"kind":"Field","name":{"kind":"Name","value":"latestEvidenceOn"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"},{"kind":"EnumValue","value":"PERIOD"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byEthnicity"},"name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"},{"kind":"EnumValue","value":"ETHNICITY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisproportionalityRows"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bySex"},"name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"},{"kind":"EnumValue","value":"SEX"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisproportionalityRows"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byCareStatus"},"name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"},{"kind":"EnumValue","value":"CARE_STATUS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisproportionalityRows"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byExclusion"},"name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"},{"kind":"EnumValue","value":"EXCLUSION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisproportionalityRows"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byAlternativeProvision"},"name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"},{"kind":"EnumValue","value":"ALTERNATIVE_PROVISION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisproportionalityRows"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bySlcn"},"name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"},{"kind":"EnumValue","value":"SLCN"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisproportionalityRows"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byNeurodevelopmental"},"name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"},{"kind":"EnumValue","value":"NEURODEVELOPMENTAL"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisproportionalityRows"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpectedPartner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisproportionalityRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"careStatus"}},{"kind":"Field","name":{"kind":"Name","value":"exclusion"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeProvision"}},{"kind":"Field","name":{"kind":"Name","value":"slcn"}},{"kind":"Field","name":{"kind":"Name","value":"neurodevelopmental"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<DashboardYotQuery, DashboardYotQueryVariables>;
export const DashboardLiveChangesDocument = {"__meta__":{"hash":"sha256:42a162e209d9f0250549cdcc0f49d8982071dadd160546d23b84ad3f35b8b8de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardLiveChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"affectsCoverage"}}]}}]}}]} as unknown as DocumentNode<DashboardLiveChangesSubscription, DashboardLiveChangesSubscriptionVariables>;
export const DrillDownEvidenceDocument = {"__meta__":{"hash":"sha256:5f07c3e0c3120cbceeab2786c26f2700dae863909038255e7d5bcaba51fc748d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDownEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"OCCURRED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<DrillDownEvidenceQuery, DrillDownEvidenceQueryVariables>;
export const DrillDownEvidenceItemDocument = {"__meta__":{"hash":"sha256:c5c3def888f0492b21d93dc289f12771f6946bdad97df222af37032994d78500"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDownEvidenceItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceRecord"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<DrillDownEvidenceItemQuery, DrillDownEvidenceItemQueryVariables>;
export const DrillDownOutcomeDocument = {"__meta__":{"hash":"sha256:d0b401cb5c4ca773f229ef066b3ea4ef3e07a23d3e08af60c4ccedb1ceb5b56c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDownOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEASURE"},{"kind":"EnumValue","value":"PERIOD"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"yotCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"sendStatus"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrillDownOutcomeQuery, DrillDownOutcomeQueryVariables>;
export const DrillDownRatioDocument = {"__meta__":{"hash":"sha256:062e37e45e6256d9e9ef64bcf285c1a051530dd33f9955660e0adbcafa936b34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDownRatio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerStaffOfUnknownType"}},{"kind":"Field","name":{"kind":"Name","value":"ratios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"computedOver"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"placedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrillDownRatioQuery, DrillDownRatioQueryVariables>;
export const DrillDownRatingFlagsDocument = {"__meta__":{"hash":"sha256:a303bde6ad211217f99a3ab0cbc27ede4cfb634d6a1209cfd8d3b28e5e7ed334"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDownRatingFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RATING_ABOVE_EVIDENCE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrillDownRatingFlagsQuery, DrillDownRatingFlagsQueryVariables>;
export const DashboardYotJourneyDocument = {"__meta__":{"hash":"sha256:cdde5304dbc047f726d337c03e489bd5b2dae207e7d5e00c44f48a6d457e3b9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardYotJourney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"boardFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardJourney"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardKpiFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardJourney"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Yot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSelfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"assessorScore"}},{"kind":"Field","name":{"kind":"Name","value":"assessorBand"}},{"kind":"Field","name":{"kind":"Name","value":"scoreDifference"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedEvidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"triangulated"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"droppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRole"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"boardAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"boardFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpiComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familySize"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardKpiFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardKpiFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardKpiFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardKpiFigures"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardYotJourneyQuery, DashboardYotJourneyQueryVariables>;
export const DrillDownKpiDocument = {"__meta__":{"hash":"sha256:21c757b5cc11f5d2455dc5ea6b94910d13235a0d84de5255b73538ba121b2941"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDownKpi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiCohort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiStage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiIndicator"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterNumerator"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterDenominator"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numerator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"denominator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"board"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardKpiFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"numerator"},"name":{"kind":"Name","value":"kpiRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"kpi"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}}},{"kind":"Argument","name":{"kind":"Name","value":"cohort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohort"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}},{"kind":"Argument","name":{"kind":"Name","value":"part"},"value":{"kind":"EnumValue","value":"NUMERATOR"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterNumerator"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numerator"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiRecordPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"denominator"},"name":{"kind":"Name","value":"kpiRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"kpi"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}}},{"kind":"Argument","name":{"kind":"Name","value":"cohort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohort"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}},{"kind":"Argument","name":{"kind":"Name","value":"part"},"value":{"kind":"EnumValue","value":"DENOMINATOR"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterDenominator"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"denominator"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiRecordPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"boardNumerator"},"name":{"kind":"Name","value":"kpiBoardSeats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"part"},"value":{"kind":"EnumValue","value":"NUMERATOR"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"board"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiBoardSeatRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"boardDenominator"},"name":{"kind":"Name","value":"kpiBoardSeats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"part"},"value":{"kind":"EnumValue","value":"DENOMINATOR"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"board"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiBoardSeatRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardKpiFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiRecordPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiObservationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"needIdentified"}},{"kind":"Field","name":{"kind":"Name","value":"supportOffered"}},{"kind":"Field","name":{"kind":"Name","value":"attending"}},{"kind":"Field","name":{"kind":"Name","value":"formalPlan"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"sendStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiBoardSeatRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiBoardSeat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<DrillDownKpiQuery, DrillDownKpiQueryVariables>;