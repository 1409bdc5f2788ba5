import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import compression from 'compression';
import proxyaddr from 'proxy-addr';
import vary from 'vary';
import type express from 'express';
import { logger } from '../logger';
import { ErrorCode, transportRefusal } from '../graphql/errors';
import type { HubContext } from '../graphql/context';
import { logWhenAnswered } from './access-log';
import type { DirectLane } from './direct-lane';
import { redactUrl } from './redact';
import { acceptableRequestId, attachScope, enterRequestScope, logFields, scopeOf } from './request-context';

/** compression's default threshold: bodies under 1 kB are sent as they are. */
const COMPRESSION_THRESHOLD = 1024;

/** gzip or br when the client asks (Accept-Encoding); only bodies over 1 kB, and never event streams. */
export const compressResponses = compression({ filter: compressible, threshold: COMPRESSION_THRESHOLD });

/** compression's filter: a compressible content type that is not an event stream. */
function compressible(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const type = res.getHeader('content-type');
  if (typeof type !== 'string') return compression.filter(req as express.Request, res as express.Response);
  let known = compressibleTypes.get(type);
  if (known === undefined) {
    // compression's filter depends on the content type alone (a lookup in mime-db, each time it is asked).
    known = !/text\/event-stream/.test(type) && compression.filter(req as express.Request, res as express.Response);
    if (compressibleTypes.size < 100) compressibleTypes.set(type, known);
  }
  return known;
}

/** Content types already judged by `compressible` (a server sends few). */
const compressibleTypes = new Map<string, boolean>();

/** What the fast path needs from the server: the pieces the Express chain in front of Apollo is made of. */
export interface GraphQLEndpointOptions {
  /** The Express app: serves every request the fast path does not take, and lends it `req`/`res` methods. */
  app: express.Express;
  apollo: ApolloServer<HubContext>;
  /** Builds the context of one request (the same function `expressMiddleware` is given). */
  context: (req: express.Request) => Promise<HubContext>;
  credentialId: (authorization: string | undefined) => string | undefined;
  /** The `origin` option the `cors` middleware in front of Apollo has: any origin, or these. */
  corsOrigin: true | readonly string[];
  maxBodyBytes: number;
  /** In PERSISTED_ONLY mode, refuses a request whose text is not a trusted document (else null). */
  refuseUntrusted: ((req: express.Request) => { status: number; body: unknown } | null) | null;
  /** Wraps the execution so shutdown waits for it (RunningOperations#track). */
  track: (handler: (req: express.Request, res: express.Response) => Promise<void>) => express.RequestHandler;
  isDraining: () => boolean;
  /** Answers queries whose text Apollo has already validated, without Apollo's per-request pipeline. */
  direct?: DirectLane;
}

/**
 * The HTTP server's request listener. `POST /graphql` with a plain JSON body (by far the commonest request) is
 * answered here, straight on node:http: the Express chain in front of Apollo (router, request ids, access log,
 * CORS, body parser, compression, the express5 integration) cost about half of a small query's CPU (issue 16).
 * Each step of that chain is done here with the same effect, in the same order, so responses, headers, log lines
 * and metrics are the same byte for byte. Everything else, including any POST the fast path is not sure to
 * answer identically (another content type or charset, a compressed or chunked or oversized body, another path or a
 * query string), goes to Express as before. The request and response keep Node's own prototypes: giving each
 * Express's (as Express's app.handle does) made V8 build new hidden classes for every request, whose cache misses
 * in node:http's own code cost more than the methods saved; `proxy-addr` and `vary`, which Express itself uses for
 * `req.ip` and `res.vary`, are called directly instead.
 */
