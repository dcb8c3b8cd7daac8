/**
 * The engine: one turn of one conversation. Adapters hand it what a person did; it loads the
 * conversation, runs the pure machine, saves with a version check, and returns rendered
 * messages. Turns of one conversation run one at a time; a save that loses a race (another
 * process wrote first) redoes the turn on fresh data.
 */
import { initialTransition, transition } from 'xstate';
import {
  activePrompt,
  chinaDateAt,
  coachMachine,
  FOLLOW_UP_KINDS,
  followUpFits,
  followUpOfChoice,
  MACHINE_VERSION,
  PERSON_COMMANDS,
  saidBy,
  scheduledBy,
  sourcesFor,
  type ActivePrompt,
  type CoachEvent,
  type CoachSnapshot,
  type CommandName,
  type FollowUp,
  type FollowUpKind,
  type Lang,
  type Say,
} from '../../machines';
import { deliveryTime, onFreeDay, scheduleTime } from './follow-up-times';
import { translatorFor } from '../i18n';
import { understand } from '../understanding/understand';
import { readYesNo } from '../understanding/yes-no';
import { saysStopReminding } from '../understanding/stop-reminding';
import { decodeEnvelope, encodeEnvelope, nextDueOf, type Envelope, type OutboxEntry, type ScheduledFollowUp } from './envelope';
import { langArgument, parseCommand, type TypedCommand } from '../understanding/commands';
import { KeyedQueue } from './keyed-queue';
import { silentLogger, type Logger, type Store, type StoredRecord } from './ports';
import { RecentRecords } from './recent-records';
import { choiceLabel, renderSay } from './render';
import { maskId } from './privacy';

/** What a person did, in adapter-neutral terms. */
export type Inbound =
  | { kind: 'start' }
  | { kind: 'choice'; id: string; turn: number }
  | { kind: 'text'; text: string }
  | { kind: 'command'; name: string; arg?: string }
  | { kind: 'unsupported' };

export interface RenderedBlock {
  text: string;
  /** Text the person will copy and send: show it as a copyable block. */
  draft: boolean;
}
export interface RenderedChoice {
  id: string;
  label: string;
}
export interface RenderedMessage {
  blocks: RenderedBlock[];
  choices: RenderedChoice[];
}

export interface Reply {
  messages: RenderedMessage[];
  /** The turn marker buttons of this reply carry. */
  turn: number;
  lang: Lang;
  /** The state now waiting, e.g. `askOpened`; empty after /forget. */
  stateId: string;
  /** False when the input was not taken (a stale button, a sticker, a fresh start). */
  accepted: boolean;
  /**
   * Set when the reply was saved in the conversation's outbox with the turn: the adapter
   * sends it, then calls `engine.sent(conversation, [outboxId])`. A reply without one (a
   * notice, a repeat, /forget) was not saved and is sent once, best effort.
   */
  outboxId?: number;
  /** Set when the reply is a follow-up arriving (its last message offers "stop reminding me"). */
  followUp?: FollowUpKind;
}

/** What became of a conversation's due follow-ups when the engine looked (see `fireDue`). */
export interface FollowUpRun {
  /** The follow-up that went out, as a reply to send (saved in the outbox when that is on). */
  reply?: Reply;
  /** How long after its time it went out (a restart, quiet hours, one a day). */
  lateMs?: number;
  /** Follow-ups the machine found no longer fit the case: removed unsent. */
  dropped: FollowUpKind[];
}

/**
 * Whether this engine's adapter can deliver follow-ups later: `deliver` (Telegram, and the
 * web chat on the next visit), `unavailable` (a terminal: nobody is there later), or `off`
 * (FOLLOW_UPS=off). Unless `deliver`, a follow-up asked for is not stored; the person is told
 * why and given the time to note down.
 */
export type FollowUpMode = 'deliver' | 'unavailable' | 'off';

/** An unsent reply read back from the outbox (after a failed send or a restart). */
export interface UnsentReply {
  outboxId: number;
  reply: Reply;
}

