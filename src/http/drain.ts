import http from 'node:http';
import net from 'node:net';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** How long a connection accepted just before shutdown may take to send its request. */
const ACCEPTED_GRACE_MS = 500;

/**
 * Graceful HTTP shutdown. Stops accepting connections, but, unlike `http.Server#close` (which also drops every
 * idle connection at once), lets connections already accepted deliver their request; answers in-flight requests
 * with `Connection: close`; then closes idle connections, and after `timeoutMs` any that remain.
 */
export class HttpDrain {
  private draining = false;

  /** Express middleware: once draining, each response closes its connection instead of keeping it alive. */
  readonly closeConnections: RequestHandler = (_req, res, next) => {
    if (this.draining) res.setHeader('Connection', 'close');
    next();
  };

  constructor(private readonly server: http.Server) {}

  get isDraining(): boolean {
    return this.draining;
  }

  async drain(timeoutMs: number): Promise<void> {
    if (!this.server.listening) return;
    this.draining = true;
    // net.Server#close stops listening and resolves once every connection has ended.
    const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(this.server, () => resolve()));
    const idle = setInterval(() => this.server.closeIdleConnections(), ACCEPTED_GRACE_MS);
    const force = setTimeout(() => this.server.closeAllConnections(), timeoutMs);
    try {
      await closed;
    } finally {
      clearInterval(idle);
      clearTimeout(force);
    }
  }
}

/**
 * Counts the operations being executed. A connection can end before its operation does (the client gave up,
 * or the drain's timeout closed it), so shutdown waits for this count, not only for connections, before the
 * database is closed under the operations still using it.
 */
export class RunningOperations {
  private running = 0;
  private waiters: (() => void)[] = [];

  get count(): number {
    return this.running;
  }

  /** Wraps an (async) Express handler so each call counts as running until its promise settles. */
  track(handler: (req: Request, res: Response, next: NextFunction) => unknown): RequestHandler {
    return async (req, res, next) => {
      this.running++;
      try {
        await handler(req, res, next);
      } finally {
        if (--this.running === 0) for (const wake of this.waiters.splice(0)) wake();
      }
    };
  }

  /** Resolves true once nothing is running, or false when `timeoutMs` passes first. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs));
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
