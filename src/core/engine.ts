/**
 * The engine: the turn loop. Adapters hand it what a person did; it loads the conversation,
 * reads the input (read-input), runs the pure machine, keeps follow-ups (follow-up-schedule)
 * and the outbox (outbox), saves with a version check, and returns the rendered reply (reply).
 * Turns of one conversation run one at a time; a save that loses a race (another process
 * wrote first) redoes the turn on fresh data.
 */
import { initialTransition, transition } from 'xstate';
import { BUILT_IN_PRODUCTS, MACHINE_VERSION, saidBy, scheduledBy, type CoachEvent, type FollowUpKind, type Lang, type Product, type Say } from '../../machines';
import { translatorFor } from '../i18n';
import { DecodedRecords } from './decoded-records';
import { encodeEnvelope, nextDueOf, type Envelope } from './envelope';
import { dueStep, questionChanged, remindersList, withFollowUps, withoutFollowUps, type FollowUpMode } from './follow-up-schedule';
import { KeyedQueue } from './keyed-queue';
import { unsentReplies, withOutboxEntry, withoutEntries, type UnsentReply } from './outbox';
import { silentLogger, type Logger, type SaveHints, type Store, type StoredRecord } from './ports';
import { maskId } from './privacy';
import { asksToForget, readInput } from './read-input';
import { ProductSet } from './products';
import { labelOf, plainReply, renderReply, renderTurn, type Inbound, type Reply, type ReplyExtras } from './reply';

export type { FollowUpMode } from './follow-up-schedule';
export { OUTBOX_KEPT, type UnsentReply } from './outbox';
export { MAX_TEXT_LENGTH } from './read-input';
export type { Inbound, RenderedBlock, RenderedChoice, RenderedMessage, Reply } from './reply';

/** What became of a conversation's due follow-ups when the engine looked (see `fireDue`). */
export interface FollowUpRun {
  /** The follow-up that went out, as a reply to send (saved in the outbox when that is on). */
  reply?: Reply;
  /** How long after its time it went out (a restart, quiet hours, one a day). */
  lateMs?: number;
  /** Follow-ups the machine found no longer fit the case: removed unsent. */
  dropped: FollowUpKind[];
}

export interface EngineOptions {
  store: Store;
  logger?: Logger;
  /** The clock; time reaches the machine only as `event.at`. */
  now?: () => number;
  /**
   * Save each turn's reply with it (the outbox) until the adapter confirms it sent
   * (`sent`). For transports where sending can fail after the turn is saved (Telegram); a
   * terminal prints or dies with the process, so it leaves this off. A single turn can ask
   * otherwise (`TurnOptions.outbox`), so one engine serves every adapter of a process.
   */
  outbox?: boolean;
  /** See FollowUpMode; default `unavailable`. */
  followUps?: FollowUpMode;
  /** Called when a follow-up is scheduled (for metrics). */
  onFollowUpScheduled?: (kind: FollowUpKind) => void;
  /**
   * The products served (default: the built-in ones). A new conversation starts with the
   * first; with several, its greeting asks which. Each conversation stores its product's id.
   */
  products?: readonly Product[];
}

/** How one turn is taken (all optional). */
export interface TurnOptions {
  /** The language of a new conversation; an existing one keeps its own. */
  lang?: Lang;
  /**
   * The transport's id of this input (Telegram's update_id, a request's idempotency key): an
   * input already applied is not applied again, only its question is shown again.
   */
  updateId?: number;
  /** Save the reply in the outbox (default: the engine's `outbox` option). */
  outbox?: boolean;
  /** How this turn's adapter keeps reminders (default: the engine's `followUps` option). */
  followUps?: FollowUpMode;
}

