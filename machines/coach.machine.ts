/**
 * The whole coaching conversation as one pure XState machine.
 *
 * Rules that keep it pure and persistable: it imports only xstate (and its sibling data
 * modules), reads time only from `event.at`, has no timers, invokes or spawns, and performs
 * no output. Output is declared: `say` actions carry text keys, and each atomic state's
 * `meta.prompt` says what it asks (the engine renders that at the end of every turn).
 *
 * Commands (back, restart, help, why, summary, lang) work in every state; they are handled at
 * the root unless a state handles them itself ("why" at a question).
 */
import { and, assign, setup } from 'xstate';
import type { CaseField, CaseFile, Outcome } from './case-file';
import { newCaseFile } from './case-file';
import { chinaDateAt, daysBetween, isCalendarDate } from './china-date';
import { xhsBlackCard, type ProductPolicy, type WalkStep } from './policy';
import {
  altNamesPrompt,
  caseVars,
  question,
  renewalPrompt,
  stepPrompt,
  summaryParts,
  verdictPrompt,
} from './prompts';
import type { CoachEvent, CommandName, Lang, Prompt, Say } from './types';
import { decideVerdict, refundWindow } from './verdict';

/** Bumped whenever a stored snapshot of an older shape could no longer be restored. */
export const MACHINE_VERSION = 1;

const policy: ProductPolicy = xhsBlackCard;

/** The trail only needs to reach back a little; a cap keeps stored snapshots small. */
const TRAIL_LIMIT = 24;
/** A purchase date further back than this is almost certainly a typo. */
const OLDEST_PLAUSIBLE_DAYS = 3 * 366;

type PromptOf = (c: CaseFile) => Prompt;

/** Which answers each question state records, so "back" to it undoes exactly those. */
const ANSWERS_OF: Record<string, CaseField[]> = {
  askMember: ['member'],
  askOpened: ['openedOn', 'openedBucket'],
  askPrivilege: ['privilege'],
  askPayment: ['payment'],
  askAutoRenew: ['autoRenew', 'verdict', 'window', 'decidedOn'],
  verdict: ['route'],
  afterSubmit: ['outcome'],
  appleAfterSubmit: ['outcome'],
  appealReason: ['appealReason'],
  renewal: ['renewalOff'],
};

const machineSetup = setup({
  types: {} as {
    context: CaseFile;
    events: CoachEvent;
    input: { lang: Lang };
  },
  actions: {
    /** Declared output: one message made of one or more texts. Performed by the engine. */
    say: (_, _params: { parts: Say[] }) => {},
    remember: assign({
      trail: ({ context }, params: { state: string }) =>
        [...context.trail, params.state].slice(-TRAIL_LIMIT),
    }),
    record: assign((_, params: Partial<CaseFile>) => params),
    recordOpenedDate: assign(({ event }) =>
      event.type === 'user.date' ? { openedOn: event.date, openedBucket: undefined } : {},
    ),
    recordOpenedBucket: assign(({ event }) => {
      if (event.type !== 'user.choice') return {};
      // "Today" is an exact date: keep it so deadlines can be worked out.
      return event.id === 'today'
        ? { openedOn: chinaDateAt(event.at), openedBucket: undefined }
        : { openedBucket: event.id as CaseFile['openedBucket'], openedOn: undefined };
    }),
    decide: assign(({ context, event }) => {
      const today = chinaDateAt(event.at);
      const window = refundWindow(context, today, policy);
      return { window, verdict: decideVerdict(context, window, policy), decidedOn: today };
    }),
    noteChannel: assign({
      triedChannels: ({ context }, params: { channel: string }) =>
        context.triedChannels.includes(params.channel)
          ? context.triedChannels
          : [...context.triedChannels, params.channel],
    }),
    goBack: assign(({ context }, params: { clear: CaseField[] }) => {
      const cleared: Partial<CaseFile> = {};
      for (const field of params.clear) cleared[field] = undefined;
      return { ...cleared, trail: context.trail.slice(0, -2) };
    }),
    // assign merges, so every answer is cleared explicitly before the fresh case file.
    reset: assign(({ context }) => ({
      ...Object.fromEntries(Object.keys(context).map((field) => [field, undefined])),
      ...newCaseFile(context.lang),
    })),
    switchLang: assign({
      lang: ({ context, event }) =>
        event.type === 'user.command' && event.lang ? event.lang : context.lang === 'zh' ? 'en' : 'zh',
    }),
  },
  guards: {
    chose: ({ event }, params: { id: string }) => event.type === 'user.choice' && event.id === params.id,
    choseOneOf: ({ event }, params: { ids: readonly string[] }) =>
      event.type === 'user.choice' && params.ids.includes(event.id),
    isCommand: ({ event }, params: { name: CommandName }) =>
      event.type === 'user.command' && event.name === params.name,
    previousIs: ({ context }, params: { state: string }) => context.trail.at(-2) === params.state,
    dateUnusable: ({ event }) => event.type === 'user.date' && !isCalendarDate(event.date),
    dateInFuture: ({ event }) =>
      event.type === 'user.date' && daysBetween(chinaDateAt(event.at), event.date) > 0,
    dateImplausiblyOld: ({ event }) =>
      event.type === 'user.date' && daysBetween(event.date, chinaDateAt(event.at)) > OLDEST_PLAUSIBLE_DAYS,
  },
});

