/**
 * Finds every state the machine can reach and every text key it can emit, in two passes:
 *  1. a breadth-first walk with every event a user can send, telling states apart by their
 *     value and the few answers that open different routes (keeps the walk small);
 *  2. each state's prompt evaluated over case files that vary one field at a time from one
 *     the walk reached there, because prompts are pure functions of the case file.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { coachMachine } from '../../machines/coach.machine';
import { activePrompt, FOLLOW_UP_KINDS } from '../../machines';
import type { CaseFile } from '../../machines/case-file';
import { reminderSender } from '../../machines/case-vars';
import { xhsBlackCardPolicy as policy } from '../../machines/products/xhs-black-card/policy';
import type { CoachEvent, CommandName, Prompt, Say, TextVar } from '../../machines/types';

type Snapshot = SnapshotFrom<typeof coachMachine>;

export const AT = Date.parse('2026-11-26T04:00:00Z'); // 12:00 in China
const COMMANDS: CommandName[] = ['back', 'restart', 'help', 'why', 'summary', 'lang', 'resume'];

export function eventsToTry(snapshot: Snapshot): CoachEvent[] {
  const prompt = activePrompt(snapshot);
  const events: CoachEvent[] = prompt.choices.map((id) => ({ type: 'user.choice', id, at: AT }));
  for (const name of COMMANDS) events.push({ type: 'user.command', name, at: AT });
  events.push({ type: 'user.text', text: 'hm', at: AT });
  events.push({ type: 'user.choice', id: 'forged', at: AT });
  if (prompt.acceptsText) {
    for (const text of ['4111 1111 1111 1111', 'P2026112012345678']) events.push({ type: 'user.text', text, at: AT });
  }
  const dates = prompt.acceptsDate ? ['2026-11-23', '2026-11-19', '2026-11-18', '2027-01-01', '2019-01-01', '2026-02-30'] : ['2026-11-23'];
  for (const date of dates) events.push({ type: 'user.date', date, at: AT });
  if (prompt.acceptsDate) events.push({ type: 'user.date', date: '2026-11-20', confirm: true, at: AT });
  // Follow-ups can come at any point; the machine decides whether each still fits.
  for (const kind of FOLLOW_UP_KINDS) events.push({ type: 'clock.due', kind, at: AT });
  return events;
}

/** What makes two snapshots lead to different routes: the state and the verdict-level facts. */
function fingerprint(s: Snapshot): string {
  const c = s.context;
  // A reminder that left something out opens one more question for an Apple payer (tenth round m8).
  const answers = c.verdict
    ? []
    : [c.member, c.privilege, c.openedBucket, !!c.openedOn, c.payment, c.reminderLacks !== undefined && c.reminderLacks !== 'none'];
  // An app's reminder that left something out opens a message for the app at Apple's refusal (eleventh round M2).
  return JSON.stringify([s.value, c.verdict, c.payment === 'apple', c.outcome, !!c.orderNumber, reminderSender(c) === 'App', ...answers]);
}

/**
 * Changes to try on a reached case file, one at a time: every value of each field the
 * prompts branch on, plus the few combinations they read together.
 */
const single: { [F in keyof CaseFile]?: Array<CaseFile[F]> } = {
  member: ['firstTime', 'renewal', 'unsure'],
  openedBucket: ['days1to3', 'days4to6', 'day7', 'over7', 'unsure'],
  privilege: [...policy.privileges, 'noneUsed', 'unsure'],
  reminderLacks: ['none', 'time', 'amount', 'cancel', 'several'],
  reminderFrom: ['app', 'apple'],
  appleReminder: ['sent', 'none', 'unsure'],
  signupNotice: ['shown', 'notShown', 'unsure'],
  payment: [...policy.paymentChannels, 'unsure'],
  autoRenew: ['renewOn', 'renewOff', 'unsure'],
  verdict: ['likely', 'lastDay', 'renewal', 'unsure', 'privilegeUsed', 'late', 'apple'],
  window: ['open', 'lastDay', 'closed', 'unknown'],
  route: ['app', 'web', 'apple', 'appeal'],
  outcome: ['refused', 'pending'],
  submittedOn: ['2026-11-26', '2026-12-30', undefined],
  appealReason: [...policy.appealReasons],
  orderNumber: ['P2026112012345678', undefined],
  refusal: [...policy.refusals],
  triedChannels: [[], ['cs'], [...policy.appealLadder]],
  renewalOff: ['renewDone', 'renewLater'],
  pendingDate: ['2026-11-20'],
};
const VARIATIONS: Array<Partial<CaseFile>> = [
  ...Object.entries(single).flatMap(([field, values]) => (values as unknown[]).map((value) => ({ [field]: value }))),
  // Read together: the purchase date with the day of the verdict (days left / last day / closed).
  ...['2026-11-20', '2026-11-19', '2026-11-10'].map((openedOn) => ({ openedOn, decidedOn: '2026-11-26' })),
  ...policy.paymentChannels.map((payment) => ({ outcome: 'approved' as const, approvedOn: '2026-11-26', payment })),
  { outcome: 'approved', approvedOn: '2026-12-30', payment: 'unsure' },
];

function variantsOf(base: CaseFile): CaseFile[] {
  return [base, ...VARIATIONS.map((change) => ({ ...base, ...change }))];
}

function varKeys(vars: Record<string, TextVar> | undefined): string[] {
  return Object.values(vars ?? {}).flatMap((v) => (typeof v === 'object' && 'key' in v ? [v.key] : []));
}

export interface Exploration {
  snapshots: Snapshot[];
  /** Every text key emitted, including keys passed as variables. */
  keys: Set<string>;
  /** Every choice id offered. */
  choices: Set<string>;
  /** Every atomic state id reached. */
  stateIds: Set<string>;
  /** Every prompt the machine can show (pass 2), for rendering checks. */
  prompts: Array<Prompt & { stateId: string }>;
}

let cached: Exploration | undefined;

export function explore(): Exploration {
  if (cached) return cached;
  const keys = new Set<string>();
  const choices = new Set<string>();
  const stateIds = new Set<string>();
  const collect = (parts: Say[]) => {
    for (const part of parts) {
      keys.add(part.key);
      for (const k of varKeys(part.vars)) keys.add(k);
    }
  };
  const snapshots: Snapshot[] = [];
  const firstAt = new Map<string, Snapshot>();
  const seen = new Set<string>();
  // Language changes no key, so one is enough here; rendering tests cover both.
  const queue: Snapshot[] = [initialTransition(coachMachine, { lang: 'zh' })[0]];
  while (queue.length > 0) {
    const snapshot = queue.shift()!;
    const id = fingerprint(snapshot);
    if (seen.has(id)) continue;
    seen.add(id);
    snapshots.push(snapshot);
    const stateId = activePrompt(snapshot).stateId;
    stateIds.add(stateId);
    if (!firstAt.has(stateId)) firstAt.set(stateId, snapshot);
    for (const event of eventsToTry(snapshot)) {
      const [next, actions] = transition(coachMachine, snapshot, event);
      for (const action of actions) if (action.type === 'say') collect((action.params as { parts: Say[] }).parts);
      queue.push(next);
    }
  }
  const prompts: Exploration['prompts'] = [];
  for (const [stateId, snapshot] of firstAt) {
    for (const context of variantsOf(snapshot.context)) {
      const prompt = activePrompt(coachMachine.resolveState({ value: snapshot.value, context }));
      prompts.push({ ...prompt, stateId });
      collect(prompt.parts);
      for (const c of prompt.choices) choices.add(c);
    }
  }
  cached = { snapshots, keys, choices, stateIds, prompts };
  return cached;
}
