/**
 * After Apple refused (or its page would not take the request): a second request in the
 * person's own facts, the amount and (for a renewal) a changed plan asked as on the ladder, the
 * charged Apple ID, Apple's support, and, once Apple refuses again, a 12315 complaint naming
 * Apple (guide §3, §7, §9).
 */
import { and } from 'xstate';
import type { CaseFile } from '../case-file';
import { caseVars, reminderLack } from '../case-vars';
import { onChoice, promptState, record, say } from '../builders';
import type { ProductPolicy } from '../policy';
import type { Prompt, Say, TextVars } from '../types';

/** This part of the conversation for one product (its policy). */
export function appleRefusalStates(policy: ProductPolicy) {
  /** A second request to Apple: the charge date as given (or a blank), the amount once given, a cancellation only once made. */
  const requestVars = (c: CaseFile): TextVars => ({
    ...caseVars(c, policy),
    chargeDate: c.openedOn ? { date: c.openedOn } : { key: 'apple.chargeDateBlank' },
    amountPaid: c.amount === undefined ? '' : { key: 'apple.amountPaid', vars: { amount: c.amount } },
    cancelled: c.appleCancelled ? { key: 'apple.cancelled' } : '',
  });

  const refused = (c: CaseFile) => c.outcome === 'refused';
  /** Asked at the refusal, as the ladder asks them: the amount, and for a renewal whether the plan changed. */
  const asksAmount = (c: CaseFile) => refused(c) && c.amount === undefined;
  const asksPlan = (c: CaseFile) => refused(c) && c.member === 'renewal' && c.planChange === undefined;
  const asks = (c: CaseFile): Say[] => [...(asksAmount(c) ? [{ key: 'apple.amountAsk' }] : []), ...(asksPlan(c) ? [{ key: 'apple.planAsk' }] : [])];

  /**
   * Why Apple may still say yes, in points: reminded (a reminder that left something out is a
   * ground, one that did not is none), the person's own facts and a blank for their reason, the receipt.
   */
  function refusedSay(c: CaseFile): Say {
    const lack = reminderLack(c);
    if (lack) return { key: 'apple.refusedReminderLacking', vars: { what: { key: `reminder.lacked.${lack}` } } };
    return { key: c.member === 'renewal' && c.reminder === 'reminderGot' ? 'apple.refusedReminded' : 'apple.refused' };
  }

  function refusedPrompt(c: CaseFile): Prompt {
    const draft: Say = { key: 'apple.secondRequest', vars: requestVars(c), draft: true };
    const choices = [...(c.appleCancelled ? [] : ['appleCancelled']), ...(asksPlan(c) ? ['planChanged'] : []), 'appleRefusedAgain', 'continue', 'back'];
    const next: Say = { key: c.appleCancelled ? 'apple.cancelledNext' : 'apple.cancelAsk' };
    // Seventh round #10: answered here (the amount, the plan, the cancellation): only what changed.
    if (c.appleRefusalAnswered)
      return { parts: [{ key: 'apple.refusedUpdated' }, draft, ...asks(c), next, { key: 'apple.refusedBriefRest' }], choices, acceptsText: asksAmount(c) };
    return {
      parts: [
        refusedSay(c),
        // Cancelled first, the request can say so (only once the person says it is done).
        ...(c.appleCancelled ? [] : [{ key: 'apple.cancelFirst' }]),
        ...asks(c),
        draft,
        { key: 'apple.secondRequestBlocked' },
        // The charged account is the one to ask from (guide §7, §9); consumer law still applies; Apple China support.
        { key: 'apple.checkAccount' },
        { key: 'apple.support' },
        // Refused again: 12315, naming Apple (guide §9), a draft of its own.
        { key: 'apple.complain12315Next' },
        ...(c.appleCancelled ? [{ key: 'apple.cancelledNext' }] : []),
      ],
      choices,
      acceptsText: asksAmount(c),
    };
  }

  /** The amount typed at the refusal: recorded, said back, and the text shown again with it. */
  const sayAmountSaved = {
    type: 'say' as const,
    params: ({ context }: { context: CaseFile }) => ({ parts: [{ key: 'appeal.amount.saved', vars: { amount: context.amount ?? '' } }] }),
  };
  const refusedHere = ({ context }: { context: CaseFile }) => refused(context);

  // Apple refused, or the person could not get through Apple's page: either way Apple Support.
  const appleRefused = promptState(
    'appleRefused',
    (c) =>
      refused(c)
        ? refusedPrompt(c)
        : {
            parts: [{ key: 'apple.stuck' }, { key: 'apple.checkAccount' }, { key: 'apple.support' }, { key: 'apple.cancelNext' }],
            choices: ['continue', 'back'],
          },
    {
      'user.choice': [
        {
          guard: { type: 'chose', params: { id: 'appleCancelled' } },
          actions: [record({ appleCancelled: true, appleRefusalAnswered: true }), say({ key: 'apple.cancelledSaved' })],
        },
        onChoice('planChanged', 'appealPlanDetail', [record({ planChange: 'changed' })]),
        onChoice('appleRefusedAgain', 'appleComplain12315'),
        onChoice('continue', 'renewal'),
      ],
      'user.text': [
        { guard: 'typedCardNumber', actions: say({ key: 'appeal.orderNumber.card' }) },
        { guard: and(['typedAmount', refusedHere as never]), actions: ['recordAmount', record({ appleRefusalAnswered: true }), sayAmountSaved] },
        { guard: refusedHere as never, actions: say({ key: 'apple.amountInvalid' }) },
      ],
    },
  );

  /** Refused twice: a 12315 complaint naming Apple, which took the money, in the person's own facts. */
  const appleComplain12315 = promptState(
    'appleComplain12315',
    (c) => ({
      parts: [{ key: 'apple.complain12315' }, { key: 'apple.complain12315Draft', vars: requestVars(c), draft: true }, { key: 'apple.complain12315After' }],
      choices: ['continue', 'back'],
    }),
    { 'user.choice': [onChoice('continue', 'renewal')] },
  );

  return { appleRefused, appleComplain12315 };
}
