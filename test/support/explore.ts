/**
 * Walks the machine breadth-first with every event a user can send, to collect every state it
 * can reach and every text key it can emit. States are told apart by their value plus the
 * case-file fields that change what is said, which keeps the walk finite and quick.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { coachMachine } from '../../machines/coach.machine';
import { activePrompt } from '../../machines';
import type { CoachEvent, CommandName, Say, TextVar } from '../../machines/types';

type Snapshot = SnapshotFrom<typeof coachMachine>;

export const AT = Date.parse('2026-11-26T04:00:00Z'); // 12:00 in China
const COMMANDS: CommandName[] = ['back', 'restart', 'help', 'why', 'summary', 'lang', 'resume'];

export function eventsToTry(snapshot: Snapshot): CoachEvent[] {
  const prompt = activePrompt(snapshot);
  const events: CoachEvent[] = prompt.choices.map((id) => ({ type: 'user.choice', id, at: AT }));
  for (const name of COMMANDS) events.push({ type: 'user.command', name, at: AT });
  events.push({ type: 'user.text', text: 'hm', at: AT });
  events.push({ type: 'user.choice', id: 'forged', at: AT });
  const dates = prompt.acceptsDate
    ? ['2026-11-23', '2026-11-19', '2026-11-18', '2027-01-01', '2019-01-01', '2026-02-30']
    : ['2026-11-23'];
  for (const date of dates) {
    events.push({ type: 'user.date', date, at: AT });
  }
  return events;
}

/**
 * What makes two snapshots say different things. Raw answers matter only until the verdict
 * sums them up; after it, the verdict and the few answers later texts use are enough.
 */
function fingerprint(s: Snapshot): string {
  const c = s.context;
  const answers = c.verdict ? [] : [c.member, c.privilege, c.openedBucket, !!c.openedOn, c.payment];
  return JSON.stringify([
    s.value, c.verdict, c.window, c.payment, c.autoRenew, c.outcome, c.route,
    c.triedChannels.length > 0, c.renewalOff, ...answers,
  ]);
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
      varKeys(part.vars).forEach((k) => keys.add(k));
    }
  };
  const snapshots: Snapshot[] = [];
  const seen = new Set<string>();
  const queue: Snapshot[] = [];
  // Language changes no key, so one is enough here; rendering tests cover both.
  queue.push(initialTransition(coachMachine, { lang: 'zh' })[0]);
  while (queue.length > 0) {
    const snapshot = queue.shift()!;
    const id = fingerprint(snapshot);
    if (seen.has(id)) continue;
    seen.add(id);
    snapshots.push(snapshot);
    const prompt = activePrompt(snapshot);
    stateIds.add(prompt.stateId);
    collect(prompt.parts);
    prompt.choices.forEach((c) => choices.add(c));
    for (const event of eventsToTry(snapshot)) {
      const [next, actions] = transition(coachMachine, snapshot, event);
      for (const action of actions) {
        if (action.type === 'say') collect((action.params as { parts: Say[] }).parts);
      }
      queue.push(next);
    }
  }
  cached = { snapshots, keys, choices, stateIds };
  return cached;
}
