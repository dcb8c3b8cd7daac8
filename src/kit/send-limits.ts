/**
 * Telegram's send limits, kept before each call rather than learned from 429s: about 30
 * messages a second for the whole bot, and about one a second to one chat (short bursts are
 * tolerated).
 *
 * Each limit is a token bucket kept as one number, its "theoretical arrival time" (GCRA): a
 * send asks for the earliest time the bucket allows, books it, and waits until then. In
 * memory the number lives in a Map; on Redis, shared by every instance, in a key updated by
 * one script with Redis's own clock, so two instances together still send at most 30 a
 * second and one a second to a chat. Both compute the same thing, to the millisecond, with no
 * timer or heartbeat: on Redis a send goes out when it may, as in memory. (The limits were
 * bottleneck's before; on Redis its waiting sends were only looked at on its 5-second
 * clustering heartbeat, so sends landed on a 5-second grid.)
 *
 * - global: one send per `1000 / globalPerSecond` ms (plus 1 ms, so timer jitter never fits
 *   an extra message into a second);
 * - per chat: `chatBurst` at once, then `chatPerSecond` a second; a chat's bucket is spaced by
 *   2.5% more than the exact pace for the same reason. The chat's send is booked first; if the
 *   global limit then holds it back, the chat's bucket is moved along by the delay, so the chat
 *   never gets two sends closer than its pace allows. Chat keys carry the chat's one-way hash,
 *   not its id, and expire once their bucket is full again.
 *
 * Waiting here is not part of a call's deadline: a reply queued behind the limits is late,
 * not lost.
 */
import type Redis from 'ioredis';
import { maskId } from '../core/privacy';

export interface SendLimitSettings {
  globalPerSecond: number;
  chatPerSecond: number;
  /** Messages a chat may get at once before its per-second pace applies. */
  chatBurst: number;
}

export const TELEGRAM_SEND_LIMITS: SendLimitSettings = { globalPerSecond: 30, chatPerSecond: 1, chatBurst: 3 };

