import type { Store, StoredRecord } from '../core/ports';

/** Keeps conversations in this process only: for the terminal chat and tests. */
export class MemoryStore implements Store {
  private readonly records = new Map<string, StoredRecord>();

  async load(key: string): Promise<StoredRecord | undefined> {
    return this.records.get(key);
  }

  async save(key: string, data: string, expectedVersion: number): Promise<boolean> {
    const current = this.records.get(key)?.version ?? 0;
    if (current !== expectedVersion) return false;
    this.records.set(key, { version: current + 1, data });
    return true;
  }

  async delete(key: string): Promise<void> {
    this.records.delete(key);
  }

  async close(): Promise<void> {}

  /** How many conversations are held (tests check /forget with it). */
  get size(): number {
    return this.records.size;
  }
}
