import pino from 'pino';

/** Structured JSON logs on stdout (one object per line), quiet under tests unless LOG_LEVEL says otherwise. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: { service: 'yj-partnership-hub' },
});
