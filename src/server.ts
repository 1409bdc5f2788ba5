import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express from 'express';
import { DataSource } from 'typeorm';
import { Config } from './config';
import { accessLog } from './http/access-log';
import { DirectLane } from './http/direct-lane';
import { compressResponses, graphqlRequestListener } from './http/graphql-endpoint';
import { mountHealth } from './http/health';
import { HubMetrics } from './http/metrics';
import { HttpDrain, RunningOperations } from './http/drain';
import { identifyCaller, requestIds, scopeOf } from './http/request-context';
import { mountWebPages } from './http/web-pages';
import { mountSubscriptions, SubscriptionServer } from './http/subscriptions';
import { logger } from './logger';
import { createContext, HubContext } from './graphql/context';
import { createFormatError, errorRequests, noteRequestOf } from './graphql/format-error';
import { hubSchema } from './graphql/schema';
import { CachePolicy, cacheControlPlugins } from './graphql/cache-control';
import {
  callerScopedCache,
  knownOperations,
  loadPersistedDocuments,
  trustedDocumentCache,
  trustedDocumentsOnly,
  untrustedRefusal,
} from './graphql/persisted-documents';
import { limitsPlugin, OperationLimits, refusalRule } from './graphql/limits';
import { ErrorCode, transportRefusal } from './graphql/errors';
import { useIdSecret } from './graphql/sealed';
import { Caller, NOBODY, requireRole, Role } from './modules/auth/roles';
import { credentialId, safeEqual, TokenService } from './modules/auth/token.service';

/** The running HTTP server and what must be stopped to shut it down cleanly. */
export interface HubServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<HubContext>;
  metrics: HubMetrics;
  /** The separate `/metrics` listener when METRICS_PORT is set (main.ts makes it listen), else null. */
  metricsServer: http.Server | null;
  /** GraphQL operations being executed right now. */
  operations: RunningOperations;
  /** The graphql-ws endpoint (subscriptions) on the same server and path. */
  subscriptions: SubscriptionServer;
  /**
   * Graceful shutdown: `/ready` answers 503, no new connection is accepted, requests already accepted are
   * answered, operations still executing (their client may have left) finish, all within `timeoutMs`; then
   * Apollo stops. The caller closes the database afterwards. False when the timeout cut something off.
   */
  stop(timeoutMs: number): Promise<boolean>;
}

/**
 * Builds the HTTP app: GraphQL on `/graphql` (GraphiQL there for browsers), liveness on `/health`, readiness on
 * `/ready`, Prometheus metrics on `/metrics`, bundled pages under `/web`. Does not listen; `main.ts` does.
 */
export async function createServer(
  dataSource: DataSource,
  config: Config,
  readers: DataSource | readonly DataSource[] = dataSource,
): Promise<HubServer> {
  // Ids and cursors are sealed with the configured secret, process-wide (encodeGlobalId stays a pure function).
  useIdSecret(config.idSecret);
  const anonymous = anonymousCaller(config);
  // Each request reads from one reader, taken in turn (one per read replica; usually just one).
  const pool = [readers].flat();
  let turn = 0;
  const app = express();
  app.disable('x-powered-by');
  // Anonymous callers' budgets and APQ entries are keyed by req.ip: behind a proxy, say which hops to trust.
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer();
  const drain = new HttpDrain(httpServer);
  const operations = new RunningOperations();
  const identify = (header: string | undefined) => credentialId(header, config.adminToken);
  app.use(requestIds, identifyCaller(identify), accessLog, drain.closeConnections);
  app.use(compressResponses);
  const metrics = new HubMetrics(dataSource, knownOperations(config.persistedDocumentsFile));
  const development = config.nodeEnv === 'development';
  const schema = await hubSchema();
  const trusted = config.persistedOnly ? loadPersistedDocuments(config.persistedDocumentsFile) : null;
  const limits = new OperationLimits(schema, config);
  const cachePolicy = new CachePolicy(schema);
  const formatError = createFormatError(development);
  const direct = new DirectLane(schema, limits, cachePolicy, metrics, formatError, development);
  const apollo = new ApolloServer<HubContext>({
    schema,
    // Callers without a role are refused by the limits plugin, introspection included.
    introspection: config.introspection,
    // main.ts owns shutdown: `stop` drains HTTP, then stops Apollo; then main.ts closes the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: development,
    formatError,
    // Refuse oversized documents while parsing, before any other work (graphql-js `maxTokens`).
    parseOptions: { maxLexicalTokens: config.maxQueryTokens },
    // Reports the limits plugin's refusals of documents too large to validate (see limits.ts).
    validationRules: [refusalRule],
    // Automatic persisted queries, each caller's hashes its own; in PERSISTED_ONLY mode the cache holds just the
    // trusted documents (public: they are in the manifest).
    persistedQueries: trusted ? { cache: trustedDocumentCache(trusted), ttl: null } : { cache: callerScopedCache() },
    // The hub honours bearer tokens only, never cookies or other ambient credentials, so a cross-site "simple"
    // request carries no one's authority: CSRF is not a risk, and clients' default GETs (urql) must not need a
    // preflight header. Mutations over GET stay refused (Apollo answers them 405). README "CSRF".
    csrfPrevention: false,
    plugins: [
      // GraphiQL is served by the hub itself (http/web-pages.ts); Apollo's landing page loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      errorRequests(),
      limitsPlugin(limits),
      ...cacheControlPlugins(cachePolicy),
      metrics.plugin(),
      direct.plugin(),
    ],
  });
  await apollo.start();
  const subscriptions = mountSubscriptions(httpServer, schema, dataSource, config, anonymous, trusted);

  mountHealth(app, dataSource, () => drain.isDraining);
  const metricsServer = mountMetrics(app, metrics, dataSource, config);
  const graphiql = mountWebPages(app, { graphiql: config.introspection });
  const corsOrigin = config.corsOrigins.includes('*') ? true : config.corsOrigins;
  const context = async (req: express.Request) => {
    const request = scopeOf(req);
    try {
      // A bad or revoked token is refused here, before anything runs (401 with RFC 6750's challenge).
      const caller = await TokenService.authenticate(dataSource, req.headers.authorization, {
        adminToken: config.adminToken,
        anonymous,
      });
      // Apollo answers persisted-query requests (hash lookups, hash checks) before any plugin hook runs: without
      // a role, such a request is refused here with 401 like any other, rather than saying whether a hash is known.
      if (carriesPersistedQuery(req)) requireRole(caller);
      return createContext(dataSource, {
        caller,
        suppressionThreshold: config.suppressionThreshold,
        reader: pool[turn++ % pool.length],
        request,
      });
    } catch (error) {
      // No plugin sees a failure here: formatError learns its request from the error itself.
      noteRequestOf(error, request);
      throw error;
    }
  };
  app.use(
    '/graphql',
    ...(graphiql ? [graphiql] : []),
    cors({ origin: corsOrigin }),
    express.json({ limit: config.maxBodyBytes }),
    ...(trusted ? [trustedDocumentsOnly(trusted)] : []),
    operations.track(expressMiddleware(apollo, { context: ({ req }) => context(req) })),
  );
  app.use(transportErrors);
  // POST /graphql with a plain JSON body is answered without Express's chain, to the same effect (issue 16).
  httpServer.on(
    'request',
    graphqlRequestListener({
      app,
      apollo,
      context,
      credentialId: identify,
      corsOrigin,
      maxBodyBytes: config.maxBodyBytes,
      refuseUntrusted: trusted ? (req) => untrustedRefusal(trusted, req) : null,
      track: (handler) => operations.track(handler),
      isDraining: () => drain.isDraining,
      direct: config.directLane ? direct : undefined,
    }),
  );
  return {
    app,
    httpServer,
    apollo,
    metrics,
    metricsServer,
    operations,
    subscriptions,
    async stop(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      // Subscriptions never finish by themselves: end them first, so the HTTP drain is not left waiting on them.
      await subscriptions.close();
      await drain.drain(timeoutMs);
      if (operations.count > 0)
        logger.info({ operations: operations.count }, 'waiting for running operations to finish');
      const finished = await operations.idle(deadline - Date.now());
      if (!finished) logger.error({ operations: operations.count }, 'operations still running at the shutdown timeout');
      await new Promise<void>((resolve) =>
        metricsServer?.listening ? metricsServer.close(() => resolve()) : resolve(),
      );
      await apollo.stop();
      return finished;
    },
  };
}

