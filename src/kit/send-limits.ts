/**
 * Telegram's send limits, kept before each call rather than learned from 429s: about 30
 * messages a second for the whole bot, and about one a second to one chat (short bursts are
 * tolerated). Both are bottleneck limiters; on Redis they are shared by every instance (the
 * limiters' state lives in Redis through bottleneck's ioredis clustering), so two instances
 * together still send at most 30 a second.
 *
 * - global: requests spaced by `minTime` (just over 1000/30 ms), so no second holds more than 30;
 * - per chat: a token bucket (`reservoir`), `chatBurst` at once, then `chatPerSecond` more each
 *   second. Chat limiters are made on first use (a bottleneck Group) and dropped after a
 *   minute idle, in memory and in Redis; their keys carry the chat's one-way hash, not its id.
 *   bottleneck refills on its 250 ms heartbeat, so the pace is kept to within a quarter second.
 *
 * Waiting here is not part of a call's deadline: a reply queued behind the limits is late,
 * not lost.
 */
import Bottleneck from 'bottleneck';
import type Redis from 'ioredis';
import { maskId } from '../core/privacy';

export interface SendLimitSettings {
  globalPerSecond: number;
  chatPerSecond: number;
  /** Messages a chat may get at once before its per-second pace applies. */
  chatBurst: number;
}

export const TELEGRAM_SEND_LIMITS: SendLimitSettings = { globalPerSecond: 30, chatPerSecond: 1, chatBurst: 3 };

/** Idle time after which a chat's limiter (and its Redis keys) are dropped. */
const CHAT_LIMITER_IDLE_MS = 60_000;

export interface SendLimits {
  /** Resolves when one message may go to `chat`, both limits allowing. */
  acquire(chat: number | string): Promise<void>;
  /** Rejects every acquire still waiting (shutting down: those messages stay saved). */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export interface SharedLimits {
  /** A client this module then owns (close() disconnects it); bottleneck adds a subscriber. */
  redis: Redis;
  /** Prefix of the limiters' ids, so deployments sharing a Redis do not share limits. */
  prefix: string;
}

export function createSendLimits(settings: SendLimitSettings = TELEGRAM_SEND_LIMITS, shared?: SharedLimits, onError?: (error: unknown) => void): SendLimits {
  const connection = shared ? new Bottleneck.IORedisConnection({ client: shared.redis }) : undefined;
  const clustering = connection ? { datastore: 'ioredis' as const, connection, clearDatastore: false } : {};
  const prefix = shared?.prefix ?? 'refund-coach:';
  const global = new Bottleneck({
    id: `${prefix}send-global`,
    maxConcurrent: null,
    // One millisecond more than the exact spacing: timer jitter then never fits an extra
    // message into a second.
    minTime: Math.ceil(1000 / settings.globalPerSecond) + 1,
    ...clustering,
  });
  const chats = new Bottleneck.Group({
    id: `${prefix}send-chat`,
    maxConcurrent: null,
    reservoir: settings.chatBurst,
    reservoirIncreaseAmount: 1,
    reservoirIncreaseInterval: Math.ceil(1000 / settings.chatPerSecond),
    reservoirIncreaseMaximum: settings.chatBurst,
    timeout: CHAT_LIMITER_IDLE_MS,
    ...clustering,
  });
  // Redis trouble reaches the limiters as 'error' events; acquire() then rejects and the
  // caller sends without waiting (see TelegramCalls).
  global.on('error', (error) => onError?.(error));
  chats.on('error', (error) => onError?.(error));
  const nothing = () => Promise.resolve();
  return {
    acquire: (chat) => chats.key(maskId(chat)).schedule(() => global.schedule(nothing)),
    async stop() {
      const quietly = (stopping: () => unknown) =>
        Promise.resolve()
          .then(stopping)
          .catch(() => undefined);
      await Promise.all([
        quietly(() => global.stop({ dropWaitingJobs: true })),
        ...chats.limiters().map(({ limiter }) => quietly(() => limiter.stop({ dropWaitingJobs: true }))),
      ]);
    },
    async close() {
      // Some of these return nothing when the connection is shared; any failure is moot on close.
      const quietly = (closing: () => unknown) =>
        Promise.resolve()
          .then(closing)
          .catch(() => undefined);
      await quietly(() => global.disconnect(false));
      await Promise.all(chats.limiters().map(({ limiter }) => quietly(() => limiter.disconnect(false))));
      await quietly(() => connection?.disconnect(false));
    },
  };
}