// ---- small builders, so every state is declared the same way ----

const say = (...parts: Say[]) => ({ type: 'say' as const, params: { parts } });
const record = (fields: Partial<CaseFile>) => ({ type: 'record' as const, params: fields });

/** A transition taken when the user picks choice `id`. */
function onChoice(id: string, target: string, actions: unknown[] = []) {
  return { guard: { type: 'chose' as const, params: { id } }, target: `#${target}`, actions };
}

/** A state that waits on a prompt and joins the back-trail when entered. */
function promptState(id: string, prompt: PromptOf, on: Record<string, unknown>) {
  return {
    id,
    meta: { prompt },
    entry: [{ type: 'remember' as const, params: { state: id } }],
    on,
  };
}

/** An eligibility question: answers recorded into one field, plus "why do you ask?". */
function questionState(
  id: string,
  answers: readonly string[],
  next: string,
  toField: (answer: string) => Partial<CaseFile>,
  extraActions: unknown[] = [],
) {
  return promptState(id, () => question(`ask.${id}`, answers), {
    'user.choice': answers.map((a) => onChoice(a, next, [record(toField(a)), ...extraActions])),
    'user.command': { guard: { type: 'isCommand', params: { name: 'why' } }, actions: say({ key: `why.${id}` }) },
  });
}

/** One walkthrough: a state per step plus its "I can't find it" state. */
function walkthroughStates(route: 'app' | 'web' | 'apple', done: string, giveUp: string) {
  const steps: readonly WalkStep[] = policy.walkthroughs[route];
  const states: Record<string, unknown> = {};
  steps.forEach((step, i) => {
    const id = `${route}_${step.id}`;
    const next = i + 1 < steps.length ? `${route}_${steps[i + 1]!.id}` : done;
    states[step.id] = promptState(id, () => stepPrompt(route, step, i, steps.length), {
      'user.choice': [onChoice('done', next), onChoice('cantFind', `${id}_alt`)],
    });
    states[`${step.id}_alt`] = promptState(`${id}_alt`, () => altNamesPrompt(route, step), {
      'user.choice': [
        onChoice('foundIt', next),
        onChoice('stillCantFind', giveUp, [say({ key: 'walk.toAppeal' })]),
      ],
    });
  });
  return { initial: steps[0]!.id, states };
}

/** Where each appeal channel's "that did not work" points next: the escalation ladder. */
const NEXT_RUNG: Record<string, string> = { cs: 'email', email: 'escalate', escalate: 'social', social: 'none' };

function appealChannelState(channel: string, id: string, parts: (c: CaseFile) => Say[]) {
  return promptState(
    id,
    (c) => ({ parts: parts(c), choices: ['worked', 'notWorked', 'back'] }),
    {
      'user.choice': [
        onChoice('worked', 'renewal', [record({ outcome: 'approved' })]),
        onChoice('notWorked', 'appealMenu', [say({ key: `appeal.next.${NEXT_RUNG[channel]}` })]),
      ],
    },
  );
}

const caseVarsOf = (c: CaseFile) => caseVars(c, policy);

const promptIds: string[] = [];