export interface EngineOptions {
  store: Store;
  logger?: Logger;
  /** The clock; time reaches the machine only as `event.at`. */
  now?: () => number;
  /**
   * Save each turn's reply with it (the outbox) until the adapter confirms it sent
   * (`sent`). For transports where sending can fail after the turn is saved (Telegram); a
   * terminal prints or dies with the process, so it leaves this off.
   */
  outbox?: boolean;
  /** See FollowUpMode; default `unavailable`. */
  followUps?: FollowUpMode;
  /** Called when a follow-up is scheduled (for metrics). */
  onFollowUpScheduled?: (kind: FollowUpKind) => void;
}

/** Typed text longer than this is not read (nothing asked here needs more). */
export const MAX_TEXT_LENGTH = 1000;
/** Names (of typed commands, and of buttons) that stand for commands rather than answers. */
const COMMANDS = new Set<string>(PERSON_COMMANDS);
const MAX_SAVE_ATTEMPTS = 8;
/** The buttons under "Do you mean …?": ids of their own (not the date confirmation's yes/no), so every adapter labels them right. */
const CONFIRM_YES = 'confirmYes';
const CONFIRM_NO = 'confirmNo';
/** Buttons the engine answers itself, whatever the question: follow-ups are the engine's. */
const STOP_FOLLOW_UPS = 'stopReminders';
const CANCEL_FOLLOW_UP = 'cancel_';
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
/** The language of the people the drafts are sent to (Xiaohongshu's customer service). */
const DRAFT_LANG: Lang = 'zh';
/**
 * Unsent replies kept per conversation. Past this, the oldest are dropped: a person who sent
 * this many messages while none could be answered needs the latest questions, not all of them.
 */
export const OUTBOX_KEPT = 20;

type Step =
  | { kind: 'event'; event: CoachEvent }
  /** Nothing changes: say this, then ask the current question again. */
  | { kind: 'notice'; parts: Say[] }
  /** A typed answer read only tentatively: hold choice `id` and ask "Do you mean …?". */
  | { kind: 'confirm'; id: string }
  /** "No" to the held reading: drop it, say so, and ask the question again. */
  | { kind: 'declined' }
  /** /reminders: what is scheduled, with a button to cancel each. */
  | { kind: 'reminders' }
  /** "Stop reminding me" (every kind) or one reminder's cancel button. */
  | { kind: 'cancelFollowUps'; kinds: readonly FollowUpKind[] };

const notice = (key: string, vars?: Say['vars']): Step => ({ kind: 'notice', parts: [{ key, ...(vars ? { vars } : {}) }] });

/** Every question entered joins the trail, so a changed trail means a new question. */
function questionChanged(before: CoachSnapshot, after: CoachSnapshot): boolean {
  // Compared entry by entry (the trail is a list of state ids): two JSON.stringify calls a
  // turn cost more than the rest of this check.
  const a = before.context.trail;
  const b = after.context.trail;
  return a.length !== b.length || a.some((state, i) => state !== b[i]);
}

/** What the store indexes about a record: unsent replies, and when its next follow-up is due. */
function saveHints(envelope: Envelope): { unsent: boolean; nextDue?: number } {
  const nextDue = nextDueOf(envelope);
  return { unsent: (envelope.outbox?.length ?? 0) > 0, ...(nextDue !== undefined ? { nextDue } : {}) };
}

const isFollowUpKind = (kind: string): kind is FollowUpKind => (FOLLOW_UP_KINDS as readonly string[]).includes(kind);

/** Conversations whose decoded records (and latest saved reply) an engine keeps; see RecentRecords. */
const RECENT_KEPT = 2048;

export class Engine {
  private readonly queue = new KeyedQueue();
  private readonly store: Store;
  private readonly logger: Logger;
  private readonly now: () => number;
  private readonly keepsOutbox: boolean;
  private readonly followUpMode: FollowUpMode;
  private readonly onFollowUpScheduled: (kind: FollowUpKind) => void;
  private readonly recent = new RecentRecords<Reply>(RECENT_KEPT);

  constructor(options: EngineOptions) {
    this.keepsOutbox = options.outbox === true;
    this.followUpMode = options.followUps ?? 'unavailable';
    this.onFollowUpScheduled = options.onFollowUpScheduled ?? (() => {});
    this.store = options.store;
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? Date.now;
  }

