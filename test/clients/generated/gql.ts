/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AnalystOutcomeSummary($periodFrom: String = \"2025-Q4\", $periodTo: String = \"2026-Q3\") {\n  outcomeSummary(\n    groupBy: [REGION, MEASURE]\n    filter: {periodFrom: $periodFrom, periodTo: $periodTo}\n  ) {\n    suppressionThreshold\n    rows {\n      region\n      measure\n      cohort\n      met\n      rate\n      suppressed\n    }\n  }\n}\n\nquery FrameworkCriteria {\n  framework {\n    code\n    name\n    version\n    validityMonths\n    criteria {\n      code\n      title\n      wording\n    }\n  }\n}": typeof types.AnalystOutcomeSummaryDocument,
    "query AssessorTrail($yotCode: String!) {\n  criterionCoverage(yotCode: $yotCode) {\n    evidenceCount\n    contributingAgencyTypes\n    triangulated\n    band\n    gap\n    criterion {\n      code\n      title\n      evidence(yotCode: $yotCode, first: 20) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            kind\n            occurredOn\n            reviewState\n            providedBy {\n              name\n              type\n            }\n            partnership {\n              status\n              startedOn\n            }\n            agreements {\n              title\n              status\n              reviewDue\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.AssessorTrailDocument,
    "query DashboardCoverage($first: Int = 100, $after: String, $filter: CoverageFilter) {\n  coverage(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      yot {\n        id\n        code\n        name\n        region\n        nation\n      }\n      partnerCoverage\n      statutoryPartnerCoverage\n      coLocationRatio\n      agreementCoverage\n      criteriaWithEvidence\n      criteriaTotal\n      award {\n        validUntil\n        current\n        reverificationDue\n        assessment {\n          level\n        }\n      }\n      partners {\n        agencyType\n        statutory\n        hasActivePartnership\n        placedStaff\n        currentAgreement\n        evidenceCount\n      }\n    }\n  }\n  coverageByRegion(filter: $filter) {\n    region\n    yots\n    partnerCoverage\n    statutoryPartnerCoverage\n    agreementCoverage\n    yotsWithCurrentAward\n  }\n}": typeof types.DashboardCoverageDocument,
};
const documents: Documents = {
    "query AnalystOutcomeSummary($periodFrom: String = \"2025-Q4\", $periodTo: String = \"2026-Q3\") {\n  outcomeSummary(\n    groupBy: [REGION, MEASURE]\n    filter: {periodFrom: $periodFrom, periodTo: $periodTo}\n  ) {\n    suppressionThreshold\n    rows {\n      region\n      measure\n      cohort\n      met\n      rate\n      suppressed\n    }\n  }\n}\n\nquery FrameworkCriteria {\n  framework {\n    code\n    name\n    version\n    validityMonths\n    criteria {\n      code\n      title\n      wording\n    }\n  }\n}": types.AnalystOutcomeSummaryDocument,
    "query AssessorTrail($yotCode: String!) {\n  criterionCoverage(yotCode: $yotCode) {\n    evidenceCount\n    contributingAgencyTypes\n    triangulated\n    band\n    gap\n    criterion {\n      code\n      title\n      evidence(yotCode: $yotCode, first: 20) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            kind\n            occurredOn\n            reviewState\n            providedBy {\n              name\n              type\n            }\n            partnership {\n              status\n              startedOn\n            }\n            agreements {\n              title\n              status\n              reviewDue\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.AssessorTrailDocument,
    "query DashboardCoverage($first: Int = 100, $after: String, $filter: CoverageFilter) {\n  coverage(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      yot {\n        id\n        code\n        name\n        region\n        nation\n      }\n      partnerCoverage\n      statutoryPartnerCoverage\n      coLocationRatio\n      agreementCoverage\n      criteriaWithEvidence\n      criteriaTotal\n      award {\n        validUntil\n        current\n        reverificationDue\n        assessment {\n          level\n        }\n      }\n      partners {\n        agencyType\n        statutory\n        hasActivePartnership\n        placedStaff\n        currentAgreement\n        evidenceCount\n      }\n    }\n  }\n  coverageByRegion(filter: $filter) {\n    region\n    yots\n    partnerCoverage\n    statutoryPartnerCoverage\n    agreementCoverage\n    yotsWithCurrentAward\n  }\n}": types.DashboardCoverageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystOutcomeSummary($periodFrom: String = \"2025-Q4\", $periodTo: String = \"2026-Q3\") {\n  outcomeSummary(\n    groupBy: [REGION, MEASURE]\n    filter: {periodFrom: $periodFrom, periodTo: $periodTo}\n  ) {\n    suppressionThreshold\n    rows {\n      region\n      measure\n      cohort\n      met\n      rate\n      suppressed\n    }\n  }\n}\n\nquery FrameworkCriteria {\n  framework {\n    code\n    name\n    version\n    validityMonths\n    criteria {\n      code\n      title\n      wording\n    }\n  }\n}"): (typeof documents)["query AnalystOutcomeSummary($periodFrom: String = \"2025-Q4\", $periodTo: String = \"2026-Q3\") {\n  outcomeSummary(\n    groupBy: [REGION, MEASURE]\n    filter: {periodFrom: $periodFrom, periodTo: $periodTo}\n  ) {\n    suppressionThreshold\n    rows {\n      region\n      measure\n      cohort\n      met\n      rate\n      suppressed\n    }\n  }\n}\n\nquery FrameworkCriteria {\n  framework {\n    code\n    name\n    version\n    validityMonths\n    criteria {\n      code\n      title\n      wording\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessorTrail($yotCode: String!) {\n  criterionCoverage(yotCode: $yotCode) {\n    evidenceCount\n    contributingAgencyTypes\n    triangulated\n    band\n    gap\n    criterion {\n      code\n      title\n      evidence(yotCode: $yotCode, first: 20) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            kind\n            occurredOn\n            reviewState\n            providedBy {\n              name\n              type\n            }\n            partnership {\n              status\n              startedOn\n            }\n            agreements {\n              title\n              status\n              reviewDue\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query AssessorTrail($yotCode: String!) {\n  criterionCoverage(yotCode: $yotCode) {\n    evidenceCount\n    contributingAgencyTypes\n    triangulated\n    band\n    gap\n    criterion {\n      code\n      title\n      evidence(yotCode: $yotCode, first: 20) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            title\n            kind\n            occurredOn\n            reviewState\n            providedBy {\n              name\n              type\n            }\n            partnership {\n              status\n              startedOn\n            }\n            agreements {\n              title\n              status\n              reviewDue\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardCoverage($first: Int = 100, $after: String, $filter: CoverageFilter) {\n  coverage(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      yot {\n        id\n        code\n        name\n        region\n        nation\n      }\n      partnerCoverage\n      statutoryPartnerCoverage\n      coLocationRatio\n      agreementCoverage\n      criteriaWithEvidence\n      criteriaTotal\n      award {\n        validUntil\n        current\n        reverificationDue\n        assessment {\n          level\n        }\n      }\n      partners {\n        agencyType\n        statutory\n        hasActivePartnership\n        placedStaff\n        currentAgreement\n        evidenceCount\n      }\n    }\n  }\n  coverageByRegion(filter: $filter) {\n    region\n    yots\n    partnerCoverage\n    statutoryPartnerCoverage\n    agreementCoverage\n    yotsWithCurrentAward\n  }\n}"): (typeof documents)["query DashboardCoverage($first: Int = 100, $after: String, $filter: CoverageFilter) {\n  coverage(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      yot {\n        id\n        code\n        name\n        region\n        nation\n      }\n      partnerCoverage\n      statutoryPartnerCoverage\n      coLocationRatio\n      agreementCoverage\n      criteriaWithEvidence\n      criteriaTotal\n      award {\n        validUntil\n        current\n        reverificationDue\n        assessment {\n          level\n        }\n      }\n      partners {\n        agencyType\n        statutory\n        hasActivePartnership\n        placedStaff\n        currentAgreement\n        evidenceCount\n      }\n    }\n  }\n  coverageByRegion(filter: $filter) {\n    region\n    yots\n    partnerCoverage\n    statutoryPartnerCoverage\n    agreementCoverage\n    yotsWithCurrentAward\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;