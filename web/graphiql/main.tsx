import { createGraphiQLFetcher } from '@graphiql/toolkit';
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
const fetcher = createGraphiQLFetcher({ url: url.toString(), subscriptionUrl });

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
