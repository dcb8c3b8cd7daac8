/**
 * Every store keeps the same promises, because the engine cannot tell them apart: a save
 * wins only against the version it read, /forget leaves nothing, an update id counts once,
 * and a conversation left idle past the TTL is gone. The same suite runs against memory,
 * SQLite and Redis; what only one of them does (pruning, key expiry) is checked after it.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import type { SeenUpdates, Store } from '../src/core/ports';
import { ConfigError, readConfig } from '../src/config';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { MemoryStore } from '../src/stores/memory-store';
import { isStoreUrl, openStore } from '../src/stores/open-store';
import { RedisStore } from '../src/stores/redis-store';
import { SqliteStore } from '../src/stores/sqlite-store';
import { TOKEN, freePort } from './support/emulator';
import { runProgram } from './support/program';
import { describeWithRedis, startRedis, type PrivateRedis } from './support/redis';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One store under test, opened fresh for each test. */
interface Opened {
  store: Store;
  seen: SeenUpdates;
  /** Another handle on the same data, as a second bot instance would have. */
  another(): Promise<Store>;
  /** Lets `ms` of idle time pass, as the store sees it. */
  idle(ms: number): Promise<void>;
  /** Idle time after which this store forgets a conversation. */
  ttlMs: number;
  close(): Promise<void>;
}

function storeContract(name: string, open: () => Promise<Opened>): void {
  describe(`${name} store`, () => {
    let opened: Opened;
    let store: Store;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.close());

    it('gives back what was saved, with the version moving on by one per save', async () => {
      expect(await store.load('tg:1')).toBeUndefined();
      expect(await store.save('tg:1', 'first', 0)).toBe(true);
      expect(await store.load('tg:1')).toEqual({ version: 1, data: 'first' });
      expect(await store.save('tg:1', 'second', 1)).toBe(true);
      expect(await store.load('tg:1')).toEqual({ version: 2, data: 'second' });
      expect(await store.load('tg:2')).toBeUndefined();
    });

    it('refuses a save made on a stale version and keeps the newer data', async () => {
      await store.save('tg:1', 'v1', 0);
      await store.save('tg:1', 'v2', 1);
      expect(await store.save('tg:1', 'from a stale read', 1)).toBe(false);
      expect(await store.save('tg:1', 'thinks it is new', 0)).toBe(false);
      expect(await store.save('tg:1', 'from the future', 7)).toBe(false);
      expect(await store.load('tg:1')).toEqual({ version: 2, data: 'v2' });
    });

    it('forgets a conversation completely on delete, and a new one starts from scratch', async () => {
      await store.save('tg:1', 'secret answers', 0);
      await store.save('tg:2', 'someone else', 0);
      await store.delete('tg:1');
      expect(await store.load('tg:1')).toBeUndefined();
      expect(await store.load('tg:2')).toEqual({ version: 1, data: 'someone else' });
      expect(await store.save('tg:1', 'fresh', 0)).toBe(true);
      expect(await store.load('tg:1')).toEqual({ version: 1, data: 'fresh' });
    });

    it('reports an update id as new once, then never again', async () => {
      expect(await opened.seen.claim(41)).toBe(true);
      expect(await opened.seen.claim(41)).toBe(false);
      expect(await opened.seen.claim(42)).toBe(true);
      expect(await opened.seen.claim(41)).toBe(false);
    });

    it('forgets a conversation left idle past the TTL, and lets a new one start in its place', async () => {
      await store.save('tg:1', 'half-way through', 0);
      await opened.idle(opened.ttlMs + 50);
      expect(await store.load('tg:1')).toBeUndefined();
      expect(await store.save('tg:1', 'stale writer', 1)).toBe(false);
      expect(await store.save('tg:1', 'new conversation', 0)).toBe(true);
      expect(await store.load('tg:1')).toEqual({ version: 1, data: 'new conversation' });
    });

    it('lets exactly one of many concurrent savers win each version', async () => {
      const handles = [store, await opened.another()];
      for (let version = 0; version < 5; version++) {
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, writer) => handles[writer % 2]!.save('tg:race', `writer ${writer} at ${version}`, version)),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results.indexOf(true);
        expect(await store.load('tg:race')).toEqual({ version: version + 1, data: `writer ${winner} at ${version}` });
      }
    });
  });
}

