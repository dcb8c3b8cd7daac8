/**
 * Conversations in Redis (ioredis), so several bot instances can share them. Each
 * conversation is one hash {version, data}; a save is a Lua compare-and-set that runs
 * atomically on the server, so two instances taking turns on one chat can never both win.
 * Every save refreshes the key's expiry, so idle conversations disappear on their own.
 *
 * Key layout (prefix default `refund-coach:`):
 *   <prefix>conv:<conversation key>   hash {version, data}, PEXPIRE = conversation TTL
 *   <prefix>unsent                    set of conversation keys saved with replies not yet sent,
 *                                     kept in the same atomic write as the record
 *   <prefix>due:<namespace>           sorted set per key namespace ("tg:", "web:"): conversation
 *                                     key by when its earliest follow-up is due, kept in the same
 *                                     atomic write as the record
 *   <prefix>seen:<update id>          "claimed…" EX 60 while taken, "done" EX 86400 once handled
 *                                     (Telegram redelivers for 24 hours at most)
 */
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import type { SaveHints, SeenUpdates, Store, StoredRecord } from '../core/ports';
import { DEFAULT_CONVERSATION_TTL_MS } from './expiry';

export const DEFAULT_REDIS_PREFIX = 'refund-coach:';

/** A key's namespace: up to and including its first colon ("tg:123" → "tg:"), else ''. */
const namespaceOf = (key: string) => key.slice(0, key.indexOf(':') + 1);
/** Seconds a handled update id is remembered: Telegram keeps undelivered updates for a day. */
const SEEN_UPDATE_TTL_SECONDS = 24 * 60 * 60;
/** How long a taken update stays reserved while its instance works on it. */
const CLAIM_LEASE_SECONDS = 60;
/** Long enough for a slow network, short enough that a dead Redis is reported, not awaited. */
const CONNECT_TIMEOUT_MS = 5000;
/**
 * The whole opening, ready check included: connectTimeout only covers the TCP handshake, and
 * something that accepts connections but never answers would otherwise hold the start forever.
 */
const OPEN_TIMEOUT_MS = 10_000;
/**
 * A stalled Redis fails the turn (the person can retry) instead of freezing the chat's queue.
 * A healthy Redis answers in about a millisecond; 2 s keeps a web request that meets a frozen
 * Redis (two rate-limit counts of at most 0.3 s each, then one store call) answered within 5 s,
 * before people give up on it or the server's connections fill up.
 *
 * It bounds each store call from the moment it is made (`answered`), not just each command
 * from when it is written (ioredis's commandTimeout, kept as well, so a command never answered
 * does not stay pending for ever): with auto-pipelining, a command made while the previous
 * pipeline is still out waits for that one first, so a frozen Redis would hold it for two
 * command timeouts.
 */
export const STORE_COMMAND_TIMEOUT_MS = 2000;
/** A command fails after this many reconnect attempts instead of queueing forever. */
const MAX_RETRIES_PER_REQUEST = 3;
const RETRY_DELAY_CAP_MS = 2000;
/**
 * disconnect() only runs when giving up on a connection (close() quits cleanly first); its
 * default 2 s wait for the socket to finish would just delay the exit.
 */
const GIVE_UP_DISCONNECT_MS = 200;

/**
 * KEYS[1] conversation hash, KEYS[2] the set of conversations with unsent replies, KEYS[3] the
 * sorted set of follow-up due times; ARGV[6] the earliest due time ('' = none); ARGV[1]
 * expected version (0 = absent), ARGV[2] data, ARGV[3] TTL in ms, ARGV[4] '1' when the record
 * holds unsent replies, ARGV[5] the conversation key (the set's member). Returns 1 when
 * written, 0 when another writer got there first. An expired key is simply absent, so a new
 * conversation can start in its place. The set changes in the same script, so it never
 * disagrees with the record.
 */
const SAVE_IF_VERSION_LUA = `
local current = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
if current ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'version', current + 1, 'data', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
if ARGV[4] == '1' then redis.call('SADD', KEYS[2], ARGV[5]) else redis.call('SREM', KEYS[2], ARGV[5]) end
if ARGV[6] ~= '' then redis.call('ZADD', KEYS[3], ARGV[6], ARGV[5]) else redis.call('ZREM', KEYS[3], ARGV[5]) end
return 1
`;

/**
 * KEYS[1] seen key; ARGV[1] this instance's owner token; ARGV[2] lease in seconds. A free
 * update is taken; one this instance already holds (a failed turn it is asked for again) is
 * taken again; "done" and another holder's live claim are reported as they are, so the
 * caller can acknowledge the first and refuse the second.
 */
