/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  /** Only agencies with a partnership (active or ended) with one of these YOTs, by ONS code. */
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
  /** The Probation Service (formerly the National Probation Service; statutory YOT partner). */
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
  /** Quality Lead: widespread effective practice with evidence of outcomes. */
  | 'QUALITY_LEAD'
  /** Quality Mark: relationships, networks, protocols and practice are in place. */
  | 'QUALITY_MARK';

/** A commendation added to an award. */
export type Commendation =
  /** Child First Commendation: recognises a partnership's child-focused approach. */
  | 'CHILD_FIRST';

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

/** How staff from a partner agency work with the YOT. */
export type PlacementArrangement =
  /** A service the YOT or its partnership commissions. */
  | 'COMMISSIONED'
  /** Employed by the partner but based in the YOT's offices. */
  | 'CO_LOCATED'
  /** Visits the YOT or its children on a regular schedule. */
  | 'IN_REACH'
  /** Seconded into the YOT and managed day to day by it. */
  | 'SECONDED'
  /** Works with the YOT remotely, without a shared base. */
  | 'VIRTUAL';

/** Qualitative band of a criterion rating, from not evidenced to the Quality Lead standard. */
export type RatingBand =
  /** Practice is emerging or planned. */
  | 'EMERGING'
  /** Practice is in place (the Quality Mark standard). */
  | 'ESTABLISHED'
  /** No evidence of the practice. */
  | 'NOT_EVIDENCED'
  /** Widespread effective practice. */
  | 'WIDESPREAD_EFFECTIVE_PRACTICE'
  /** Widespread effective practice with evidence of outcomes (the Quality Lead standard). */
  | 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES';

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
  /** Only YOTs with an active partnership with an agency of this type. */
  hasActivePartnershipWith?: AgencyType | null | undefined;
  /** Only YOTs with no active partnership with an agency of this type (a gap). */
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
    | { __typename: 'Child', id: string }
    | { __typename: 'ChildOutcome', id: string }
    | { __typename: 'Criterion', id: string }
    | { __typename: 'CriterionRating', id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'EvidenceLink', id: string }
    | { __typename: 'ExpectedPartner', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'InformationSharingAgreement', id: string }
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
    | { __typename: 'Child', id: string }
    | { __typename: 'ChildOutcome', id: string }
    | { __typename: 'Criterion', id: string }
    | { __typename: 'CriterionRating', id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'EvidenceLink', id: string }
    | { __typename: 'ExpectedPartner', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'InformationSharingAgreement', id: string }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'SourceDocument', id: string }
    | { __typename: 'StaffPlacement', id: string }
    | { __typename: 'Yot', code: string, id: string }
   | null> };

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


export type YotChildrenQuery = { yot: { children: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ ref: string, ageBand: AgeBand, sendStatus: SendStatus, needs: Array<string>, yot: { code: string }, outcomes: Array<{ measure: OutcomeMeasure, met: boolean, period: string, recordedBy: { name: string } | null, child: { ref: string } }> }> } } | null };

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
export const EvidenceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceListQuery, EvidenceListQueryVariables>;
export const EvidenceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceDetailQuery, EvidenceDetailQueryVariables>;
export const CriterionTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriterionTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yotCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yotCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CriterionTrailQuery, CriterionTrailQueryVariables>;
export const FrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Framework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"developedBy"}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"wordingSource"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyType"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkQuery, FrameworkQueryVariables>;
export const NestedPartnershipsAndEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedPartnershipsAndEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedPartnershipsAndEvidenceQuery, NestedPartnershipsAndEvidenceQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Yot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const YotByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"boardMember"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arrangement"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotByCodeQuery, YotByCodeQueryVariables>;
export const YotPartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotPartnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotPartnershipsQuery, YotPartnershipsQueryVariables>;
export const YotEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotEvidenceQuery, YotEvidenceQueryVariables>;
export const YotChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sendStatuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sendStatuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sendStatuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"sendStatus"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotChildrenQuery, YotChildrenQueryVariables>;
export const YotAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YotAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotAgreementsQuery, YotAgreementsQueryVariables>;
export const YotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Yots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"YotFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YotOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<YotsQuery, YotsQueryVariables>;