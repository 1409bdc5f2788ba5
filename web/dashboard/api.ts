import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import manifest from './generated/persisted-documents.json';

/** A GraphQL error as the hub sends it: a message and a stable `extensions.code`. */
export interface HubGraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** A request that failed as a whole (network, HTTP or GraphQL errors with no data). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'yj-hub-token';

/** The caller's bearer token, kept for this browser tab only. */
export const token = {
  get: (): string => sessionStorage.getItem(TOKEN_KEY) ?? '',
  set: (value: string): void =>
    value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY),
};

/** GraphQL requests this page has sent since it loaded (shown in the status line, read by the browser tests). */
export const requestLog = { count: 0 };

type Persisted = { __meta__?: { hash: string } };
const documents = manifest as Record<string, string>;

/**
 * Sends one of the dashboard's own operations to the hub that served the page: its text from the
 * trusted-documents manifest and its hash in Apollo's persisted-query extension, so a hub in PERSISTED_ONLY
 * mode accepts it too. Returns the data with any field errors; throws ApiError when there is no data.
 */
export async function request<TData, TVars>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  signal?: AbortSignal,
): Promise<{ data: TData; errors: HubGraphQLError[] }> {
  const hash = (document as Persisted).__meta__!.hash;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (token.get()) headers.authorization = `Bearer ${token.get()}`;
  requestLog.count += 1;
  let response: Response;
  try {
    response = await fetch(new URL('/graphql', window.location.href), {
      method: 'POST',
      headers,
      signal,
      body: JSON.stringify({
        query: documents[hash],
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } },
      }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('The hub could not be reached.', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: TData | null; errors?: HubGraphQLError[] };
  const errors = body.errors ?? [];
  if (body.data == null) {
    const first = errors.at(0);
    throw new ApiError(first?.message ?? `The hub answered HTTP ${response.status}.`, first?.extensions?.code);
  }
  return { data: body.data, errors };
}