const TAKE_LUA = `
local held = redis.call('GET', KEYS[1])
if not held then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
  return 'mine'
end
if held == 'done' then return 'done' end
if held == ARGV[1] then
  redis.call('EXPIRE', KEYS[1], ARGV[2])
  return 'mine'
end
return 'busy'
`;

/** KEYS[1] seen key; ARGV[1] owner token. Drops the claim only if this instance holds it. */
const RELEASE_LUA = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

interface WithSaveIfVersion {
  saveIfVersion(
    key: string,
    unsentSet: string,
    dueSet: string,
    expectedVersion: number,
    data: string,
    ttlMs: number,
    unsent: string,
    member: string,
    nextDue: string,
  ): Promise<number>;
  takeUpdate(key: string, owner: string, leaseSeconds: number): Promise<'mine' | 'done' | 'busy'>;
  releaseUpdate(key: string, owner: string): Promise<number>;
}

export interface RedisStoreOptions {
  /** Prepended to every key, so several deployments (or tests) can share one Redis. */
  prefix?: string;
  /** Idle time after which a conversation is forgotten. Default: 30 days. */
  ttlMs?: number;
  /** Told about connection trouble after opening (reconnects happen on their own). */
  onError?: (error: Error) => void;
  /** How long opening may take before it is given up (default 10 s). */
  openTimeoutMs?: number;
}

export class RedisStore implements Store, SeenUpdates {
  /** Several instances may share it (see Store.shared). */
  readonly shared = true;
  private readonly redis: Redis & WithSaveIfVersion;
  private readonly prefix: string;
  private readonly ttlMs: number;
  /** Marks this instance's claims, so it can tell its own failed updates from another's. */
  private readonly owner = `claimed:${randomUUID()}`;

  /** Takes a client it then owns (close() quits it); see `RedisStore.connect`. */
  constructor(client: Redis, options: Pick<RedisStoreOptions, 'prefix' | 'ttlMs'> = {}) {
    client.defineCommand('saveIfVersion', { numberOfKeys: 3, lua: SAVE_IF_VERSION_LUA });
    client.defineCommand('takeUpdate', { numberOfKeys: 1, lua: TAKE_LUA });
    client.defineCommand('releaseUpdate', { numberOfKeys: 1, lua: RELEASE_LUA });
    this.redis = client as Redis & WithSaveIfVersion;
    this.prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
    this.ttlMs = Math.max(1, Math.round(options.ttlMs ?? DEFAULT_CONVERSATION_TTL_MS));
  }

