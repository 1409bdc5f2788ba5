import 'reflect-metadata';
import { join } from 'node:path';
import { GraphQLSchema, specifiedDirectives, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage, NonEmptyArray } from 'type-graphql';
import { cacheControlDirective } from './cache-control';
import { AgencyResolver } from '../modules/agency/agency.resolver';
import { Agency } from '../modules/agency/agency.entity';
import { AgreementResolver } from '../modules/agreement/agreement.resolver';
import { InformationSharingAgreement } from '../modules/agreement/agreement.entity';
import { AssessmentResolver, CriterionRatingResolver } from '../modules/assessment/assessment.resolver';
import { Assessment } from '../modules/assessment/assessment.entity';
import { CriterionRating } from '../modules/assessment/criterion-rating.entity';
import { ChildOutcomeResolver, ChildResolver, YotChildrenResolver } from '../modules/child/child.resolver';
import { FeedResolver, FeedSubscriptionResolver } from '../modules/feed/feed.resolver';
import { feedPubSub } from '../modules/feed/feed-pubsub';
import {
  AgencyEvidenceResolver,
  CriterionEvidenceResolver,
  EvidenceLinkResolver,
  EvidenceResolver,
  YotEvidenceResolver,
} from '../modules/evidence/evidence.resolver';
import { Evidence } from '../modules/evidence/evidence.entity';
import { EvidenceLink } from '../modules/evidence/evidence-link.entity';
import { ExpectedPartner } from '../modules/framework/expected-partner.entity';
import { CriterionResolver, FrameworkResolver } from '../modules/framework/framework.resolver';
import { Criterion } from '../modules/framework/criterion.entity';
import { Framework } from '../modules/framework/framework.entity';
import { PartnershipResolver, StaffPlacementResolver } from '../modules/partnership/partnership.resolver';
import { Partnership } from '../modules/partnership/partnership.entity';
import { StaffPlacement } from '../modules/partnership/staff-placement.entity';
import { sourceDocumentResolver } from '../modules/source/source.resolver';
import { YotResolver } from '../modules/yot/yot.resolver';
import { RegionResolver } from '../modules/yot/region.resolver';
import { AggregateKeyResolver, AggregateResolver } from '../modules/aggregate/aggregate.resolver';
import { PartnershipListResolver } from '../modules/partnership/partnership-list.resolver';
import { PlacementListResolver } from '../modules/partnership/placement-list.resolver';
import { AgreementListResolver } from '../modules/agreement/agreement-list.resolver';
import { AuditResolver, EvidenceHistoryResolver } from '../modules/audit/audit.resolver';
import { AssessmentWriteResolver, CriterionRatingHistoryResolver, CriterionRatingRevisionResolver } from '../modules/assessment/assessment-write.resolver';
import { ChildWriteResolver } from '../modules/child/child-write.resolver';
import { AwardStatusResolver, CoverageResolver, YotCoverageResolver } from '../modules/coverage/coverage.resolver';
import { AssessorViewsResolver, ContributionCellResolver, CriterionCoverageResolver, GapResolver, OutcomeSummaryResolver } from '../modules/coverage/assessor-views.resolver';
import { EvidenceTrailResolver } from '../modules/evidence/evidence-trail.resolver';
import { EvidenceWriteResolver } from '../modules/evidence/evidence-write.resolver';
import { Yot } from '../modules/yot/yot.entity';
import { YotTruthResolver } from '../modules/yot/yot-truth.resolver';
import { AgencyChangeResolver } from '../modules/agency/agency-change.resolver';
import { PartnerAbsenceResolver } from '../modules/partnership/partner-absence.resolver';
import { PartnershipStandingResolver } from '../modules/partnership/partnership-standing.resolver';
import { AwardStateResolver } from '../modules/assessment/award-state.resolver';
import { PartnerAbsence } from '../modules/partnership/partner-absence.entity';
import { SelfAssessmentResolver, SelfAssessmentScoreResolver, StatementComparisonResolver, YotSelfAssessmentResolver } from '../modules/self-assessment/self-assessment.resolver';
import { ActionPlanResolver, AnsweredGapResolver, YotActionPlanResolver } from '../modules/action-plan/action-plan.resolver';
import { BoardAttendanceResolver, BoardAttendanceRowResolver, BoardMeetingResolver, BoardMemberResolver, BoardResolver, YotBoardResolver } from '../modules/board/board.resolver';
import { Board, BoardMeeting } from '../modules/board/board.entity';
import { AssessmentProcessResolver, AssessmentSubmissionResolver, ModerationAttendanceResolver, ModerationMeetingResolver, RedesignationReminderResolver } from '../modules/assessment/moderation.resolver';
import { AwardingBody } from '../modules/assessment/awarding-body.entity';
import { ModerationMeeting } from '../modules/assessment/moderation.entity';
import { projectRoot } from '../paths';
import { ChildKpiResolver, ComparatorGroupResolver, KpiResolver, YotKpiResolver } from '../modules/kpi/kpi.resolver';
import { NodeResolver } from './node.resolver';
import { DateTimeScalar } from './scalars';
import { ValidationErrors } from './validation';
import { authChecker, RequireRole } from '../modules/auth/auth-checker';

