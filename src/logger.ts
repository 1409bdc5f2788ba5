import pino from 'pino';
import { currentRequestId } from './http/request-context';

/**
 * Structured JSON logs on stdout (one object per line), quiet under tests unless LOG_LEVEL says otherwise.
 * Every line written while a request is served carries its `requestId`.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: { service: 'yj-partnership-hub' },
  mixin: () => {
    const requestId = currentRequestId();
    return requestId ? { requestId } : {};
  },
});
