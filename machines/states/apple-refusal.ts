/**
 * After Apple refused (or its page would not take the request): a second request in the
 * person's own facts, the amount and (for a renewal) a changed plan asked as on the ladder, the
 * charged Apple ID, Apple's support, and, once Apple refuses again, a 12315 complaint naming
 * Apple (guide §3, §7, §9).
 */
import { and } from 'xstate';
import type { CaseFile } from '../case-file';
import { appleSilent, appVar, caseVars, hasGround, offersAppleAppMessage, refundOwed, reminderLack, reminderSender } from '../case-vars';
import { onChoice, promptState, record, say } from '../builders';
import { draftDate } from '../draft-date';
import type { ProductPolicy } from '../policy';
import type { Prompt, Say, TextVar, TextVars } from '../types';
import { allAppealReasons, appleSecondReasons, RENEWAL_REASONS } from './appeal-reasons';

/** This part of the conversation for one product (its policy). */
export function appleRefusalStates(policy: ProductPolicy) {
  /** Every reason any case may be offered (the buttons differ by case; the answers are the same). */
  const allReasons = allAppealReasons(policy);
  /** A second request to Apple: the charge date as given (or a blank), the amount once given, a cancellation only once made. */
  const requestVars = (c: CaseFile): TextVars => {
    const vars = caseVars(c, policy);
    const lack = reminderLack(c);
    const chargeDate: TextVar = draftDate(c) ?? { key: 'apple.chargeDateBlank' };
    return {
      ...vars,
      chargeDate,
      // Review 21 m11: the date and the amount as one clause (an English gloss says it in prose).
      whenPaid: { key: `draft.whenPaid.${c.member === 'renewal' ? 'renewal' : 'firstTime'}`, vars: { date: chargeDate, amount: vars.amount! } },
      amountPaid: c.amount === undefined ? '' : { key: 'apple.amountPaid', vars: { amount: c.amount } },
      cancelled: c.appleCancelled ? { key: 'apple.cancelled' } : '',
      // Eighth round m10: the reason the person chose, said to the regulator too; none chosen, nothing said.
      // Tenth round m9: the reason as a fact ("另外，…" after another ground); the refusals that follow say the asking.
      // Twelfth review m1: beside a ground, a preference ("doesn't suit me") is left out of the complaint.
      reasonFiledIfGiven:
        !c.appealReason || (c.payer === 'minor' && c.appealReason === 'childPaid') || (c.appealReason === 'notNeeded' && hasGround(c))
          ? ''
          : { key: hasGround(c) || c.payer === 'minor' ? 'draft.reasonAlso' : 'draft.reasonAsIs', vars: { reason: vars.reason! } },
      // Eighth round m11: a reminder that left something out may have come from Apple or from the app:
      // which one is the person's to fill in (the coach does not know), and the refund is Apple's either way.
      // Tenth round m8: asked before the first Apple note, a known sender is written as said.
      noReminderCited:
        lack && !reminderSender(c)
          ? { key: 'draft.reminderLackFrom', vars: { what: { key: `draft.reminderLacked.${lack}` }, ...appVars(c) } }
          : vars.noReminderCited!,
      // Twelfth round m6: the legal ground the coach tells the person to add, in the second request itself.
      // Eighteenth review m12: with it, the request closes on that ground (one register: 贵方, 恳请…).
      lawGround: { key: lack ? 'apple.secondRequestLaw' : 'apple.secondRequestClose' },
    };
  };
  /** The app as the Apple texts name it (a product that stands for many apps names the person's). */
  // (A product with one app names it in its texts: no variable, so no key that product lacks.)
  const appVars = (c: CaseFile): TextVars => appVar(c);

  const refused = (c: CaseFile) => c.outcome === 'refused';
  /** Review 37 F10: "never meant to renew" beside a reminder received: Apple may ask why it was not cancelled then. */
  const remindedYet = (c: CaseFile) => c.reminder === 'reminderGot' && (RENEWAL_REASONS as readonly string[]).includes(c.appealReason ?? '');
  /** Asked at the refusal, as the ladder asks them: the amount, and for a renewal whether the plan changed. */
  const asksAmount = (c: CaseFile) => refused(c) && c.amount === undefined;
  const asksPlan = (c: CaseFile) => refused(c) && c.member === 'renewal' && c.planChange === undefined;
  /**
   * Eleventh round M2: the reminder came from the app and left something out: a message for the
   * app's customer service, offered beside the Apple steps (the refund is still Apple's).
   */
  const offersAppMessage = offersAppleAppMessage;
  const asks = (c: CaseFile): Say[] => [...(asksAmount(c) ? [{ key: 'apple.amountAsk' }] : []), ...(asksPlan(c) ? [{ key: 'apple.planAsk' }] : [])];

  /**
   * What the second request says, in points: reminded (a reminder that left something out is a
   * ground, one that did not is none), the person's own facts and their reason (or a blank for it), the receipt.
   */
  function refusedSay(c: CaseFile): Say {
    const lack = reminderLack(c);
    const yourReason = { key: remindedYet(c) ? `apple.reasonReminded${lack ? 'Lacking' : ''}` : c.appealReason ? 'apple.reasonGiven' : 'apple.reasonBlank' };
    const by = reminderSender(c) ?? '';
    if (lack)
      return { key: `apple.refusedReminderLacking${by ? `By${by}` : ''}`, vars: { what: { key: `reminder.lacked.${lack}` }, yourReason, ...appVars(c) } };
    return { key: c.member === 'renewal' && c.reminder === 'reminderGot' ? 'apple.refusedReminded' : 'apple.refused', vars: { yourReason } };
  }

  /** An Apple payer who said no reminder came at all before the charge (from the app or from Apple). */
  const noReminderAtAll = (c: CaseFile) => c.payment === 'apple' && c.reminder === 'reminderNone';

  function refusedPrompt(c: CaseFile): Prompt {
    // Seventeenth review M2: Apple sent no reminder, as the person said: the rule that requires one and that none came
    // (fact sheet §7: never that Apple broke the law, nor that the duty was Apple's).
    // Round 21 (review 17, A): no reminder from anyone (neither the app nor Apple): the same rule sentence, in place of
    // the plain 「按规定…」 one, so the fact is said once.
    // Review 20 M2: the app did remind (Apple did not): the facts only, no 第十条 (it stays in the 12315 text as a question).
    const noAppleReminder: TextVars = appleSilent(c)
      ? { appleNoReminder: { key: 'draft.appleNoReminderFact' } }
      : noReminderAtAll(c)
        ? { appleNoReminder: { key: 'draft.noReminderRuleApple' }, noReminder: '' }
        : {};
    // Review 39 F2: "never meant to renew" beside a reminder that left something out: the gap leads, the reason follows.
    const gapFirst = remindedYet(c) && reminderLack(c) !== undefined;
    const draft: Say = { key: gapFirst ? 'apple.secondRequestGapFirst' : 'apple.secondRequest', vars: { ...requestVars(c), ...noAppleReminder }, draft: true };
    const choices = [
      ...(c.appleCancelled ? [] : ['appleCancelled']),
      ...(asksPlan(c) ? ['planChanged'] : []),
      ...(offersAppMessage(c) ? ['appMessage'] : []),
      'appleRefusedAgain',
      'continue',
      'back',
    ];
    const next: Say = { key: c.appleCancelled ? 'apple.cancelledNext' : 'apple.cancelAsk' };
    // Seventh round #10: answered here (the amount, the plan, the cancellation): only what changed.
    // Eighth round m3: the amount and the plan were asked once, above; they stay open (typed, or the button), unsaid.
    if (c.appleRefusalAnswered)
      return { parts: [{ key: 'apple.refusedUpdated' }, draft, next, { key: 'apple.refusedBriefRest' }], choices, acceptsText: asksAmount(c) };
    return {
      parts: [
        refusedSay(c),
        // Cancelled first, the request can say so (only once the person says it is done).
        ...(c.appleCancelled ? [] : [{ key: 'apple.cancelFirst' }]),
        ...asks(c),
        draft,
        { key: 'apple.secondRequestBlocked' },
        // The charged account is the one to ask from (guide §7, §9); consumer law still applies; Apple China support.
        // Fourteenth review m8: the charged account was said at step 1 of Apple's steps: a pointer, not the paragraph again.
        { key: 'apple.checkAccountShort' },
        // Fourteenth review m6: with a reason written into the request above, it is the specific reason: no "add a legal ground".
        // Seventeenth review M2: no reminder from anyone: the article the request now states, hedged (Apple decides).
        // Review 20 M2: the app reminded, Apple did not: why the request states only the facts.
        appleSilent(c)
          ? { key: 'apple.supportAppReminded', vars: { ...appVars(c), facts: reminderLack(c) ? { key: `apple.appLacked.${reminderLack(c)}` } : '' } }
          : {
              key: noReminderAtAll(c) ? 'apple.supportNoReminderRuleNone' : c.appealReason || reminderLack(c) ? 'apple.supportReasonGiven' : 'apple.support',
            },
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
        onChoice('appMessage', 'appleAppMessage'),
        onChoice('appleRefusedAgain', 'appleComplain12315', [record({ appleRefusedAgain: true })]),
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
      parts: [
        { key: 'apple.complain12315' },
        // Review 25 F4: a one-go refund, with 实施条例 第十八条第二款 only where a refund is owed (third review M3);
        // a renewal, the record of any reminder before it.
        {
          key: 'apple.complain12315Draft',
          vars: {
            ...requestVars(c),
            oneGoBasis: refundOwed(c) ? { key: 'apple.oneGoBasis' } : '',
            reminderRecord: c.member === 'renewal' ? { key: 'apple.reminderRecordAsk' } : '',
          },
          draft: true,
        },
        // Who sent a reminder that left something out is the person's to say (not sure: a blank); the refund is Apple's either way.
        ...(reminderLack(c) && !reminderSender(c) ? [{ key: 'apple.reminderFromNote', vars: appVars(c) }] : []),
        // Twelfth round M2: the app's reminder left something out: a 举报 against the app's operator
        // (not Apple) is offered, on the pricing rule hedged, no 第五十条, never deciding the refund.
        ...(offersAppMessage(c)
          ? [
              // Seventeenth review m7: Apple made the charge (and, as said, sent no reminder): stated; each party's duty is the regulator's call.
              {
                key: 'apple.reportLacking',
                vars: {
                  what: { key: `reminder.lacked.${reminderLack(c)}` },
                  appleSilent: appleSilent(c) ? { key: 'apple.reportAppleSilent' } : '',
                  ...appVars(c),
                },
              },
              {
                key: 'apple.reportLackingDraft',
                vars: {
                  ...requestVars(c),
                  what: { key: `reminder.lacked.${reminderLack(c)}` },
                  chargedByApple: { key: appleSilent(c) ? 'draft.chargedByAppleSilent' : 'draft.chargedByApple' },
                  ...appVars(c),
                },
                draft: true as const,
              },
            ]
          : c.member === 'renewal' && c.reminder === 'reminderGot'
            ? [{ key: 'appeal.report.notFit' }]
            : []),
        // Eleventh round M2: the app's reminder is a complaint of its own against the app's operator; the person decides.
        ...(offersAppMessage(c)
          ? [
              {
                key: 'apple.appComplaintSeparate',
                vars: { what: { key: `reminder.lacked.${reminderLack(c)}` }, lacked: { key: `draft.reminderLacked.${reminderLack(c)}` }, ...appVars(c) },
              },
            ]
          : []),
        { key: 'apple.complain12315After' },
      ],
      choices: [...(offersAppMessage(c) ? ['appMessage'] : []), 'continue', 'back'],
    }),
    { 'user.choice': [onChoice('appMessage', 'appleAppMessage'), onChoice('continue', 'renewal')] },
  );

  /**
   * Eleventh round M2: a message for the app whose reminder left something out, optional: the
   * person's facts, the pricing rule named as in the other drafts (its reach to the app hedged in
   * the note, never 按规定), Apple's refusal as it happened, and a question, never an outcome.
   */
  const appleAppMessage = {
    ...promptState(
      'appleAppMessage',
      (c) => ({
        parts: [
          { key: 'apple.appMessageIntro', vars: appVars(c) },
          {
            key: 'apple.appMessageDraft',
            vars: {
              ...requestVars(c),
              appleRefusals: { key: c.appleRefusedAgain ? 'apple.appleRefusedTwice' : 'apple.appleRefusedOnce' },
              // Review 21 m4: the pricing rule in words ("as I understand it", no article), and what this reminder left out.
              pricingRule: { key: 'apple.appMessageRule', vars: { what: { key: `apple.ruleLacked.${reminderLack(c) ?? 'several'}` } } },
            },
            draft: true,
          },
          { key: 'apple.appMessageNext' },
        ],
        choices: [...(c.appleRefusedAgain ? [] : ['appleRefusedAgain']), 'continue', 'back'],
      }),
      {
        'user.choice': [onChoice('appleRefusedAgain', 'appleComplain12315', [record({ appleRefusedAgain: true })]), onChoice('continue', 'renewal')],
      },
    ),
  };
  // Twelfth review m6: shown, the message is one of the texts the summary lists as prepared.
  appleAppMessage.entry = [...appleAppMessage.entry, record({ appMessageShown: true }) as never];

  /**
   * Eighth round m10: Apple refused. Before the second request, the person's reason, asked with the
   * same buttons as on the ladder (a refusal turns on a specific reason, guide §9); skipping leaves a blank.
   */
  const appleRefusalReason = promptState(
    'appleRefusalReason',
    (c) => ({ parts: [{ key: 'apple.refusedAsk' }, { key: 'apple.askReason' }], choices: [...appleSecondReasons(c, policy), 'skipReason', 'back'] }),
    {
      'user.choice': [
        ...[...allReasons, 'unawareAmount'].map((r) => onChoice(r, 'appleRefused', [record({ appealReason: r })])),
        onChoice('skipReason', 'appleRefused'),
      ],
    },
  );

  return { appleRefused, appleComplain12315, appleAppMessage, appleRefusalReason };
}
