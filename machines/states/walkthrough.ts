/**
 * The verdict and the refund walkthroughs (app, web, Apple), one step at a time with "done"
 * and "I can't find it", then what to expect after submitting.
 */
import type { CaseFile } from '../case-file';
import { onChoice, promptState, record, say, schedule } from '../builders';
import { reviewFollowUp, windowFollowUp } from '../follow-ups';
import type { WalkStep } from '../policy';
import { inAppRefusalState } from './in-app-refusal';
import { altNamesPrompt, afterSubmitPrompt, appleAfterSubmitPrompt, stepPrompt, verdictPrompt } from '../prompts';
import type { ProductPolicy } from '../policy';

/** This part of the conversation for one product (its policy). */
export function walkthroughStates(policy: ProductPolicy) {
  /** The state of a walkthrough's first step (its steps are the product's). */
  const firstStep = (route: 'app' | 'web' | 'apple') => `${route}_${policy.walkthroughs[route][0]!.id}`;

  /** One walkthrough: a state per step plus its "I can't find it" state. */
  function walkthroughStates(route: 'app' | 'web' | 'apple', done: string, giveUp: string) {
    const steps: readonly WalkStep[] = policy.walkthroughs[route];
    const states: Record<string, unknown> = {};
    steps.forEach((step, i) => {
      const id = `${route}_${step.id}`;
      const last = i + 1 === steps.length;
      const next = last ? done : `${route}_${steps[i + 1]!.id}`;
      // Finishing the last step is submitting: review estimates count from that day.
      const advance = last ? ['recordSubmitted'] : [];
      states[step.id] = promptState(id, (c: CaseFile) => stepPrompt(route, step, i, steps.length, c), {
        'user.choice': [onChoice('done', next, advance), onChoice('cantFind', `${id}_alt`)],
      });
      states[`${step.id}_alt`] = promptState(`${id}_alt`, () => altNamesPrompt(route, step), {
        'user.choice': [
          onChoice('foundIt', next, advance),
          // Review 42 F11: the website lacks it and the app is often easier: its steps, a tap away.
          ...(route === 'web' ? [onChoice('walkApp', firstStep('app'), [record({ route: 'app' })])] : []),
          onChoice('stillCantFind', giveUp, [
            ...(route === 'apple' ? [record({ appleStuck: true })] : []),
            say({ key: route === 'apple' ? 'walk.toAppleSupport' : 'walk.toAppeal' }),
          ]),
        ],
      });
    });
    return { initial: steps[0]!.id, states };
  }

  const verdict = promptState('verdict', (c: CaseFile) => verdictPrompt(c, policy), {
    'user.choice': [
      onChoice('walkApp', firstStep('app'), [record({ route: 'app' })]),
      onChoice('walkAppRenewal', firstStep('app'), [record({ route: 'app' })]),
      onChoice('walkWeb', firstStep('web'), [record({ route: 'web' })]),
      onChoice('walkApple', firstStep('apple'), [record({ route: 'apple' })]),
      onChoice('goAppeal', 'appealReason', [record({ route: 'appeal' })]),
      // Not ready yet: a reminder on the window's last day, and the same question stays (the
      // engine says when it will come).
      { guard: { type: 'chose', params: { id: 'remindWindow' } }, actions: schedule((c) => windowFollowUp(c, policy)) },
      onChoice('familyPaid', 'askFamily'),
    ],
  });

  /** Who paid and whose account: a child's purchase is the guardian's claim; another adult's is theirs to make. */
  const askFamily = promptState(
    'askFamily',
    // Family Sharing and Ask to Buy are Apple's: said only to someone Apple charged.
    (c) => ({
      parts: [{ key: 'family.about' }, ...(c.payment === 'apple' ? [{ key: 'family.apple' }] : []), { key: 'family.ask' }],
      choices: ['minorPaid', 'adultPaid', 'back'],
    }),
    {
      'user.choice': [
        onChoice('minorPaid', 'askChildAge', [record({ payer: 'minor' })]),
        onChoice('adultPaid', 'verdict', [record({ payer: 'family' }), say({ key: 'family.adultSaved' })]),
      ],
    },
  );

  /** The child's age band decides which article the guardian's claim rests on; skipping it leaves the age unsaid. */
  const askChildAge = promptState('askChildAge', () => ({ parts: [{ key: 'family.askAge' }], choices: ['childUnder8', 'child8to17', 'skipAge', 'back'] }), {
    'user.choice': [
      onChoice('childUnder8', 'askChildPaidFrom', [record({ childAge: 'under8' })]),
      onChoice('child8to17', 'askChildPaidFrom', [record({ childAge: 'from8to17' })]),
      onChoice('skipAge', 'askChildPaidFrom'),
    ],
  });

  /** Whose account the money came from (guide §9): the payment line of every draft says it; "not sure" leaves a blank. */
  const askChildPaidFrom = promptState(
    'askChildPaidFrom',
    () => ({ parts: [{ key: 'family.askPaidFrom' }], choices: ['paidFromMine', 'paidFromChild', 'paidFromUnsure', 'back'] }),
    {
      'user.choice': [
        onChoice('paidFromMine', 'askChildAccount', [record({ paidFrom: 'guardian' })]),
        onChoice('paidFromChild', 'askChildAccount', [record({ paidFrom: 'child' })]),
        onChoice('paidFromUnsure', 'askChildAccount'),
      ],
    },
  );

  /** Whose account the membership is on (guide §9): the in-app steps are done from that account. */
  const askChildAccount = promptState(
    'askChildAccount',
    () => ({ parts: [{ key: 'family.askAccount' }], choices: ['accountChild', 'accountMine', 'accountUnsure', 'back'] }),
    {
      'user.choice': [
        onChoice('accountChild', 'verdict', [record({ accountOf: 'child' }), say({ key: 'family.minorSaved' })]),
        onChoice('accountMine', 'verdict', [record({ accountOf: 'guardian' }), say({ key: 'family.minorSaved' })]),
        onChoice('accountUnsure', 'verdict', [say({ key: 'family.minorSaved' })]),
      ],
    },
  );

  const walkthrough = {
    initial: 'app',
    states: {
      app: walkthroughStates('app', 'afterSubmit', 'appealReason'),
      web: walkthroughStates('web', 'afterSubmit', 'appealReason'),
      apple: walkthroughStates('apple', 'appleAfterSubmit', 'appleRefused'),
    },
  };

  /** "No answer yet": normal within the review's usual time; after a review reminder, time to ask. */
  const pendingSay = {
    type: 'say' as const,
    params: ({ context }: { context: CaseFile }) => ({ parts: [{ key: context.reviewChased ? 'afterSubmit.pendingLate' : 'afterSubmit.pending' }] }),
  };

  const afterSubmit = promptState('afterSubmit', (c) => afterSubmitPrompt(c, policy), {
    'user.choice': [
      onChoice('approved', 'renewal', ['recordApproved', say({ key: 'afterSubmit.approved' })]),
      onChoice('refused', 'inAppRefusalReason', [
        record({ outcome: 'refused', inAppRefusal: undefined }),
        { type: 'noteUnresolved', params: { channel: 'inApp' } },
        say({ key: 'afterSubmit.refused' }),
      ]),
      onChoice('pending', 'renewal', [record({ outcome: 'pending' }), pendingSay]),
      onChoice('remindReview', 'renewal', [record({ outcome: 'pending' }), schedule((c, e) => reviewFollowUp(c, policy, e.at)), pendingSay]),
    ],
  });

  const appleAfterSubmit = promptState('appleAfterSubmit', appleAfterSubmitPrompt, {
    'user.choice': [
      onChoice('approved', 'renewal', ['recordApproved', say({ key: 'afterSubmit.approved' })]),
      onChoice('refused', 'appleRefusalReason', [record({ outcome: 'refused', appleRefusalAnswered: undefined })]),
      onChoice('pending', 'renewal', [record({ outcome: 'pending' }), say({ key: 'afterSubmit.applePending' })]),
      onChoice('remindReview', 'renewal', [
        record({ outcome: 'pending' }),
        schedule((c, e) => reviewFollowUp(c, policy, e.at)),
        say({ key: 'afterSubmit.applePending' }),
      ]),
    ],
  });

  return {
    verdict,
    askFamily,
    askChildAge,
    askChildPaidFrom,
    askChildAccount,
    walkthrough,
    afterSubmit,
    inAppRefusalReason: inAppRefusalState,
    appleAfterSubmit,
  };
}
