/**
 * Two instances of the Telegram bot (two engines, two coach bots, two BullmqFollowUps, each
 * with its own Redis connections) on one private redis-server, delivering through a fake Bot
 * API: 80 chats with a follow-up due are each reminded exactly once, however the two
 * instances' sweeps and workers race. A person who blocked the bot (403) has all their
 * follow-ups dropped, with nothing left in the store. /forget leaves no key naming the chat
 * in Redis (and no member in the due/unsent sets), and no row in SQLite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { Engine } from '../../src/core/engine';
import { createCoachBot, TELEGRAM_NAMESPACE, type CoachBot } from '../../src/adapters/telegram/coach-bot';
import { silentLogger, type Store } from '../../src/core/ports';
import { BullmqFollowUps } from '../../src/follow-ups/bullmq-follow-ups';
import { PollingFollowUps } from '../../src/follow-ups/polling-follow-ups';
import { DEFAULT_REDIS_PREFIX } from '../../src/stores/redis-store';
import { openStore } from '../../src/stores/open-store';
import { SqliteStore } from '../../src/stores/sqlite-store';
import { MemorySeenUpdates } from '../../src/stores/memory-seen-updates';
import { translatorFor } from '../../src/i18n';
import { TOKEN } from '../support/emulator';
import { textUpdate } from '../support/fake-telegram';
import { waitFor } from '../support/program';
import { describeWithRedis, startRedis, type PrivateRedis } from '../support/redis';
import { FakeBotApi, unescapeHtml } from './support/fake-bot-api';
import { BOT_INFO, CountingMetrics, TestClock } from './support/follow-up-bot';
import { china, dueOf, seed } from './support/seed';

const t = translatorFor('en');
const WINDOW_TEXT = t('followUp.due.window');
const RENEWAL_TEXT = t('followUp.due.renewal');
const chatIds = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);
const conv = (chatId: number) => `tg:${chatId}`;

function countIn(api: FakeBotApi, text: string, chats: number[]): number[] {
  return chats.map((chatId) => api.textsTo(chatId).filter((m) => unescapeHtml(m).includes(text)).length);
}

interface Instance {
  engine: Engine;
  coach: CoachBot;
  runner: BullmqFollowUps;
  metrics: CountingMetrics;
  close(): Promise<void>;
}

async function startInstance(redisUrl: string, apiRoot: string, clock: TestClock): Promise<Instance> {
  const { store, seen } = await openStore(redisUrl);
  const metrics = new CountingMetrics();
  const engine = new Engine({ store, now: clock.now, outbox: true, followUps: 'deliver', onFollowUpScheduled: (kind) => metrics.count('scheduled', kind) });
  const coach = createCoachBot({
    token: TOKEN,
    engine,
    seen,
    logger: silentLogger,
    apiRoot,
    botInfo: BOT_INFO,
    sendBackoff: { minBackoffMs: 50, maxBackoffMs: 200 },
  });
  const runner = new BullmqFollowUps(
    { engine, namespace: TELEGRAM_NAMESPACE, deliver: (c, reply) => coach.deliverFollowUp(c, reply), logger: silentLogger, metrics },
    { redisUrl, prefix: DEFAULT_REDIS_PREFIX, intervalMs: 100 },
  );
  await runner.start();
  return {
    engine,
    coach,
    runner,
    metrics,
    async close() {
      await runner.stop();
      await coach.idle();
      coach.stop();
      await engine.idle();
      await store.close();
    },
  };
}

/** Every key in Redis whose name mentions the chat id, and the sets holding it as a member. */
async function tracesInRedis(raw: Redis, chatId: number): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await raw.scan(cursor, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      if (key.includes(String(chatId))) found.push(key);
      const type = await raw.type(key);
      if (type === 'zset' && (await raw.zscore(key, conv(chatId))) !== null) found.push(`${key} ∋ ${conv(chatId)}`);
      if (type === 'set' && (await raw.sismember(key, conv(chatId)))) found.push(`${key} ∋ ${conv(chatId)}`);
      if (type === 'hash' && JSON.stringify(await raw.hgetall(key)).includes(String(chatId))) found.push(`${key} (hash value)`);
      if (type === 'string' && String(await raw.get(key)).includes(conv(chatId))) found.push(`${key} (value)`);
    }
  } while (cursor !== '0');
  return found;
}

