/**
 * Greeting and the eligibility check: first-time member? when opened? privileges used? how
 * paid? auto-renew on? A typed date that needed a guess is confirmed before it is used.
 */
import type { CaseFile } from '../case-file';
import { onChoice, promptState, questionState, say, whyHandler } from '../builders';
import { question } from '../prompts';
import { policy } from '../setup';

/** Repeats the recorded purchase date back, so a misread is caught at once. */
const sayDateUnderstood = {
  type: 'say',
  params: ({ context }: { context: CaseFile }) => ({
    parts: [{ key: 'opened.understood', vars: { date: { date: context.openedOn ?? '' } } }],
  }),
};

const OPENED_BUCKETS = ['today', 'days1to3', 'days4to6', 'day7', 'over7', 'unsure'];

/** A typed purchase date, checked before it is used; shared by the question and its confirmation. */
const typedDate = [
  { guard: 'dateUnusable', actions: say({ key: 'opened.unusable' }) },
  { guard: 'dateInFuture', actions: say({ key: 'opened.future' }) },
  { guard: 'dateImplausiblyOld', actions: say({ key: 'opened.tooOld' }) },
  { guard: 'dateNeedsConfirming', target: '#confirmOpened', actions: ['holdOpenedDate'] },
  { target: '#askPrivilege', actions: ['recordOpenedDate', sayDateUnderstood] },
];

export const greeting = promptState(
  'greeting',
  () => ({ parts: [{ key: 'greeting.hello' }, { key: 'greeting.honesty' }], choices: ['begin', 'lang'] }),
  { 'user.choice': [onChoice('begin', 'askMember')] },
);

export const eligibility = {
  initial: 'askMember',
  states: {
    askMember: questionState('askMember', ['firstTime', 'renewal', 'unsure'], 'askOpened', (a) => ({
      member: a as CaseFile['member'],
    })),
    askOpened: promptState('askOpened', () => question('ask.askOpened', OPENED_BUCKETS, true), {
      'user.choice': [{ guard: { type: 'choseOneOf', params: { ids: OPENED_BUCKETS } }, target: '#askPrivilege', actions: ['recordOpenedBucket'] }],
      'user.date': typedDate,
      'user.command': whyHandler('askOpened'),
    }),
    confirmOpened: promptState(
      'confirmOpened',
      (c) => ({
        parts: [{ key: 'opened.confirm', vars: { date: { date: c.pendingDate ?? '' } } }],
        choices: ['yes', 'no', 'back'],
        acceptsDate: true,
      }),
      {
        'user.choice': [
          onChoice('yes', 'askPrivilege', ['confirmOpenedDate', sayDateUnderstood]),
          onChoice('no', 'askOpened', [say({ key: 'opened.tryAgain' })]),
        ],
        'user.date': typedDate,
      },
    ),
    askPrivilege: questionState('askPrivilege', [...policy.privileges, 'noneUsed', 'unsure'], 'askPayment', (a) => ({ privilege: a })),
    askPayment: questionState('askPayment', [...policy.paymentChannels, 'unsure'], 'askAutoRenew', (a) => ({ payment: a })),
    askAutoRenew: questionState('askAutoRenew', ['renewOn', 'renewOff', 'unsure'], 'verdict', (a) => ({ autoRenew: a as CaseFile['autoRenew'] }), ['decide']),
  },
};
