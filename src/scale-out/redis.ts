import Redis, { RedisOptions } from 'ioredis';
import { logger } from '../logger';

/**
 * A Redis connection for state shared by the hub's processes (REDIS_URL). Commands fail at once while Redis is
 * unreachable (no offline queue, one attempt, a short timeout) so a request never waits on it; callers fall back
 * as their module says. The client reconnects by itself.
 */
export function openRedis(url: string, role: string, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    ...options,
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error, role }, 'Redis unreachable; shared state falls back (README "Scale-out over Redis")');
  });
  redis.on('ready', () => {
    if (down) logger.info({ role }, 'Redis reachable again');
    down = false;
  });
  return redis;
}