describeWithRedis('follow-ups with two instances on one Redis (BullMQ)', () => {
  let redis: PrivateRedis;
  let raw: Redis;
  let api: FakeBotApi;
  let apiRoot: string;

  beforeEach(async () => {
    redis = await startRedis();
    raw = new Redis(redis.url);
    api = new FakeBotApi({ sendDelayMs: () => Math.floor(Math.random() * 5) });
    apiRoot = await api.start();
  });

  afterEach(async () => {
    await raw.quit();
    await api.stop();
    await redis.stop();
  });

  it("80 chats with a follow-up due: each reminded exactly once; a blocked person's follow-ups are dropped; /forget leaves no trace", async () => {
    const due = chatIds(9000, 80);
    const blocked = chatIds(9200, 5);
    const forgetting = 9300;
    {
      const { store } = await openStore(redis.url);
      await seed(store, due.map(conv), 'window'); // due Mon 30 Nov 10:00
      // Review check-in (Wed 2 Dec) and renewal reminder (Fri 27 Nov): two follow-ups each.
      await seed(store, [...blocked, forgetting].map(conv), 'windowReviewRenewal');
      for (const c of blocked) expect((await dueOf(store, conv(c))).map((d) => d.kind).sort()).toEqual(['renewal', 'review']);
      await store.close();
    }
    for (const c of blocked) api.blocked.add(c);
    const clock = new TestClock(china('2026-11-26T15:00'));
    const a = await startInstance(redis.url, apiRoot, clock);
    const b = await startInstance(redis.url, apiRoot, clock);
    const started = Date.now();
    try {
      // Nothing is due yet: the sweeps find nothing.
      await new Promise((r) => setTimeout(r, 300));
      expect(api.sent).toEqual([]);

      // Mon 30 Nov, 12:00 China time: both instances sweep (their schedulers, and by hand at once).
      clock.set(china('2026-11-30T12:00'));
      await Promise.all([a.runner.sweep(), b.runner.sweep(), a.runner.sweep(), b.runner.sweep()]);
      await waitFor(
        () =>
          countIn(api, WINDOW_TEXT, due).every((c) => c > 0) &&
          countIn(api, RENEWAL_TEXT, [forgetting])[0]! > 0 &&
          blocked.every((c) => (api.refused.get(c) ?? 0) > 0),
        30_000,
      );
      // Keep sweeping a while: nothing more may come.
      for (let i = 0; i < 5; i++) {
        await Promise.all([a.runner.sweep(), b.runner.sweep()]);
        await new Promise((r) => setTimeout(r, 100));
      }
      await waitFor(async () => {
        const { store } = await openStore(redis.url);
        try {
          for (const c of [...due, ...blocked]) if ((await dueOf(store, conv(c))).length > 0) return false;
          return (await raw.scard(`${DEFAULT_REDIS_PREFIX}unsent`)) === 0;
        } finally {
          await store.close();
        }
      }, 10_000);

      const counts = countIn(api, WINDOW_TEXT, due);
      const sentBy = { a: a.metrics.counts.sent, b: b.metrics.counts.sent };
      const lost = counts.filter((c) => c === 0).length;
      const doubled = counts.reduce((n, c) => n + Math.max(0, c - 1), 0);
      process.stdout.write(
        `[follow-ups two instances] ${Date.now() - started} ms: scheduled ${due.length} (+${blocked.length * 2} for blocked people, +2 for /forget), delivered ${counts.filter((c) => c > 0).length} ` +
          `(instance A ${sentBy.a}, B ${sentBy.b}), lost ${lost}, doubled ${doubled}; blocked: ${blocked.length} people, 403s ${[...api.refused.values()].reduce((x, y) => x + y, 0)}\n`,
      );
      expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
      expect(sentBy.a + sentBy.b).toBe(due.length + blocked.length + 1);

      // Blocked: nothing reached them, and their other follow-up (the review check-in) is gone too.
      for (const c of blocked) expect(api.textsTo(c)).toEqual([]);
      const { store } = await openStore(redis.url);
      try {
        for (const c of blocked) {
          expect(await dueOf(store, conv(c))).toEqual([]);
          expect(await raw.zscore(`${DEFAULT_REDIS_PREFIX}due:${TELEGRAM_NAMESPACE}`, conv(c))).toBeNull();
          expect(await raw.sismember(`${DEFAULT_REDIS_PREFIX}unsent`, conv(c))).toBe(0);
        }
        // Much later, nothing more is due for them.
        expect(await store.dueBy!(china('2027-06-01T12:00'), 100, TELEGRAM_NAMESPACE)).not.toEqual(expect.arrayContaining(blocked.map(conv)));

        // /forget, with the review check-in still scheduled and a renewal reminder just sent.
        expect((await dueOf(store, conv(forgetting))).map((d) => d.kind)).toEqual(['review']);
        expect(await tracesInRedis(raw, forgetting)).not.toEqual([]);
        expect(await a.coach.handle(textUpdate(forgetting, '/forget') as never)).toBe('done');
        await a.coach.idle();
        expect(unescapeHtml(api.textsTo(forgetting).at(-1)!)).toContain(t('engine:forgotten'));
        await new Promise((r) => setTimeout(r, 300)); // a sweep or two
        expect(await tracesInRedis(raw, forgetting)).toEqual([]);
        expect(await store.load(conv(forgetting))).toBeUndefined();
      } finally {
        await store.close();
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 50_000);
});

describe('/forget on SQLite', () => {
  it('leaves no row, and no follow-up due, for the chat', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-fu-forget-'));
    const api = new FakeBotApi();
    const apiRoot = await api.start();
    const store: Store & SqliteStore = new SqliteStore(path.join(dir, 'coach.db'));
    try {
      await seed(store, [conv(9400), conv(9401)], 'windowReviewRenewal');
      const clock = new TestClock(china('2026-11-26T15:00'));
      const engine = new Engine({ store, now: clock.now, outbox: true, followUps: 'deliver' });
      const coach = createCoachBot({ token: TOKEN, engine, seen: new MemorySeenUpdates(), logger: silentLogger, apiRoot, botInfo: BOT_INFO });
      const runner = new PollingFollowUps(
        { engine, namespace: TELEGRAM_NAMESPACE, deliver: (c, r) => coach.deliverFollowUp(c, r), logger: silentLogger, metrics: new CountingMetrics() },
        50,
      );
      expect(store.countRows(conv(9400))).toBe(1);
      expect((await dueOf(store, conv(9400))).length).toBe(2);
      expect(await coach.handle(textUpdate(9400, '/forget') as never)).toBe('done');
      await coach.idle();
      expect(unescapeHtml(api.textsTo(9400).at(-1)!)).toContain(t('engine:forgotten'));
      expect(store.countRows(conv(9400))).toBe(0);
      // Long after every time it had: nothing is due for the forgotten chat, and nothing arrives.
      clock.set(china('2027-01-15T12:00'));
      const dueNow = await store.dueBy(clock.now(), 100, TELEGRAM_NAMESPACE);
      expect(dueNow).toEqual([conv(9401)]);
      await runner.tick();
      await coach.idle();
      expect(api.textsTo(9400).filter((m) => unescapeHtml(m).includes('⏰'))).toEqual([]);
      expect(api.textsTo(9401).some((m) => unescapeHtml(m).includes(RENEWAL_TEXT))).toBe(true);
      process.stdout.write(
        `[follow-ups forget SQLite] scheduled 4, forgotten chat: rows 0, delivered to it 0; other chat delivered ${api.textsTo(9401).length > 0 ? 1 : 0}\n`,
      );
      coach.stop();
      await engine.idle();
    } finally {
      await store.close();
      await api.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
