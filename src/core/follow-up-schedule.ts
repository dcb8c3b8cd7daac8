/**
 * Follow-ups as the engine keeps them: which the machine declared after a turn, when each
 * goes out (China time, quiet hours, one a day, the window's last day first), which are moot,
 * and what /reminders lists. Pure functions of the envelope and the time.
 */
import { transition } from 'xstate';
import { chinaDateAt, followUpFits, saidBy, type CoachMachine, type FollowUp, type FollowUpKind, type ProductPolicy, type Say } from '../../machines';
import type { Envelope, ScheduledFollowUp } from './envelope';
import { deliveryTime, onFreeDay, scheduleTime } from './follow-up-times';
import { CANCEL_FOLLOW_UP, STOP_FOLLOW_UPS } from './reply';

/**
 * Whether this engine's adapter can deliver follow-ups later: `deliver` (pushed: Telegram),
 * `onVisit` (kept and shown when the person opens the chat again: the web chat, which cannot
 * call on anyone, says so), `unavailable` (a terminal: nobody is there later), or `off`
 * (FOLLOW_UPS=off). Otherwise a follow-up asked for is not stored; the person is told why and
 * given the time to note down.
 */
export type FollowUpMode = 'deliver' | 'onVisit' | 'unavailable' | 'off';

/** Modes in which a follow-up asked for is kept. */
const keeps = (mode: FollowUpMode) => mode === 'deliver' || mode === 'onVisit';

const DAY_MS = 24 * 3_600_000;

/** Every question entered joins the trail, so a changed trail means a new question. */
export function questionChanged(before: Envelope['snapshot'], after: Envelope['snapshot']): boolean {
  const a = before.context.trail;
  const b = after.context.trail;
  return a.length !== b.length || a.some((state, i) => state !== b[i]);
}

