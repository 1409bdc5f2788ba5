import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { Kind, parse } from 'graphql';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES, HEADERS } from './examples';

// Same origin as the page: the hub that served it. Subscriptions go over graphql-ws at the same path; the
// toolkit sends the Headers tab as the connection's `connectionParams`, which is where the hub reads the bearer
// token (a browser cannot set headers on a WebSocket).
const url = new URL('/graphql', window.location.href);
const subscriptionUrl = url.toString().replace(/^http/, 'ws');
const toolkitFetcher = createGraphiQLFetcher({ url: url.toString(), subscriptionUrl });

/** The name of a document's only operation, if it has exactly one and it is named. */
function soleOperationName(query: string): string | undefined {
  try {
    const operations = parse(query).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    return operations.length === 1 ? operations[0].name?.value : undefined;
  } catch {
    return undefined;
  }
}

// GraphiQL passes the operation's name only once its editor has worked it out (debounced, so late on a busy
// machine); until then the toolkit treats a lone subscription as a query and sends it over HTTP, where the hub
// refuses it. Naming the document's only operation ourselves sends a subscription over graphql-ws every time.
const fetcher: Fetcher = (params, options) =>
  toolkitFetcher(
    params.operationName ? params : { ...params, operationName: soleOperationName(params.query) },
    options,
  );

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={EXAMPLES}
      defaultHeaders={HEADERS}
      defaultEditorToolsVisibility="headers"
      isHeadersEditorEnabled
    />
  </StrictMode>,
);
