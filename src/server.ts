import http from 'node:http';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express from 'express';
import { DataSource } from 'typeorm';
import pinoHttp from 'pino-http';
import { Config } from './config';
import { mountHealth } from './http/health';
import { HubMetrics } from './http/metrics';
import { HttpDrain } from './http/drain';
import { currentRequestId, requestIds } from './http/request-context';
import { mountWebPages } from './http/web-pages';
import { logger } from './logger';
import { createContext, HubContext } from './graphql/context';
import { createFormatError } from './graphql/format-error';
import { hubSchema } from './graphql/schema';
import { cacheControlPlugins } from './graphql/cache-control';
import { loadPersistedDocuments, trustedDocumentCache, trustedDocumentsOnly } from './graphql/persisted-documents';
import { limitsPlugin } from './graphql/limits';
import { ErrorCode, HubError } from './graphql/errors';
import { Caller, NOBODY, Role } from './modules/auth/roles';
import { TokenService } from './modules/auth/token.service';

/** The running HTTP server and what must be stopped to shut it down cleanly. */
export interface HubServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<HubContext>;
  metrics: HubMetrics;
  /**
   * Graceful shutdown: `/ready` answers 503, no new connection is accepted, requests already accepted are
   * answered (within `timeoutMs`), then Apollo stops. The caller closes the database afterwards.
   */
  stop(timeoutMs: number): Promise<void>;
}

/**
 * Builds the HTTP app: GraphQL on `/graphql` (GraphiQL there for browsers), liveness on `/health`, readiness on
 * `/ready`, Prometheus metrics on `/metrics`, bundled pages under `/web`. Does not listen; `main.ts` does.
 */
export async function createServer(dataSource: DataSource, config: Config, readers: DataSource | readonly DataSource[] = dataSource): Promise<HubServer> {
  const anonymous = anonymousCaller(config);
  // Each request reads from one reader, taken in turn (one per read replica; usually just one).
  const pool = Array.isArray(readers) ? readers : [readers as DataSource];
  let turn = 0;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const drain = new HttpDrain(httpServer);
  app.use(requestIds, accessLog, drain.closeConnections);
  const metrics = new HubMetrics(dataSource);
  const development = config.nodeEnv === 'development';
  const schema = await hubSchema();
  const trusted = config.persistedOnly ? loadPersistedDocuments(config.persistedDocumentsFile) : null;
  const apollo = new ApolloServer<HubContext>({
    schema,
    // Callers without a role are refused by the limits plugin, introspection included.
    introspection: config.introspection,
    // main.ts owns shutdown: `stop` drains HTTP, then stops Apollo; then main.ts closes the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError(development),
    // Automatic persisted queries are on; in PERSISTED_ONLY mode the cache holds just the trusted documents.
    persistedQueries: trusted ? { cache: trustedDocumentCache(trusted), ttl: null } : undefined,
    plugins: [
      // GraphiQL is served by the hub itself (http/web-pages.ts); Apollo's landing page loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin(schema, config),
      ...cacheControlPlugins(),
      metrics.plugin(),
      requestIdInErrors,
    ],
  });
  await apollo.start();

  mountHealth(app, dataSource, () => drain.isDraining);
  app.get('/metrics', metrics.handler());
  const graphiql = mountWebPages(app, { graphiql: config.introspection });
  app.use(
    '/graphql',
    ...(graphiql ? [graphiql] : []),
    cors({ origin: config.corsOrigins.includes('*') ? true : config.corsOrigins }),
    express.json({ limit: config.maxBodyBytes }),
    ...(trusted ? [trustedDocumentsOnly(trusted)] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          const caller = await TokenService.authenticate(dataSource, req.headers.authorization, { adminToken: config.adminToken, anonymous });
          return createContext(dataSource, { caller, suppressionThreshold: config.suppressionThreshold, reader: pool[turn++ % pool.length] });
        } catch (error) {
          // A bad or revoked token is refused before anything runs, with HTTP 401.
          if (error instanceof HubError) throw new HubError(ErrorCode.UNAUTHENTICATED, error.message, { http: { status: 401 } });
          throw error;
        }
      },
    }),
  );
  app.use(transportErrors);
  return {
    app,
    httpServer,
    apollo,
    metrics,
    async stop(timeoutMs) {
      await drain.drain(timeoutMs);
      await apollo.stop();
    },
  };
}

/** Every error a client receives names the request, as the log lines about it do. */
const requestIdInErrors: ApolloServerPlugin<HubContext> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      const requestId = currentRequestId();
      if (response.body.kind !== 'single' || !response.body.singleResult.errors || !requestId) return;
      response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId } }));
    },
  }),
};

/** One log line per HTTP request (method, path, status, time), with its request id. */
const accessLog = pinoHttp({ logger, genReqId: (req) => (req as { id?: string }).id ?? 'unknown', quietReqLogger: true, autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' } });

/** Body-parser failures answered as GraphQL-shaped JSON: 413 for an oversized body, 400 for malformed JSON. */
const transportErrors: express.ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  } else if (error.type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
};

/** The caller a request without a token becomes: the configured anonymous role, or nobody. */
function anonymousCaller(config: Config): Caller {
  if (!config.anonymousRole) return NOBODY;
  const role = config.anonymousRole as Role;
  if (!Object.values(Role).includes(role) || role === Role.YOT_MANAGER || role === Role.PARTNER) {
    throw new Error(`ANONYMOUS_ROLE must be one of ADMIN, ASSESSOR, ANALYST or none, got "${config.anonymousRole}"`);
  }
  return { name: 'anonymous', role, yotId: null, agencyId: null };
}