const MAX_SAVE_ATTEMPTS = 8;
/** A follow-up sent later than this after its time counts as late (metrics, logs). */
export const LATE_AFTER_MS = 15 * 60 * 1000;
/**
 * Update ids remembered per conversation: enough to cover any redelivered window. After a
 * crash, long polling hands the next process every update from the last confirmed offset: at
 * most one getUpdates batch (100, Telegram's limit), all of which may belong to one chat. A
 * webhook has at most `max_connections` (≤ 100) updates in flight. 128 covers both with room;
 * it costs under 1.3 KB in the largest record (ids are up to 10 digits), while 16 let a
 * redelivered batch of 17 updates of one chat be applied again.
 */
export const APPLIED_KEPT = 128;

/** What the store indexes about a record: unsent replies, and when its next follow-up is due. */
function saveHints(envelope: Envelope): SaveHints {
  const nextDue = nextDueOf(envelope);
  return { unsent: (envelope.outbox?.length ?? 0) > 0, ...(nextDue !== undefined ? { nextDue } : {}) };
}

/** The product a transition declared the person switched to, if any. */
function switchedTo(this: void, actions: ReadonlyArray<{ type: string; params?: unknown }>): string | undefined {
  return (actions.find((a) => a.type === 'switchProduct')?.params as { product?: string } | undefined)?.product;
}

/** A turn's outcome before it is saved: the new envelope, what it said, and its extras. */
interface Turned {
  envelope: Envelope;
  said: Say[][];
  scheduled: FollowUpKind[];
}

export class Engine {
  private readonly queue = new KeyedQueue();
  private readonly products: ProductSet;
  private readonly records: DecodedRecords;
  private readonly store: Store;
  private readonly logger: Logger;
  private readonly now: () => number;
  private readonly keepsOutbox: boolean;
  private readonly followUpMode: FollowUpMode;
  private readonly onFollowUpScheduled: (kind: FollowUpKind) => void;

  constructor(options: EngineOptions) {
    this.keepsOutbox = options.outbox === true;
    this.followUpMode = options.followUps ?? 'unavailable';
    this.onFollowUpScheduled = options.onFollowUpScheduled ?? (() => {});
    this.store = options.store;
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? Date.now;
    this.products = new ProductSet(options.products ?? BUILT_IN_PRODUCTS);
    this.records = new DecodedRecords(this.products);
  }

  /** The reply for an envelope, rendered with its product's texts. */
  private render(envelope: Envelope, said: Say[][], accepted: boolean, extras: ReplyExtras = {}): Reply {
    return renderReply(envelope, said, accepted, extras, this.products);
  }

  /** A fresh conversation about `product` in `lang`, at its greeting. */
  private fresh(product: Product, lang: Lang): Envelope {
    const snapshot = initialTransition(this.products.machine(product.id), { lang })[0];
    return { machineVersion: MACHINE_VERSION, product: product.id, turn: 1, snapshot, applied: [] };
  }

  /**
   * Handles one input. `langHint` (or `options.lang`) is used only when the conversation is
   * new; `updateId` makes the turn idempotent (see TurnOptions).
   */
  turn(conversation: string, inbound: Inbound, langHint: Lang | TurnOptions = 'en', updateId?: number): Promise<Reply> {
    const options: TurnOptions = typeof langHint === 'string' ? { lang: langHint, ...(updateId !== undefined ? { updateId } : {}) } : langHint;
    return this.queue.run(conversation, () => this.runTurn(conversation, inbound, options));
  }

  /** The question a conversation waits on, changing nothing; undefined when nothing is stored. */
  async peek(conversation: string): Promise<Reply | undefined> {
    const record = await this.store.load(conversation);
    const stored = this.records.decode(conversation, record);
    return stored ? this.render(stored, [], false) : undefined;
  }

  /** Resolves when no turn is in flight (for a clean shutdown). */
  async idle(): Promise<void> {
    await this.queue.idle();
  }