/** A clock the test moves by hand, for the stores that take one. */
function manualClock() {
  let now = Date.UTC(2025, 0, 15, 4);
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

const TTL_MS = 30 * DAY_MS;

storeContract('memory', async () => {
  const clock = manualClock();
  const store = new MemoryStore({ ttlMs: TTL_MS, now: clock.now });
  return {
    store,
    seen: new MemorySeenUpdates(),
    another: async () => store, // one process: every instance shares the object
    idle: async (ms) => clock.advance(ms),
    ttlMs: TTL_MS,
    close: () => store.close(),
  };
});

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-stores-'))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let files = 0;

storeContract('SQLite', async () => {
  const clock = manualClock();
  const file = path.join(tmp, `coach-${++files}.db`);
  const store = new SqliteStore(file, { ttlMs: TTL_MS, now: clock.now });
  const others: SqliteStore[] = [];
  return {
    store,
    // A SQLite file has one owning process; its update claims live there (see open-store).
    seen: new MemorySeenUpdates(),
    another: async () => {
      const other = new SqliteStore(file, { ttlMs: TTL_MS, now: clock.now });
      others.push(other);
      return other;
    },
    idle: async (ms) => clock.advance(ms),
    ttlMs: TTL_MS,
    close: async () => {
      for (const other of others) await other.close();
      await store.close();
    },
  };
});

describe('memory store, sweeping', () => {
  it('drops expired conversations from memory, not only from view', async () => {
    const clock = manualClock();
    const store = new MemoryStore({ ttlMs: DAY_MS, now: clock.now });
    await store.save('tg:old', 'x', 0);
    clock.advance(DAY_MS / 2);
    await store.save('tg:recent', 'y', 0);
    clock.advance(DAY_MS / 2);
    store.sweep();
    expect(store.size).toBe(1);
    expect(await store.load('tg:recent')).toEqual({ version: 1, data: 'y' });
  });
});

describe('SQLite store, pruning', () => {
  it('keeps a conversation saved within the TTL and deletes rows idle past it from the file', async () => {
    const clock = manualClock();
    const file = path.join(tmp, 'prune.db');
    const store = new SqliteStore(file, { ttlMs: DAY_MS, now: clock.now, pruneIntervalMs: 1 });
    await store.save('tg:old', 'x', 0);
    clock.advance(DAY_MS - 1);
    expect(await store.load('tg:old')).toEqual({ version: 1, data: 'x' });
    await store.save('tg:recent', 'y', 0);
    clock.advance(1);
    await store.save('tg:recent', 'z', 1); // the save that triggers a prune
    expect(store.countRows('tg:old')).toBe(0);
    expect(store.countRows('tg:recent')).toBe(1);
    await store.close();
  });

  it('prunes on opening, so a bot restarted after a long pause starts tidy', async () => {
    const clock = manualClock();
    const file = path.join(tmp, 'reopen.db');
    const first = new SqliteStore(file, { ttlMs: DAY_MS, now: clock.now });
    await first.save('tg:old', 'x', 0);
    await first.close();
    clock.advance(2 * DAY_MS);
    const reopened = new SqliteStore(file, { ttlMs: DAY_MS, now: clock.now });
    expect(reopened.countRows('tg:old')).toBe(0);
    await reopened.close();
  });
});

describeWithRedis('with a private redis-server', () => {
  let redis: PrivateRedis;
  let raw: Redis;
  let prefixes = 0;
  const stores: RedisStore[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    raw = new Redis(redis.url);
  }, 20_000);
  afterAll(async () => {
    for (const store of stores) await store.close(); // any a failed test left open
    await raw?.quit();
    await redis?.stop();
  });

  async function redisStore(prefix: string, ttlMs: number): Promise<RedisStore> {
    const store = await RedisStore.connect(redis.url, { prefix, ttlMs });
    stores.push(store);
    return store;
  }

  /** Real time has to pass for Redis, so this suite's TTL is short. */
  const SHORT_TTL_MS = 1000;

  it('a web conversation that expired unvisited leaves the follow-up index when it is next read (the app sweeps it)', async () => {
    const prefix = `test-${++prefixes}:`;
    const store = await redisStore(prefix, SHORT_TTL_MS);
    expect(await store.save('web:gone', '{}', 0, { nextDue: 1 })).toBe(true);
    expect(await store.save('web:alive', '{}', 0, { nextDue: 1 })).toBe(true);
    expect(await raw.zcard(`${prefix}due:web:`)).toBe(2);
    // Keep one alive; wait (for the event, not a time) until the other's record has expired.
    await raw.pexpire(`${prefix}conv:web:alive`, 60_000);
    while ((await raw.exists(`${prefix}conv:web:gone`)) === 1) await new Promise((r) => setTimeout(r, 50));
    expect(await store.dueBy(Date.now(), 100, 'web:')).toEqual(['web:alive']);
    expect(await raw.zrange(`${prefix}due:web:`, 0, -1)).toEqual(['web:alive']);
  }, 10_000);
  storeContract('Redis', async () => {
    const prefix = `test-${++prefixes}:`;
    const store = await redisStore(prefix, SHORT_TTL_MS);
    const others: RedisStore[] = [];
    return {
      store,
      seen: store,
      another: async () => {
        const other = await redisStore(prefix, SHORT_TTL_MS);
        others.push(other);
        return other;
      },
      idle: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      ttlMs: SHORT_TTL_MS,
      close: async () => {
        for (const other of others) await other.close();
        await store.close();
      },
    };
  });

  it('sets the expiry on each save and refreshes it on the next, so only idle chats expire', async () => {
    const store = await redisStore('ttl:', 30 * DAY_MS);
    const key = store.conversationKey('tg:1');
    await store.save('tg:1', 'a', 0);
    const first = await raw.pttl(key);
    expect(first).toBeGreaterThan(29 * DAY_MS);
    expect(first).toBeLessThanOrEqual(30 * DAY_MS);
    await raw.pexpire(key, 60_000); // as if most of the TTL had gone by
    await store.save('tg:1', 'b', 1);
    expect(await raw.pttl(key)).toBeGreaterThan(29 * DAY_MS);
    await store.close();
  });

  it('holds a claim across instances briefly, and a completed update for a day', async () => {
    const one = await redisStore('dedupe:', DAY_MS);
    const two = await redisStore('dedupe:', DAY_MS);
    expect(await one.claim(900)).toBe(true);
    expect(await two.claim(900)).toBe(false);
    // A claim is a short lease: if instance one dies now, a redelivery is handled later.
    const lease = await raw.ttl('dedupe:seen:900');
    expect(lease).toBeGreaterThan(0);
    expect(lease).toBeLessThanOrEqual(60);
    await one.complete(900);
    expect(await two.claim(900)).toBe(false);
    const ttl = await raw.ttl('dedupe:seen:900');
    expect(ttl).toBeGreaterThan(DAY_MS / 1000 - 60);
    expect(ttl).toBeLessThanOrEqual(DAY_MS / 1000);
    await one.close();
    await two.close();
  });

  it('leaves no key about a chat after delete, and keeps prefixes apart', async () => {
    const mine = await redisStore('mine:', DAY_MS);
    const theirs = await redisStore('theirs:', DAY_MS);
    await mine.save('tg:7', 'answers', 0);
    await theirs.save('tg:7', 'other deployment', 0);
    expect(await mine.load('tg:7')).toEqual({ version: 1, data: 'answers' });
    await mine.delete('tg:7');
    expect(await raw.keys('mine:*tg:7*')).toEqual([]);
    expect(await theirs.load('tg:7')).toEqual({ version: 1, data: 'other deployment' });
    await mine.close();
    await theirs.close();
  });

  it('is what STORE_URL=redis://… opens, under the refund-coach: prefix', async () => {
    const { store, seen } = await openStore(redis.url, { ttlMs: DAY_MS });
    expect(await store.save('tg:url', 'x', 0)).toBe(true);
    expect(await seen.claim(1)).toBe(true);
    expect(await raw.exists('refund-coach:conv:tg:url', 'refund-coach:seen:1')).toBe(2);
    await store.close();
  });
});

