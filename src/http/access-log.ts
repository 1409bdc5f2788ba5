import type { RequestHandler } from 'express';
import { logger } from '../logger';
import { redactUrl } from './redact';
import { currentScope } from './request-context';

/** Paths not worth a line each: probes and scrapes every few seconds. */
const QUIET = new Set(['/health', '/metrics']);

/**
 * One log line per HTTP request when its response is done: method, path (secret parameters redacted), status,
 * time, request id and (through the logger's mixin) the credential's short id. No headers: they carry tokens and
 * cookies. Written by hand rather than with pino-http, which made a child logger and serialisers per request and
 * cost about a tenth of a small request's CPU (issue 16); the line keeps pino-http's shape.
 */
export const accessLog: RequestHandler = (req, res, next) => {
  if (QUIET.has(req.url)) {
    next();
    return;
  }
  const started = performance.now();
  // Taken now: the response's 'close' may come outside the request's async scope.
  const scope = currentScope();
  res.once('close', () => {
    const line = {
      ...(scope?.tokenId
        ? { requestId: scope.requestId, tokenId: scope.tokenId }
        : scope
          ? { requestId: scope.requestId }
          : {}),
      reqId: (req as { id?: string }).id ?? 'unknown',
      req: { method: req.method, path: redactUrl(req.originalUrl) },
      res: { statusCode: res.statusCode },
      responseTime: Math.round(performance.now() - started),
    };
    if (!res.writableFinished) logger.warn(line, 'request aborted');
    else if (res.statusCode >= 500) logger.error(line, 'request errored');
    else logger.info(line, 'request completed');
  });
  next();
};