  /**
   * Handles one input; `langHint` is used only when the conversation is new. `updateId`
   * (Telegram's) makes the turn idempotent: an update already applied is not applied again,
   * only its question is shown again (its reply may have been lost with a crashed process).
   */
  turn(conversation: string, inbound: Inbound, langHint: Lang = 'en', updateId?: number): Promise<Reply> {
    return this.queue.run(conversation, () => this.runTurn(conversation, inbound, langHint, updateId));
  }

  /** The question a conversation waits on, changing nothing; undefined when nothing is stored. */
  async peek(conversation: string): Promise<Reply | undefined> {
    const stored = this.decoded(conversation, await this.store.load(conversation));
    return stored ? this.reply(stored, [], false) : undefined;
  }

  /** Resolves when no turn is in flight and every removal of a sent reply is written (for a clean shutdown). */
  async idle(): Promise<void> {
    await this.queue.idle();
  }

  private async runTurn(conversation: string, inbound: Inbound, langHint: Lang, updateId?: number): Promise<Reply> {
    const typed = inbound.kind === 'text' ? parseCommand(inbound.text) : undefined;
    if ((inbound.kind === 'command' ? inbound.name : typed?.name) === 'forget') return this.forget(conversation, langHint);
    for (let attempt = 1; ; attempt++) {
      const record = await this.store.load(conversation);
      const stored = this.decoded(conversation, record);
      const said: Say[][] = [];
      let envelope: Envelope;
      if (!stored) {
        if (record) {
          this.logger.warn({ chat: maskId(conversation) }, 'stored conversation unreadable or from an older version; starting over');
          said.push([{ key: 'engine:freshStart' }]);
        }
        envelope = { machineVersion: MACHINE_VERSION, turn: 1, snapshot: initialTransition(coachMachine, { lang: langHint })[0], applied: [] };
      } else {
        if (updateId !== undefined && stored.applied.includes(updateId)) return this.reply(stored, [], false);
        const step = this.toStep(inbound, stored);
        if (step.kind === 'notice') return this.reply(stored, [step.parts], false);
        if (step.kind === 'reminders') return this.remindersList(stored);
        const { pending: _held, ...unheld } = stored;
        if (step.kind === 'cancelFollowUps') {
          const due = (stored.due ?? []).filter((d) => !step.kinds.includes(d.kind));
          said.push([{ key: step.kinds.length === 1 ? 'engine:followUps.cancelled' : 'engine:followUps.stopped' }]);
          envelope = { ...stored, due };
        } else if (step.kind === 'confirm') {
          // The yes/no buttons are a new question: older buttons go stale.
          envelope = { ...unheld, turn: stored.turn + 1, pending: step.id };
        } else if (step.kind === 'declined') {
          said.push([{ key: 'engine:confirmDeclined' }]);
          envelope = { ...unheld, turn: stored.turn + 1 };
        } else {
          const [next, actions] = transition(coachMachine, stored.snapshot, step.event);
          said.push(...saidBy(actions));
          // Buttons go stale only when the question changes; a language switch or "why?"
          // leaves the same question, so its buttons still mean the same thing. Leaving a
          // "Do you mean …?" is a change of question too.
          const turn = stored.turn + (questionChanged(stored.snapshot, next) || stored.pending ? 1 : 0);
          envelope = this.withFollowUps({ ...unheld, turn, snapshot: next }, scheduledBy(actions), said);
        }
      }
      if (updateId !== undefined) envelope = { ...envelope, applied: [...envelope.applied, updateId].slice(-APPLIED_KEPT) };
      const accepted = stored !== undefined;
      // Nothing changed (a "why?" that moves nothing, say): no write, and the reply is sent once.
      const data = encodeEnvelope(envelope);
      if (record !== undefined && stored !== undefined && data === record.data) return this.reply(envelope, said, accepted);
      if (!this.keepsOutbox) {
        if (await this.store.save(conversation, data, record?.version ?? 0, saveHints(envelope))) return this.reply(envelope, said, accepted);
        if (attempt >= MAX_SAVE_ATTEMPTS) throw new Error('conversation kept changing under this turn');
        this.logger.info({ chat: maskId(conversation), attempt }, 'save conflict; redoing the turn');
        continue;
      }
      // The reply is saved with the state it follows from, in the same write (the outbox).
      const entry = this.outboxEntry(envelope, said, stored?.outbox);
      envelope = { ...envelope, outbox: [...(envelope.outbox ?? []), entry].slice(-OUTBOX_KEPT) };
      const saving = encodeEnvelope(envelope);
      if (await this.store.save(conversation, saving, record?.version ?? 0, saveHints(envelope))) {
        const reply: Reply = { ...this.reply(envelope, said, accepted), outboxId: entry.n };
        // The sender reads this record back at once to send the reply: it finds both ready.
        this.recent.set(conversation, { data: saving, envelope, reply: { ...reply, accepted: true } });
        return reply;
      }
      if (attempt >= MAX_SAVE_ATTEMPTS) throw new Error('conversation kept changing under this turn');
      this.logger.info({ chat: maskId(conversation), attempt }, 'save conflict; redoing the turn');
    }
  }

