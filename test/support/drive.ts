/** Helpers to drive the pure machine in tests, one event at a time. */
import { initialTransition, transition } from 'xstate';
import { activePrompt, coachMachine, saidBy, type CoachEvent, type CoachSnapshot, type Lang } from '../../machines';
import { AT } from './explore';

export type Step = string | { date: string; confirm?: boolean } | { text: string } | { command: Extract<CoachEvent, { type: 'user.command' }>['name'] };

/** The payment answer as steps: "Other" is followed by "which one?", skipped here (review 33 F2). */
export const paid = (payment: string): Step[] => (payment === 'otherPay' ? [payment, 'skipOtherPay'] : [payment]);

export function toEvent(step: Step, at = AT): CoachEvent {
  if (typeof step === 'string') return { type: 'user.choice', id: step, at };
  if ('date' in step) return { type: 'user.date', date: step.date, ...(step.confirm ? { confirm: true } : {}), at };
  if ('text' in step) return { type: 'user.text', text: step.text, at };
  return { type: 'user.command', name: step.command, at };
}

/**
 * A walk presses only what the person could: a button shown, or an app the understanding reads
 * from a typed name. The engine refuses any other press as stale, so a test that presses one
 * tests a path nobody can take.
 */
export function assertOffered(snapshot: unknown, step: Step): void {
  if (typeof step !== 'string') return;
  const prompt = activePrompt(snapshot as never);
  if (prompt.choices.includes(step) || (prompt.acceptsAppName && step.startsWith('app_'))) return;
  throw new Error(`"${step}" is not offered at ${prompt.stateId} (offered: ${prompt.choices.join(' ')})`);
}

export interface Driven {
  snapshot: CoachSnapshot;
  /** Keys said by the last step (not counting the prompt). */
  said: string[];
  state: string;
}

export function drive(steps: Step[], lang: Lang = 'en', at = AT): Driven {
  let [snapshot] = initialTransition(coachMachine, { lang });
  let said: string[] = [];
  for (const step of steps) {
    assertOffered(snapshot, step);
    const [next, actions] = transition(coachMachine, snapshot, toEvent(step, at));
    snapshot = next;
    said = saidBy(actions)
      .flat()
      .map((s) => s.key);
  }
  return { snapshot, said, state: activePrompt(snapshot).stateId };
}

/** The eligibility answers of the guide's best case: new, three days ago, nothing used, Alipay. */
export const BEST_CASE: Step[] = ['begin', 'firstTime', 'days1to3', 'noneUsed', 'alipay', 'renewOn'];
