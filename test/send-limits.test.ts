/**
 * Issue 10, case 4 (send limits): a global limit (about 30 messages a second) and a per-chat
 * one (about one a second after a short burst), kept as token buckets, and shared by instances on
 * Redis (at the same pace there as in memory). Measured as counts over the recorded send times: no window of a second holds more
 * than the limit allows. Only bounds the limiter guarantees are asserted (timers never fire
 * early), so a slow machine cannot make these fail.
 */
import Redis from 'ioredis';
import { createSendLimits, type SendLimits } from '../src/kit/send-limits';
import { describeWithRedis, startRedis, type PrivateRedis } from './support/redis';

/** The most timestamps found in any window of `windowMs`. */
function busiestWindow(times: number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= windowMs) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

/** Acquires for each chat in turn, all at once; returns when each was allowed. */
async function sendAll(limits: SendLimits[], chats: number[], perChat: number): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    chats.flatMap((chat, c) =>
      Array.from({ length: perChat }, async () => {
        await limits[c % limits.length]!.acquire(chat);
        times.push(Date.now());
      }),
    ),
  );
  return times;
}

/** Runs Jest's clock a millisecond at a time until `work` settles (for tests on fake timers). */
async function onJestClock<T>(work: Promise<T>): Promise<T> {
  let settled = false;
  const watched = work.finally(() => {
    settled = true;
  });
  while (!settled) await jest.advanceTimersByTimeAsync(1);
  return watched;
}

// In memory the limiter keeps time with Date.now() and setTimeout only, so these run on Jest's
// clock: every send is timed exactly where it was let go, however busy the machine is.
describe('send limits', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('global: 90 messages to 30 chats go out at 30 a second at most', async () => {
    const limits = createSendLimits({ globalPerSecond: 30, chatPerSecond: 1, chatBurst: 3 });
    try {
      const started = Date.now();
      const times = await onJestClock(
        sendAll(
          [limits],
          Array.from({ length: 30 }, (_, i) => 80_000 + i),
          3,
        ),
      );
      const busiest = busiestWindow(times);
      const tookMs = Math.max(...times) - started;
      process.stdout.write(`[send-limits] global: 90 messages, busiest second ${busiest}, took ${tookMs} ms\n`);
      expect(times).toHaveLength(90);
      expect(busiest).toBeLessThanOrEqual(30);
      expect(tookMs).toBeGreaterThanOrEqual(89 * 34);
    } finally {
      await limits.close();
    }
  });

  it('a busy moment (the process blocked 200 ms) does not let the sends due meanwhile go out together', async () => {
    // A synchronous advance of Jest's clock fires every timer due in the 200 ms but runs none
    // of their continuations until it returns, exactly as a blocked process does.
    const limits = createSendLimits({ globalPerSecond: 30, chatPerSecond: 1, chatBurst: 3 });
    try {
      const times: number[] = [];
      let done = false;
      const sending = Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          await limits.acquire(85_000 + (i % 20));
          times.push(Date.now());
        }),
      ).then(() => {
        done = true;
      });
      while (times.length < 5) await jest.advanceTimersByTimeAsync(1);
      const fiveOut = times.length;
      jest.advanceTimersByTime(200);
      while (!done) await jest.advanceTimersByTimeAsync(1);
      await sending;
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      process.stdout.write(`[send-limits] after a 200 ms block: 40 messages, closest two ${Math.min(...gaps)} ms apart\n`);
      expect(fiveOut).toBe(5);
      expect(times).toHaveLength(40);
      // The block really held sends back: some were let go only after it.
      expect(times.filter((t) => t - times[0]! >= 200).length).toBeGreaterThan(0);
      // 1000 / 30 ms between any two, never less.
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(34);
      expect(busiestWindow(times)).toBeLessThanOrEqual(30);
    } finally {
      await limits.close();
    }
  });

  it('per chat: a burst of 3, then the chat pace (at most 10 a second here, to keep the test short)', async () => {
    const limits = createSendLimits({ globalPerSecond: 1000, chatPerSecond: 10, chatBurst: 3 });
    try {
      const started = Date.now();
      const times = await onJestClock(sendAll([limits], [81_000], 13));
      const offsets = times.map((t) => t - started).sort((a, b) => a - b);
      process.stdout.write(`[send-limits] one chat: 13 messages at ${offsets.join(', ')} ms; busiest 100 ms ${busiestWindow(times, 100)}\n`);
      // The burst goes at once; the other 10 wait for the bucket to refill, one per 100 ms
      // at the most (bottleneck refills on a 250 ms heartbeat, so slower here).
      expect(offsets.at(-1)! - offsets[0]!).toBeGreaterThanOrEqual(950);
      expect(busiestWindow(times, 1000)).toBeLessThanOrEqual(3 + 10);
    } finally {
      await limits.close();
    }
  });

  it('another chat is not slowed by a chat at its limit', async () => {
    const limits = createSendLimits({ globalPerSecond: 1000, chatPerSecond: 1, chatBurst: 3 });
    try {
      const busy = sendAll([limits], [82_000], 6); // three wait for seconds
      await jest.advanceTimersByTimeAsync(50);
      const started = Date.now();
      await onJestClock(limits.acquire(82_001));
      const waitedMs = Date.now() - started;
      process.stdout.write(`[send-limits] other chat waited ${waitedMs} ms while one chat was at its limit\n`);
      // At most the global pace (1 ms here), never the seconds the busy chat waits.
      expect(waitedMs).toBeLessThanOrEqual(2);
      await onJestClock(busy);
    } finally {
      await limits.close();
    }
  });
});