  private async runTurn(conversation: string, inbound: Inbound, options: TurnOptions): Promise<Reply> {
    const lang = options.lang ?? 'en';
    if (asksToForget(inbound)) return this.forget(conversation, lang);
    const keepsOutbox = options.outbox ?? this.keepsOutbox;
    for (let attempt = 1; attempt <= MAX_SAVE_ATTEMPTS; attempt++) {
      const record = await this.store.load(conversation);
      const stored = this.records.decode(conversation, record);
      const accepted = stored !== undefined;
      let turned: Turned;
      // After /summary (typed or a command), the question is pointed back to, not printed again.
      let extras: ReplyExtras = {};
      if (!stored) {
        if (record) this.logger.warn({ chat: maskId(conversation) }, 'stored conversation unreadable or from an older version; starting over');
        turned = {
          envelope: this.fresh(this.products.first, lang),
          said: record ? [[{ key: 'engine:freshStart' }]] : [],
          scheduled: [],
        };
      } else {
        if (options.updateId !== undefined && stored.applied.includes(options.updateId)) return this.render(stored, [], false);
        const step = readInput(inbound, stored, this.now());
        if (step.kind === 'forget') return this.forget(conversation, lang);
        if (step.kind === 'notice') return this.render(stored, [step.parts], false);
        if (step.kind === 'reminders') {
          const list = remindersList(stored, options.followUps ?? this.followUpMode);
          return this.render(stored, list.said, false, list.choices ? { saidChoices: list.choices } : {});
        }
        if (step.kind === 'event' && step.event.type === 'user.command' && step.event.name === 'summary') extras = { briefPrompt: true };
        turned = this.step(stored, step, inbound, options.followUps ?? this.followUpMode);
      }
      let { envelope } = turned;
      if (options.updateId !== undefined) envelope = { ...envelope, applied: [...envelope.applied, options.updateId].slice(-APPLIED_KEPT) };
      const named = renderTurn(envelope, turned.said, accepted, extras, this.products);
      envelope = named.envelope;
      // Nothing changed (a "why?" that moves nothing, say): no write, and the reply is sent once.
      if (stored && record && encodeEnvelope(envelope) === record.data) return named.reply;
      // With the outbox, the reply is saved with the state it follows from, in the same write.
      const outboxed = keepsOutbox ? withOutboxEntry(envelope, turned.said, stored?.outbox, named.before) : undefined;
      if (outboxed) envelope = outboxed.envelope;
      const data = encodeEnvelope(envelope);
      if (await this.store.save(conversation, data, record?.version ?? 0, saveHints(envelope))) {
        this.records.remember(conversation, data, envelope);
        for (const kind of turned.scheduled) this.onFollowUpScheduled(kind);
        const { reply } = named;
        // A press taken: its label as the person saw it (in the language it was shown in).
        const chosen = stored && inbound.kind === 'choice' ? { chosen: labelOf(stored, inbound.id, this.products) } : {};
        return { ...reply, ...chosen, ...(outboxed ? { outboxId: outboxed.outboxId } : {}) };
      }
      this.logger.info({ chat: maskId(conversation), attempt }, 'save conflict; redoing the turn');
    }
    throw new Error('conversation kept changing under this turn');
  }

  /** What a step read from the input does to a stored conversation. */
  private step(
    stored: Envelope,
    step: Exclude<ReturnType<typeof readInput>, { kind: 'forget' | 'notice' | 'reminders' }>,
    inbound: Inbound,
    followUps: FollowUpMode,
  ): Turned {
    const { pending: _held, ...unheld } = stored;
    switch (step.kind) {
      case 'cancelFollowUps':
        return {
          envelope: withoutFollowUps(stored, step.kinds),
          said: [[{ key: step.kinds.length === 1 ? 'engine:followUps.cancelled' : 'engine:followUps.stopped' }]],
          scheduled: [],
        };
      case 'confirm':
        // The yes/no buttons are a new question: older buttons go stale.
        return { envelope: { ...unheld, turn: stored.turn + 1, pending: step.id }, said: [], scheduled: [] };
      case 'declined':
        return { envelope: { ...unheld, turn: stored.turn + 1 }, said: [[{ key: 'engine:confirmDeclined' }]], scheduled: [] };
      case 'event': {
        const [next, actions] = transition(this.products.machine(stored.product), stored.snapshot, step.event);
        const switched = this.products.product(switchedTo(actions) ?? '');
        if (switched) return this.switchProduct(stored, switched, step.event, inbound);
        const said = saidBy(actions);
        // Buttons go stale only when the question changes; a language switch or "why?" leaves
        // the same question, so its buttons still mean the same thing. Leaving a "Do you mean
        // …?" is a change of question too.
        const turn = stored.turn + (questionChanged(stored.snapshot, next) || stored.pending ? 1 : 0);
        const policy = this.products.product(stored.product)!.policy;
        const { envelope, scheduled } = withFollowUps({ ...unheld, turn, snapshot: next }, scheduledBy(actions), said, {
          mode: followUps,
          now: this.now(),
          policy,
        });
        return { envelope, said, scheduled };
      }
    }
  }

