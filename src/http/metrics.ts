import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { getOrInsert } from '../collections';

/** The hub's Prometheus metrics: one registry per server, so tests and several servers in a process do not clash. */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'hub_graphql_requests_total',
    help: 'GraphQL operations answered, by known operation name (other for the rest) and outcome (ok or error).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'hub_graphql_errors_total',
    help: 'Errors in GraphQL responses, by known operation name (other for the rest) and error code.',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'hub_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response, by known operation name (other for the rest).',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /**
   * `known` maps the hash of each trusted document to its operation name (`knownOperations`): only those names
   * become label values, so callers can neither crowd the series out nor write their own text into them.
   */
  constructor(
    dataSource: DataSource,
    private readonly known: ReadonlyMap<string, string> = new Map(),
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'hub_' });
    new Gauge({
      name: 'hub_db_pool_connections',
      help: 'Database connections by state: total, idle and waiting clients (PostgreSQL pool); SQLite has one writer connection.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = poolOf(dataSource);
        if (!pool) {
          this.set({ state: 'total' }, dataSource.isInitialized ? 1 : 0);
          return;
        }
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }

  /** Apollo plugin counting each operation, its errors and its latency. */
  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const started = performance.now();
        return {
          willSendResponse: async ({ response, queryHash }) => {
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            this.observe(queryHash, errors, started);
          },
        };
      },
    };
  }

  /** Counts one operation (named by the hash of its text), its errors and its latency since `started` (performance.now()). */
  observe(queryHash: string | undefined, errors: readonly GraphQLFormattedError[] | undefined, started: number): void {
    const operation = (queryHash && this.known.get(queryHash)) || 'other';
    this.durations(operation).observe((performance.now() - started) / 1000);
    this.outcomes(operation, errors?.length ? 'error' : 'ok').inc();
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- error codes are strings; String() only guards a malformed one
    for (const error of errors ?? []) this.errors.inc({ operation, code: String(error.extensions?.code ?? 'UNKNOWN') });
  }

  /**
   * Labelled children, kept per label values (a bounded set: the known operations and `other`): prom-client
   * hashes the labels on every call otherwise, a visible share of a small request (issue 16).
   */
  private readonly timers = new Map<string, { observe(seconds: number): void }>();
  private readonly counters = new Map<string, { inc(): void }>();

  private durations(operation: string): { observe(seconds: number): void } {
    return getOrInsert(this.timers, operation, () => this.duration.labels({ operation }));
  }

  private outcomes(operation: string, outcome: 'ok' | 'error'): { inc(): void } {
    return getOrInsert(this.counters, `${outcome}:${operation}`, () => this.requests.labels({ operation, outcome }));
  }

  /**
   * `GET /metrics` in Prometheus's text format, for a caller `allowed` admits (a bearer METRICS_TOKEN or admin
   * token; everyone on the separate METRICS_PORT listener); 401 with a Bearer challenge otherwise.
   */
  handler(allowed: (authorization: string | undefined) => Promise<boolean> | boolean = () => true): RequestHandler {
    return async (req, res) => {
      if (!(await allowed(req.headers.authorization))) {
        res
          .status(401)
          .setHeader(
            'WWW-Authenticate',
            req.headers.authorization ? 'Bearer realm="hub", error="invalid_token"' : 'Bearer realm="hub"',
          );
        res
          .type('text/plain')
          .send('Send the metrics token: Authorization: Bearer <METRICS_TOKEN or an admin token>.\n');
        return;
      }
      res.setHeader('Content-Type', this.registry.contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.send(await this.registry.metrics());
    };
  }
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The pg pool behind a PostgreSQL DataSource (TypeORM keeps it on its driver), or null for SQLite. */
function poolOf(dataSource: DataSource): PgPool | null {
  if (dataSource.options.type !== 'postgres') return null;
  return (dataSource.driver as unknown as { master?: PgPool }).master ?? null;
}