/**
 * `/metrics`: on its own listener when METRICS_PORT is set (bound to METRICS_HOST; nothing on PORT), else on
 * PORT for a bearer METRICS_TOKEN or admin token (HUB_ADMIN_TOKEN or an ADMIN API token) only.
 */
function mountMetrics(
  app: express.Express,
  metrics: HubMetrics,
  dataSource: DataSource,
  config: Config,
): http.Server | null {
  const allowed = async (authorization: string | undefined) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    if (!token) return false;
    if (config.metricsToken && safeEqual(token, config.metricsToken)) return true;
    const caller = await TokenService.authenticate(dataSource, `Bearer ${token}`, {
      adminToken: config.adminToken,
      anonymous: NOBODY,
    }).catch(() => NOBODY);
    return caller.role === Role.ADMIN;
  };
  if (config.metricsPort === undefined) {
    app.get('/metrics', metrics.handler(allowed));
    return null;
  }
  const separate = express();
  separate.disable('x-powered-by');
  // On its own port the network decides who may scrape; a METRICS_TOKEN, when set, is still required.
  separate.get('/metrics', metrics.handler(config.metricsToken ? allowed : () => true));
  return http.createServer(separate);
}

/** Body-parser failures answered as GraphQL-shaped JSON: 413 for an oversized body, 400 for malformed JSON. */
const transportErrors: express.ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  const refusal =
    error.type === 'entity.too.large'
      ? transportRefusal(ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large.')
      : error.type === 'entity.parse.failed'
        ? transportRefusal(ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.')
        : null;
  if (refusal) {
    res.status(refusal.status).json(refusal.body);
  } else {
    next(error);
  }
};

/** The caller a request without a token becomes: the configured anonymous role, or nobody. */
function anonymousCaller(config: Config): Caller {
  if (!config.anonymousRole) return NOBODY;
  const role = Object.values(Role).find((r) => r === config.anonymousRole);
  if (!role || role === Role.YOT_MANAGER || role === Role.PARTNER) {
    throw new Error(`ANONYMOUS_ROLE must be one of ADMIN, ASSESSOR, ANALYST or none, got "${config.anonymousRole}"`);
  }
  return { name: 'anonymous', role, yotId: null, agencyId: null };
}

/** Whether a GraphQL request (POST body, or GET's `extensions` parameter) carries Apollo's `persistedQuery` extension. */
function carriesPersistedQuery(req: express.Request): boolean {
  const body = req.body as { extensions?: { persistedQuery?: unknown } } | undefined;
  if (
    body &&
    typeof body === 'object' &&
    body.extensions &&
    typeof body.extensions === 'object' &&
    body.extensions.persistedQuery
  )
    return true;
  const extensions = (req.query as Record<string, unknown> | undefined)?.extensions;
  return typeof extensions === 'string' && extensions.includes('persistedQuery');
}