const SOURCED_TYPES = [ExpectedPartner, EvidenceLink, Yot, Agency, Partnership, StaffPlacement, InformationSharingAgreement, Framework, Criterion, Evidence, Assessment, CriterionRating, PartnerAbsence, Board, BoardMeeting, AwardingBody, ModerationMeeting];

/** Every resolver class of the API. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  YotResolver,
  RegionResolver,
  AggregateResolver,
  AggregateKeyResolver,
  PartnershipListResolver,
  AgreementListResolver,
  PlacementListResolver,
  AgencyResolver,
  PartnershipResolver,
  StaffPlacementResolver,
  AgreementResolver,
  FrameworkResolver,
  CriterionResolver,
  EvidenceResolver,
  EvidenceLinkResolver,
  YotEvidenceResolver,
  AgencyEvidenceResolver,
  CriterionEvidenceResolver,
  AssessmentResolver,
  CriterionRatingResolver,
  ChildResolver,
  ChildOutcomeResolver,
  YotChildrenResolver,
  AuditResolver,
  EvidenceHistoryResolver,
  EvidenceWriteResolver,
  AssessmentWriteResolver,
  CriterionRatingHistoryResolver,
  CriterionRatingRevisionResolver,
  ChildWriteResolver,
  CoverageResolver,
  YotCoverageResolver,
  AwardStatusResolver,
  AssessorViewsResolver,
  CriterionCoverageResolver,
  ContributionCellResolver,
  GapResolver,
  OutcomeSummaryResolver,
  EvidenceTrailResolver,
  YotTruthResolver,
  AgencyChangeResolver,
  PartnerAbsenceResolver,
  PartnershipStandingResolver,
  AwardStateResolver,
  SelfAssessmentResolver,
  SelfAssessmentScoreResolver,
  StatementComparisonResolver,
  YotSelfAssessmentResolver,
  ActionPlanResolver,
  AnsweredGapResolver,
  YotActionPlanResolver,
  BoardResolver,
  BoardMemberResolver,
  BoardMeetingResolver,
  BoardAttendanceResolver,
  BoardAttendanceRowResolver,
  YotBoardResolver,
  AssessmentProcessResolver,
  AssessmentSubmissionResolver,
  ModerationMeetingResolver,
  ModerationAttendanceResolver,
  RedesignationReminderResolver,
  KpiResolver,
  YotKpiResolver,
  ComparatorGroupResolver,
  ChildKpiResolver,
  FeedResolver,
  FeedSubscriptionResolver,
  ...SOURCED_TYPES.map((type) => sourceDocumentResolver(type)),
];

/**
 * Plain property fields (names, counts, dates) are resolved by graphql-js's default resolver. Otherwise
 * type-graphql wraps every one of them in the global middlewares, which only root fields and resolvers with
 * arguments need: that wrapping was most of the time of a national dashboard answered from the view cache
 * (1,300 partner rows × 11 fields; npm run bench). Fields whose GraphQL name differs from their property
 * (`Node.id`) say `simple: false` and keep their resolver.
 */
function useDefaultResolversForPlainFields(): void {
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
}

/** Where the committed SDL lives. */
export const SCHEMA_FILE = join(projectRoot(), 'schema', 'schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/**
 * Builds the executable schema once per process. Input validation (class-validator) is on: type-graphql 2
 * validates arguments only when `validate: true` is passed.
 */
export function hubSchema(): Promise<GraphQLSchema> {
  useDefaultResolversForPlainFields();
  return (built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [RequireRole, ValidationErrors],
    directives: [...specifiedDirectives, cacheControlDirective],
    authChecker,
    pubSub: feedPubSub,
    scalarsMap: [
      { type: Date, scalar: DateTimeScalar },
    ],
  }).then((schema) => {
    // type-graphql has no option for the root type's description; analysts read it first in GraphiQL.
    schema.getQueryType()!.description =
      'Read the partnership hub: YOTs and their partners, agreements, evidence per criterion, assessments and (for permitted callers) pseudonymised child outcomes. Lists are Relay cursor connections.';
    schema.getMutationType()!.description =
      'Change the hub. Each mutation takes one `input`, runs in one transaction (all or nothing), writes an audit event, and returns a payload with the changed object.';
    schema.getSubscriptionType()!.description =
      'Live updates over graphql-ws at `/graphql` (authenticate with `connectionParams: { authorization: "Bearer <token>" }`): the change feed, scoped like queries.';
    return schema;
  }));
}

/** The SDL committed as `schema/schema.graphql`: sorted, so the file's diff is the API review. */
export function printHubSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
