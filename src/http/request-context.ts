import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
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

/**
 * The scope of the request being served, for code Apollo calls without the request's context (the persisted-query
 * cache, `formatError`) and for the logger's mixin. Entered only where such code needs it: every request Express
 * serves, and on the `POST /graphql` fast path only a request carrying automatic persisted query extensions. On
 * Node 20 an AsyncLocalStorage in use runs a hook on every promise, which cost about a fifth of a small query's
 * CPU (issue 16), so it is switched off whenever no request is inside it (`enterRequestScope`).
 */
export const requestScope = new AsyncLocalStorage<RequestScope>();

/** Requests inside `requestScope` whose response has not closed. */
let scoped = 0;

/**
 * Runs `work` inside the request's scope; once it has settled and no other request is inside the scope, the storage
 * is disabled, so its promise hook stops costing requests that never use it (the next `run` enables it again).
 */
export function enterRequestScope<T>(scope: RequestScope, work: () => Promise<T>): Promise<T> {
  scoped++;
  const release = () => {
    if (--scoped === 0) requestScope.disable();
  };
  const done = requestScope.run(scope, work);
  done.then(release, release);
  return done;
}

/** The fields every log line about a request carries (what the logger's mixin adds inside `requestScope`). */
export function logFields(scope: RequestScope | undefined): { requestId?: string; tokenId?: string } {
  if (!scope) return {};
  return scope.tokenId ? { requestId: scope.requestId, tokenId: scope.tokenId } : { requestId: scope.requestId };
}

/** Where a request keeps its scope, for the request's own context (`scopeOf`). */
const SCOPE = Symbol('hub.requestScope');

/** Attaches `scope` to the request, so its GraphQL context carries it (see server.ts). */
export function attachScope(req: IncomingMessage, scope: RequestScope): RequestScope {
  (req as IncomingMessage & { [SCOPE]?: RequestScope })[SCOPE] = scope;
  return scope;
}

/** The scope attached to the request (`attachScope`), if any. */
export function scopeOf(req: IncomingMessage): RequestScope | undefined {
  return (req as IncomingMessage & { [SCOPE]?: RequestScope })[SCOPE];
}

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
  // Express does not say when a handler's work ends: the scope is held until the response closes.
  void enterRequestScope(
    attachScope(req, { requestId }),
    () =>
      new Promise<void>((resolve) => {
        res.once('close', resolve);
        // At debug level, each request is logged as it arrives (the access log line comes when it is answered).
        logger.debug({ method: req.method, path: redactUrl(req.originalUrl) }, 'request received');
        next();
      }),
  );
};

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
    const scope = scopeOf(req);
    if (scope) {
      scope.tokenId = credentialId(req.headers.authorization);
      scope.clientAddress = req.ip ?? req.socket.remoteAddress;
    }
    next();
  };
}