/** `waiting` follow-ups moved to `from` or later, each on a day of its own. */
export function postponed(due: readonly ScheduledFollowUp[], waiting: readonly ScheduledFollowUp[], from: number): ScheduledFollowUp[] {
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
 * and outside quiet hours, and the person told when (a line added to `said`). Where the
 * adapter cannot deliver them, nothing is stored and the person gets the time to note down.
 * Returns the kinds newly scheduled.
 */
export function withFollowUps(
  envelope: Envelope,
  declared: readonly FollowUp[],
  said: Say[][],
  context: { mode: FollowUpMode; now: number; policy: ProductPolicy },
): { envelope: Envelope; scheduled: FollowUpKind[] } {
  const { mode, now, policy } = context;
  const today = chinaDateAt(now);
  let due = (envelope.due ?? []).filter((d) => followUpFits(d.kind, envelope.snapshot.context, today, policy));
  const scheduled: FollowUpKind[] = [];
  for (const followUp of declared) {
    const others = due.filter((d) => d.kind !== followUp.kind);
    // Asked for on a later day than it is about (the verdict's last day has passed).
    if (!followUpFits(followUp.kind, envelope.snapshot.context, today, policy)) {
      said.push([{ key: 'engine:followUps.passed' }]);
      continue;
    }
    // The window's last day is the one date that cannot move: it takes its day, others make way.
    const urgent = followUp.kind === 'window';
    const at = scheduleTime(followUp.when, urgent ? new Set() : new Set(others.map((d) => chinaDateAt(d.at))), now);
    if (urgent)
      due = postponed(
        others,
        others.filter((d) => chinaDateAt(d.at) === chinaDateAt(at)),
        at + DAY_MS,
      );
    // Twelfth review m11: the reminder's day and time apart, so English can say "at 10:00 China time on Tue, Dec 8".
    const time = new Date(at + 8 * 60 * 60 * 1000).toISOString().slice(11, 16);
    const vars = { when: { at }, day: { date: chinaDateAt(at) }, time };
    const line: Say = { key: `engine:followUps.${mode === 'deliver' ? 'set' : mode}`, vars };
    // A new array: the machine's own `say` parts are shared config, never to be changed.
    if (said.length > 0) said[said.length - 1] = [...said[said.length - 1]!, line];
    else said.push([line]);
    if (!keeps(mode)) continue;
    due = [...due.filter((d) => d.kind !== followUp.kind), { kind: followUp.kind, at }];
    scheduled.push(followUp.kind);
  }
  const { due: _old, ...rest } = envelope;
  return { envelope: due.length > 0 ? { ...rest, due } : rest, scheduled };
}

/** What sending the due follow-ups means for a conversation: at most one goes out. */
export interface DueStep {
  envelope: Envelope;
  /** The follow-up going out now: what it says, and how late it is. */
  sending?: { kind: FollowUpKind; said: Say[][]; lateMs: number };
  /** Follow-ups the machine found no longer fit the case: removed unsent. */
  dropped: FollowUpKind[];
}

/**
 * The conversation's due follow-ups at `now`: moot ones dropped, one sent (the machine gets
 * `clock.due` and says what it says), the others moved on. In quiet hours, or when the chat
 * already had one today, they are moved on instead, unless the person is `present`.
 */
export function dueStep(
  stored: Envelope,
  ready: ScheduledFollowUp[],
  now: number,
  present: boolean,
  product: { machine: CoachMachine; policy: ProductPolicy },
): DueStep {
  const { machine, policy } = product;
  // Moot ones go first (a window reminder after the last day): they take no one's slot.
  const today = chinaDateAt(now);
  const dropped = ready.filter((d) => !followUpFits(d.kind, stored.snapshot.context, today, policy)).map((d) => d.kind);
  let due = (stored.due ?? []).filter((d) => !dropped.includes(d.kind));
  ready = ready.filter((d) => !dropped.includes(d.kind));
  // On its last day the window reminder goes out whatever the hour: tomorrow it is moot.
  const lastDayNow = ready.some((d) => d.kind === 'window' && chinaDateAt(d.since ?? d.at) === today);
  if (lastDayNow) ready = [...ready.filter((d) => d.kind === 'window'), ...ready.filter((d) => d.kind !== 'window')];
  // Otherwise quiet hours and one a day keep the coach from calling on people; one who is
  // here (a web chat visit) sees what is due at once.
  const allowed = present || lastDayNow ? now : deliveryTime(now, stored.lastFollowUpOn);
  if (allowed > now) return { envelope: { ...stored, due: postponed(due, ready, allowed) }, dropped };
  for (const followUp of ready) {
    due = due.filter((d) => d.kind !== followUp.kind);
    const [next, actions] = transition(machine, stored.snapshot, { type: 'clock.due', kind: followUp.kind, at: now });
    const said = saidBy(actions);
    if (said.length === 0) {
      dropped.push(followUp.kind);
      continue;
    }
    // One a day: the others due now wait for the next free days.
    const waiting = ready.filter((d) => d !== followUp && !dropped.includes(d.kind));
    due = postponed(due, waiting, onFreeDay(now, new Set([today])));
    const { pending: _held, ...unheld } = stored;
    // Its buttons are the question's own: earlier ones go stale only if the question changed.
    const turn = stored.turn + (questionChanged(stored.snapshot, next) || stored.pending ? 1 : 0);
    const envelope: Envelope = {
      ...unheld,
      turn,
      snapshot: next,
      lastFollowUpOn: today,
      due: due.filter((d) => followUpFits(d.kind, next.context, today, policy)),
    };
    return { envelope, sending: { kind: followUp.kind, said, lateMs: now - (followUp.since ?? followUp.at) }, dropped };
  }
  return { envelope: { ...stored, due }, dropped };
}

/** /reminders: what to say (each scheduled follow-up with its time) and the cancel buttons. */
export function remindersList(envelope: Envelope, mode: FollowUpMode): { said: Say[][]; choices?: string[] } {
  if (!keeps(mode)) return { said: [[{ key: `engine:followUps.list.${mode}` }]] };
  const due = [...(envelope.due ?? [])].sort((a, b) => a.at - b.at);
  if (due.length === 0) return { said: [[{ key: 'engine:followUps.list.none' }]] };
  const lines: Say[] = due.map((d) => ({
    key: 'engine:followUps.list.item',
    vars: { what: { key: `engine:followUps.kind.${d.kind}` }, when: { at: d.at } },
    line: true,
  }));
  const choices = [...due.map((d) => `${CANCEL_FOLLOW_UP}${d.kind}`), ...(due.length > 1 ? [STOP_FOLLOW_UPS] : [])];
  return { said: [[{ key: 'engine:followUps.list.intro' }, ...lines]], choices };
}

/** The envelope without follow-ups of these kinds. */
export function withoutFollowUps(envelope: Envelope, kinds: readonly FollowUpKind[]): Envelope {
  const due = (envelope.due ?? []).filter((d) => !kinds.includes(d.kind));
  const { due: _old, ...rest } = envelope;
  return due.length > 0 ? { ...rest, due } : rest;
}
