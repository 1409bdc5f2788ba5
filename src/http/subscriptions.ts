import { createHash } from 'node:crypto';
import http from 'node:http';
import {
  DocumentNode,
  GraphQLError,
  OperationTypeNode,
  GraphQLSchema,
  getOperationAST,
  parse,
  validate,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { DataSource } from 'typeorm';
import { Config } from '../config';
import { createContext, HubContext } from '../graphql/context';
import { createFormatError } from '../graphql/format-error';
import { checkShape, operationCost } from '../graphql/limits';
import { ErrorCode, socketError } from '../graphql/errors';
import { logger } from '../logger';
import { Caller, NOBODY, requireRole } from '../modules/auth/roles';
import { TOKEN_CACHE_MS, TokenService } from '../modules/auth/token.service';
import { ChangeTicker } from '../modules/feed/change-ticker';
import { getOrInsert } from '../collections';

/** Close codes the hub uses beyond graphql-ws's own (4400 bad request, 4403 forbidden, 4429 too many inits…). */
export const SubscriptionClose = {
  /** No token, or one that is unknown, revoked or malformed, in `connectionParams.authorization`. */
  UNAUTHORIZED: CloseCode.Unauthorized,
  /** A message larger than MAX_BODY_BYTES (ws's own code, RFC 6455). */
  MESSAGE_TOO_BIG: 1009,
  /** The hub is shutting down; reconnect (to another instance) and resume with `after`. */
  GOING_AWAY: 1001,
} as const;

/** What one graphql-ws connection carries: its caller, decided once at `connection_init`. */
interface ConnectionState {
  caller?: Caller;
}

/** The running subscription endpoint; `close` ends every connection with 1001 (going away). */
export interface SubscriptionServer {
  close(): Promise<void>;
}

/**
 * Serves GraphQL subscriptions over graphql-ws on `/graphql` of `httpServer`. A connection is authenticated
 * once, from `connectionParams.authorization` (`Bearer <token>`; a browser cannot set headers on a WebSocket),
 * and closed with 4401 when that fails and anonymous access is off. Each subscription passes the same shape,
 * depth and cost limits as an HTTP operation; a connection holds at most MAX_SUBSCRIPTIONS_PER_CONNECTION;
 * messages are at most MAX_BODY_BYTES. Queries and mutations go over HTTP, where budgets apply.
 */
export function mountSubscriptions(
  httpServer: http.Server,
  schema: GraphQLSchema,
  dataSource: DataSource,
  config: Config,
  anonymous: Caller,
  trusted: Map<string, string> | null = null,
): SubscriptionServer {
  ChangeTicker.for(dataSource, config.feedPollMs);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: config.maxBodyBytes });
  const formatError = createFormatError(config.nodeEnv === 'development');
  const states = new WeakMap<object, ConnectionState>();
  const state = (extra: object) => getOrInsert(states, extra, (): ConnectionState => ({}));
  /**
   * A connection is authenticated once, at connect, but may stay open for days (a dashboard, GraphiQL): its token
   * is checked again as often as the token cache forgets, and the socket closed with 4401 once it is revoked, so
   * a revocation ends live subscriptions as soon as it ends requests.
   */
  const watchRevocation = (
    socket: { close(code: number, reason: string): void; once(event: 'close', listener: () => void): unknown },
    header: string,
  ) => {
    const timer = setInterval(() => {
      TokenService.authenticate(dataSource, header, { adminToken: config.adminToken, anonymous }).catch(() => {
        clearInterval(timer);
        socket.close(SubscriptionClose.UNAUTHORIZED, 'Unauthorized: the bearer token was revoked');
      });
    }, TOKEN_CACHE_MS);
    timer.unref();
    socket.once('close', () => clearInterval(timer));
  };
  const cleanup = useServer(
    {
      schema,
      isProd: config.nodeEnv !== 'development',
      async onConnect(ctx) {
        const params = ctx.connectionParams ?? {};
        const header = params.authorization ?? params.Authorization;
        try {
          const caller = await TokenService.authenticate(dataSource, typeof header === 'string' ? header : undefined, {
            adminToken: config.adminToken,
            anonymous,
          });
          requireRole(caller);
          state(ctx.extra).caller = caller;
          if (typeof header === 'string') watchRevocation(ctx.extra.socket, header);
          return true;
        } catch {
          // graphql-ws would close with 4403; say what is wrong instead (a close reason has at most 123 bytes).
          ctx.extra.socket.close(
            SubscriptionClose.UNAUTHORIZED,
            header
              ? 'Unauthorized: the bearer token is not valid'
              : 'Unauthorized: send connectionParams.authorization',
          );
          return false;
        }
      },
      onSubscribe(ctx, id, payload) {
        const caller = state(ctx.extra).caller ?? NOBODY;
        // graphql-ws registers the subscription being started before asking: it is not one of those held.
        const active = Object.keys(ctx.subscriptions).filter((held) => held !== id).length;
        if (active >= config.maxSubscriptionsPerConnection) {
          return [
            socketError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `This connection already holds ${active} subscriptions; at most ${config.maxSubscriptionsPerConnection} are allowed. Complete one or open another connection.`,
              { maxSubscriptions: config.maxSubscriptionsPerConnection },
            ),
          ];
        }
        // PERSISTED_ONLY: the same trusted documents as over HTTP, sent as their text.
        if (trusted && !trusted.has(createHash('sha256').update(payload.query).digest('hex'))) {
          return [
            socketError(
              ErrorCode.PERSISTED_QUERY_REQUIRED,
              'This hub accepts only its trusted operations (PERSISTED_ONLY); subscribe with the text of a trusted document.',
            ),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxLexicalTokens: config.maxQueryTokens });
          checkShape(document, config);
        } catch (error) {
          return [
            error instanceof GraphQLError
              ? error
              : socketError(ErrorCode.QUERY_TOO_COMPLEX, 'The operation could not be checked, so it is refused.'),
          ];
        }
        const invalid = validate(schema, document);
        if (invalid.length) return invalid;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [
            socketError(
              ErrorCode.BAD_USER_INPUT,
              'Only subscriptions are served over WebSocket; send queries and mutations over HTTP (POST or GET /graphql).',
            ),
          ];
        }
        try {
          const cost = operationCost(schema, document, payload.operationName ?? undefined, payload.variables ?? {});
          if (cost !== null && cost > config.maxQueryCost) {
            return [
              socketError(
                ErrorCode.QUERY_TOO_COMPLEX,
                `The operation would cost ${cost}; the limit is ${config.maxQueryCost}. Ask for fewer nested lists.`,
                { cost, limit: config.maxQueryCost },
              ),
            ];
          }
        } catch (error) {
          return [
            error instanceof GraphQLError
              ? error
              : socketError(ErrorCode.QUERY_TOO_COMPLEX, 'The operation could not be costed, so it is refused.'),
          ];
        }
        const contextValue: HubContext = createContext(dataSource, {
          caller,
          suppressionThreshold: config.suppressionThreshold,
        });
        return {
          schema,
          document,
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          contextValue,
        };
      },
      // Execution errors read as they do over HTTP: stable codes, internal ones masked, a request id to quote.
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors?.length) return;
        return {
          ...result,
          errors: result.errors.map((error) =>
            formatError(error instanceof GraphQLError ? error.toJSON() : error, error),
          ),
        };
      },
      onError(_ctx, _id, _payload, errors) {
        logger.warn({ errors: errors.map((e) => e.message) }, 'a subscription was refused');
      },
    },
    wsServer,
  );
  // A message over maxPayload makes ws emit an error and close with 1009 itself; graphql-ws would print the
  // error with console.error. Expected client mistakes are logged as one line instead.
  wsServer.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error: Error & { code?: string }) =>
      logger.warn(
        { code: error.code, message: error.message },
        'a WebSocket connection was closed for a protocol error',
      ),
    );
  });
  return {
    async close() {
      for (const client of wsServer.clients)
        client.close(SubscriptionClose.GOING_AWAY, 'The hub is shutting down; resume with `after`');
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
