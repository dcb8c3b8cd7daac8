/**
 * Small builders so every state is declared the same way: a prompt, the back-trail entry,
 * and transitions keyed by the choice a person made.
 */
import type { CaseFile } from './case-file';
import { question } from './prompts';
import type { CoachEvent, FollowUp, Prompt, Say } from './types';

export type PromptOf = (c: CaseFile) => Prompt;

export const say = (...parts: Say[]) => ({ type: 'say' as const, params: { parts } });
/** Declares a follow-up, worked out from the case file and the event (its time, a typed date). */
export const schedule = (make: (c: CaseFile, event: CoachEvent) => FollowUp) => ({
  type: 'schedule' as const,
  params: ({ context, event }: { context: CaseFile; event: CoachEvent }) => make(context, event),
});
export const record = (fields: Partial<CaseFile>) => ({ type: 'record' as const, params: fields });

/** A transition taken when the user picks choice `id`. */
export function onChoice(id: string, target: string, actions: unknown[] = []) {
  return { guard: { type: 'chose' as const, params: { id } }, target: `#${target}`, actions };
}

/** A state that waits on a prompt and joins the back-trail when entered. */
export function promptState(id: string, prompt: PromptOf, on: Record<string, unknown>) {
  return {
    id,
    meta: { prompt },
    entry: [{ type: 'remember' as const, params: { state: id } }],
    on,
  };
}

/** "Why do you ask?" at question `id`: the reason, and the same question again. */
export function whyHandler(id: string) {
  return { guard: { type: 'isCommand', params: { name: 'why' } }, actions: say({ key: `why.${id}` }) };
}

/** An eligibility question: answers recorded into one field, plus "why do you ask?". */
export function questionState(
  id: string,
  answers: readonly string[],
  next: string,
  toField: (answer: string) => Partial<CaseFile>,
  extraActions: unknown[] = [],
) {
  return promptState(id, () => question(`ask.${id}`, answers), {
    'user.choice': answers.map((a) => onChoice(a, next, [record(toField(a)), ...extraActions])),
    'user.command': whyHandler(id),
  });
}
