/** Typed settings read once from the environment; every setting has a safe default for local use. */
export interface Config {
  /** `sqlite:<path>` (embedded default) or `postgres://…`. */
  databaseUrl: string;
  port: number;
  /** `development` shows stack traces in errors; anything else masks them. */
  nodeEnv: string;
  /** Seed the database from `seeds/` when it holds no YOT yet. */
  seedOnStart: boolean;
  /** Outcome counts from 1 to this are suppressed (returned as null) in summaries. */
  suppressionThreshold: number;
}

export const DEFAULT_DATABASE_URL = 'sqlite:data/hub.sqlite';

/** Reads settings from `env` (defaults to `process.env`); throws on a value that cannot be used. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
    port: integer(env.PORT, 4000, 'PORT'),
    nodeEnv: env.NODE_ENV?.trim() || 'development',
    seedOnStart: (env.SEED_ON_START ?? 'true').toLowerCase() !== 'false',
    suppressionThreshold: integer(env.SUPPRESSION_THRESHOLD, 5, 'SUPPRESSION_THRESHOLD'),
  };
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
