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

/** Award level of the Youth Justice SEND framework. */
export type AwardLevel =
  /** Quality Lead: widespread embedded and sustained practice supported by innovative ideas that can be shared; write-ups say widespread effective practice with evidence of (better) outcomes. */
  | 'QUALITY_LEAD'
  /** Quality Mark: development of relationships, networks, protocols, policy and practice (Achievement for All). */
  | 'QUALITY_MARK';

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

/** Which YOTs a coverage view covers. */
export type CoverageFilter = {
  /** Only these ONS codes. */
  codes?: Array<string> | null | undefined;
  /** Only this nation. */
  nation?: Nation | null | undefined;
  /** Only these regions. */
  regions?: Array<string> | null | undefined;
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

export type AnalystOutcomeSummaryQueryVariables = Exact<{
  periodFrom?: string | null | undefined;
  periodTo?: string | null | undefined;
}>;


export type AnalystOutcomeSummaryQuery = { outcomeSummary: { suppressionThreshold: number, rows: Array<{ region: string | null, measure: OutcomeMeasure | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null };

export type FrameworkCriteriaQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameworkCriteriaQuery = { framework: { code: string, name: string, version: string, validityMonths: number, criteria: Array<{ code: string, title: string, wording: string }> } | null };

export type LondonYotsWithoutHealthAgreementQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type LondonYotsWithoutHealthAgreementQuery = { yots: { totalCount: number, nodes: Array<{ id: string, code: string, name: string }> } };

export type CriteriaEvidencedByOneAgencyTypeQueryVariables = Exact<{
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CriteriaEvidencedByOneAgencyTypeQuery = { nationalGaps: { totalCount: number, countsByKind: Array<{ id: string, kind: GapKind, count: number, yotCount: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, message: string, yot: { id: string, code: string, name: string }, node:
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
        | { code: string, title: string, id: string }
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

export type NorthWestEteTrendQueryVariables = Exact<{
  periodFrom?: string | null | undefined;
  periodTo?: string | null | undefined;
}>;


export type NorthWestEteTrendQuery = { outcomeSummary: { suppressionThreshold: number, rows: Array<{ period: string | null, sendStatus: SendStatus | null, cohort: number | null, met: number | null, rate: number | null, suppressed: boolean }> } | null };

export type AgenciesPartneringWithMostYotsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AgenciesPartneringWithMostYotsQuery = { agencies: { nodes: Array<{ id: string, name: string, type: AgencyType, activePartnerYotCount: number }> } };

export type EvidenceAwaitingReviewQueryVariables = Exact<{
  recordedOnOrBefore: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvidenceAwaitingReviewQuery = { evidence: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, recordedAt: string, yot: { id: string, code: string }, providedBy: { id: string, name: string } | null }> } };

export type PlacementsByRegionQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PlacementsByRegionQuery = { placementAggregate: { id: string, total: number, groups: Array<{ id: string, count: number, yotCount: number | null, key: { id: string, region: string | null, arrangement: PlacementArrangement | null } }> } };

export type PlacementsByRegionTableQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PlacementsByRegionTableQuery = { placementAggregate: { id: string, groups: Array<{ id: string, fte: number | null, key: { id: string, region: string | null } }> } };

export type AssessorTrailQueryVariables = Exact<{
  yotCode: string;
}>;


export type AssessorTrailQuery = { criterionCoverage: Array<{ evidenceCount: number, contributingAgencyTypes: Array<AgencyType>, triangulated: boolean, band: RatingBand | null, gap: boolean, criterion: { code: string, title: string, evidence: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, kind: EvidenceKind, occurredOn: string | null, reviewState: EvidenceReviewState, providedBy: { name: string, type: AgencyType } | null, partnership: { status: PartnershipStatus, startedOn: string | null } | null, agreements: Array<{ title: string, status: AgreementStatus, reviewDue: string | null }> } }> } } }> | null };

export type DashboardCoverageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CoverageFilter | null | undefined;
}>;


export type DashboardCoverageQuery = { coverage: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ partnerCoverage: number, statutoryPartnerCoverage: number, coLocationRatio: number | null, agreementCoverage: number | null, criteriaWithEvidence: number, criteriaTotal: number, yot: { id: string, code: string, name: string, region: string, nation: Nation }, award: { validUntil: string | null, current: boolean, reverificationDue: boolean | null, assessment: { level: AwardLevel } } | null, partners: Array<{ agencyType: AgencyType, statutory: boolean, hasActivePartnership: boolean, placedStaff: number, currentAgreement: boolean, evidenceCount: number }> }> }, coverageByRegion: Array<{ region: string, yots: number, partnerCoverage: number, statutoryPartnerCoverage: number, agreementCoverage: number | null, yotsWithCurrentAward: number }> };