describe('store settings', () => {
  const telegram = (extra: Record<string, string>) => readConfig({ BOT_TOKEN: TOKEN, ...extra }, []);

  it('keeps idle conversations 30 days unless CONVERSATION_TTL_DAYS says otherwise', () => {
    expect(telegram({})).toMatchObject({ conversationTtlMs: 30 * DAY_MS });
    expect(telegram({ CONVERSATION_TTL_DAYS: '7' })).toMatchObject({ conversationTtlMs: 7 * DAY_MS });
    expect(telegram({ CONVERSATION_TTL_DAYS: '0.5' })).toMatchObject({ conversationTtlMs: DAY_MS / 2 });
  });

  it.each(['0', '-3', 'thirty', '1e9', ' ', '1e-9', '0.001', '0x10'])('rejects CONVERSATION_TTL_DAYS=%p, naming it', (value) => {
    expect(() => telegram({ CONVERSATION_TTL_DAYS: value })).toThrow(ConfigError);
    expect(() => telegram({ CONVERSATION_TTL_DAYS: value })).toThrow(/CONVERSATION_TTL_DAYS/);
  });

  it.each(['0x6D9D', '2.8021e4', '8080.0', '+8080', '0'])('rejects PORT=%p (plain decimal digits only), naming it', (value) => {
    expect(() => telegram({ PORT: value, WEBHOOK_URL: 'https://bot.example/hook', WEBHOOK_SECRET: 's'.repeat(20) })).toThrow(/PORT/);
  });

  it('takes PORT=28061 as written', () => {
    expect(telegram({ PORT: '28061', WEBHOOK_URL: 'https://bot.example/hook', WEBHOOK_SECRET: 's'.repeat(20) })).toMatchObject({ webhook: { port: 28061 } });
  });

  it('accepts redis:// and rediss:// URLs with a host, alongside sqlite: and memory:', () => {
    for (const url of ['redis://127.0.0.1:6379', 'rediss://user:pw@cache.example:6380/2', 'sqlite:./x.db', 'memory:']) {
      expect(isStoreUrl(url)).toBe(true);
    }
    for (const url of ['redis://', 'redis:', 'mysql://x', 'sqlite:', 'http://127.0.0.1:6379']) expect(isStoreUrl(url)).toBe(false);
    expect(() => telegram({ STORE_URL: 'mysql://x' })).toThrow(/STORE_URL must be redis:\/\//);
  });

  it('stops the program with one line naming CONVERSATION_TTL_DAYS and exit code 2', () => {
    const run = runProgram([], { BOT_TOKEN: TOKEN, CONVERSATION_TTL_DAYS: 'forever' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('CONVERSATION_TTL_DAYS')]);
  }, 30_000);

  it('reports an unreachable Redis in one line instead of waiting for it', async () => {
    const port = await freePort(); // nothing listens there
    await expect(openStore(`redis://:hunter2-password@127.0.0.1:${port}`)).rejects.toThrow(new RegExp(`could not connect to Redis at 127\\.0\\.0\\.1:${port}`));
    const run = runProgram([], { BOT_TOKEN: TOKEN, STORE_URL: `redis://:hunter2-password@127.0.0.1:${port}` });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('could not connect to Redis')]);
    expect(run.stderr + run.stdout).not.toContain('hunter2-password');
  }, 30_000);

  it('gives up on a server that accepts connections but never answers', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => void sockets.add(socket)); // takes the connection, says nothing
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      await expect(RedisStore.connect(`redis://127.0.0.1:${port}`, { openTimeoutMs: 300 })).rejects.toThrow(
        /could not connect to Redis at 127\.0\.0\.1:\d+: no answer within 300 ms/,
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('/forget on SQLite leaves no trace on disk', () => {
  const marker = 'ORDERZX9Q7W3K1P';
  const chat = 'tg:777000111';

  /** Every file SQLite keeps for the database: the main file, the WAL and the shared memory. */
  function bytesOnDisk(dir: string): Buffer {
    return Buffer.concat(fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name))));
  }

  it('zeroes the chat key and its answers in the database and the WAL, running and after a clean stop', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forget-'));
    const store = new SqliteStore(path.join(dir, 'coach.db'));
    // Several versions of the conversation, so old copies sit in WAL frames, and neighbours.
    let version = 0;
    for (let i = 0; i < 20; i++) expect(await store.save(chat, JSON.stringify({ orderNumber: marker, turn: i }), version++)).toBe(true);
    for (let i = 0; i < 50; i++) await store.save(`tg:${i}`, JSON.stringify({ someone: 'else', i }), 0);
    expect(bytesOnDisk(dir).includes(marker)).toBe(true);
    await store.delete(chat);
    const running = bytesOnDisk(dir);
    expect({ marker: running.includes(marker), key: running.includes(chat) }).toEqual({ marker: false, key: false });
    await store.close();
    const stopped = bytesOnDisk(dir);
    expect({ marker: stopped.includes(marker), key: stopped.includes(chat) }).toEqual({ marker: false, key: false });
    // The neighbours are still there.
    const reopened = new SqliteStore(path.join(dir, 'coach.db'));
    expect(await reopened.load('tg:7')).toBeDefined();
    await reopened.close();
  });
});
