import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { Kind, parse, type DocumentNode } from 'graphql';
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

/** The document GraphiQL is asked to run, parsed from its text; undefined when the text does not parse. */
function parsed(query: string): DocumentNode | undefined {
  try {
    return parse(query);
  } catch {
    return undefined;
  }
}

/** The operation to run: the one GraphiQL names if the document has it, else the document's only operation. */
function operationToRun(document: DocumentNode, name: string | null | undefined): string | undefined {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (name && operations.some((operation) => operation.name?.value === name)) return name;
  return operations.length === 1 ? operations[0].name?.value : undefined;
}

// The toolkit picks graphql-ws or HTTP from the parsed document and operation name GraphiQL hands it. Both are
// worked out by GraphiQL's editor after a delay, so straight after switching tabs (or on a busy machine) they can
// still be the previous tab's, and a subscription went over HTTP, where the hub refuses it. The fetcher parses
// the text it is actually sent and names the operation from that.
const fetcher: Fetcher = (params, options) => {
  const document = parsed(params.query);
  if (!document) return toolkitFetcher(params, options);
  return toolkitFetcher(
    { ...params, operationName: operationToRun(document, params.operationName) },
    { ...options, documentAST: document },
  );
};

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
