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
  save(key: string, data: string, expectedVersion: number): Promise<boolean>;
  /** Removes everything stored for the key (used by /forget). */
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Remembers which Telegram update ids were handled, so a redelivered update (after a crash,
 * or a retried webhook) is handled once. Entries may expire after a day: Telegram does not
 * redeliver older updates.
 */
export interface SeenUpdates {
  /** True the first time an id is offered, false ever after. */
  firstSeen(updateId: number): Promise<boolean>;
}

export interface Logger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