  /**
   * The person chose another product at the greeting: the conversation starts again as that
   * product's, in the same language, at its first question (as its own Start button leads).
   */
  private switchProduct(stored: Envelope, product: Product, event: CoachEvent, inbound: Inbound): Turned {
    const machine = this.products.machine(product.id);
    const fresh = this.fresh(product, stored.snapshot.context.lang);
    const [started, actions] = transition(machine, fresh.snapshot, { type: 'user.choice', id: 'begin', at: event.at });
    const { pending: _held, due: _due, ...kept } = stored;
    const switched: Envelope = { ...kept, product: product.id, turn: stored.turn + 1, snapshot: started };
    const said = saidBy(actions);
    // The same words may answer its first question too ("my Bilibili membership renewed"): an
    // app read for certain is taken; anything less is asked as that question, as usual.
    const again = inbound.kind === 'text' ? readInput(inbound, switched, event.at) : undefined;
    if (again?.kind !== 'event' || again.event.type !== 'user.choice' || !again.event.id.startsWith('app_')) return { envelope: switched, said, scheduled: [] };
    const [next, more] = transition(machine, started, again.event);
    return { envelope: { ...switched, turn: switched.turn + 1, snapshot: next }, said: [...said, ...saidBy(more)], scheduled: [] };
  }

  /**
   * The replies with these outbox ids went out (or never can): they leave the conversation's
   * outbox, in order with its turns. A conversation gone meanwhile (/forget) is fine.
   *
   * Written at once, not folded into the chat's next write: folding halved a turn's writes
   * but a process killed within the fold's window (about 1 s) sent those replies again, and
   * reminders arrived twice after a kill (the follow-up kill suite measured it). Exactly once
   * comes first; see README, Performance.
   */
  sent(conversation: string, outboxIds: readonly number[]): Promise<void> {
    const ids = new Set(outboxIds);
    return this.queue.run(conversation, () => this.update(conversation, 'removing sent replies', (envelope) => withoutEntries(envelope, ids)));
  }

  /** The conversation's unsent replies, oldest first, rendered in its current language. */
  unsent(conversation: string): Promise<UnsentReply[]> {
    return this.queue.run(conversation, async () => {
      const record = await this.store.load(conversation);
      const envelope = this.records.decode(conversation, record);
      return envelope ? unsentReplies(envelope, this.products) : [];
    });
  }

  /** Conversations holding unsent replies, if the store can tell (see Store.withUnsent). */
  async withUnsent(): Promise<string[]> {
    return (await this.store.withUnsent?.()) ?? [];
  }