const states = {
  greeting: promptState('greeting', () => ({ parts: [{ key: 'greeting.hello' }, { key: 'greeting.honesty' }], choices: ['begin', 'lang'] }), {
    'user.choice': [onChoice('begin', 'askMember')],
  }),
  eligibility: {
    initial: 'askMember',
    states: {
      askMember: questionState('askMember', ['firstTime', 'renewal', 'unsure'], 'askOpened', (a) => ({
        member: a as CaseFile['member'],
      })),
      askOpened: promptState('askOpened', () => question('ask.askOpened', ['today', 'days1to3', 'days4to6', 'day7', 'over7', 'unsure'], true), {
        'user.choice': [
          {
            guard: { type: 'choseOneOf', params: { ids: ['today', 'days1to3', 'days4to6', 'day7', 'over7', 'unsure'] } },
            target: '#askPrivilege',
            actions: ['recordOpenedBucket'],
          },
        ],
        'user.date': [
          { guard: 'dateUnusable', actions: say({ key: 'opened.unusable' }) },
          { guard: 'dateInFuture', actions: say({ key: 'opened.future' }) },
          { guard: 'dateImplausiblyOld', actions: say({ key: 'opened.tooOld' }) },
          { target: '#askPrivilege', actions: ['recordOpenedDate', say({ key: 'opened.understood' })] },
        ],
        'user.command': { guard: { type: 'isCommand', params: { name: 'why' } }, actions: say({ key: 'why.askOpened' }) },
      }),
      askPrivilege: questionState('askPrivilege', [...policy.privileges, 'noneUsed', 'unsure'], 'askPayment', (a) => ({
        privilege: a,
      })),
      askPayment: questionState('askPayment', [...policy.paymentChannels, 'unsure'], 'askAutoRenew', (a) => ({
        payment: a,
      })),
      askAutoRenew: questionState(
        'askAutoRenew',
        ['renewOn', 'renewOff', 'unsure'],
        'verdict',
        (a) => ({ autoRenew: a as CaseFile['autoRenew'] }),
        ['decide'],
      ),
    },
  },
  verdict: promptState('verdict', (c) => verdictPrompt(c, policy), {
    'user.choice': [
      onChoice('walkApp', 'app_openMe', [record({ route: 'app' })]),
      onChoice('walkWeb', 'web_login', [record({ route: 'web' })]),
      onChoice('walkApple', 'apple_open', [record({ route: 'apple' })]),
      onChoice('goAppeal', 'appealReason', [record({ route: 'appeal' })]),
    ],
  }),
  walkthrough: {
    initial: 'app',
    states: {
      app: walkthroughStates('app', 'afterSubmit', 'appealReason'),
      web: walkthroughStates('web', 'afterSubmit', 'appealReason'),
      apple: walkthroughStates('apple', 'appleAfterSubmit', 'appleRefused'),
    },
  },
  afterSubmit: promptState(
    'afterSubmit',
    () => ({ parts: [{ key: 'afterSubmit.expect' }], choices: ['approved', 'refused', 'pending', 'back'] }),
    {
      'user.choice': [
        onChoice('approved', 'renewal', [record({ outcome: 'approved' }), say({ key: 'afterSubmit.approved' })]),
        onChoice('refused', 'appealReason', [record({ outcome: 'refused' }), say({ key: 'afterSubmit.refused' })]),
        onChoice('pending', 'renewal', [record({ outcome: 'pending' }), say({ key: 'afterSubmit.pending' })]),
      ],
    },
  ),
  appleAfterSubmit: promptState(
    'appleAfterSubmit',
    () => ({ parts: [{ key: 'afterSubmit.appleExpect' }], choices: ['approved', 'refused', 'pending', 'back'] }),
    {
      'user.choice': [
        onChoice('approved', 'renewal', [record({ outcome: 'approved' as Outcome }), say({ key: 'afterSubmit.approved' })]),
        onChoice('refused', 'appleRefused', [record({ outcome: 'refused' })]),
        onChoice('pending', 'renewal', [record({ outcome: 'pending' }), say({ key: 'afterSubmit.applePending' })]),
      ],
    },
  ),
  // Apple refused, or the user could not get through Apple's page: either way Apple Support.
  appleRefused: promptState('appleRefused', (c) => ({ parts: [{ key: c.outcome === 'refused' ? 'apple.refused' : 'apple.stuck' }], choices: ['continue', 'back'] }), {
    'user.choice': [onChoice('continue', 'renewal')],
  }),
  appeal: {
    initial: 'reason',
    states: {
      reason: promptState(
        'appealReason',
        (c) => ({
          parts: [{ key: `appeal.intro.${c.outcome === 'refused' ? 'refused' : (c.verdict ?? 'unsure')}` }, { key: 'appeal.askReason' }],
          choices: [...policy.appealReasons, 'back'],
        }),
        {
          'user.choice': policy.appealReasons.map((r) => onChoice(r, 'appealMenu', [record({ appealReason: r })])),
        },
      ),
      menu: promptState(
        'appealMenu',
        () => ({ parts: [{ key: 'appeal.menu' }], choices: ['cs', 'email', 'escalate', 'social', 'finish', 'back'] }),
        {
          'user.choice': [
            ...['cs', 'email', 'escalate', 'social'].map((channel) =>
              onChoice(channel, `appeal_${channel}`, [{ type: 'noteChannel', params: { channel } }]),
            ),
            onChoice('finish', 'renewal'),
          ],
        },
      ),
      cs: appealChannelState('cs', 'appeal_cs', (c) => [
        { key: 'appeal.cs.where' },
        { key: 'appeal.cs.script', vars: caseVarsOf(c), draft: true },
        { key: 'appeal.cs.scriptNote', vars: caseVarsOf(c) },
        { key: 'appeal.cs.ready' },
        { key: 'appeal.cs.escalate' },
        { key: 'appeal.cs.expect' },
      ]),
      email: appealChannelState('email', 'appeal_email', (c) => [
        { key: 'appeal.email.where' },
        { key: 'appeal.email.draft', vars: caseVarsOf(c), draft: true },
        { key: 'appeal.email.draftNote', vars: caseVarsOf(c) },
      ]),
      escalate: appealChannelState('escalate', 'appeal_escalate', () => [
        { key: 'appeal.escalate.12315' },
        { key: 'appeal.escalate.heimao' },
      ]),
      social: appealChannelState('social', 'appeal_social', (c) => [
        { key: 'appeal.social.warning' },
        { key: 'appeal.social.draft', vars: caseVarsOf(c), draft: true },
        { key: 'appeal.social.draftNote', vars: caseVarsOf(c) },
      ]),
    },
  },
  renewal: promptState('renewal', (c) => renewalPrompt(c, policy), {
    'user.choice': [
      onChoice('renewDone', 'summary', [record({ renewalOff: 'renewDone' })]),
      onChoice('renewLater', 'summary', [record({ renewalOff: 'renewLater' })]),
    ],
  }),
  summary: promptState('summary', (c) => ({ parts: summaryParts(c, policy), choices: ['restart', 'back'] }), {}),
};

