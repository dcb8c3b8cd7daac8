/**
 * The Redis client @fastify/rate-limit keeps its counters in when the store is Redis, so every
 * instance behind a load balancer counts the same requests (in memory, each would allow the
 * full limit, and N instances N times it).
 *
 * A limiter that cannot answer must not hold the request: with the plugin's `skipOnError` (see
 * web-chat-routes.ts) a count that fails lets the request through, so every count must fail
 * fast. ioredis's defaults suit a store, not a limiter:
 *
 * - `commandTimeout`: a count with no reply within 300 ms fails (Redis frozen, or its host
 *   gone without a reset, keeps the connection open and never answers);
 * - `socketTimeout`: a connection that sends nothing back for a second is dropped, failing
 *   every count waiting on it; while it reconnects (a frozen Redis still completes the TCP
 *   handshake, then never answers the ready check, so this repeats until it is back)…
 * - `enableOfflineQueue: false`: …a count fails at once instead of waiting for a reconnect;
 * - `autoResendUnfulfilledCommands: false`: counts abandoned on a dropped connection are not
 *   sent again later (they would count requests long gone);
 * - a short connect timeout and one retry per command, as the plugin's docs advise.
 *
 * The counters are kept by a store of our own rather than the plugin's built-in one, whose key
 * names read `…undefinedundefined-…` for limiters made outside a route.
 */
import Redis from 'ioredis';
import { describeError, type Logger } from '../../index';

/** Beside the store's own keys (`refund-coach:`), apart from them. */
export const RATE_LIMIT_NAMESPACE = 'refund-coach:web-rate:';
export const RATE_LIMIT_CONNECTION = 'refund-coach-web-rate';

/** A count's deadline: a healthy Redis answers in well under a millisecond. */
export const RATE_LIMIT_COMMAND_TIMEOUT_MS = 300;
/** A connection silent this long while a count waits is dropped (and reconnected). */
const RATE_LIMIT_SOCKET_TIMEOUT_MS = 1000;

export function rateLimitRedis(url: string, logger: Logger): Redis {
  // Named, so CLIENT LIST shows who holds the connection.
  const client = new Redis(url, {
    connectTimeout: 500,
    commandTimeout: RATE_LIMIT_COMMAND_TIMEOUT_MS,
    socketTimeout: RATE_LIMIT_SOCKET_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    connectionName: RATE_LIMIT_CONNECTION,
  });
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

/**
 * KEYS[1] the counter; ARGV[1] the window in ms. Counts one request and returns the count and
 * the window's time left (the window starts with the first request, as the plugin's own does).
 */
const COUNT_LUA = `
local current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {current, ttl}
`;

/** KEYS[1] the counter. Its count and time left, counting nothing. */
const READ_LUA = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then ttl = 0 end
return {current, ttl}
`;

type Counted = (error: Error | null, result?: { current: number; ttl: number }) => void;

interface WithCounts {
  webRateCount(key: string, windowMs: number): Promise<[number, number]>;
  webRateRead(key: string): Promise<[number, number]>;
}

/** What @fastify/rate-limit calls on a store (its `store` option takes the class). */
export interface RateLimitStore {
  incr(key: string, done: Counted, timeWindow: number, max: number): void;
  read(key: string, done: Counted, timeWindow: number, max: number): void;
  child(routeOptions: unknown): RateLimitStore;
}

/**
 * A store class for @fastify/rate-limit's `store` option: counters in `redis` under
 * `namespace` + the limiter's key. Every limiter shares the namespace; the keys the web chat
 * generates already say which limit they count (`ip:`, `c:`, `new:`, `page:`).
 */
export function redisCounterStore(redis: Redis, namespace: string): new (options: unknown) => RateLimitStore {
  if (!(redis as Partial<WithCounts>).webRateCount) {
    redis.defineCommand('webRateCount', { numberOfKeys: 1, lua: COUNT_LUA });
    redis.defineCommand('webRateRead', { numberOfKeys: 1, lua: READ_LUA });
  }
  const client = redis as Redis & WithCounts;
  const settle = (reply: Promise<[number, number]>, done: Counted) =>
    reply.then(
      ([current, ttl]) => done(null, { current: Number(current), ttl: Number(ttl) }),
      (error: Error) => done(error),
    );
  return class RedisCounters implements RateLimitStore {
    incr(key: string, done: Counted, timeWindow: number): void {
      settle(client.webRateCount(namespace + key, timeWindow), done);
    }

    read(key: string, done: Counted): void {
      settle(client.webRateRead(namespace + key), done);
    }

    child(): RateLimitStore {
      return this;
    }
  };
}