  /**
   * Connects to `url` (redis:// or rediss://) and resolves once Redis answers. Rejects with
   * an error naming the host when it cannot be reached, rather than retrying forever.
   */
  static async connect(url: string, options: RedisStoreOptions = {}): Promise<RedisStore> {
    let connected = false;
    const client = new Redis(url, {
      lazyConnect: true,
      // A turn sends a few commands; pipelining them saves a socket write each.
      enableAutoPipelining: true,
      connectTimeout: CONNECT_TIMEOUT_MS,
      maxRetriesPerRequest: MAX_RETRIES_PER_REQUEST,
      commandTimeout: STORE_COMMAND_TIMEOUT_MS,
      disconnectTimeout: GIVE_UP_DISCONNECT_MS,
      // Opening fails on the first refusal (the caller reports it and exits); once running,
      // a lost connection is retried with a capped backoff.
      retryStrategy: (attempt) => (connected ? Math.min(attempt * 200, RETRY_DELAY_CAP_MS) : null),
    });
    let lastError: Error | undefined;
    client.on('error', (error: Error) => {
      lastError = error;
      // Failures while opening become the one error thrown below, not a stream of warnings.
      if (connected) options.onError?.(error);
    });
    const openTimeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
    const opening = client.connect();
    opening.catch(() => undefined); // when the deadline wins, its later failure is expected
    let deadline: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        opening,
        new Promise<never>((_, reject) => {
          deadline = setTimeout(() => reject(new Error(`no answer within ${openTimeoutMs} ms`)), openTimeoutMs);
        }),
      ]);
      connected = true;
    } catch (error) {
      stop(client);
      const reason = lastError?.message ?? (error instanceof Error ? error.message : String(error));
      // Host and port only: the URL may carry a password.
      throw new Error(`could not connect to Redis at ${hostOf(url)}: ${reason}`);
    } finally {
      clearTimeout(deadline);
    }
    return new RedisStore(client, options);
  }

  /** `reply`, or an error once the store's deadline has passed (see STORE_COMMAND_TIMEOUT_MS). */
  private answered<T>(reply: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${STORE_COMMAND_TIMEOUT_MS} ms`)), STORE_COMMAND_TIMEOUT_MS);
    });
    // A reply that comes after the deadline (or fails then) is nobody's business any more.
    reply.catch(() => undefined);
    return Promise.race([reply, late]).finally(() => clearTimeout(timer));
  }

  async load(key: string): Promise<StoredRecord | undefined> {
    const [version, data] = await this.answered(this.redis.hmget(this.conversationKey(key), 'version', 'data'));
    if (version == null || data == null) return undefined;
    return { version: Number(version), data };
  }

  async save(key: string, data: string, expectedVersion: number, hints: SaveHints = {}): Promise<boolean> {
    const unsent = hints.unsent ? '1' : '0';
    const nextDue = hints.nextDue !== undefined ? String(hints.nextDue) : '';
    const written = await this.answered(
      this.redis.saveIfVersion(
        this.conversationKey(key),
        this.unsentKey(),
        this.dueKey(namespaceOf(key)),
        expectedVersion,
        data,
        this.ttlMs,
        unsent,
        key,
        nextDue,
      ),
    );
    return written === 1;
  }

  async delete(key: string): Promise<void> {
    await this.answered(
      this.redis
        .multi()
        .del(this.conversationKey(key))
        .srem(this.unsentKey(), key)
        .zrem(this.dueKey(namespaceOf(key)), key)
        .exec(),
    );
  }

  /** Members whose record expired are dropped on the way (the set has no expiry of its own). */
  async withUnsent(): Promise<string[]> {
    const keys = await this.answered(this.redis.smembers(this.unsentKey()));
    const live: string[] = [];
    for (const key of keys) {
      if ((await this.answered(this.redis.exists(this.conversationKey(key)))) === 1) live.push(key);
      else await this.answered(this.redis.srem(this.unsentKey(), key));
    }
    return live;
  }

  /** Members whose record expired are dropped on the way (the sorted set has no expiry). */
  async dueBy(now: number, limit: number, namespace: string): Promise<string[]> {
    const dueKey = this.dueKey(namespace);
    const keys = await this.answered(this.redis.zrangebyscore(dueKey, '-inf', now, 'LIMIT', 0, limit));
    const live: string[] = [];
    for (const key of keys) {
      if ((await this.answered(this.redis.exists(this.conversationKey(key)))) === 1) live.push(key);
      else await this.answered(this.redis.zrem(dueKey, key));
    }
    return live;
  }

  private dueKey(namespace: string): string {
    return `${this.prefix}due:${namespace}`;
  }

  private unsentKey(): string {
    return `${this.prefix}unsent`;
  }

  /**
   * A short lease, so an update taken by an instance that then died is handed out again
   * when Telegram redelivers it; completing it makes the mark last a day.
   */
  async claim(updateId: number): Promise<boolean> {
    return (await this.answered(this.redis.set(this.seenKey(updateId), 'claimed', 'EX', CLAIM_LEASE_SECONDS, 'NX'))) === 'OK';
  }

  /**
   * Like claim, but says why an update may not be handled: done (acknowledge it) or held by
   * another instance (do not, so Telegram sends it again after that claim lapses).
   */
  async take(updateId: number): Promise<'mine' | 'done' | 'busy'> {
    return this.answered(this.redis.takeUpdate(this.seenKey(updateId), this.owner, CLAIM_LEASE_SECONDS));
  }

  /** Gives up this instance's claim after a failed turn, so any instance can take it at once. */
  async release(updateId: number): Promise<void> {
    await this.answered(this.redis.releaseUpdate(this.seenKey(updateId), this.owner));
  }

  async complete(updateId: number): Promise<void> {
    await this.answered(this.redis.set(this.seenKey(updateId), 'done', 'EX', SEEN_UPDATE_TTL_SECONDS));
  }

  private seenKey(updateId: number): string {
    return `${this.prefix}seen:${updateId}`;
  }

  async close(): Promise<void> {
    // quit() lets pending replies arrive; it fails when the connection is already gone.
    if (this.redis.status !== 'end') await this.redis.quit().catch(() => undefined);
    stop(this.redis);
  }

  /** The Redis key holding a conversation (tests inspect its expiry). */
  conversationKey(key: string): string {
    return `${this.prefix}conv:${key}`;
  }
}

/**
 * Ends a client for good, reconnect attempts included. Skipped once it has ended: disconnect()
 * would then wait out its timer for a socket that is already closed.
 */
function stop(client: Redis): void {
  if (client.status !== 'end') client.disconnect();
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host || 'localhost:6379';
  } catch {
    return 'the configured address';
  }
}
