// An assessor's criterion page: a criterion fetched by its global id, with its evidence as a Relay connection.
import { graphql } from './graphql-tag';

export const CriterionTrailQuery = graphql`
  query CriterionTrailQuery($id: ID!, $yotCode: String!) {
    node(id: $id) {
      ... on Criterion {
        code
        title
        evidence(yotCode: $yotCode, first: 20) @connection(key: "CriterionTrail_evidence") {
          edges {
            node {
              id
              title
              reviewState
              providedBy {
                name
                type
              }
            }
          }
        }
      }
    }
  }
`;
