import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { currentScope, logFields, type RequestScope } from '../http/request-context';
import { logger } from '../logger';
import type { HubContext } from './context';
import { ErrorCode, HubError } from './errors';

/** Codes a client may see as they are: ours, and the ones Apollo and type-graphql use for bad requests. */
const EXPOSED_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo `formatError`: expected errors pass through with their code; anything else is logged with an id
 * and reaches the client as INTERNAL_SERVER_ERROR with that id only (no message, SQL, path or stack),
 * unless `development` is set, when the original message and stack are kept for debugging.
 */
export function createFormatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const request = requestOf(error);
    return withRequestId(
      mask(requestErrorCode(ownCode(withoutHttp(formatted), error), error), error, development, request),
      request,
    );
  };
}

/** The request each error reported to a plugin arose in (see `errorRequests`). */
const requestOfError = new WeakMap<object, RequestScope>();

/** The request `error` (or the error it wraps) arose in, as noted; else the scope entered around the request. */
function requestOf(error: unknown): RequestScope | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  return noted(error) ?? noted(original) ?? currentScope();
}

function noted(error: unknown): RequestScope | undefined {
  return typeof error === 'object' && error !== null ? requestOfError.get(error) : undefined;
}

/** Ties an error to its request where no plugin sees it: thrown while building the request's context. */
export function noteRequestOf(error: unknown, request: RequestScope | undefined): void {
  if (request && typeof error === 'object' && error !== null) requestOfError.set(error, request);
}

/**
 * Apollo calls `formatError` without the request's context; it hands each error to this plugin first, with the
 * context, so the error's log line and its `requestId` name the request without entering an AsyncLocalStorage on
 * every request (request-context.ts). Errors raised before any plugin runs (the context refusing a credential) are
 * named by the transport: Express's path enters the request's scope, the fast path adds the id to the response.
 */
export function errorRequests(): ApolloServerPlugin<HubContext> {
  const listener = {
    didEncounterErrors: async ({ errors, contextValue }: { errors: readonly object[]; contextValue: HubContext }) => {
      if (contextValue.request) for (const error of errors) requestOfError.set(error, contextValue.request);
    },
  };
  return { requestDidStart: async () => listener };
}

/** `extensions.http` (errors.ts) is for the transport: Apollo strips it, graphql-ws would send it on. */
function withoutHttp(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('http' in formatted.extensions)) return formatted;
  const { http: _http, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/**
 * Apollo refuses some malformed requests before parsing with a bare GraphQLError that carries HTTP 400 but no
 * code (an automatic persisted query whose hash does not match its text, or of a version other than 1), which
 * Apollo would then file under INTERNAL_SERVER_ERROR. Such an error comes from the request itself, not from
 * the server: it reaches the client as BAD_REQUEST, Apollo's own code for a malformed request.
 */
function requestErrorCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR || !(error instanceof GraphQLError))
    return formatted;
  if (error.originalError || error.path || (error.extensions.http as { status?: number } | undefined)?.status !== 400)
    return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_REQUEST } };
}

/**
 * A refusal the hub reports during validation (limits.ts's `refusalRule`) keeps its own code: Apollo would
 * file it under GRAPHQL_VALIDATION_FAILED.
 */
function ownCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !(original instanceof HubError)) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: original.extensions.code } };
}

/** Every error a client receives names the request, as the log lines about it do (refusals before execution too). */
function withRequestId(formatted: GraphQLFormattedError, request: RequestScope | undefined): GraphQLFormattedError {
  const requestId = request?.requestId;
  return requestId ? { ...formatted, extensions: { ...formatted.extensions, requestId } } : formatted;
}

/** Expected errors as they are; anything else logged with an id and masked (outside development). */
function mask(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
  request: RequestScope | undefined,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && EXPOSED_CODES.has(code) && code !== (ErrorCode.INTERNAL_SERVER_ERROR as string))
    return formatted;
  const errorId = randomUUID();
  const original = unwrapResolverError(error);
  logger.error(
    { ...logFields(request), errorId, err: original, path: formatted.path },
    'unexpected error while executing GraphQL',
  );
  if (development)
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR, errorId } };
  return {
    message: `Internal server error. Quote error id ${errorId} when reporting it.`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
  };
}

/** Formatted errors and the HTTP status and headers their `extensions.http` asked for. */
export interface FormattedErrors {
  errors: GraphQLFormattedError[];
  status?: number;
  headers: Map<string, string>;
}

/**
 * What Apollo does to the errors of an execution before they are sent (its `normalizeAndFormatErrors`, which it
 * does not export), for the direct lane (http/direct-lane.ts): each error made a GraphQLError, given a `code`
 * (INTERNAL_SERVER_ERROR when it has none), its `extensions.http` taken off into the response's status and
 * headers, a stack trace added in development, then `formatError`. A formatter that throws yields Apollo's
 * generic internal error. The lane's tests compare its answers with Apollo's, byte for byte.
 */
export function formatErrors(
  errors: readonly unknown[],
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
  includeStacktrace: boolean,
): FormattedErrors {
  const head: FormattedErrors = { errors: [], headers: new Map() };
  const enrich = (maybeError: unknown): GraphQLFormattedError => {
    const error = asGraphQLError(maybeError);
    const extensions: Record<string, unknown> = {
      ...error.extensions,
      code: error.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR,
    };
    const http = extensions.http as { status?: unknown; headers?: unknown } | undefined;
    if (
      http &&
      typeof http === 'object' &&
      (!('status' in http) || typeof http.status === 'number') &&
      (!('headers' in http) || http.headers instanceof Map)
    ) {
      if (http.status) head.status = http.status as number;
      for (const [name, value] of (http.headers as Map<string, string> | undefined) ?? [])
        head.headers.set(name, value);
      delete extensions.http;
    }
    if (includeStacktrace) extensions.stacktrace = error.stack?.split('\n');
    return { ...error.toJSON(), extensions };
  };
  for (const error of errors) {
    try {
      head.errors.push(formatError(enrich(error), error));
    } catch (formattingError) {
      head.errors.push(
        includeStacktrace
          ? enrich(formattingError)
          : { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
      );
    }
  }
  return head;
}

/** Apollo's `ensureGraphQLError`: a GraphQLError as it is, anything else wrapped in one. */
function asGraphQLError(maybeError: unknown): GraphQLError {
  const error =
    maybeError instanceof Error ? maybeError : new GraphQLError(`Unexpected error value: ${String(maybeError)}`);
  return error instanceof GraphQLError ? error : new GraphQLError(error.message, { originalError: error });
}
