/** Helpers to drive the pure machine in tests, one event at a time. */
import { initialTransition, transition } from 'xstate';
import { activePrompt, coachMachine, saidBy, type CoachEvent, type CoachSnapshot, type Lang } from '../../machines';
import { AT } from './explore';

export type Step = string | { date: string; confirm?: boolean } | { text: string } | { command: Extract<CoachEvent, { type: 'user.command' }>['name'] };

export function toEvent(step: Step, at = AT): CoachEvent {
  if (typeof step === 'string') return { type: 'user.choice', id: step, at };
  if ('date' in step) return { type: 'user.date', date: step.date, ...(step.confirm ? { confirm: true } : {}), at };
  if ('text' in step) return { type: 'user.text', text: step.text, at };
  return { type: 'user.command', name: step.command, at };
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
