import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients may branch on (DESIGN.md, API conventions). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  RATE_LIMITED = 'RATE_LIMITED',
  /** A request the server cannot run as sent (Apollo's own code for malformed requests; a subscription over HTTP). */
  BAD_REQUEST = 'BAD_REQUEST',
  /** PERSISTED_ONLY mode: the operation is not one of the trusted documents. */
  PERSISTED_QUERY_REQUIRED = 'PERSISTED_QUERY_REQUIRED',
  /** A request body over MAX_BODY_BYTES, refused before it is parsed. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * The HTTP status of each kind. A refusal of the whole request (no credentials, too costly, over budget, not
 * runnable) carries its status; an error of one field (forbidden, not found, conflict, bad input) answers 200 with
 * the rest of the data, as the GraphQL-over-HTTP spec asks. Apollo reads `extensions.http` and strips it.
 */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.PERSISTED_QUERY_REQUIRED]: 400,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.FORBIDDEN]: 200,
  [ErrorCode.NOT_FOUND]: 200,
  [ErrorCode.CONFLICT]: 200,
  [ErrorCode.BAD_USER_INPUT]: 200,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 200,
};

/** Base of every expected failure: a message that says what to fix and a stable code. */
export class HubError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** The caller sent something unusable; `field` names the offending input path (e.g. `input.first`). */
export class BadUserInputError extends HubError {
  constructor(message: string, field?: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, field ? { field, ...extensions } : extensions);
  }
}

/** An id or code that names nothing the caller can see. */
export class NotFoundError extends HubError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `No ${what} with id or code "${id}".`, { id });
  }
}

/** A duplicate or a stale `expectedVersion`. */
export class ConflictError extends HubError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extensions);
  }
}

/** A refusal of the whole request: the kind's HTTP status, with any headers it needs. */
function refusal(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  headers: [string, string][] = [],
): HubError {
  return new HubError(code, message, {
    ...extensions,
    http: { status: HTTP_STATUS[code], headers: new HeaderMap(headers) },
  });
}

/** Why a request is unauthenticated: no credentials where a role is needed, or a token that is not valid. */
export type Unauthenticated = 'noToken' | 'invalidToken';

/**
 * UNAUTHENTICATED, HTTP 401 with RFC 6750's challenge. An invalid token gets the same answer whether it was
 * malformed, unknown or revoked, so a caller learns nothing about which.
 */
export function unauthenticated(reason: Unauthenticated): HubError {
  return reason === 'noToken'
    ? refusal(
        ErrorCode.UNAUTHENTICATED,
        'Send an API token (Authorization: Bearer <token>); anonymous access is off.',
        {},
        [['www-authenticate', 'Bearer realm="hub"']],
      )
    : refusal(
        ErrorCode.UNAUTHENTICATED,
        'The bearer token is not valid (unknown, revoked or malformed). Ask an administrator for a token.',
        {},
        [['www-authenticate', 'Bearer realm="hub", error="invalid_token"']],
      );
}

/** FORBIDDEN, saying what the caller's role may not do (`what` reads after "may not"). */
export function forbidden(role: string | null, what: string): HubError {
  return new HubError(ErrorCode.FORBIDDEN, `Your token (${role ?? 'no role'}) may not ${what}.`);
}

/** QUERY_TOO_COMPLEX, HTTP 400: the operation is refused before it runs. */
export function tooComplex(message: string, extensions: Record<string, unknown> = {}): HubError {
  return refusal(ErrorCode.QUERY_TOO_COMPLEX, message, extensions);
}

/** RATE_LIMITED, HTTP 429 with `Retry-After` (and whatever budget headers `headers` adds). */
export function rateLimited(
  message: string,
  retryAfter: number,
  extensions: Record<string, unknown> = {},
  headers: [string, string][] = [['retry-after', String(retryAfter)]],
): HubError {
  return refusal(ErrorCode.RATE_LIMITED, message, { ...extensions, retryAfter }, headers);
}

/** BAD_REQUEST, HTTP 400: a request this hub cannot run as sent. */
export function badRequest(message: string): HubError {
  return refusal(ErrorCode.BAD_REQUEST, message);
}

/**
 * An error sent over graphql-ws (the refusal of a subscription, or the end of a change stream): a socket has no HTTP
 * status, so it carries only its code and extensions.
 */
export function socketError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): HubError {
  return new HubError(code, message, extensions);
}

/**
 * A refusal made before GraphQL runs (Express middleware: body parsing, trusted documents), as the kind's HTTP status
 * and the GraphQL-shaped body a client reads, e.g. `res.status(r.status).json(r.body)`.
 */
export function transportRefusal(
  code: ErrorCode,
  message: string,
): { status: number; body: { errors: { message: string; extensions: { code: ErrorCode } }[] } } {
  return { status: HTTP_STATUS[code], body: { errors: [{ message, extensions: { code } }] } };
}