  /**
   * The replies with these outbox ids went out (or never can): they leave the conversation's
   * outbox, in order with its turns. A conversation gone meanwhile (/forget) is fine.
   *
   * Written at once, not folded into the chat's next write: folding halved a turn's writes
   * (coach ÷ floor 0.27 → 0.38 on SQLite) but a process killed within the fold's window
   * (about 1 s) sent those replies again, and reminders arrived twice after a kill (the
   * follow-up kill suite measured it). Exactly once comes first; see README, Performance.
   */
  sent(conversation: string, outboxIds: readonly number[]): Promise<void> {
    return this.queue.run(conversation, () => this.removeFromOutbox(conversation, outboxIds));
  }

  /** The conversation's unsent replies, oldest first, rendered in its current language. */
  unsent(conversation: string): Promise<UnsentReply[]> {
    return this.queue.run(conversation, async () => {
      const record = await this.store.load(conversation);
      const envelope = this.decoded(conversation, record);
      if (!record || !envelope?.outbox) return [];
      // The reply of the turn that saved this very record, rendered then: the same as rendering
      // its entry now. Taken once (the sender asks again only after a failure).
      const rendered = this.recent.takeReply(conversation, record.data);
      return envelope.outbox.map((entry) => ({ outboxId: entry.n, reply: rendered?.outboxId === entry.n ? rendered : this.renderEntry(envelope, entry) }));
    });
  }

  /** Removes these outbox ids from the stored conversation (one compare-and-set write, if any is there). */
  private async removeFromOutbox(conversation: string, outboxIds: Iterable<number>): Promise<void> {
    const ids = new Set(outboxIds);
    for (let attempt = 1; ; attempt++) {
      const record = await this.store.load(conversation);
      const envelope = this.decoded(conversation, record);
      if (!record || !envelope?.outbox?.some((e) => ids.has(e.n))) return;
      const outbox = envelope.outbox.filter((e) => !ids.has(e.n));
      const data = encodeEnvelope({ ...envelope, outbox });
      // The hints keep the follow-up index too: this write must not lose a due time.
      if (await this.store.save(conversation, data, record.version, saveHints({ ...envelope, outbox }))) {
        this.recent.set(conversation, { data, envelope: { ...envelope, outbox } });
        return;
      }
      if (attempt >= MAX_SAVE_ATTEMPTS) throw new Error('conversation kept changing while removing sent replies');
    }
  }

  /** A loaded record decoded, or taken from `recent` when its text is unchanged (see RecentRecords). */
  private decoded(conversation: string, record: StoredRecord | undefined): Envelope | undefined {
    if (!record) return undefined;
    const known = this.recent.get(conversation, record.data);
    if (known) return known.envelope;
    const envelope = decodeEnvelope(record.data);
    if (envelope) this.recent.set(conversation, { data: record.data, envelope });
    return envelope;
  }

  /** Conversations holding unsent replies, if the store can tell (see Store.withUnsent). */
  async withUnsent(): Promise<string[]> {
    return (await this.store.withUnsent?.()) ?? [];
  }

  /**
   * What a turn declared, as an outbox entry: keys and variables, no rendered text. Its id
   * follows the stored outbox's last, including entries this write drops as sent, so an id
   * confirmed sent is never given to a new entry while it may still be remembered.
   */
  private outboxEntry(envelope: Envelope, said: Say[][], stored?: OutboxEntry[]): OutboxEntry {
    const last = Math.max(envelope.outbox?.at(-1)?.n ?? 0, stored?.at(-1)?.n ?? 0);
    return { n: last + 1, t: envelope.turn, v: envelope.snapshot.value, s: said, ...(envelope.pending ? { c: envelope.pending } : {}) };
  }

