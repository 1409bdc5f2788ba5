// Saved example operations, one tab each for the hub's three kinds of user, and the change feed. They are the client operations
// the tests validate (test/clients/operations/), so an example that stops working fails CI.
import analyst from '../../test/clients/operations/analyst.graphql?raw';
import assessor from '../../test/clients/operations/assessor.graphql?raw';
import dashboard from '../../test/clients/operations/dashboard.graphql?raw';
import feed from '../../test/clients/operations/feed.graphql?raw';

/**
 * Headers start empty (in development, callers without a token read as analysts); each example says how to
 * add a token, since a placeholder token would be refused.
 */
export const HEADERS = '{}';
const TOKEN_HINT =
  '# To act with your role, put your API token in the Headers tab: {"Authorization": "Bearer <token>"}\n# (an administrator creates one with `npm run token -- create`).\n';

export const EXAMPLES = [
  { query: TOKEN_HINT + dashboard, variables: JSON.stringify({ first: 20 }, null, 2), headers: HEADERS },
  { query: TOKEN_HINT + assessor, variables: JSON.stringify({ yotCode: 'E08000011' }, null, 2), headers: HEADERS },
  {
    query: TOKEN_HINT + analyst,
    variables: JSON.stringify({ periodFrom: '2024-Q1', periodTo: '2026-Q4' }, null, 2),
    headers: HEADERS,
  },
  // A subscription: it runs over graphql-ws and shows each change as it is committed, until stopped.
  { query: TOKEN_HINT + feed, variables: '{}', headers: HEADERS },
];
