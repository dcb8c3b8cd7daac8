/**
 * How a conversation is stored: the machine version it was made with, a turn counter that
 * buttons carry (to spot stale presses), the snapshot's state value and case file, and a
 * typed reading waiting for a yes ("Do you mean …?"). Nothing else: no rendered text, no
 * transcript.
 *
 * The outbox (`out`) was added the same way: records without it have nothing unsent, and an
 * older build reading a record with one drops it (those replies are then not sent again).
 *
 * The held reading was added without a format change: it is an optional field, so records
 * written before it read as "nothing held", and a record holding one read by an older build
 * simply asks its question again.
 */
import { FOLLOW_UP_KINDS, isLang, MACHINE_VERSION, type CoachSnapshot, type FollowUpKind, type Say } from '../../machines';
import { builtInProducts, LEGACY_PRODUCT, type ProductSet } from './products';

/**
 * A turn's reply not yet confirmed sent (the outbox), saved in the same write as the state the
 * turn made. Declared output only: the state whose question followed and what the turn said,
 * as text keys and variables, so an entry stays small and renders in the chat's language.
 */
export interface OutboxEntry {
  /** Sequence number within the conversation (the sender removes entries by it). */
  n: number;
  /** The turn marker the reply's buttons carry. */
  t: number;
  /** The machine state whose question the reply asks. */
  v: unknown;
  /** What the turn said before the question. */
  s: Say[][];
  /** A held reading: the reply asks "Do you mean …?" instead of the question. */
  c?: string;
  /** The reply is this follow-up arriving: it carries "stop reminding me". */
  f?: FollowUpKind;
  /** Long-named laws the conversation had named in full before this reply (see Envelope.named). */
  m?: string[];
}

/** A follow-up the machine declared, with the instant it goes out (China time rules applied). */
export interface ScheduledFollowUp {
  kind: FollowUpKind;
  at: number;
  /** Its first time, when it was moved on (quiet hours, one a day): how late it is counts from here. */
  since?: number;
}

export interface Envelope {
  machineVersion: number;
  /** The product the conversation is about (see ProductSet); its machine made `snapshot`. */
  product: string;
  turn: number;
  snapshot: CoachSnapshot;
  /**
   * Ids of the latest updates applied to this conversation, saved with it atomically, so an
   * update redelivered after a crash is recognised even if it was applied just before.
   */
  applied: number[];
  /**
   * A choice id understood from typed text but not yet taken: the coach asked "Do you mean
   * <choice>?" and waits for yes or no. Applied only on a yes.
   */
  pending?: string;
  /** Replies saved with the state and not yet sent (oldest first); absent = none. */
  outbox?: OutboxEntry[];
  /** Follow-ups waiting for their time, one per kind; absent = none. */
  due?: ScheduledFollowUp[];
  /** China date a follow-up last went out (one a day at most). */
  lastFollowUpOn?: string;
  /**
   * Long-named laws already named in full to this conversation (`mentions` in the texts): a
   * later reply uses the short form. Absent in older records: the next mention names it again.
   */
  named?: string[];
}

interface StoredShape {
  v: number;
  /** The product; absent in records saved before products were values (read as 黑卡). */
  p?: string;
  turn: number;
  value: unknown;
  context: unknown;
  applied?: number[];
  pending?: string;
  out?: OutboxEntry[];
  due?: ScheduledFollowUp[];
  fu?: string;
  nm?: string[];
}

export function encodeEnvelope(envelope: Envelope): string {
  const stored: StoredShape = {
    v: envelope.machineVersion,
    p: envelope.product,
    turn: envelope.turn,
    value: envelope.snapshot.value,
    context: envelope.snapshot.context,
    ...(envelope.applied.length > 0 ? { applied: envelope.applied } : {}),
    ...(envelope.pending ? { pending: envelope.pending } : {}),
    ...(envelope.outbox && envelope.outbox.length > 0 ? { out: envelope.outbox } : {}),
    ...(envelope.due && envelope.due.length > 0 ? { due: envelope.due } : {}),
    ...(envelope.lastFollowUpOn ? { fu: envelope.lastFollowUpOn } : {}),
    ...(envelope.named && envelope.named.length > 0 ? { nm: envelope.named } : {}),
  };
  return JSON.stringify(stored);
}

/**
 * Reads a stored conversation back. Returns undefined when it cannot be trusted: unreadable,
 * from another machine version, about a product these `products` do not include, or naming
 * a state its product's machine does not have.
 */
export function decodeEnvelope(data: string, products: ProductSet = builtInProducts()): Envelope | undefined {
  try {
    const stored = JSON.parse(data) as Partial<StoredShape>;
    if (stored.v !== MACHINE_VERSION || typeof stored.turn !== 'number') return undefined;
    const context = stored.context as CoachSnapshot['context'] | undefined;
    if (!context || !isLang(context.lang) || !Array.isArray(context.trail)) return undefined;
    const product = typeof stored.p === 'string' ? stored.p : LEGACY_PRODUCT;
    if (!products.has(product)) return undefined;
    const snapshot = products.machine(product).resolveState({ value: stored.value as never, context });
    const applied = Array.isArray(stored.applied) ? stored.applied.filter((id): id is number => typeof id === 'number') : [];
    const pending = typeof stored.pending === 'string' && stored.pending.length > 0 ? { pending: stored.pending } : {};
    const outbox = Array.isArray(stored.out) ? stored.out.filter(isOutboxEntry) : [];
    const due = Array.isArray(stored.due) ? stored.due.filter(isScheduled) : [];
    const followUps = {
      ...(due.length > 0 ? { due } : {}),
      ...(typeof stored.fu === 'string' ? { lastFollowUpOn: stored.fu } : {}),
    };
    const named = Array.isArray(stored.nm) ? { named: stored.nm.filter((id): id is string => typeof id === 'string') } : {};
    return { machineVersion: MACHINE_VERSION, product, turn: stored.turn, snapshot, applied, outbox, ...pending, ...followUps, ...named };
  } catch {
    return undefined;
  }
}

function isOutboxEntry(entry: unknown): entry is OutboxEntry {
  const e = entry as Partial<OutboxEntry> | null;
  return typeof e === 'object' && e !== null && typeof e.n === 'number' && typeof e.t === 'number' && e.v !== undefined && Array.isArray(e.s);
}

function isScheduled(entry: unknown): entry is ScheduledFollowUp {
  const e = entry as Partial<ScheduledFollowUp> | null;
  return typeof e === 'object' && e !== null && typeof e.at === 'number' && (FOLLOW_UP_KINDS as readonly unknown[]).includes(e.kind);
}

/** When the envelope's earliest follow-up is due, for the store's index. */
export function nextDueOf(envelope: Envelope): number | undefined {
  return envelope.due && envelope.due.length > 0 ? Math.min(...envelope.due.map((d) => d.at)) : undefined;
}
