// A Relay app's YOT list: a paginated @connection that Relay's usePaginationFragment can page through.
import { graphql } from './graphql-tag';

export const YotListQuery = graphql`
  query YotListQuery($count: Int = 20, $cursor: String) {
    ...YotList_yots @arguments(count: $count, cursor: $cursor)
  }
`;

export const YotListFragment = graphql`
  fragment YotList_yots on Query
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" })
  @refetchable(queryName: "YotListPaginationQuery") {
    yots(first: $count, after: $cursor) @connection(key: "YotList_yots") {
      totalCount
      edges {
        node {
          id
          ...YotCard_yot
        }
      }
    }
  }
`;
