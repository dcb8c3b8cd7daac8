import type { SeenUpdates } from '../core/ports';

/**
 * Recent update ids in this process. Telegram delivers ids in increasing order, so only a
 * window of the latest ones needs keeping; the window bounds memory.
 */
export class MemorySeenUpdates implements SeenUpdates {
  /** Update id → the number of the claim that added it. */
  private readonly seen = new Map<number, number>();
  /**
   * Claims in order (id and claim number), oldest at `head`. Not a Set's insertion order:
   * taking the first of a Set (values().next()) walks over the slots of every id deleted
   * before it until the Set is rebuilt, which made each claim cost more than it should. An
   * entry whose id was released (and maybe claimed again) since is skipped.
   */
  private ids: number[] = [];
  private numbers: number[] = [];
  private head = 0;
  private claims = 0;

  constructor(private readonly window = 10_000) {}

  /** In one process a claim never outlives its holder, so a claim is final at once. */
  async claim(updateId: number): Promise<boolean> {
    if (this.seen.has(updateId)) return false;
    this.claims++;
    this.seen.set(updateId, this.claims);
    this.ids.push(updateId);
    this.numbers.push(this.claims);
    while (this.seen.size > this.window) {
      const id = this.ids[this.head]!;
      if (this.seen.get(id) === this.numbers[this.head]) this.seen.delete(id);
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.ids.length) {
      this.ids = this.ids.slice(this.head);
      this.numbers = this.numbers.slice(this.head);
      this.head = 0;
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