  /**
   * An outbox entry as the reply it was: the question of the state it recorded, with the
   * conversation's case file as it is now (it only ever gains answers) and its language.
   */
  private renderEntry(envelope: Envelope, entry: OutboxEntry): Reply {
    let snapshot = envelope.snapshot;
    try {
      snapshot = coachMachine.resolveState({ value: entry.v as never, context: envelope.snapshot.context });
    } catch {
      // A state this machine no longer has: ask the current question instead.
    }
    const { pending: _current, ...rest } = envelope;
    const then: Envelope = { ...rest, snapshot, turn: entry.t, ...(entry.c ? { pending: entry.c } : {}) };
    return { ...this.reply(then, entry.s, true, entry.f ? { followUp: entry.f } : {}), outboxId: entry.n };
  }

  /**
   * Sends the conversation's due follow-up, if one may go out now: the machine gets a
   * `clock.due` event and decides whether it still fits (if not, it is dropped and the next
   * due one is tried). In one compare-and-set write the follow-up leaves the schedule and its
   * reply enters the outbox, so a crash before or after the write neither loses nor doubles
   * it. In quiet hours, or when the chat already had one today, due ones are moved on instead,
   * unless the person is `present` (a web chat visit).
   */
  fireDue(conversation: string, options: { present?: boolean } = {}): Promise<FollowUpRun | undefined> {
    return this.queue.run(conversation, async () => {
      for (let attempt = 1; ; attempt++) {
        const record = await this.store.load(conversation);
        if (!record) return undefined;
        const stored = decodeEnvelope(record.data);
        if (!stored) {
          // Unreadable (another machine version): nothing can be sent; take it off the index.
          if (await this.store.save(conversation, record.data, record.version, {})) return undefined;
          continue;
        }
        const now = this.now();
        const ready = (stored.due ?? []).filter((d) => d.at <= now).sort((a, b) => a.at - b.at);
        if (ready.length === 0) return undefined;
        const { envelope, run } = this.dueStep(stored, ready, now, options.present === true);
        if (await this.store.save(conversation, encodeEnvelope(envelope), record.version, saveHints(envelope))) return run;
        if (attempt >= MAX_SAVE_ATTEMPTS) throw new Error('conversation kept changing while sending a follow-up');
      }
    });
  }

  /** Conversations of `namespace` with a follow-up due now, if the store can tell (see Store.dueBy). */
  async dueConversations(namespace: string, limit = 100): Promise<string[]> {
    return (await this.store.dueBy?.(this.now(), limit, namespace)) ?? [];
  }

  /** Removes every follow-up of the conversation (the person blocked the bot). */
  dropFollowUps(conversation: string): Promise<void> {
    return this.queue.run(conversation, async () => {
      for (let attempt = 1; attempt <= MAX_SAVE_ATTEMPTS; attempt++) {
        const record = await this.store.load(conversation);
        const envelope = record ? decodeEnvelope(record.data) : undefined;
        if (!record || !envelope?.due?.length) return;
        const { due: _dropped, ...rest } = envelope;
        if (await this.store.save(conversation, encodeEnvelope(rest), record.version, saveHints(rest))) return;
      }
    });
  }

