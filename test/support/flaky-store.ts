import type { Store, StoredRecord } from '../../src/core/ports';
import { MemoryStore } from '../../src/stores/memory-store';

/** A store that can be switched off, as a Redis that went away or a disk that filled up. */
export class FlakyStore implements Store {
  down = false;
  constructor(readonly inner = new MemoryStore()) {}
  private check(): void {
    if (this.down) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  }
  async load(key: string): Promise<StoredRecord | undefined> {
    this.check();
    return this.inner.load(key);
  }
  async save(key: string, data: string, expectedVersion: number): Promise<boolean> {
    this.check();
    return this.inner.save(key, data, expectedVersion);
  }
  async delete(key: string): Promise<void> {
    this.check();
    await this.inner.delete(key);
  }
  async close(): Promise<void> {}
}