export type DashboardChangesSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DashboardChangesSubscription = { changes: { id: string, cursor: string, kind: ChangeKind, action: string, at: string, yotCode: string, subjectType: string, subjectId: string, yot: { name: string } } };

export type YotAwardJourneyQueryVariables = Exact<{
  code: string;
  asOf: string;
  boardFrom: string;
  quarter: string;
}>;


export type YotAwardJourneyQuery = { yot: { code: string, name: string, latestSelfAssessment: { assessedOn: string, comparison: Array<{ selfScore: number | null, selfNote: string | null, assessorScore: number | null, assessorBand: RatingBand | null, scoreDifference: number | null, evidenceCount: number, acceptedEvidenceCount: number, triangulated: boolean, disagreement: SelfScoreDisagreement, criterion: { code: string, title: string } }> } | null, openActions: Array<{ title: string, dueOn: string, status: ActionStatus, overdue: boolean, ownerAgency: { name: string } }>, overdueActions: Array<{ title: string, dueOn: string, ownerAgency: { name: string } }>, boardAttendance: Array<{ agencyType: AgencyType, meetingsHeld: number, meetingsAttended: number, rate: number | null, agency: { name: string } }>, kpiComparison: { quarter: string, region: string, nation: string, yot: { perturbed: boolean, figures: Array<{ kpiNumber: number, kpi: Kpi, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> }, comparatorGroup: { code: string, name: string } | null, family: { figures: Array<{ kpiNumber: number, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> } | null, regionFigures: { figures: Array<{ kpiNumber: number, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> }, nationFigures: { figures: Array<{ kpiNumber: number, cohort: KpiCohort, stage: KpiStage, indicator: KpiIndicator, denominator: number | null, numerator: number | null, rate: number | null, suppressed: boolean }> } } | null } | null };


export const AnalystOutcomeSummaryDocument = {"__meta__":{"hash":"sha256:4d692925ea8fe6f212d848b4c045e2daea922bd2cb28efd836b3b17f5238aeb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystOutcomeSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"2025-Q4","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"2026-Q3","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"},{"kind":"EnumValue","value":"MEASURE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"periodFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystOutcomeSummaryQuery, AnalystOutcomeSummaryQueryVariables>;
export const FrameworkCriteriaDocument = {"__meta__":{"hash":"sha256:d3cf6348689e5eda0ecd8812eb2ffbe862373ed28c25f18e19b595d9f0bdd33d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrameworkCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkCriteriaQuery, FrameworkCriteriaQueryVariables>;
export const LondonYotsWithoutHealthAgreementDocument = {"__meta__":{"hash":"sha256:b0a3a1da9aa2bf5cb5e077d6a5b377549b88c104331f4f3803152193a843c9b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LondonYotsWithoutHealthAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"London","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"lacksAgreementInForceWith"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HEALTH_COMMISSIONER"},{"kind":"EnumValue","value":"NHS_TRUST"},{"kind":"EnumValue","value":"CAMHS"},{"kind":"EnumValue","value":"LIAISON_AND_DIVERSION"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LondonYotsWithoutHealthAgreementQuery, LondonYotsWithoutHealthAgreementQueryVariables>;
export const CriteriaEvidencedByOneAgencyTypeDocument = {"__meta__":{"hash":"sha256:147d1a71e26c782917f02358ff6ee46702a259eade757e6dacf74a724fd9075a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaEvidencedByOneAgencyType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CRITERION_SINGLE_AGENCY"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"yotCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CriteriaEvidencedByOneAgencyTypeQuery, CriteriaEvidencedByOneAgencyTypeQueryVariables>;
export const NorthWestEteTrendDocument = {"__meta__":{"hash":"sha256:84e24648fa4c96b4d0b670373fec5660c78e96b6b65d01278a0fef44a759cc6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NorthWestEteTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PERIOD"},{"kind":"EnumValue","value":"SEND_STATUS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"North West","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUITABLE_ETE"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"sendStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<NorthWestEteTrendQuery, NorthWestEteTrendQueryVariables>;
export const AgenciesPartneringWithMostYotsDocument = {"__meta__":{"hash":"sha256:943989d21a3e7f75f25dd68017184bbd252ce8b006b6e88d8db1c753f6015a59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgenciesPartneringWithMostYots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ACTIVE_PARTNER_YOT_COUNT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"activePartnerYotCount"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesPartneringWithMostYotsQuery, AgenciesPartneringWithMostYotsQueryVariables>;
export const EvidenceAwaitingReviewDocument = {"__meta__":{"hash":"sha256:7bb6feb3d15416b5ca373bcc3a638bac80bb8e803f34df2637d6f847e8b5d91e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceAwaitingReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordedOnOrBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reviewStates"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CURRENT"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"recordedAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordedOnOrBefore"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RECORDED_AT"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceAwaitingReviewQuery, EvidenceAwaitingReviewQueryVariables>;
export const PlacementsByRegionDocument = {"__meta__":{"hash":"sha256:79091886dc72bb1d750532b4f6fd06a5a05389703fecb0be18cc06277ebc419a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementsByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"},{"kind":"EnumValue","value":"ARRANGEMENT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"yotCount"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementsByRegionQuery, PlacementsByRegionQueryVariables>;
export const PlacementsByRegionTableDocument = {"__meta__":{"hash":"sha256:a7a68970aadb3f2d619fe5e284cce3842fefa69dc1260d0884f22d149316c47d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementsByRegionTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"},{"kind":"EnumValue","value":"ARRANGEMENT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementsByRegionTableQuery, PlacementsByRegionTableQueryVariables>;
export const AssessorTrailDocument = {"__meta__":{"hash":"sha256:ea9b254aa4a362ad81cfbe7eaa66375825894c0ac772b32b8ca0755a212663a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessorTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"contributingAgencyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"triangulated"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessorTrailQuery, AssessorTrailQueryVariables>;
export const DashboardCoverageDocument = {"__meta__":{"hash":"sha256:8a8edcc32ef1016a8f563681dbcc79c0a95b4fc1888f9884729af29339d10d1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"coLocationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaWithEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"hasActivePartnership"}},{"kind":"Field","name":{"kind":"Name","value":"placedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageByRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"yots"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryPartnerCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"yotsWithCurrentAward"}}]}}]}}]} as unknown as DocumentNode<DashboardCoverageQuery, DashboardCoverageQueryVariables>;
export const DashboardChangesDocument = {"__meta__":{"hash":"sha256:9aa9402f222e6faf380e9965d51766261c331f4944f7d6b16908e9c076c1f0ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"affectsCoverage"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"yotCode"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardChangesSubscription, DashboardChangesSubscriptionVariables>;
export const YotAwardJourneyDocument = {"__meta__":{"hash":"sha256:75654191ca23443dfe63f2a76764cafef8931701c769e7b2eeed30a8b633a9d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotAwardJourney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"boardFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latestSelfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"assessorScore"}},{"kind":"Field","name":{"kind":"Name","value":"assessorBand"}},{"kind":"Field","name":{"kind":"Name","value":"scoreDifference"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedEvidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"triangulated"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openActions"},"name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdueActions"},"name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"boardFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpiComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparatorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"regionFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"nationFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotAwardJourneyQuery, YotAwardJourneyQueryVariables>;