/**
 * The whole coaching conversation as one pure XState machine, assembled from its parts in
 * states/: eligibility → verdict → walkthrough or appeal → auto-renew reminder → summary.
 *
 * Rules that keep it pure and persistable: it imports only xstate (and its sibling data
 * modules), reads time only from `event.at`, has no timers, invokes or spawns, and performs
 * no output. Output is declared: `say` actions carry text keys, and each atomic state's
 * `meta.prompt` says what it asks (the engine renders that at the end of every turn).
 *
 * Commands (back, restart, help, why, summary, lang, resume) work in every state; they are
 * handled here at the root unless a state handles them itself ("why" at a question).
 */
import { and } from 'xstate';
import type { CaseField } from './case-file';
import { newCaseFile } from './case-file';
import { say } from './builders';
import { summaryParts } from './prompts';
import { machineSetup, policy } from './setup';
import { appeal } from './states/appeal';
import { askArrived, renewal, renewalReminder, summary } from './states/closing';
import { dueTransitions } from './states/due';
import { eligibility, greeting } from './states/eligibility';
import { afterSubmit, appleAfterSubmit, appleRefused, verdict, walkthrough } from './states/walkthrough';

/** Bumped whenever a stored snapshot of an older shape could no longer be restored. */
export const MACHINE_VERSION = 3;

/** Which answers each question state records, so "back" to it undoes exactly those. */
const ANSWERS_OF: Record<string, CaseField[]> = {
  askMember: ['member', 'verdict'],
  askOpened: ['openedOn', 'openedBucket', 'pendingDate'],
  confirmOpened: ['openedOn', 'pendingDate'],
  askReminder: ['reminder'],
  redCard: ['route', 'appealReason', 'outcome'],
  askPrivilege: ['privilege'],
  askPayment: ['payment'],
  askAutoRenew: ['autoRenew', 'verdict', 'window', 'decidedOn'],
  verdict: ['route'],
  afterSubmit: ['outcome', 'approvedOn'],
  appleAfterSubmit: ['outcome', 'approvedOn'],
  ...Object.fromEntries(policy.appealLadder.map((channel) => [`appeal_${channel}`, ['outcome', 'approvedOn', 'progressAt'] as CaseField[]])),
  appealRefusalReply: ['outcome', 'approvedOn', 'progressAt'],
  appealReason: ['appealReason'],
  askOrderNumber: ['orderNumber'],
  appealRefusal: ['refusal'],
  renewal: ['renewalOff'],
  askArrived: ['moneyArrived'],
};

const states = {
  greeting,
  eligibility,
  verdict,
  walkthrough,
  afterSubmit,
  appleAfterSubmit,
  appleRefused,
  appeal,
  renewal,
  renewalReminder,
  summary,
  askArrived,
};

/** Every prompt state's id, collected from the config so "back" can reach each of them. */
function promptIdsIn(node: Record<string, unknown>): string[] {
  return Object.values(node).flatMap((child) => {
    const config = child as { id?: string; meta?: unknown; states?: Record<string, unknown> };
    const own = config.meta && config.id ? [config.id] : [];
    return [...own, ...(config.states ? promptIdsIn(config.states) : [])];
  });
}

export const promptIds: readonly string[] = promptIdsIn(states);

/** States where the person reported that a channel did not solve it; "back" to one takes that back. */
const CHANNEL_OF: Record<string, string> = {
  afterSubmit: 'inApp',
  ...Object.fromEntries(policy.appealLadder.map((channel) => [`appeal_${channel}`, channel])),
};

const backTransitions = promptIds.map((id) => ({
  guard: and([
    { type: 'isCommand', params: { name: 'back' } },
    { type: 'previousIs', params: { state: id } },
  ]),
  target: `#${id}`,
  actions: [{ type: 'goBack', params: { clear: ANSWERS_OF[id] ?? [], ...(CHANNEL_OF[id] ? { channel: CHANNEL_OF[id] } : {}) } }],
}));

const command = (name: string) => ({ type: 'isCommand' as const, params: { name } }) as never;

export const coachMachine = machineSetup.createMachine({
  id: 'coach',
  // transition() builds a throwaway actor with no input: without the fallback every call would
  // throw (and swallow) a TypeError here, about 8% of a turn's CPU.
  context: ({ input }) => newCaseFile(input?.lang ?? 'en'),
  initial: 'greeting',
  // The builders produce plain config objects; xstate validates them when it builds.
  states: states as never,
  on: {
    'user.command': [
      ...(backTransitions as never[]),
      { guard: command('back'), actions: say({ key: 'back.nothingToUndo' }) },
      // The command menu promises the first question, so a restart skips the greeting.
      { guard: command('restart'), target: '#askMember', reenter: true, actions: ['reset', say({ key: 'restart.done' })] },
      { guard: command('lang'), actions: ['switchLang', say({ key: 'lang.switched' })] },
      { guard: command('summary'), actions: { type: 'say', params: ({ context }) => ({ parts: summaryParts(context, policy) }) } },
      { guard: command('why'), actions: say({ key: 'why.general' }) },
      { guard: command('resume'), actions: say({ key: 'resume.welcomeBack' }) },
      { actions: say({ key: 'help.body' }) },
    ],
    // A follow-up that still fits picks the conversation up where it belongs; one that no
    // longer fits matches nothing, says nothing, and is dropped by the engine.
    'clock.due': dueTransitions,
    'user.choice': { actions: say({ key: 'fallback.choice' }) },
    'user.date': { actions: say({ key: 'fallback.date' }) },
    'user.text': { actions: say({ key: 'fallback.text' }) },
  },
});

export type CoachMachine = typeof coachMachine;