describeWithRedis('send limits shared on Redis', () => {
  let redis: PrivateRedis;

  beforeAll(async () => {
    redis = await startRedis();
  });

  afterAll(async () => {
    await redis?.stop();
  });

  it('per chat on Redis: the same pace as in memory (issue 24: not on a 5-second heartbeat grid)', async () => {
    const settings = { globalPerSecond: 1000, chatPerSecond: 10, chatBurst: 3 };
    const prefix = `limits-chat-${Date.now()}:`;
    const a = createSendLimits(settings, { redis: new Redis(redis.url), prefix });
    const b = createSendLimits(settings, { redis: new Redis(redis.url), prefix });
    try {
      const started = Date.now();
      const times = await sendAll([a, b], [84_000], 13);
      const offsets = times.map((t) => t - started).sort((x, y) => x - y);
      process.stdout.write(`[send-limits] one chat on Redis, two instances: 13 messages at ${offsets.join(', ')} ms\n`);
      // As in memory: the burst at once, then one every 100 ms (plus its margin), never sooner.
      expect(offsets.at(-1)! - offsets[0]!).toBeGreaterThanOrEqual(950);
      expect(busiestWindow(times, 1000)).toBeLessThanOrEqual(3 + 10);
      // bottleneck's clustering looked at waiting sends every 5 s: the last went out after 5 s.
      expect(offsets.at(-1)!).toBeLessThan(3000);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 30_000);

  it('two instances together send at 30 a second at most', async () => {
    const prefix = `limits-test-${Date.now()}:`;
    const a = createSendLimits({ globalPerSecond: 30, chatPerSecond: 1, chatBurst: 3 }, { redis: new Redis(redis.url), prefix });
    const b = createSendLimits({ globalPerSecond: 30, chatPerSecond: 1, chatBurst: 3 }, { redis: new Redis(redis.url), prefix });
    try {
      const started = Date.now();
      const times = await sendAll(
        [a, b],
        Array.from({ length: 30 }, (_, i) => 83_000 + i),
        2,
      );
      const busiest = busiestWindow(times);
      const tookMs = Math.max(...times) - started;
      process.stdout.write(`[send-limits] two instances on Redis: 60 messages, busiest second ${busiest}, took ${tookMs} ms\n`);
      expect(times).toHaveLength(60);
      // Redis spaces the grants; each instance hears of its own a few milliseconds later,
      // which can bring one message of the next second into a window measured here.
      expect(busiest).toBeLessThanOrEqual(31);
      expect(tookMs).toBeGreaterThanOrEqual(59 * 34 - 50);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 30_000);
});
