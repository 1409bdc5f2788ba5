import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import manifest from './generated/persisted-documents.json';

/** A GraphQL error as the hub sends it: a message and a stable `extensions.code`. */
export interface HubGraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; retryAfter?: number };
}

/** A request that failed as a whole (network, HTTP or GraphQL errors with no data). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    /** Seconds the hub asks the caller to wait before retrying (RATE_LIMITED). */
    readonly retryAfter?: number,
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

/** Attempts at an operation the hub refuses for now (RATE_LIMITED: views being computed, or a spent budget). */
const ATTEMPTS = 3;
/** The longest the page waits before asking again, whatever the hub says. */
const MAX_WAIT_S = 10;

/**
 * Sends one of the dashboard's operations and, while the hub answers RATE_LIMITED (for the whole request or for
 * some fields: after a write every view is cold and the hub computes only a few at once), asks again after the
 * `retryAfter` it gives; views computed meanwhile are then served from its cache. Otherwise as `send`.
 */
export async function request<TData, TVars>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  signal?: AbortSignal,
): Promise<{ data: TData; errors: HubGraphQLError[] }> {
  for (let attempt = 1; ; attempt++) {
    let wait: number | undefined;
    try {
      const answer = await send(document, variables, signal);
      wait = retryAfter(answer.errors);
      if (wait === undefined || attempt === ATTEMPTS) return answer;
    } catch (error) {
      wait = error instanceof ApiError ? error.retryAfter : undefined;
      if (wait === undefined || attempt === ATTEMPTS) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, MAX_WAIT_S) * 1000));
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
  }
}

/** Seconds to wait when any error is a RATE_LIMITED refusal; undefined when none is. */
const retryAfter = (errors: HubGraphQLError[]) => {
  const waits = errors.filter((e) => e.extensions?.code === 'RATE_LIMITED').map((e) => e.extensions?.retryAfter ?? 1);
  return waits.length ? Math.max(...waits) : undefined;
};

/**
 * Sends one of the dashboard's own operations to the hub that served the page: its text from the
 * trusted-documents manifest and its hash in Apollo's persisted-query extension, so a hub in PERSISTED_ONLY
 * mode accepts it too. Returns the data with any field errors; throws ApiError when there is no data.
 */
async function send<TData, TVars>(
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
    throw new ApiError(
      first?.message ?? `The hub answered HTTP ${response.status}.`,
      first?.extensions?.code,
      retryAfter(errors),
    );
  }
  return { data: body.data, errors };
}
