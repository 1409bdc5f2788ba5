import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { logger } from '../logger';
import { redactUrl } from './redact';
import { logFields, scopeOf, type RequestScope } from './request-context';

/**
 * The access line is built from known fields only (method, redacted path, status, time, ids): it carries nothing to
 * redact, and pino's redaction pass was half of its cost (about 6 µs a line).
 */
const accessLogger = logger.child({}, { redact: [] });

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
  logWhenAnswered(req, res, scopeOf(req));
  next();
};

/** What the access line needs, kept on the response so one shared listener serves every request. */
interface Answering {
  accessLog?: { req: IncomingMessage & { originalUrl?: string; id?: string }; scope?: RequestScope; started: number };
}

/** Writes the access log line of `req` when `res` closes (the `accessLog` middleware, for handlers outside Express). */
export function logWhenAnswered(req: IncomingMessage, res: ServerResponse, scope: RequestScope | undefined): void {
  (res as Answering).accessLog = { req, scope, started: performance.now() };
  res.once('close', writeLine);
}

function writeLine(this: ServerResponse & Answering): void {
  const { req, scope, started } = this.accessLog!;
  const line = {
    ...logFields(scope),
    reqId: req.id ?? 'unknown',
    req: { method: req.method, path: redactUrl(req.originalUrl ?? req.url) },
    res: { statusCode: this.statusCode },
    responseTime: Math.round(performance.now() - started),
  };
  if (!this.writableFinished) accessLogger.warn(line, 'request aborted');
  else if (this.statusCode >= 500) accessLogger.error(line, 'request errored');
  else accessLogger.info(line, 'request completed');
}
