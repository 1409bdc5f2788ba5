import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** Operation names become label values: only plain names, and at most this many, so labels stay bounded. */
const MAX_OPERATION_NAMES = 200;
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The hub's Prometheus metrics: one registry per server, so tests and several servers in a process do not clash. */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly requests = new Counter({
    name: 'hub_graphql_requests_total',
    help: 'GraphQL operations answered, by operation name and outcome (ok or error).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'hub_graphql_errors_total',
    help: 'Errors in GraphQL responses, by operation name and error code.',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'hub_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
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
      requestDidStart: async ({ request }) => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ response, operationName }) => {
            const operation = this.label(operationName ?? request.operationName);
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            this.duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
            this.requests.inc({ operation, outcome: errors.length ? 'error' : 'ok' });
            for (const error of errors) this.errors.inc({ operation, code: String(error.extensions?.code ?? 'UNKNOWN') });
          },
        };
      },
    };
  }

  /** `GET /metrics` in Prometheus's text format. */
  handler(): RequestHandler {
    return async (_req, res) => {
      res.setHeader('Content-Type', this.registry.contentType);
      res.send(await this.registry.metrics());
    };
  }

  private label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!PLAIN_NAME.test(name)) return 'invalid';
    if (!this.names.has(name)) {
      if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
      this.names.add(name);
    }
    return name;
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
  return ((dataSource.driver as unknown as { master?: PgPool }).master ?? null) as PgPool | null;
}
