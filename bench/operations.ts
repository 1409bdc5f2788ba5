/** The GraphQL operations the benchmark sends: what dashboards, assessors and analysts really ask. */

export const COVERAGE = /* GraphQL */ `
  query Coverage($first: Int) {
    coverage(first: $first) {
      totalCount
      nodes {
        yot {
          code
          name
          region
        }
        partnerCoverage
        statutoryPartnerCoverage
        coLocationRatio
        agreementCoverage
        criteriaWithEvidence
        criteriaTotal
        criteriaEvidencedByTwoOrMoreAgencyTypes
        award {
          validUntil
          current
          reverificationDue
        }
        partners {
          agencyType
          statutory
          activePartnerships
          placedStaff
          placedFte
          currentAgreement
          evidenceCount
          acceptedEvidenceCount
          criteriaEvidenced
        }
      }
    }
  }
`;

export const COVERAGE_BY_REGION = /* GraphQL */ `
  query CoverageByRegion {
    coverageByRegion {
      region
      yots
      expectedPartners
      partnersWithActivePartnership
      partnerCoverage
      statutoryPartnerCoverage
      coLocationRatio
      agreementCoverage
      averageCriteriaWithEvidence
      averageCriteriaEvidencedByTwoOrMoreAgencyTypes
      yotsWithCurrentAward
      yotsDueReverification
    }
  }
`;

export const ASSESSOR_TRAIL = /* GraphQL */ `
  query AssessorTrail($code: String!) {
    criterionCoverage(yotCode: $code) {
      evidenceCount
      acceptedEvidenceCount
      contributingAgencyTypes
      triangulated
      band
      score
      gap
      latestEvidenceOn
      criterion {
        code
        title
        evidence(yotCode: $code, first: 20) {
          totalCount
          nodes {
            id
            title
            kind
            occurredOn
            reviewState
            providedBy {
              name
              type
            }
            partnership {
              status
              startedOn
              statutory
            }
            agreements {
              title
              status
              reviewDue
            }
          }
        }
      }
    }
  }
`;

export const EVIDENCE_SEARCH = /* GraphQL */ `
  query EvidenceSearch($filter: EvidenceFilter, $after: String) {
    evidence(filter: $filter, first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        kind
        occurredOn
        reviewState
        providedBy {
          name
          type
        }
      }
    }
  }
`;

export const OUTCOME_SUMMARY = /* GraphQL */ `
  query OutcomeSummary($filter: OutcomeSummaryFilter) {
    outcomeSummary(groupBy: [REGION, MEASURE], filter: $filter) {
      suppressionThreshold
      rows {
        region
        measure
        cohort
        met
        rate
        suppressed
      }
    }
  }
`;

export const RECORD_OUTCOMES = /* GraphQL */ `
  mutation RecordOutcomes($input: RecordOutcomesInput!) {
    recordOutcomes(input: $input) {
      count
    }
  }
`;

/** W6's small lookup: one YOT with its partnerships and their agencies. */
export const YOT_LOOKUP = /* GraphQL */ `
  query YotLookup($code: String!) {
    yot(code: $code) {
      code
      name
      region
      partnerships {
        status
        statutory
        startedOn
        agency {
          name
          type
        }
      }
    }
  }
`;
