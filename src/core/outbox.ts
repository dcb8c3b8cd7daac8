/**
 * The outbox: a turn's reply saved in the same write as the state it follows from, until the
 * adapter confirms it went out. An entry is declared output only (the state whose question
 * followed and what the turn said, as keys), so it stays small and renders in the chat's
 * language whenever it is sent.
 */
import type { Say } from '../../machines';
import type { ProductSet } from './products';
import type { Envelope, OutboxEntry } from './envelope';
import { renderReply, type Reply } from './reply';

/**
 * Unsent replies kept per conversation. Past this, the oldest are dropped: a person who sent
 * this many messages while none could be answered needs the latest questions, not all of them.
 */
export const OUTBOX_KEPT = 20;

/** An unsent reply read back from the outbox (after a failed send or a restart). */
export interface UnsentReply {
  outboxId: number;
  reply: Reply;
}

/**
 * The envelope with what the turn said added as a new outbox entry. Its id follows the stored
 * outbox's last, including entries this write drops as sent, so an id confirmed sent is never
 * given to a new entry while it may still be remembered.
 */
export function withOutboxEntry(
  envelope: Envelope,
  said: Say[][],
  stored: readonly OutboxEntry[] | undefined,
  extra: Partial<OutboxEntry> = {},
): { envelope: Envelope; outboxId: number } {
  const last = Math.max(envelope.outbox?.at(-1)?.n ?? 0, stored?.at(-1)?.n ?? 0);
  const entry: OutboxEntry = {
    n: last + 1,
    t: envelope.turn,
    v: envelope.snapshot.value,
    s: said,
    ...(envelope.pending ? { c: envelope.pending } : {}),
    ...extra,
  };
  return { envelope: { ...envelope, outbox: [...(envelope.outbox ?? []), entry].slice(-OUTBOX_KEPT) }, outboxId: entry.n };
}

/** The envelope without the entries of these ids; undefined when none of them is there. */
export function withoutEntries(envelope: Envelope, ids: ReadonlySet<number>): Envelope | undefined {
  if (!envelope.outbox?.some((e) => ids.has(e.n))) return undefined;
  return { ...envelope, outbox: envelope.outbox.filter((e) => !ids.has(e.n)) };
}

/**
 * An outbox entry as the reply it was: the question of the state it recorded, with the
 * conversation's case file as it is now (it only ever gains answers) and its language.
 */
export function renderEntry(envelope: Envelope, entry: OutboxEntry, products: ProductSet): Reply {
  let snapshot = envelope.snapshot;
  try {
    snapshot = products.machine(envelope.product).resolveState({ value: entry.v as never, context: envelope.snapshot.context });
  } catch {
    // A state this machine no longer has: ask the current question instead.
  }
  const { pending: _current, ...rest } = envelope;
  // Named as it was when the turn was taken: the entry that first named a law names it again.
  const then: Envelope = { ...rest, snapshot, turn: entry.t, named: entry.m ?? [], ...(entry.c ? { pending: entry.c } : {}) };
  return { ...renderReply(then, entry.s, true, entry.f ? { followUp: entry.f } : {}, products), outboxId: entry.n };
}

/** Every unsent reply of the conversation, oldest first. */
export function unsentReplies(envelope: Envelope, products: ProductSet): UnsentReply[] {
  return (envelope.outbox ?? []).map((entry) => ({ outboxId: entry.n, reply: renderEntry(envelope, entry, products) }));
}
