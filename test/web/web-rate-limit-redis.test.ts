/**
 * The web chat's rate limits on Redis (STORE_URL redis://…): two instances on one Redis count
 * the same requests, so a visitor gets the limit once, not once per instance; and when that
 * Redis is unreachable, requests go through rather than fail (skipOnError).
 */
import Redis from 'ioredis';
import type { FastifyInstance } from 'fastify';
import { buildHttpApp } from '../../src/http/server';
import { webChatRoutes } from '../../src/adapters/web/web-chat-routes';
import { maskId } from '../../src/core/privacy';
import { sharedRateLimits } from '../../src/adapters/web/rate-limit-redis';
import { createCoach } from '../../src/index';
import { MemoryStore } from '../../src/stores/memory-store';
import { silentLogger } from '../../src/core/ports';
import { recordingLogger } from '../support/fake-telegram';
import { waitFor } from '../support/program';
import { describeWithRedis, startRedis, type PrivateRedis } from '../support/redis';

const HEADER = { 'x-refund-coach': '1' };

describeWithRedis('web chat rate limits shared on Redis', () => {
  let redis: PrivateRedis;
  let admin: Redis;
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    admin = new Redis(redis.url);
  }, 20_000);

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    admin?.disconnect();
    await redis?.stop();
  });

  /** One instance of the web chat (its own coach and memory), counting in the shared Redis. */
  async function instance(logger = silentLogger): Promise<FastifyInstance> {
    const coach = createCoach({ store: new MemoryStore() });
    const app = buildHttpApp({
      logger,
      routes: [webChatRoutes({ coach, cookieMaxAgeMs: 60_000, logger, limits: { perIp: 3 }, ...sharedRateLimits({ redisUrl: redis.url }) })],
    });
    await app.ready();
    apps.push(app);
    return app;
  }

  let probes = 0;
  /**
   * Until the instance counts in Redis: before its client is ready a count is skipped, not
   * queued. A probe from an address of its own leaves the test's address uncounted.
   */
  async function counting(app: FastifyInstance): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const probe = await app.inject({ method: 'GET', url: '/api/conversation', headers: HEADER, remoteAddress: `10.0.0.${++probes}` });
      if (probe.headers['x-ratelimit-remaining'] === '2') return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the rate limits never counted in Redis');
  }

  const turn = (app: FastifyInstance) => app.inject({ method: 'POST', url: '/api/turn', headers: HEADER, payload: { text: '/start' } });

  it('counts one visitor across two instances: the limit holds in total, not per instance', async () => {
    expect(sharedRateLimits({})).toEqual({});
    const [a, b] = [await instance(), await instance()];
    await counting(a);
    await counting(b);
    const codes = [];
    for (const app of [a, b, a, b]) codes.push((await turn(app)).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    expect((await turn(a)).statusCode).toBe(429);
    // The counters live under the coach's prefix, beside its conversations.
    expect((await admin.keys('refund-coach:web-rate:*')).length).toBeGreaterThan(0);
  }, 20_000);

  it('names a conversation’s counter by a keyed hash of its id, never the id itself', async () => {
    await admin.flushall();
    const app = await instance();
    await counting(app);
    const first = await turn(app);
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    const id = cookie.split('=')[1]!.split('.')[0]!;
    await app.inject({ method: 'POST', url: '/api/turn', headers: { ...HEADER, cookie }, payload: { text: 'hello' } });
    const keys = (await admin.keys('refund-coach:web-rate:*')).join(' ');
    expect(id.length).toBeGreaterThan(16);
    expect(keys).toContain(`c:${maskId(id)}`);
    expect(keys).not.toContain(id);
  }, 20_000);

  it('lets people through when the limiter’s Redis is down, and says so once in the log', async () => {
    await admin.flushall();
    const { logger, lines } = recordingLogger();
    const app = await instance(logger);
    // Counting means the client is ready. (Under load its first ready check may time out, which is
    // logged and ends with "redis back" before this: a trouble of its own, not this outage's.)
    await counting(app);
    const before = lines.length;
    const unreachable = () => lines.slice(before).filter((l) => l.message.startsWith('web rate limits: redis unreachable'));
    await redis.stop();
    // Whether or not the client has noticed yet, a count fails (at once, or at its deadline).
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await turn(app)).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 200]);
    // The outage is logged when the client notices it, once however many counts failed.
    await waitFor(() => unreachable().length > 0, 15_000);
    for (let i = 0; i < 3; i++) await turn(app);
    expect(unreachable()).toHaveLength(1);
  }, 20_000);
});
