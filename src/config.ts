/** Typed settings read once from the environment; every setting has a safe default for local use. */
export interface Config {
  /** `sqlite:<path>` (embedded default) or `postgres://…`. */
  databaseUrl: string;
  /** PostgreSQL read replicas (DATABASE_REPLICA_URLS, comma-separated): queries read from them, writes go to the primary. */
  databaseReplicaUrls: string[];
  port: number;
  /** `development` shows stack traces in errors; anything else masks them. */
  nodeEnv: string;
  /** Seed the database from `seeds/` when it holds no YOT yet. */
  seedOnStart: boolean;
  /** Outcome counts from 1 to this are suppressed (returned as null) in summaries. */
  suppressionThreshold: number;
  /** Accepted as an ADMIN bearer token when set (for automation). */
  adminToken: string | undefined;
  /** Role of callers without a token: ANALYST in development, none elsewhere unless set. */
  anonymousRole: string | null;
  /** Most a single operation may cost (list fields cost their page size times their selection). */
  maxQueryCost: number;
  /** Deepest an operation may nest fields. */
  maxQueryDepth: number;
  /** Cost each caller may spend per minute; refilled continuously. */
  costBudgetPerMinute: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Origins allowed by CORS (`*` for any). */
  corsOrigins: string[];
  /** Whether authenticated callers may introspect the schema. */
  introspection: boolean;
  /** On SIGTERM, how long in-flight requests may take to finish before the process exits anyway (ms). */
  shutdownTimeoutMs: number;
}

export const DEFAULT_DATABASE_URL = 'sqlite:data/hub.sqlite';

/** Reads settings from `env` (defaults to `process.env`); throws on a value that cannot be used. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
    databaseReplicaUrls: replicaUrls(env),
    port: integer(env.PORT, 4000, 'PORT'),
    nodeEnv: env.NODE_ENV?.trim() || 'development',
    seedOnStart: (env.SEED_ON_START ?? 'true').toLowerCase() !== 'false',
    suppressionThreshold: integer(env.SUPPRESSION_THRESHOLD, 5, 'SUPPRESSION_THRESHOLD'),
    adminToken: env.HUB_ADMIN_TOKEN?.trim() || undefined,
    anonymousRole: anonymousRole(env),
    maxQueryCost: integer(env.MAX_QUERY_COST, 10_000, 'MAX_QUERY_COST'),
    maxQueryDepth: integer(env.MAX_QUERY_DEPTH, 12, 'MAX_QUERY_DEPTH'),
    costBudgetPerMinute: integer(env.COST_BUDGET_PER_MINUTE, 60_000, 'COST_BUDGET_PER_MINUTE'),
    maxBodyBytes: integer(env.MAX_BODY_BYTES, 1_000_000, 'MAX_BODY_BYTES'),
    corsOrigins: (env.CORS_ORIGINS ?? '*').split(',').map((o) => o.trim()).filter(Boolean),
    introspection: (env.INTROSPECTION ?? 'true').toLowerCase() !== 'false',
    shutdownTimeoutMs: integer(env.SHUTDOWN_TIMEOUT_MS, 15_000, 'SHUTDOWN_TIMEOUT_MS'),
  };
}

/** DATABASE_REPLICA_URLS: PostgreSQL URLs only, and only with a PostgreSQL primary. */
function replicaUrls(env: NodeJS.ProcessEnv): string[] {
  const urls = (env.DATABASE_REPLICA_URLS ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  if (urls.length && !isPostgresUrl(env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL)) {
    throw new Error('DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL (SQLite has no replicas)');
  }
  const bad = urls.find((u) => !isPostgresUrl(u));
  if (bad) throw new Error(`DATABASE_REPLICA_URLS must list postgres:// URLs, got "${bad}"`);
  return urls;
}

/** ANONYMOUS_ROLE, or ANALYST in development and nothing in production; `none` turns it off explicitly. */
function anonymousRole(env: NodeJS.ProcessEnv): string | null {
  const set = env.ANONYMOUS_ROLE?.trim().toUpperCase();
  if (set) return set === 'NONE' ? null : set;
  return (env.NODE_ENV?.trim() || 'development') === 'development' ? 'ANALYST' : null;
}

function integer(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** True when the URL names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}
