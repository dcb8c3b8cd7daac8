/**
 * The machine's public face for engines and tests: the machine, its version, and the two
 * readers of its declared output (what it said, what it now asks).
 */
import type { SnapshotFrom } from 'xstate';
import type { coachMachine } from './coach.machine';
import { followUpFits as fitsCase } from './follow-ups';
import type { ProductPolicy } from './policy';
import type { CaseFile } from './case-file';
import type { FollowUp, FollowUpKind, Prompt, Say } from './types';

export { coachMachine, createCoachMachine, MACHINE_VERSION, type CoachMachine } from './coach.machine';
export { productChoiceId, type Product } from './product';
export type { ProductPolicy, WalkStep } from './policy';
export { xhsBlackCard } from './products/xhs-black-card';
export { anyMembership } from './products/any-membership';
import { anyMembership } from './products/any-membership';
import { xhsBlackCard } from './products/xhs-black-card';
import type { Product } from './product';

/** The products this package ships, the first where a new conversation starts. */
export const BUILT_IN_PRODUCTS: readonly Product[] = [xhsBlackCard, anyMembership];
export type { CaseFile } from './case-file';
export type { CoachEvent, CommandName, FollowUp, FollowUpKind, FollowUpWhen, Lang, PersonEvent, Prompt, Say, TextVar, TextVars } from './types';
export { FOLLOW_UP_KINDS } from './types';
export { followUpOfChoice } from './follow-ups';
export { PERSON_COMMANDS, LANGS, isLang } from './types';
export { chinaDateAt, isCalendarDate } from './china-date';
export { conversationVars } from './case-vars';
export { sayKeys, sourcesFor, SOURCES } from './sources';

export type CoachSnapshot = SnapshotFrom<typeof coachMachine>;

export interface ActivePrompt extends Prompt {
  /** Id of the state asking, e.g. `askOpened`; stable across versions for logs and markers. */
  stateId: string;
}

type PromptMeta = { prompt?: (c: CaseFile) => Prompt } | undefined;

/**
 * Prompts worked out, per snapshot: a turn asks for the same snapshot's prompt several times
 * (to read the answer, to render the reply, and the next turn reads it again), and snapshots
 * never change once made. Weakly held: a snapshot no longer used takes its prompt with it.
 */
const prompts = new WeakMap<CoachSnapshot, ActivePrompt>();

/** The question the conversation now waits on: the active atomic state's `meta.prompt`. Shared: do not change it. */
export function activePrompt(snapshot: CoachSnapshot): ActivePrompt {
  let prompt = prompts.get(snapshot);
  if (!prompt) prompts.set(snapshot, (prompt = promptOf(snapshot)));
  return prompt;
}

function promptOf(snapshot: CoachSnapshot): ActivePrompt {
  const metas = snapshot.getMeta() as Record<string, PromptMeta>;
  for (const [id, meta] of Object.entries(metas)) {
    if (meta?.prompt) return { ...meta.prompt(snapshot.context), stateId: id.replace(/^coach\./, '') };
  }
  throw new Error(`state ${JSON.stringify(snapshot.value)} declares no prompt`);
}

/** Whether a scheduled follow-up still fits the case on China date `today` (the conversation's product). */
export function followUpFits(kind: FollowUpKind, c: CaseFile, today: string, policy: ProductPolicy): boolean {
  return fitsCase(kind, c, today, policy);
}

/** The follow-ups a transition declared, in order. */
export function scheduledBy(actions: ReadonlyArray<{ type: string; params?: unknown }>): FollowUp[] {
  return actions.filter((a) => a.type === 'schedule').map((a) => a.params as FollowUp);
}

/** The messages a transition declared, in order. */
export function saidBy(actions: ReadonlyArray<{ type: string; params?: unknown }>): Say[][] {
  return actions.filter((a) => a.type === 'say').map((a) => (a.params as { parts: Say[] }).parts);
}
