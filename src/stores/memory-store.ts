import type { SaveHints, Store, StoredRecord } from '../core/ports';
import { DEFAULT_CONVERSATION_TTL_MS, type ExpiryOptions } from './expiry';

interface Entry extends StoredRecord {
  savedAt: number;
  unsent: boolean;
  nextDue?: number;
}

/** Saves between full sweeps; expired entries are also dropped whenever they are looked up. */
const SWEEP_EVERY_SAVES = 1000;

/** Keeps conversations in this process only: for the terminal chat and tests. */
export class MemoryStore implements Store {
  private readonly records = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly now: () => number;
  private savesSinceSweep = 0;

  constructor(options: ExpiryOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_CONVERSATION_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  async load(key: string): Promise<StoredRecord | undefined> {
    const entry = this.live(key);
    return entry && { version: entry.version, data: entry.data };
  }

  async save(key: string, data: string, expectedVersion: number, hints: SaveHints = {}): Promise<boolean> {
    const current = this.live(key)?.version ?? 0;
    if (current !== expectedVersion) return false;
    this.records.set(key, {
      version: current + 1,
      data,
      savedAt: this.now(),
      unsent: hints.unsent === true,
      ...(hints.nextDue !== undefined ? { nextDue: hints.nextDue } : {}),
    });
    if (++this.savesSinceSweep >= SWEEP_EVERY_SAVES) this.sweep();
    return true;
  }

  async delete(key: string): Promise<void> {
    this.records.delete(key);
  }

  async close(): Promise<void> {}

  async withUnsent(): Promise<string[]> {
    return [...this.records].filter(([key, entry]) => entry.unsent && this.live(key)).map(([key]) => key);
  }

  async dueBy(now: number, limit: number, namespace: string): Promise<string[]> {
    return [...this.records]
      .filter(([key, entry]) => key.startsWith(namespace) && entry.nextDue !== undefined && entry.nextDue <= now && this.live(key))
      .sort(([, a], [, b]) => a.nextDue! - b.nextDue!)
      .slice(0, limit)
      .map(([key]) => key);
  }

  /** How many conversations are held, expired ones included until swept (tests check /forget with it). */
  get size(): number {
    return this.records.size;
  }

  /** Drops every expired conversation now (otherwise it happens every 1000 saves). */
  sweep(): void {
    this.savesSinceSweep = 0;
    for (const [key, entry] of this.records) if (this.expired(entry)) this.records.delete(key);
  }

  /** The entry for `key` unless it has expired; an expired one is dropped on the way. */
  private live(key: string): Entry | undefined {
    const entry = this.records.get(key);
    if (entry && this.expired(entry)) {
      this.records.delete(key);
      return undefined;
    }
    return entry;
  }

  private expired(entry: Entry): boolean {
    return this.now() - entry.savedAt >= this.ttlMs;
  }
}
