/**
 * Chooses where conversations live from STORE_URL: `redis://…` / `rediss://…` (several
 * instances can share it), `sqlite:PATH` (relative or absolute) or `memory:`. Each also
 * remembers handled Telegram update ids, and forgets conversations idle longer than the TTL.
 */
import type { Logger, SeenUpdates, Store } from '../core/ports';
import { silentLogger } from '../core/ports';
import { describeError } from '../logging';
import { MemorySeenUpdates } from './memory-seen-updates';
import { MemoryStore } from './memory-store';
import { RedisStore } from './redis-store';
import { SqliteStore } from './sqlite-store';

export const DEFAULT_STORE_URL = 'sqlite:./data/refund-coach.db';
export { DEFAULT_CONVERSATION_TTL_DAYS } from './expiry';

/**
 * STORE_URL names a store that cannot be used as it is (a SQLite path that is a directory, not
 * a database, or not writable): a setting to fix, so the program exits 2 with this one line.
 */
export class UnusableStoreError extends Error {}

/** What config says about each accepted form (the text of its error). */
export const STORE_URL_FORMS = 'redis://HOST:PORT, rediss://HOST:PORT, sqlite:PATH or memory:';

export interface OpenedStore {
  store: Store;
  seen: SeenUpdates;
  /**
   * The Redis URL when the store is Redis: the one answer to "are we on Redis?", so the web
   * rate limits, the send limits and the follow-up queue share what the store shares.
   */
  redisUrl?: string;
}

export interface OpenStoreOptions {
  /** Idle time after which a conversation is forgotten (CONVERSATION_TTL_DAYS). */
  ttlMs?: number;
  /** Hears about Redis connection trouble after start (it reconnects on its own). */
  logger?: Logger;
}

/** True when `url` names a store this build can open (config checks it before start). */
export function isStoreUrl(url: string): boolean {
  if (url === 'memory:' || /^sqlite:.+/.test(url)) return true;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'redis:' || parsed.protocol === 'rediss:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** Opens the store; for Redis, resolves once it answers and rejects if it cannot be reached. */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<OpenedStore> {
  const { ttlMs } = options;
  if (url === 'memory:') return { store: new MemoryStore({ ttlMs }), seen: new MemorySeenUpdates() };
  if (url.startsWith('redis:') || url.startsWith('rediss:')) {
    const logger = options.logger ?? silentLogger;
    const redis = await RedisStore.connect(url, {
      ttlMs,
      onError: (error) => logger.warn(describeError(error), 'redis connection trouble; retrying'),
    });
    return { store: redis, seen: redis, redisUrl: url };
  }
  // One process owns a SQLite file, so its claims live in that process.
  const file = url.slice('sqlite:'.length);
  try {
    return { store: new SqliteStore(file, { ttlMs }), seen: new MemorySeenUpdates() };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    throw new UnusableStoreError(`STORE_URL names a SQLite file that cannot be used (${file.replace(/\s+/g, ' ')}): ${reason}`);
  }
}
