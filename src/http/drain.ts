import http from 'node:http';
import net from 'node:net';
import type { RequestHandler } from 'express';

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
