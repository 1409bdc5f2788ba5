import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { logger } from '../logger';
import { redactUrl } from './redact';

/** What every log line written while serving a request carries (see logger.ts's mixin). */
export interface RequestScope {
  requestId: string;
  /** A short, non-secret id of the credential the request carried (see `credentialId`), if any. */
  tokenId?: string;
  /** The client's address (`req.ip`, so behind a proxy only when TRUST_PROXY says which hops to trust). */
  clientAddress?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** A caller's own id is kept when it is short and plain, so a request can be followed across services. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/** Whether a caller's `X-Request-Id` is kept as the request's id (short and plain), rather than replaced. */
export function acceptableRequestId(offered: string | undefined): offered is string {
  return offered !== undefined && ACCEPTABLE_ID.test(offered);
}

/**
 * Gives each request an id (the caller's `X-Request-Id` when usable, else a new UUID), echoes it in the
 * response header and runs the rest of the request inside its scope.
 */
export const requestIds: RequestHandler = (req, res, next) => {
  const offered = req.get('x-request-id');
  const requestId = acceptableRequestId(offered) ? offered : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  (req as { id?: string }).id = requestId;
  requestScope.run({ requestId }, () => {
    // At debug level, each request is logged as it arrives (the access log line comes when it is answered).
    logger.debug({ method: req.method, path: redactUrl(req.originalUrl) }, 'request received');
    next();
  });
};

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/** The scope of the request being served, if any. */
export function currentScope(): RequestScope | undefined {
  return requestScope.getStore();
}

/**
 * Records who is calling in the request's scope, before anything else looks at it: the credential's short id
 * (never the credential) and the client address. Log lines, cost budgets and the APQ cache key use them.
 */
export function identifyCaller(
  credentialId: (authorization: string | undefined) => string | undefined,
): RequestHandler {
  return (req, _res, next) => {
    const scope = requestScope.getStore();
    if (scope) {
      scope.tokenId = credentialId(req.headers.authorization);
      scope.clientAddress = req.ip ?? req.socket.remoteAddress;
    }
    next();
  };
}
