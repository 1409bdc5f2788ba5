import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES, HEADERS } from './examples';

// Same origin as the page: the hub that served it.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

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
