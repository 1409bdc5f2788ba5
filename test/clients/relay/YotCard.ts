// One YOT as a Relay fragment that refetches itself through node(id:) (@refetchable on a Node type).
import { graphql } from './graphql-tag';

export const YotCardFragment = graphql`
  fragment YotCard_yot on Yot
  @argumentDefinitions(evidenceCount: { type: "Int", defaultValue: 5 }, evidenceCursor: { type: "String" })
  @refetchable(queryName: "YotCardRefetchQuery") {
    id
    code
    name
    region
    coverage {
      partnerCoverage
      statutoryPartnerCoverage
    }
    evidence(first: $evidenceCount, after: $evidenceCursor) @connection(key: "YotCard_evidence") {
      edges {
        node {
          id
          title
          occurredOn
          providedBy {
            name
          }
        }
      }
    }
  }
`;
