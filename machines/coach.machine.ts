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
import type { Product } from './product';
import { xhsBlackCard } from './products/xhs-black-card';
import { machineSetupFor } from './setup';
import { appealStates } from './states/appeal';
import { appleRefusalStates } from './states/apple-refusal';
import { closingStates } from './states/closing';
import { dueTransitions } from './states/due';
import { eligibilityStates } from './states/eligibility';
import { walkthroughStates } from './states/walkthrough';

/** Bumped whenever a stored snapshot of an older shape could no longer be restored. */
export const MACHINE_VERSION = 3;

/** Which answers each question state records, so "back" to it undoes exactly those. */
const answersOf = (ladder: readonly string[], appleSteps: readonly string[] = []): Record<string, CaseField[]> => ({
  askAppName: ['appId', 'appName'],
  // The name is recorded at askAppName; back to its read-back keeps it to read back again.
  confirmAppName: [],
  askMember: ['member', 'verdict'],
  askOpened: ['openedOn', 'openedRelative', 'openedBucket', 'pendingDate'],
  confirmOpened: ['openedOn', 'openedRelative', 'pendingDate'],
  askReminder: ['reminder', 'reminderLacks', 'reminderFrom'],
  askReminderContent: ['reminderLacks', 'reminderFrom'],
  askReminderFrom: ['reminderFrom', 'appleReminder'],
  askAppleReminder: ['appleReminder'],
  redCard: ['route', 'appealReason', 'outcome', 'redCardNotice'],
  askPrivilege: ['privilege'],
  askPayment: ['payment', 'reminderFrom', 'otherPay'],
  askOtherPay: ['otherPay'],
  askAutoRenew: ['autoRenew', 'verdict', 'window', 'decidedOn'],
  verdict: ['route'],
  askFamily: ['payer', 'childAge', 'paidFrom', 'accountOf'],
  askChildAge: ['childAge'],
  askChildPaidFrom: ['paidFrom'],
  askChildAccount: ['accountOf'],
  afterSubmit: ['outcome', 'approvedOn'],
  inAppRefusalReason: ['inAppRefusal'],
  appleAfterSubmit: ['outcome', 'approvedOn'],
  // (Back to the email step also takes back "no official email: skipped".)
  ...Object.fromEntries(
    ladder.map((channel) => [
      `appeal_${channel}`,
      ['outcome', 'approvedOn', 'progressAt', 'refundedAt', ...(channel === 'email' ? ['emailSkipped'] : [])] as CaseField[],
    ]),
  ),
  appealRefusalReply: ['outcome', 'approvedOn', 'progressAt', 'refundedAt'],
  appealReason: ['appealReason'],
  appealMisledDetail: ['misledDetail'],
  askOrderNumber: ['orderNumber'],
  appealPlanDetail: ['planDetail'],
  appealRefusal: ['refusal'],
  renewal: ['renewalOff'],
  askArrived: ['moneyArrived'],
  // Back to Apple's refusal: what was answered there is asked again (the amount stays, like the ladder's).
  appleRefused: ['appleCancelled', 'appleRefusalAnswered', 'planChange', 'planDetail', 'appleRefusedAgain'],
  appleRefusalReason: ['appealReason'],
  askRedCardNotice: ['redCardNotice'],
  askRedCardWorks: ['redCardWorks'],
  askRedCardPayment: ['payment'],
  // Back to a step of Apple's page the person could not get through: they may get through it now.
  ...Object.fromEntries(appleSteps.map((step) => [`apple_${step}_alt`, ['appleStuck'] as CaseField[]])),
});

/** Every prompt state's id, collected from the config so "back" can reach each of them. */
function promptIdsIn(node: Record<string, unknown>): string[] {
  return Object.values(node).flatMap((child) => {
    const config = child as { id?: string; meta?: unknown; states?: Record<string, unknown> };
    const own = config.meta && config.id ? [config.id] : [];
    return [...own, ...(config.states ? promptIdsIn(config.states) : [])];
  });
}

/** States where the person reported that a channel did not solve it; "back" to one takes that back. */
const channelOf = (ladder: readonly string[]): Record<string, string> => ({
  afterSubmit: 'inApp',
  ...Object.fromEntries(ladder.map((channel) => [`appeal_${channel}`, channel])),
});

/** "Back" from anywhere to the question before, undoing exactly what it recorded. */
function backTransitions(promptIds: readonly string[], ladder: readonly string[], appleSteps: readonly string[]) {
  const answers = answersOf(ladder, appleSteps);
  const channels = channelOf(ladder);
  return promptIds.map((id) => ({
    guard: and([
      { type: 'isCommand', params: { name: 'back' } },
      { type: 'previousIs', params: { state: id } },
    ]),
    target: `#${id}`,
    actions: [{ type: 'goBack', params: { clear: answers[id] ?? [], ...(channels[id] ? { channel: channels[id] } : {}) } }],
  }));
}

const command = (name: string) => ({ type: 'isCommand' as const, params: { name } }) as never;

/**
 * The conversation for `product`. `products` are all the products this coach serves: with
 * more than one, the greeting asks which, and choosing another declares `switchProduct`.
 */
export function createCoachMachine(product: Product, products: readonly Product[] = [product]) {
  const { policy } = product;
  const states = {
    ...eligibilityStates(policy, product, products),
    ...walkthroughStates(policy),
    ...appleRefusalStates(policy),
    ...appealStates(policy),
    ...closingStates(policy),
  };
  const promptIds = promptIdsIn(states);
  return machineSetupFor(policy).createMachine({
    id: 'coach',
    // transition() builds a throwaway actor with no input: without the fallback every call would
    // throw (and swallow) a TypeError here, about 8% of a turn's CPU.
    context: ({ input }) => newCaseFile(input?.lang ?? 'en'),
    initial: 'greeting',
    // The builders produce plain config objects; xstate validates them when it builds.
    states: states as never,
    on: {
      'user.command': [
        ...(backTransitions(
          promptIds,
          policy.appealLadder,
          policy.walkthroughs.apple.map((step) => step.id),
        ) as never[]),
        { guard: command('back'), actions: say({ key: 'back.nothingToUndo' }) },
        // The command menu promises the first question, so a restart skips the greeting.
        {
          guard: command('restart'),
          target: policy.appButtons ? '#askAppName' : '#askMember',
          reenter: true,
          actions: ['reset', say({ key: 'restart.done' })],
        },
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
}

/** The first product's conversation (the default, and the type every product's machine has). */
export const coachMachine = createCoachMachine(xhsBlackCard);

export type CoachMachine = typeof coachMachine;

interface NodeLike {
  id: string;
  meta?: { prompt?: unknown };
  states: Record<string, NodeLike>;
}

/** Every prompt state's id in a machine, so "back" and the path tests reach each of them. */
export function promptIdsOf(machine: CoachMachine): string[] {
  const walk = (node: NodeLike): string[] => [...(node.meta?.prompt ? [node.id] : []), ...Object.values(node.states).flatMap(walk)];
  return walk(machine.root as unknown as NodeLike);
}

/** The first product's prompt states. */
export const promptIds: readonly string[] = promptIdsOf(coachMachine);