export interface SendLimits {
  /** Resolves when one message may go to `chat`, both limits allowing. */
  acquire(chat: number | string): Promise<void>;
  /** Rejects every acquire still waiting (shutting down: those messages stay saved). */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export interface SharedLimits {
  /** A client this module then owns (close() disconnects it). */
  redis: Redis;
  /** Prefix of the limits' keys, so deployments sharing a Redis do not share limits. */
  prefix: string;
}

/** A bucket: `intervalMs` between sends, `burst` at once. */
interface Bucket {
  intervalMs: number;
  burst: number;
}

/** Where buckets are kept: books the earliest send a bucket allows, in ms from now. */
interface Buckets {
  book(key: string, bucket: Bucket): Promise<number>;
  /** Moves a booked bucket along by `delayMs` (its send went out that much later). */
  delay(key: string, bucket: Bucket, delayMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Buckets kept in this process. */
class MemoryBuckets implements Buckets {
  /** Theoretical arrival time per key (ms since epoch); a key past it is a full bucket. */
  private readonly tat = new Map<string, number>();

  async book(key: string, { intervalMs, burst }: Bucket): Promise<number> {
    const now = Date.now();
    const tat = Math.max(this.tat.get(key) ?? now, now);
    const at = Math.max(now, tat - (burst - 1) * intervalMs);
    this.tat.set(key, Math.max(tat, at) + intervalMs);
    if (this.tat.size > 10_000) this.sweep(now);
    return at - now;
  }

  async delay(key: string, _bucket: Bucket, delayMs: number): Promise<void> {
    const tat = this.tat.get(key);
    if (tat !== undefined) this.tat.set(key, tat + delayMs);
  }

  async close(): Promise<void> {}

  /** Drops full buckets (memory stays bounded by the chats sent to in the last seconds). */
  private sweep(now: number): void {
    for (const [key, tat] of this.tat) if (tat <= now) this.tat.delete(key);
  }
}

/**
 * KEYS[1]: the bucket; ARGV: interval (ms), burst, and (for a delay) the ms to move it by.
 * Returns the ms from now (Redis's clock) to the booked send. The key expires once full.
 */
const BOOK_SCRIPT = `
if redis.replicate_commands then redis.replicate_commands() end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local delay = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local at = 0
if delay > 0 then
  tat = tat + delay
else
  at = math.max(now, tat - (burst - 1) * interval)
  tat = math.max(tat, at) + interval
end
redis.call('SET', KEYS[1], tat, 'PX', tat - now + 1000)
return at > 0 and at - now or 0
`;

type BookingClient = Redis & { sendLimitBook(key: string, intervalMs: number, burst: number, delayMs: number): Promise<number> };

/** Buckets kept in Redis, shared by every instance using the same prefix. */
class RedisBuckets implements Buckets {
  private readonly client: BookingClient;

  constructor(redis: Redis) {
    redis.defineCommand('sendLimitBook', { numberOfKeys: 1, lua: BOOK_SCRIPT });
    this.client = redis as BookingClient;
  }

  async book(key: string, { intervalMs, burst }: Bucket): Promise<number> {
    return Number(await this.client.sendLimitBook(key, intervalMs, burst, 0));
  }

  async delay(key: string, { intervalMs, burst }: Bucket, delayMs: number): Promise<void> {
    await this.client.sendLimitBook(key, intervalMs, burst, Math.ceil(delayMs));
  }

  async close(): Promise<void> {
    this.client.disconnect(false);
  }
}

/** A chat's send held back this much longer than booked by the global limit moves the chat's bucket. */
const DELAY_WORTH_NOTING_MS = 5;

export function createSendLimits(settings: SendLimitSettings = TELEGRAM_SEND_LIMITS, shared?: SharedLimits, onError?: (error: unknown) => void): SendLimits {
  // Redis trouble: acquire() rejects and the caller sends without waiting (see TelegramCalls).
  if (shared && onError) shared.redis.on('error', onError);
  const buckets: Buckets = shared ? new RedisBuckets(shared.redis) : new MemoryBuckets();
  // A hash tag keeps every key in one slot on a Redis Cluster.
  const prefix = `${shared?.prefix ?? 'refund-coach:'}{send-limits}:`;
  const global: Bucket = { intervalMs: Math.ceil(1000 / settings.globalPerSecond) + 1, burst: 1 };
  const chat: Bucket = { intervalMs: Math.ceil((1000 / settings.chatPerSecond) * 1.025), burst: Math.max(1, settings.chatBurst) };
  const waiting = new Set<{ timer: NodeJS.Timeout; reject: (error: Error) => void }>();
  let stopped = false;
  /** When this process last let a send go (ms since epoch). */
  let lastGlobalSend = 0;

  function wait(ms: number): Promise<void> {
    if (stopped) return Promise.reject(new Error('send limits stopped'));
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const entry = {
        timer: setTimeout(() => {
          waiting.delete(entry);
          resolve();
        }, ms),
        reject,
      };
      waiting.add(entry);
    });
  }

  return {
    async acquire(to) {
      const chatKey = `${prefix}chat:${maskId(to)}`;
      await wait(await buckets.book(chatKey, chat));
      const bookedAt = Date.now();
      await wait(await buckets.book(`${prefix}global`, global));
      // A timer can fire late on a busy machine while the next fires on time, which would put
      // two sends closer than the pace: each send here also keeps the pace from the last one
      // this process let go (31 in a second were seen under load without it).
      for (let gap = lastGlobalSend + global.intervalMs - Date.now(); gap > 0; gap = lastGlobalSend + global.intervalMs - Date.now()) await wait(gap);
      lastGlobalSend = Date.now();
      const heldBack = Date.now() - bookedAt;
      if (heldBack > DELAY_WORTH_NOTING_MS) await buckets.delay(chatKey, chat, heldBack);
    },
    async stop() {
      stopped = true;
      for (const entry of waiting) {
        clearTimeout(entry.timer);
        entry.reject(new Error('send limits stopped'));
      }
      waiting.clear();
    },
    async close() {
      stopped = true;
      for (const entry of waiting) clearTimeout(entry.timer);
      waiting.clear();
      await buckets.close().catch(() => undefined);
    },
  };
}
