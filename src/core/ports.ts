/**
 * What the engine needs from the outside world, as small interfaces. Implementations live in
 * src/stores/ (and in tests); the engine never knows which one it has.
 */

/** A stored conversation and the store's version counter for compare-and-set. */
export interface StoredRecord {
  version: number;
  data: string;
}

export interface Store {
  load(key: string): Promise<StoredRecord | undefined>;
  /**
   * Writes `data` only if the stored version is still `expectedVersion` (0 = nothing stored).
   * Returns false when another writer got there first; the caller then redoes its turn.
   */
  save(key: string, data: string, expectedVersion: number, hints?: SaveHints): Promise<boolean>;
  /** Removes everything stored for the key (used by /forget). */
  delete(key: string): Promise<void>;
  close(): Promise<void>;
  /**
   * Keys of conversations saved with unsent replies (`hints.unsent`), so a restarted process
   * finds them without reading every record. Optional: without it, replies left unsent by a
   * crash go out only when the chat is next active.
   */
  withUnsent?(): Promise<string[]>;
  /**
   * Keys starting with `namespace` (e.g. "tg:") of conversations with a follow-up due at or
   * before `now` (`hints.nextDue`), earliest first, at most `limit`. Each adapter asks for its
   * own: a web conversation's follow-ups wait for its next visit, and must not crowd out the
   * bot's. Optional: a store without it has no follow-ups pushed.
   */
  dueBy?(now: number, limit: number, namespace: string): Promise<string[]>;
  /**
   * True when other processes may write these records too (Redis, shared by instances). An
   * engine then writes the removal of a sent reply at once instead of folding it into the
   * chat's next write: another process may take that turn, and it cannot know of a removal
   * remembered only here.
   */
  readonly shared?: boolean;
}

/** What the store may index about a record it saves (the record itself stays opaque). */
export interface SaveHints {
  /** The record holds replies not yet sent (an outbox). */
  unsent?: boolean;
  /**
   * When the record's earliest follow-up is due (epoch ms); absent when it has none. Indexed
   * in the same write as the record, so a follow-up is never lost or orphaned by a crash.
   */
  nextDue?: number;
}

/**
 * Which Telegram updates are taken, so an update delivered twice (a retried webhook, a second
 * instance) is handled once. A claim becomes permanent (for a day: Telegram redelivers nothing
 * older) only when the update is completed; the claim of an update whose process died first
 * lapses, so a redelivery after a crash is handled, not lost. The engine's per-chat record of
 * applied updates then keeps the same input from being applied twice.
 */
export interface SeenUpdates {
  /** True if this caller may handle the update: nobody completed it or holds a live claim. */
  claim(updateId: number): Promise<boolean>;
  /** The update is handled: never hand it out again. */
  complete(updateId: number): Promise<void>;
}

export interface Logger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
  /**
   * Detail for finding a problem (LOG_LEVEL=debug): present only while such lines are kept,
   * so a caller can skip the work that would only feed them (`if (logger.debug) …`). Optional,
   * so a logger written for info/warn/error still fits.
   */
  debug?(fields: Record<string, unknown>, message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