/** Every prompt state's id, collected from the config so "back" can reach each of them. */
function collectPromptIds(node: Record<string, unknown>): void {
  for (const child of Object.values(node)) {
    const config = child as { id?: string; meta?: unknown; states?: Record<string, unknown> };
    if (config.meta && config.id) promptIds.push(config.id);
    if (config.states) collectPromptIds(config.states);
  }
}
collectPromptIds(states);

const backTransitions = promptIds.map((id) => ({
  guard: and([{ type: 'isCommand', params: { name: 'back' } }, { type: 'previousIs', params: { state: id } }]),
  target: `#${id}`,
  actions: [{ type: 'goBack', params: { clear: ANSWERS_OF[id] ?? [] } }],
}));

export const coachMachine = machineSetup.createMachine({
  id: 'coach',
  context: ({ input }) => newCaseFile(input.lang),
  initial: 'greeting',
  // The builders above produce plain config objects; xstate validates them when it builds.
  states: states as never,
  on: {
    'user.command': [
      ...(backTransitions as never[]),
      { guard: { type: 'isCommand', params: { name: 'back' } }, actions: say({ key: 'back.nothingToUndo' }) },
      { guard: { type: 'isCommand', params: { name: 'restart' } }, target: '#greeting', reenter: true, actions: ['reset', say({ key: 'restart.done' })] },
      { guard: { type: 'isCommand', params: { name: 'lang' } }, actions: ['switchLang', say({ key: 'lang.switched' })] },
      {
        guard: { type: 'isCommand', params: { name: 'summary' } },
        actions: { type: 'say', params: ({ context }) => ({ parts: summaryParts(context, policy) }) },
      },
      { guard: { type: 'isCommand', params: { name: 'why' } }, actions: say({ key: 'why.general' }) },
      { guard: { type: 'isCommand', params: { name: 'resume' } }, actions: say({ key: 'resume.welcomeBack' }) },
      { actions: say({ key: 'help.body' }) },
    ],
    'user.choice': { actions: say({ key: 'fallback.choice' }) },
    'user.date': { actions: say({ key: 'fallback.date' }) },
    'user.text': { actions: say({ key: 'fallback.text' }) },
  },
});

export type CoachMachine = typeof coachMachine;
export { promptIds };