export function graphqlRequestListener(options: GraphQLEndpointOptions): http.RequestListener {
  const { app } = options;
  const serve = options.track((req, res) =>
    answer(req, res, options).catch((error: unknown) => {
      // A failure of the transport itself (Apollo answers its own): nothing more can be sent.
      logger.error({ ...logFields(scopeOf(req)), err: error }, 'unexpected error while answering a GraphQL request');
      res.destroy();
    }),
  );
  const ignoreNext = () => undefined;
  return (req, res) => {
    if (!takes(req, options.maxBodyBytes)) {
      app(req, res);
      return;
    }
    const offered = req.headers['x-request-id'];
    const requestId = typeof offered === 'string' && acceptableRequestId(offered) ? offered : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    (req as { id?: string }).id = requestId;
    // As requestIds, then identifyCaller: the 'request received' line comes before the caller is known. The
    // request's scope is attached, not entered (see `answer`).
    const scope = attachScope(req, { requestId });
    if (logger.isLevelEnabled('debug'))
      logger.debug({ requestId, method: req.method, path: redactUrl(req.url) }, 'request received');
    scope.tokenId = options.credentialId(req.headers.authorization);
    // Express's req.ip, without giving the request Express's prototype (see above).
    scope.clientAddress = proxyaddr(req, app.get('trust proxy fn') as Parameters<typeof proxyaddr>[1]);
    logWhenAnswered(req, res, scope);
    if (options.isDraining()) res.setHeader('Connection', 'close');
    allowOrigin(req, res, options.corsOrigin);
    void serve(req as express.Request, res as express.Response, ignoreNext);
  };
}

/**
 * Whether the fast path answers this request exactly as Express would: a POST to `/graphql` itself with a JSON
 * body in UTF-8, not compressed, of a declared length within the limit. Anything else is Express's.
 */
function takes(req: http.IncomingMessage, maxBodyBytes: number): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql') return false;
  const headers = req.headers;
  const type = headers['content-type']?.toLowerCase();
  if (type !== 'application/json' && type !== 'application/json; charset=utf-8') return false;
  if (headers['content-encoding'] !== undefined || headers['transfer-encoding'] !== undefined) return false;
  const length = headers['content-length'];
  if (length === undefined || !/^[0-9]{1,15}$/.test(length)) return false;
  const bytes = Number(length);
  return bytes > 0 && bytes <= maxBodyBytes;
}

/**
 * What the `cors` middleware does to a request other than a preflight (OPTIONS goes to Express): the request's
 * `Origin` echoed when allowed, and `Vary: Origin` always.
 */
function allowOrigin(req: http.IncomingMessage, res: http.ServerResponse, allowed: true | readonly string[]): void {
  const origin = req.headers.origin;
  if (origin && (allowed === true || allowed.includes(origin))) res.setHeader('Access-Control-Allow-Origin', origin);
  vary(res, 'Origin');
}

/** Reads the body, runs the operation through Apollo and sends its answer (what body-parser and expressMiddleware did). */
async function answer(req: express.Request, res: http.ServerResponse, options: GraphQLEndpointOptions): Promise<void> {
  let body: unknown;
  try {
    body = parseJson(await readBody(req));
  } catch (error) {
    if (error instanceof SyntaxError) {
      const refusal = transportRefusal(ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
      sendJson(req, res, refusal.status, refusal.body);
    } else {
      // The client went away mid-body: nobody reads the answer (Express would answer 400 too).
      logger.debug({ ...logFields(scopeOf(req)), err: error }, 'request body not received');
      if (!res.headersSent) {
        res.statusCode = 400;
        res.end();
      }
    }
    return;
  }
  req.body = body;
  const refusal = options.refuseUntrusted?.(req);
  if (refusal) {
    sendJson(req, res, refusal.status, refusal.body);
    return;
  }
  const scope = scopeOf(req);
  let context = () => options.context(req);
  try {
    const direct = options.direct?.take(body, req.headers.accept, scope);
    if (direct) {
      // Built once: a request the lane hands to Apollo gets this context (or its failure), not a second one.
      const built = await options.context(req).then(
        (contextValue) => ({ contextValue }),
        (error: unknown) => ({ error }),
      );
      if ('contextValue' in built) {
        const answered = await options.direct!.answer(direct, built.contextValue, performance.now());
        if (answered) {
          for (const [key, value] of answered.headers) res.setHeader(key, value);
          res.statusCode = answered.status;
          send(req, res, withRequestId(answered.body, scope?.requestId));
          return;
        }
        context = () => Promise.resolve(built.contextValue);
      } else {
        // Handed on as it was thrown, so Apollo answers it (and names its request) as it would have.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        context = () => Promise.reject(built.error);
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: 'POST', headers, search: '', body };
    const execute = () => options.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
    // Apollo's persisted-query cache is keyed by caller through the request's scope (persisted-documents.ts):
    // only such a request enters it.
    const response = scope && carriesExtensions(body) ? await enterRequestScope(scope, execute) : await execute();
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      send(req, res, withRequestId(response.body.string, scope?.requestId));
      return;
    }
    // Incremental delivery (not used by the hub today): streamed as expressMiddleware streams it.
    await new Promise<void>((resolve) => compressResponses(req, res as express.Response, () => resolve()));
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      (res as { flush?: () => void }).flush?.();
    }
    res.end();
  } catch (error) {
    // Apollo answers its own failures; this is a failure of the transport around it (or of the direct lane).
    logger.error({ ...logFields(scope), err: error }, 'unexpected error while answering a GraphQL request');
    if (res.headersSent) {
      res.end();
      return;
    }
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    send(req, res, 'Internal Server Error');
  }
}