  /**
   * Sends the conversation's due follow-up, if one may go out now (see dueStep). In one
   * compare-and-set write the follow-up leaves the schedule and its reply enters the outbox,
   * so a crash before or after the write neither loses nor doubles it. A person `present` (a
   * web chat visit) sees what is due whatever the hour; `outbox` as in TurnOptions.
   */
  fireDue(conversation: string, options: { present?: boolean; outbox?: boolean } = {}): Promise<FollowUpRun | undefined> {
    const keepsOutbox = options.outbox ?? this.keepsOutbox;
    return this.queue.run(conversation, async () => {
      for (let attempt = 1; attempt <= MAX_SAVE_ATTEMPTS; attempt++) {
        const record = await this.store.load(conversation);
        if (!record) return undefined;
        const stored = this.records.decode(conversation, record);
        if (!stored) {
          // Unreadable (another machine version): nothing can be sent; take it off the index.
          if (await this.store.save(conversation, record.data, record.version, {})) return undefined;
          continue;
        }
        const now = this.now();
        const ready = (stored.due ?? []).filter((d) => d.at <= now).sort((a, b) => a.at - b.at);
        if (ready.length === 0) return undefined;
        const due = dueStep(stored, ready, now, options.present === true, {
          machine: this.products.machine(stored.product),
          policy: this.products.product(stored.product)!.policy,
        });
        let envelope = due.envelope;
        let reply: Reply | undefined;
        if (due.sending) {
          const named = renderTurn(envelope, due.sending.said, true, { followUp: due.sending.kind }, this.products);
          envelope = named.envelope;
          const outboxed = keepsOutbox ? withOutboxEntry(envelope, due.sending.said, stored.outbox, { f: due.sending.kind, ...named.before }) : undefined;
          if (outboxed) envelope = outboxed.envelope;
          reply = outboxed ? { ...named.reply, outboxId: outboxed.outboxId } : named.reply;
        }
        if (await this.store.save(conversation, encodeEnvelope(envelope), record.version, saveHints(envelope))) {
          return { ...(reply ? { reply } : {}), ...(due.sending ? { lateMs: due.sending.lateMs } : {}), dropped: due.dropped };
        }
      }
      throw new Error('conversation kept changing while sending a follow-up');
    });
  }

  /** The follow-ups a conversation has waiting, earliest first (for a calendar file, say). */
  async scheduled(conversation: string): Promise<Array<{ kind: FollowUpKind; at: number }>> {
    const record = await this.store.load(conversation);
    const envelope = this.records.decode(conversation, record);
    return [...(envelope?.due ?? [])].sort((a, b) => a.at - b.at).map((d) => ({ kind: d.kind, at: d.at }));
  }

  /** Conversations of `namespace` with a follow-up due now, if the store can tell (see Store.dueBy). */
  async dueConversations(namespace: string, limit = 100): Promise<string[]> {
    return (await this.store.dueBy?.(this.now(), limit, namespace)) ?? [];
  }

  /** Removes every follow-up of the conversation (the person blocked the bot). */
  dropFollowUps(conversation: string): Promise<void> {
    return this.queue.run(conversation, () =>
      this.update(conversation, 'dropping follow-ups', (envelope) =>
        envelope.due?.length
          ? withoutFollowUps(
              envelope,
              envelope.due.map((d) => d.kind),
            )
          : undefined,
      ),
    );
  }

  /** One compare-and-set change of a stored conversation; `change` returns undefined for "nothing to do". */
  private async update(conversation: string, what: string, change: (envelope: Envelope) => Envelope | undefined): Promise<void> {
    for (let attempt = 1; attempt <= MAX_SAVE_ATTEMPTS; attempt++) {
      const record: StoredRecord | undefined = await this.store.load(conversation);
      const envelope = this.records.decode(conversation, record);
      const changed = envelope && change(envelope);
      if (!record || !changed) return;
      // The hints keep the follow-up index too: this write must not lose a due time.
      const data = encodeEnvelope(changed);
      if (await this.store.save(conversation, data, record.version, saveHints(changed))) {
        this.records.remember(conversation, data, changed);
        return;
      }
    }
    throw new Error(`conversation kept changing while ${what}`);
  }

  private async forget(conversation: string, lang: Lang): Promise<Reply> {
    const record = await this.store.load(conversation);
    const known = this.records.decode(conversation, record)?.snapshot.context.lang;
    await this.store.delete(conversation);
    this.records.forget(conversation);
    return plainReply(translatorFor(known ?? lang)('engine:forgotten'), known ?? lang);
  }
}
