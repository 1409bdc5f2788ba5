import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { expect } from 'vitest';
import { listen, startTestHub, TestHub } from './hub';

/** One error as it arrives over HTTP: the hub always sends `extensions.code`. */
export interface WireError {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions: Record<string, unknown>;
}

/** A GraphQL response body as a client receives it. */
export interface WireBody<TData> {
  data?: TData | null;
  errors?: WireError[];
  extensions?: Record<string, unknown>;
}

/** What one POST /graphql answered: status, headers, the parsed body, and how long it took. */
export interface HttpReply<TData> {
  status: number;
  headers: Headers;
  body: WireBody<TData>;
  ms: number;
}

/** How a request is sent: a bearer token (or a whole `Authorization` header) and any other headers. */
export interface PostOptions<TVars> {
  variables?: TVars;
  token?: string;
  authorization?: string;
  headers?: Record<string, string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped text operations answer any shape
type AnyData = any;

/**
 * POSTs one operation to a hub's `/graphql` as a client does: a named operation from test/operations (typed by
 * codegen) or, for hostile and malformed documents, its text.
 */
export async function postGraphQL<TData = AnyData, TVars = Record<string, unknown>>(
  url: string,
  operation: TypedDocumentNode<TData, TVars> | string,
  options: PostOptions<TVars> = {},
): Promise<HttpReply<TData>> {
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}), ...options.headers },
    body: JSON.stringify({
      query: typeof operation === 'string' ? operation : print(operation),
      variables: options.variables,
    }),
  });
  const body = (await response.json()) as WireBody<TData>;
  return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
}

/** A test hub listening on a loopback port, and the URL of its `/graphql`. */
export async function serveOverHttp(
  options: Parameters<typeof startTestHub>[0] = {},
): Promise<{ hub: TestHub; url: string }> {
  const hub = await startTestHub(options);
  return { hub, url: `${await listen(hub)}/graphql` };
}

/** The `extensions.code` of each error of a reply, in order. */
export function errorCodes(reply: Pick<HttpReply<unknown>, 'body'>): string[] {
  return (reply.body.errors ?? []).map((e) => e.extensions.code as string);
}

/**
 * Asserts a reply failed with exactly one error, of `code`, at `path` (a field's path, or undefined for a refusal
 * of the whole request, which has none), and returns it.
 */
export function expectWireError(
  reply: Pick<HttpReply<unknown>, 'body'>,
  code: string,
  path: (string | number)[] | undefined,
): WireError {
  expect(errorCodes(reply)).toEqual([code]);
  const [error] = reply.body.errors!;
  expect(error.path).toEqual(path);
  expect(error.extensions).not.toHaveProperty('stacktrace');
  return error;
}