/** Whether a request body carries `extensions` (automatic persisted queries among them). */
function carriesExtensions(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { extensions?: unknown }).extensions != null;
}

/**
 * Every error a client receives names its request (format-error.ts adds the id where it knows the request). An
 * error Apollo reports before any plugin runs (the context refusing a credential, a body without a query) is
 * formatted where the request is not known on this path: its id is added here, last among its extensions, as
 * format-error.ts would have placed it.
 */
function withRequestId(text: string, requestId: string | undefined): string {
  if (!requestId || !text.includes('"errors":')) return text;
  const answer = JSON.parse(text) as { errors?: { extensions?: Record<string, unknown> }[] };
  if (!Array.isArray(answer.errors) || answer.errors.every((e) => e.extensions?.requestId !== undefined)) return text;
  for (const error of answer.errors)
    if (error.extensions?.requestId === undefined) error.extensions = { ...error.extensions, requestId };
  // Apollo's own encoding (prettyJSONStringify): JSON and a newline.
  return `${JSON.stringify(answer)}\n`;
}

/** The request body as text, as body-parser decodes it (UTF-8, a byte order mark dropped). */
function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    });
    req.once('aborted', () => reject(new Error('request aborted')));
    req.once('error', reject);
  });
}

/** body-parser's strict JSON: an object or array (or an empty body, read as `{}`); SyntaxError otherwise. */
function parseJson(text: string): unknown {
  if (text.length === 0) return {};
  const first = /^[ \t\n\r]*([^ \t\n\r]|$)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw new SyntaxError('not a JSON object or array');
  return JSON.parse(text) as unknown;
}

/** `res.status(status).json(body)`, with what compression would add. */
function sendJson(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  send(req, res, JSON.stringify(body));
}

/**
 * `res.send(text)` behind the compression middleware: compressed when the client accepts it and the body is over
 * the threshold (the middleware itself does it); otherwise sent as is with compression's `Vary: Accept-Encoding`.
 * Sent with `res.end` rather than Express's `res.send`, which hashes every body for an ETag: a POST's answer is
 * never revalidated (RFC 9110, section 13.1), and the hash was a visible share of a small request (issue 16).
 */
function send(req: http.IncomingMessage, res: http.ServerResponse, text: string): void {
  const length = Buffer.byteLength(text);
  if (req.headers['accept-encoding'] && length >= COMPRESSION_THRESHOLD) {
    // compression drops the length when it compresses, and keeps it when the client accepts no encoding it offers.
    res.setHeader('Content-Length', length);
    compressResponses(req as express.Request, res as express.Response, () => res.end(text));
    return;
  }
  if (
    compressible(req, res) &&
    !/(?:^|,)\s*?no-transform\s*?(?:,|$)/.test(String(res.getHeader('Cache-Control') ?? ''))
  )
    vary(res, 'Accept-Encoding');
  res.setHeader('Content-Length', length);
  res.end(text);
}
