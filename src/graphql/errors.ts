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
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

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
