/**
 * The auto-renew reminder for the user's payment channel, then the closing case summary; and
 * the two questions follow-ups lead to: a renewal reminder's time, and whether the money came.
 */
import { moneyFollowUp, renewalFollowUp } from '../follow-ups';
import { onChoice, promptState, record, say, schedule } from '../builders';
import type { CaseFile } from '../case-file';
import { caseVars, knownChannel } from '../case-vars';
import { renewalPrompt, summaryParts } from '../prompts';
import type { ProductPolicy } from '../policy';
import type { Say } from '../types';

/** This part of the conversation for one product (its policy). */
export function closingStates(policy: ProductPolicy) {
  const renewal = {
    ...promptState('renewal', (c) => renewalPrompt(c, policy), {
      'user.choice': [
        onChoice('renewDone', 'summary', [record({ renewalOff: 'renewDone' })]),
        onChoice('cancelConfirmed', 'summary', [record({ renewalOff: 'renewDone' })]),
        onChoice('renewLater', 'renewalReminder', [record({ renewalOff: 'renewLater' })]),
      ],
    }),
    // Already switched off (a reminder led back through here): not asked again.
    always: { guard: ({ context }: { context: CaseFile }) => context.renewalOff === 'renewDone', target: '#summary' },
  };

  /** Left on "for later": a reminder tomorrow, or a few days before a charge date the person types. */
  const renewalReminder = promptState(
    'renewalReminder',
    // "Up to 3 days early" is known of Alipay's deductions only (guide §5).
    (c) => ({
      parts: [{ key: c.payment === 'alipay' ? 'renew.remindAskAlipay' : 'renew.remindAsk' }],
      choices: ['remindRenewal', 'skipReminder', 'back'],
      acceptsDate: true,
    }),
    {
      'user.choice': [onChoice('remindRenewal', 'summary', [schedule((_, e) => renewalFollowUp(e.at))]), onChoice('skipReminder', 'summary')],
      'user.date': [
        { guard: 'dateUnusable', actions: say({ key: 'renew.chargeDateUnusable' }) },
        { guard: 'dateNotAfterToday', actions: say({ key: 'renew.chargeDatePast' }) },
        {
          target: '#summary',
          actions: schedule((_, e) => renewalFollowUp(e.at, e.type === 'user.date' ? e.date : undefined)),
        },
      ],
    },
  );

  /** Offered in the summary once a refund is granted and its money not yet confirmed. */
  const offersMoneyFollowUp = (c: CaseFile) => c.outcome === 'approved' && c.moneyArrived === undefined;

  const summary = promptState(
    'summary',
    (c) => ({ parts: summaryParts(c, policy), choices: [...(offersMoneyFollowUp(c) ? ['remindMoney'] : []), 'restart', 'back'] }),
    {
      'user.choice': [
        {
          guard: { type: 'chose', params: { id: 'remindMoney' } },
          actions: schedule((c, e) => moneyFollowUp(c, policy, e.at)),
        },
      ],
      // The summary is this question itself: /summary here shows it once, not twice.
      'user.command': { guard: { type: 'isCommand', params: { name: 'summary' } }, actions: [] },
    },
  );

  /** A money follow-up's question. The advice for money that has not come fits the channel. */
  const askArrived = promptState('askArrived', () => ({ parts: [{ key: 'money.ask' }], choices: ['moneyArrived', 'moneyNotArrived', 'back'] }), {
    'user.choice': [
      onChoice('moneyArrived', 'summary', [record({ moneyArrived: true }), say({ key: 'money.arrived' })]),
      onChoice('moneyNotArrived', 'moneyMissing', [record({ moneyArrived: false })]),
    ],
  });

  /**
   * Money approved but not arrived: where to look for this channel, a message for customer
   * service and a 12315 summary ready to send, in the person's own facts.
   */
  const moneyMissing = {
    ...promptState(
      'moneyMissing',
      (c) => {
        // Ninth round m4: the application and approval dates the person told the coach, filled in
        // (the app's record is what counts, the label says); a blank where one is not known.
        // Eleventh round m1: where each date came from (the day submitted here, the day "approved" was tapped), not "the day you told me".
        // Seventeenth review m3: the approval date is only inferred from the tap: a blank, as in the payment app's complaint.
        const datesNote = c.submittedOn ? 'datesSubmitted' : 'datesNone';
        const submitted = c.submittedOn ? { date: c.submittedOn } : undefined;
        const dates = {
          // Review 29 F1: the day submitted here, inside the blank's brackets: a date to check, not a fact stated.
          appliedDate: submitted ? { key: 'money.appliedKnown', vars: { date: submitted } } : { key: 'money.appliedBlank' },
          approvedDate: { key: 'money.approvedBlank' },
        };
        const channel = knownChannel(c, policy);
        // Review 19 finding 5, review 20 M1: the payment app's complaint (Alipay, WeChat Pay) is a line the
        // note before the 12315 summary says to add if the person did complain there; never in the draft by default.
        const payApp = channel === 'alipay' || channel === 'wechat';
        const paid = { payCheck: payApp ? { key: `money.payCheck.${channel}` } : '' };
        const vars = {
          ...caseVars(c, policy),
          ...dates,
          ...paid,
          // The note names the day itself (the draft's blank says where to check it).
          datesNote: { key: `money.${datesNote}`, vars: { ...dates, ...(submitted ? { appliedDate: submitted } : {}) } },
        };
        // Sixteenth review m6: the payment app's complaint states no approval date the person never gave (a blank).
        const payVars = { ...vars, approvedDate: { key: 'money.approvedBlankPay' } };
        // Apple took the money and refunds it: no message to the app's customer service, and a
        // 12315 complaint names Apple (guide §3, §9).
        const ask: Say[] =
          channel === 'apple'
            ? [{ key: 'money.complaintLabelApple' }, { key: 'money.complaintDraftApple', vars, draft: true }]
            : [
                { key: 'money.csLabel' },
                { key: 'money.csDraft', vars, draft: true },
                // Fourteenth review m5: the payment app's complaint comes before 12315 in its list: its text comes first too.
                ...(payApp
                  ? [
                      { key: channel === 'alipay' ? 'money.payLabelAlipay' : 'money.payLabelWechat' },
                      { key: 'money.payDraft', vars: payVars, draft: true as const },
                    ]
                  : []),
                { key: payApp ? 'money.complaintLabelAfterPay' : 'money.complaintLabel', vars },
                // Review 24 m5: the evidence of the steps the note says to add (customer service, the payment app's complaint), as blanks.
                { key: 'money.complaintDraft', vars: { ...vars, evidenceTried: { key: `money.evidenceTried.${payApp ? channel : 'other'}` } }, draft: true },
              ];
        return {
          parts: [{ key: `money.notArrived.${channel}`, vars }, ...ask, { key: 'money.missingAsk' }],
          choices: ['moneyArrived', 'showSummary', 'back'],
        };
      },
      {
        'user.choice': [
          onChoice('moneyArrived', 'summary', [record({ moneyArrived: true }), say({ key: 'money.arrived' })]),
          onChoice('showSummary', 'summary'),
        ],
      },
    ),
  };
  // Back here (from the summary) the money is, again, not arrived.
  moneyMissing.entry = [...moneyMissing.entry, record({ moneyArrived: false }) as never];
  return { renewal, renewalReminder, summary, askArrived, moneyMissing };
}