  /** What sending the due follow-ups means for the envelope: one out, the rest moved on or dropped. */
  private dueStep(stored: Envelope, ready: ScheduledFollowUp[], now: number, present: boolean): { envelope: Envelope; run: FollowUpRun } {
    // Moot ones go first (a window reminder after the last day): they take no one's slot.
    const today = chinaDateAt(now);
    const dropped = ready.filter((d) => !followUpFits(d.kind, stored.snapshot.context, today)).map((d) => d.kind);
    let due = (stored.due ?? []).filter((d) => !dropped.includes(d.kind));
    ready = ready.filter((d) => !dropped.includes(d.kind));
    // On its last day the window reminder goes out whatever the hour: tomorrow it is moot.
    const lastDayNow = ready.some((d) => d.kind === 'window' && chinaDateAt(d.since ?? d.at) === today);
    if (lastDayNow) ready = [...ready.filter((d) => d.kind === 'window'), ...ready.filter((d) => d.kind !== 'window')];
    // Otherwise quiet hours and one a day keep the coach from calling on people; one who is
    // here (a web chat visit) sees what is due at once.
    const allowed = present || lastDayNow ? now : deliveryTime(now, stored.lastFollowUpOn);
    if (allowed > now) return { envelope: { ...stored, due: this.postponed(due, ready, allowed) }, run: { dropped } };
    for (const followUp of ready) {
      due = due.filter((d) => d.kind !== followUp.kind);
      const [next, actions] = transition(coachMachine, stored.snapshot, { type: 'clock.due', kind: followUp.kind, at: now });
      const said = saidBy(actions);
      if (said.length === 0) {
        dropped.push(followUp.kind);
        continue;
      }
      // One a day: the others due now wait for the next free days.
      const waiting = ready.filter((d) => d !== followUp && !dropped.includes(d.kind));
      due = this.postponed(due, waiting, onFreeDay(now, new Set([today])));
      const { pending: _held, ...unheld } = stored;
      // Its buttons are the question's own: earlier ones go stale only if the question changed.
      const turn = stored.turn + (questionChanged(stored.snapshot, next) || stored.pending ? 1 : 0);
      let envelope: Envelope = { ...unheld, turn, snapshot: next, lastFollowUpOn: today };
      envelope = { ...envelope, due: due.filter((d) => followUpFits(d.kind, next.context, today)) };
      let outboxId: number | undefined;
      if (this.keepsOutbox) {
        const entry = { ...this.outboxEntry(envelope, said, stored.outbox), f: followUp.kind };
        envelope = { ...envelope, outbox: [...(envelope.outbox ?? []), entry].slice(-OUTBOX_KEPT) };
        outboxId = entry.n;
      }
      const reply = this.reply(envelope, said, true, { followUp: followUp.kind });
      return { envelope, run: { reply: outboxId !== undefined ? { ...reply, outboxId } : reply, lateMs: now - (followUp.since ?? followUp.at), dropped } };
    }
    return { envelope: { ...stored, due }, run: { dropped } };
  }

  /** `waiting` follow-ups moved to `from` or later, each on a day of its own. */
  private postponed(due: readonly ScheduledFollowUp[], waiting: readonly ScheduledFollowUp[], from: number): ScheduledFollowUp[] {
    const moving = new Set(waiting.map((d) => d.kind));
    const kept = due.filter((d) => !moving.has(d.kind));
    const taken = new Set(kept.map((d) => chinaDateAt(d.at)));
    const moved = waiting.map((d) => {
      const at = onFreeDay(from, taken);
      taken.add(chinaDateAt(at));
      return { kind: d.kind, at, since: d.since ?? d.at };
    });
    return [...kept, ...moved];
  }

  /**
   * The follow-ups after a turn: those that no longer fit the case dropped (so /reminders
   * lists none), the ones the machine declared added, one per kind, each on a day of its own
   * and outside quiet hours, and the person told when. Where this adapter cannot deliver them,
   * nothing is stored and the person gets the time to note down.
   */
  private withFollowUps(envelope: Envelope, declared: readonly FollowUp[], said: Say[][]): Envelope {
    const now = this.now();
    let due = (envelope.due ?? []).filter((d) => followUpFits(d.kind, envelope.snapshot.context, chinaDateAt(now)));
    const today = chinaDateAt(now);
    for (const followUp of declared) {
      const others = due.filter((d) => d.kind !== followUp.kind);
      // Asked for on a later day than it is about (the verdict's last day has passed).
      if (!followUpFits(followUp.kind, envelope.snapshot.context, today)) {
        said.push([{ key: 'engine:followUps.passed' }]);
        continue;
      }
      // The window's last day is the one date that cannot move: it takes its day, others make way.
      const urgent = followUp.kind === 'window';
      const at = scheduleTime(followUp.when, urgent ? new Set() : new Set(others.map((d) => chinaDateAt(d.at))), now);
      if (urgent)
        due = this.postponed(
          others,
          others.filter((d) => chinaDateAt(d.at) === chinaDateAt(at)),
          at + 24 * 3_600_000,
        );
      const line: Say = { key: `engine:followUps.${this.followUpMode === 'deliver' ? 'set' : this.followUpMode}`, vars: { when: { at } } };
      // A new array: the machine's own `say` parts are shared config, never to be changed.
      if (said.length > 0) said[said.length - 1] = [...said[said.length - 1]!, line];
      else said.push([line]);
      if (this.followUpMode !== 'deliver') continue;
      due = [...due.filter((d) => d.kind !== followUp.kind), { kind: followUp.kind, at }];
      this.onFollowUpScheduled(followUp.kind);
    }
    const { due: _old, ...rest } = envelope;
    return due.length > 0 ? { ...rest, due } : rest;
  }

