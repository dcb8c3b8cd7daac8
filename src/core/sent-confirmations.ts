/**
 * Outbox replies confirmed sent whose removal is not yet written (see Engine.sent). Writing
 * each removal on its own was a second full write per turn; instead the chat's next write
 * drops them, and a chat that goes quiet has them written by a sweep.
 *
 * The window: a removal is written at most WINDOW_MS after the reply was confirmed sent (the
 * sweep runs every half window and writes marks at least half a window old), plus the time
 * the chat's queue and the write take. A process that dies inside that window leaves those
 * replies in the outbox, and the next process sends them again: at most the last second or
 * so of replies per chat are repeated after a crash, never lost. A clean stop writes them all
 * first (Engine.idle).
 */

/** Longest time a confirmed removal waits to be written (see above). */
export const SENT_WRITE_WINDOW_MS = 1000;

interface Mark {
  /** Outbox id → when it was confirmed sent (Date.now()). */
  ids: Map<number, number>;
  /** A write of these marks is queued or running. */
  writing: boolean;
}

export class SentConfirmations {
  private readonly marks = new Map<string, Mark>();
  private timer?: NodeJS.Timeout;
  private lastSweep = Date.now();

  /** `write(conversations)` queues the removals of those conversations' marks. */
  constructor(
    private readonly write: (conversations: string[]) => void,
    private readonly windowMs = SENT_WRITE_WINDOW_MS,
  ) {}

  add(conversation: string, outboxIds: readonly number[]): void {
    const now = Date.now();
    let mark = this.marks.get(conversation);
    if (!mark) this.marks.set(conversation, (mark = { ids: new Map(), writing: false }));
    for (const id of outboxIds) if (!mark.ids.has(id)) mark.ids.set(id, now);
    // A busy process can run on promise continuations for a long while without its timers
    // firing (nothing waits on I/O with SQLite), so confirmations also drive the sweep.
    if (now - this.lastSweep >= this.windowMs / 2) this.sweep(now);
    else this.arm();
  }

  /** Outbox ids of the conversation confirmed sent and not yet removed from its record. */
  of(conversation: string): ReadonlySet<number> | undefined {
    const mark = this.marks.get(conversation);
    return mark && new Set(mark.ids.keys());
  }

  /** Whether any of `outboxIds` is marked (cheap check before a copy). */
  hasAny(conversation: string): boolean {
    return (this.marks.get(conversation)?.ids.size ?? 0) > 0;
  }

  /** These ids are gone from the record (written, or the conversation is gone). */
  written(conversation: string, outboxIds: Iterable<number>): void {
    const mark = this.marks.get(conversation);
    if (!mark) return;
    for (const id of outboxIds) mark.ids.delete(id);
    if (mark.ids.size === 0) this.marks.delete(conversation);
  }

  /** A queued write of the conversation's marks has finished (done or failed). */
  settled(conversation: string): void {
    const mark = this.marks.get(conversation);
    if (mark) mark.writing = false;
  }

  forget(conversation: string): void {
    this.marks.delete(conversation);
  }

  /** Every conversation with marks, for writing them all now (a clean stop). */
  all(): string[] {
    return this.take(() => true);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    const due = this.take((mark) => [...mark.ids.values()].some((at) => now - at >= this.windowMs / 2));
    if (due.length > 0) this.write(due);
    this.arm();
  }

  /** Conversations whose marks `pick` chooses and that have no write queued, now marked as writing. */
  private take(pick: (mark: Mark) => boolean): string[] {
    const chosen: string[] = [];
    for (const [conversation, mark] of this.marks) {
      if (mark.writing || !pick(mark)) continue;
      mark.writing = true;
      chosen.push(conversation);
    }
    return chosen;
  }

  /** A timer for when nothing else drives the sweep (a quiet process); it keeps no process alive. */
  private arm(): void {
    if (this.timer || this.marks.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sweep(Date.now());
    }, this.windowMs / 2);
    this.timer.unref();
  }
}
