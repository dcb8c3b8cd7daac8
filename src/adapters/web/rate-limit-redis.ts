/**
 * The Redis client @fastify/rate-limit keeps its counters in when the store is Redis, so every
 * instance behind a load balancer counts the same requests (in memory, each would allow the
 * full limit, and N instances N times it).
 *
 * Settings follow the plugin's advice (ioredis's defaults suit a store, not a limiter): a
 * short connect timeout, one retry per command, and no offline queue, so while Redis is away
 * a count fails at once instead of holding the request until a reconnect. With the plugin's
 * `skipOnError` such a request then goes through (see web-chat-routes.ts).
 */
import Redis from 'ioredis';
import { describeError, type Logger } from '../../index';

/** Beside the store's own keys (`refund-coach:`), apart from them. */
export const RATE_LIMIT_NAMESPACE = 'refund-coach:web-rate:';
export const RATE_LIMIT_CONNECTION = 'refund-coach-web-rate';

export function rateLimitRedis(url: string, logger: Logger): Redis {
  // Named, so CLIENT LIST shows who holds the connection.
  const client = new Redis(url, { connectTimeout: 500, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectionName: RATE_LIMIT_CONNECTION });
  // ioredis reports every failed reconnect: one line when trouble starts, one when it ends.
  let troubled = false;
  client.on('error', (error: unknown) => {
    if (troubled) return;
    troubled = true;
    logger.warn(describeError(error), 'web rate limits: redis unreachable; not limiting until it is back');
  });
  client.on('ready', () => {
    if (!troubled) return;
    troubled = false;
    logger.info({}, 'web rate limits: redis back');
  });
  return client;
}

/** The web chat's rate-limit option for an opened store: its Redis when the store is Redis. */
export function sharedRateLimits(opened: { redisUrl?: string }): { rateLimitRedisUrl?: string } {
  return opened.redisUrl ? { rateLimitRedisUrl: opened.redisUrl } : {};
}