  /** /reminders: each scheduled follow-up with its time and a cancel button. */
  private remindersList(envelope: Envelope): Reply {
    if (this.followUpMode !== 'deliver') return this.reply(envelope, [[{ key: `engine:followUps.list.${this.followUpMode}` }]], false);
    const due = [...(envelope.due ?? [])].sort((a, b) => a.at - b.at);
    if (due.length === 0) return this.reply(envelope, [[{ key: 'engine:followUps.list.none' }]], false);
    const lines: Say[] = due.map((d) => ({
      key: 'engine:followUps.list.item',
      vars: { what: { key: `engine:followUps.kind.${d.kind}` }, when: { at: d.at } },
      line: true,
    }));
    const choices = [...due.map((d) => `${CANCEL_FOLLOW_UP}${d.kind}`), ...(due.length > 1 ? [STOP_FOLLOW_UPS] : [])];
    return this.reply(envelope, [[{ key: 'engine:followUps.list.intro' }, ...lines]], false, { saidChoices: choices });
  }

  private async forget(conversation: string, lang: Lang): Promise<Reply> {
    const record = await this.store.load(conversation);
    const known = this.decoded(conversation, record)?.snapshot.context.lang;
    await this.store.delete(conversation);
    this.recent.delete(conversation);
    const t = translatorFor(known ?? lang);
    return {
      messages: [{ blocks: [{ text: t('engine:forgotten'), draft: false }], choices: [] }],
      turn: 0,
      lang: known ?? lang,
      stateId: '',
      accepted: true,
    };
  }

  /** Maps an input to a machine event, or to a notice when it cannot be taken as an answer. */
  private toStep(inbound: Inbound, envelope: Envelope): Step {
    const at = this.now();
    const prompt = activePrompt(envelope.snapshot);
    if (envelope.pending) {
      const answer = this.heldAnswer(inbound, envelope);
      if (answer === 'yes') return { kind: 'event', event: { type: 'user.choice', id: envelope.pending, at } };
      if (answer === 'no') return { kind: 'declined' };
      // Anything else is a fresh answer to the question itself (or a command, as always).
    }
    switch (inbound.kind) {
      case 'start':
        return { kind: 'event', event: { type: 'user.command', name: 'resume', at } };
      case 'unsupported':
        return notice('engine:unsupported');
      case 'command':
        return this.commandStep(inbound, prompt, at);
      case 'choice':
        // Cancelling a reminder works from any message, however old: it only ever removes.
        if (inbound.id === STOP_FOLLOW_UPS) return { kind: 'cancelFollowUps', kinds: FOLLOW_UP_KINDS };
        if (inbound.id.startsWith(CANCEL_FOLLOW_UP)) {
          const kind = inbound.id.slice(CANCEL_FOLLOW_UP.length);
          if (isFollowUpKind(kind)) return { kind: 'cancelFollowUps', kinds: [kind] };
        }
        if (inbound.turn !== envelope.turn || !prompt.choices.includes(inbound.id) || envelope.pending) {
          return notice('engine:staleButton');
        }
        return {
          kind: 'event',
          event: COMMANDS.has(inbound.id) ? { type: 'user.command', name: inbound.id as CommandName, at } : { type: 'user.choice', id: inbound.id, at },
        };
      case 'text':
        return this.textStep(inbound.text, prompt, at);
    }
  }

  /** Yes or no to "Do you mean …?", pressed (on the latest buttons) or typed. */
  private heldAnswer(inbound: Inbound, envelope: Envelope): 'yes' | 'no' | undefined {
    if (inbound.kind === 'choice') {
      if (inbound.turn !== envelope.turn) return undefined;
      return inbound.id === CONFIRM_YES ? 'yes' : inbound.id === CONFIRM_NO ? 'no' : undefined;
    }
    if (inbound.kind === 'text' && inbound.text.length <= MAX_TEXT_LENGTH && !parseCommand(inbound.text)) return readYesNo(inbound.text);
    return undefined;
  }

