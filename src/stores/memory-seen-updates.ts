import type { SeenUpdates } from '../core/ports';

/**
 * Recent update ids in this process. Telegram delivers ids in increasing order, so only a
 * window of the latest ones needs keeping; the window bounds memory.
 */
export class MemorySeenUpdates implements SeenUpdates {
  private readonly seen = new Set<number>();

  constructor(private readonly window = 10_000) {}

  /** In one process a claim never outlives its holder, so a claim is final at once. */
  async claim(updateId: number): Promise<boolean> {
    if (this.seen.has(updateId)) return false;
    this.seen.add(updateId);
    if (this.seen.size > this.window) {
      // Sets iterate in insertion order: the first entry is the oldest.
      this.seen.delete(this.seen.values().next().value as number);
    }
    return true;
  }

  async complete(): Promise<void> {}

  /** In one process, an update it does not hold in flight is either done or free. */
  async take(updateId: number): Promise<'mine' | 'done'> {
    return (await this.claim(updateId)) ? 'mine' : 'done';
  }

  /** A failed update is forgotten, so its redelivery (or the next poll) is handled. */
  async release(updateId: number): Promise<void> {
    this.seen.delete(updateId);
  }
}
