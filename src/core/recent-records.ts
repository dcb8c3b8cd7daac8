/**
 * The records an engine decoded or saved lately, so a record read back unchanged is not
 * JSON-parsed and resolved into a snapshot again. A turn reads its conversation, and with the
 * outbox the sender reads it again straight after to send the reply; both used to decode it.
 *
 * An entry is used only when the stored text is exactly the text it was made from, so it can
 * never stand for a record another process (or a /forget) changed. That is sound because the
 * envelope is a function of that text: an envelope kept from a save is the one the text was
 * encoded from, and the stored form holds only what decoding it gives back (the machine has no
 * history states, final states, timers or children; see machines/coach.machine.ts). Envelopes
 * and replies kept here are shared, so nothing may change them in place; nothing does.
 *
 * Bounded, least recently used out first: at about 2.2 KB an entry (measured: a decoded
 * record of 800 bytes), the engine's 2,048 hold under 5 MB.
 */
import type { Envelope } from './envelope';

export interface RecentRecord<R> {
  data: string;
  envelope: Envelope;
  /** The reply of the turn that saved this text, as the outbox entry `reply.outboxId` renders. */
  reply?: R;
}

export class RecentRecords<R> {
  private readonly entries = new Map<string, RecentRecord<R>>();

  constructor(private readonly capacity: number) {}

  /** The entry for `key` made from exactly `data`, if there is one. */
  get(key: string, data: string): RecentRecord<R> | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.data !== data) return undefined;
    // Most recently used last, so eviction takes the oldest first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** The reply kept with the entry for `key` made from `data`, handed out once. */
  takeReply(key: string, data: string): R | undefined {
    const entry = this.get(key, data);
    const reply = entry?.reply;
    if (entry) entry.reply = undefined;
    return reply;
  }

  set(key: string, entry: RecentRecord<R>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