  private commandStep({ name, arg }: TypedCommand, prompt: ActivePrompt, at: number): Step {
    if (name === 'start') return { kind: 'event', event: { type: 'user.command', name: 'resume', at } };
    if (name === 'lang') {
      const lang = langArgument(arg);
      return { kind: 'event', event: { type: 'user.command', name: 'lang', ...(lang ? { lang } : {}), at } };
    }
    // /sources explains what is on screen now; it changes nothing, so the machine needn't know.
    if (name === 'sources') return { kind: 'notice', parts: sourcesFor(prompt.parts.map((p) => p.key)) };
    if (name === 'reminders') return { kind: 'reminders' };
    if (COMMANDS.has(name)) return { kind: 'event', event: { type: 'user.command', name: name as CommandName, at } };
    return notice('engine:unknownCommand');
  }

  private textStep(text: string, prompt: ActivePrompt, at: number): Step {
    if (text.length > MAX_TEXT_LENGTH) return notice('engine:tooLong', { max: MAX_TEXT_LENGTH });
    const command = parseCommand(text);
    if (command) return this.commandStep(command, prompt, at);
    // "别再提醒我了" typed, as the 🔕 button says: the engine's, like the button.
    if (saysStopReminding(text)) return { kind: 'cancelFollowUps', kinds: FOLLOW_UP_KINDS };
    const event = understand(text, prompt, at);
    if (event.type === 'understood.confirm') return { kind: 'confirm', id: event.id };
    if (event.type === 'user.choice' && COMMANDS.has(event.id)) {
      return { kind: 'event', event: { type: 'user.command', name: event.id as CommandName, at } };
    }
    return { kind: 'event', event };
  }

  /**
   * `saidChoices`: buttons under the first message said (a /reminders list); `followUp`: the
   * reply is that follow-up arriving, so its question also offers "stop reminding me".
   */
  private reply(envelope: Envelope, said: Say[][], accepted: boolean, extras: { saidChoices?: string[]; followUp?: FollowUpKind } = {}): Reply {
    const snapshot: CoachSnapshot = envelope.snapshot;
    const lang = snapshot.context.lang;
    const t = translatorFor(lang);
    const prompt = activePrompt(snapshot);
    const recipient = { t: translatorFor(DRAFT_LANG), lang: DRAFT_LANG };
    const toBlocks = (parts: Say[]) => {
      const blocks: RenderedBlock[] = [];
      for (const part of parts) {
        const text = renderSay(part, t, lang, recipient);
        const previous = blocks.at(-1);
        // A list item joins the text before it, one per line.
        if (part.line && previous && !previous.draft) previous.text += `\n${text}`;
        else blocks.push({ text, draft: part.draft === true });
      }
      return blocks;
    };
    const messages: RenderedMessage[] = said.map((parts) => ({ blocks: toBlocks(parts), choices: [] }));
    if (extras.saidChoices && messages[0]) messages[0].choices = extras.saidChoices.map((id) => ({ id, label: choiceLabel(id, t) }));
    if (envelope.pending) {
      messages.push({
        blocks: [{ text: t('engine:confirmChoice', { choice: choiceLabel(envelope.pending, t) }), draft: false }],
        choices: [
          { id: CONFIRM_YES, label: choiceLabel(CONFIRM_YES, t) },
          { id: CONFIRM_NO, label: choiceLabel(CONFIRM_NO, t) },
        ],
      });
    } else {
      // A reminder already set is not offered again; one arriving offers "stop reminding me".
      const scheduled = new Set((envelope.due ?? []).map((d) => d.kind));
      const offered = prompt.choices.filter((id) => {
        const kind = followUpOfChoice(id, prompt.stateId);
        return !kind || !scheduled.has(kind);
      });
      const choices = extras.followUp ? [...offered, STOP_FOLLOW_UPS] : offered;
      messages.push({
        blocks: toBlocks(prompt.parts),
        choices: choices.map((id) => ({ id, label: choiceLabel(id, t) })),
      });
    }
    return { messages, turn: envelope.turn, lang, stateId: prompt.stateId, accepted, ...(extras.followUp ? { followUp: extras.followUp } : {}) };
  }
}
