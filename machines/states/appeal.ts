/**
 * The appeal: the reason, the order number for the drafts (optional), then the escalation
 * ladder — customer service, a complaint in the payment app, email, 12315, 黑猫投诉, a social
 * post as the last resort — each rung with what to prepare, a draft in the person's own
 * facts, and when to move on; plus answers to the refusals people meet.
 */
import { and } from 'xstate';
import type { CaseFile } from '../case-file';
import { onChoice, promptState, record, say, schedule } from '../builders';
import { ESCALATION_OF, escalationFollowUp } from '../follow-ups';
import {
  caseVars,
  goodwillOnly,
  knownChannel,
  namesPricingRule,
  offersPlanFallback,
  offersRedCardFallback,
  reminderLack,
  signupReport,
  usedPrivilege,
} from '../case-vars';
import type { ProductPolicy } from '../policy';
import type { Say, TextVars } from '../types';
import { allAppealReasons, appealReasonsFor } from './appeal-reasons';
import { rungNotes } from './appeal-rung-notes';
import { firmVars, refusalKeys, refusalsHeard } from './refusal-keys';
import { planDifference } from '../plan-difference';
import { withMinorMore } from '../minor-claim';
import { appealMenu } from './appeal-menu';
import { ladderOf } from '../next-rung';
import { misledDetailState, onReasonChosen } from './misled-detail';

/** Eleventh round m4: where else the person finds an order or transaction number, by how they paid. */
const orderElsewhere = (c: CaseFile) => (c.payment === 'alipay' || c.payment === 'wechat' ? c.payment : c.payment === 'otherPay' ? 'other' : 'unsure');

/** The plan question was reached from Apple's refusal (its answer goes back there). */
const FROM_APPLE = { type: 'previousIs' as const, params: { state: 'appleRefused' } } as never;

/** What the person typed about the plan, said back (`key` fits where it goes: the drafts, or the Apple text). */
const sayPlanDetail = (key: string) => ({
  type: 'say' as const,
  params: ({ context }: { context: CaseFile }) => ({
    parts: [{ key, vars: { detail: context.planDetail ?? '', gloss: { glossOf: context.planDetail ?? '' } } }],
  }),
});

/** This part of the conversation for one product (its policy). */
export function appealStates(policy: ProductPolicy) {
  // Review 21 M1: misled by the sign-up page, the first message and the polite reply rest on the page's promise (实施条例 第十二条).
  // Review 21 m7: goodwill alone, the 12315 filing asks the regulator to mediate; 黑猫, not a filing with it, keeps its own words.
  const vars = (c: CaseFile): TextVars => {
    const v = caseVars(c, policy);
    const publicKey = c.appealReason === 'money' ? 'draft.reasonPublicMoney' : 'draft.reasonPublicGoodwill';
    const reasonPublicFiled = goodwillOnly(c) && c.member !== 'redCard' ? { key: publicKey, vars: { reason: v.reason! } } : v.reasonPublicFiled!;
    // Review 21 m11: the date and the amount as one clause (an English gloss says it in prose).
    const whenPaid = { key: `draft.whenPaid.${c.member === 'renewal' ? 'renewal' : 'firstTime'}`, vars: { date: v.openedDate!, amount: v.amount! } };
    // Review 21 m3: a changed plan's difference, from the person's own two figures only; otherwise the blank.
    const sum = planDifference(c);
    const difference = sum ? sum.diff : { key: 'draft.differenceBlank' };
    const differenceNote = sum ? { key: 'appeal.fallback.differenceKnown', vars: sum } : { key: 'appeal.fallback.differenceBlank' };
    return {
      ...v,
      whenPaid,
      difference,
      differenceNote,
      reasonPublicFiled,
      promise: c.appealReason === 'misled' && c.member !== 'redCard' ? { key: 'draft.promiseBinds' } : '',
    };
  };
  const draft = (key: string, c: CaseFile): Say => ({ key, vars: vars(c), draft: true });
  const text = (key: string, c: CaseFile): Say => ({ key, vars: vars(c) });

  /** Apple payers complain to Apple, not to a payment app: the payChannel rung is not theirs. */
  const ladderFor = (c: CaseFile) => ladderOf(c, policy);

  const reasonsFor = (c: CaseFile): string[] => appealReasonsFor(c, policy);
  const allReasons = allAppealReasons(policy);

  const { complaintChannelsFor, expectedRefusal, readyParts, payChannelAbout, recordsNote, recordsWhy } = rungNotes(policy);

  /** The guardian's payment app by name where known, else "account". */
  const accountChildPayment = (c: CaseFile): Say => {
    const channel = knownChannel(c, policy);
    return { key: channel === 'unsure' || channel === 'otherPay' ? 'appeal.cs.accountChildMine' : `choice.${channel}` };
  };
  /**
   * Twelfth review m12: the same, in the Chinese the person copies, whatever the reader's language:
   * the opener quoted in English is the one the Chinese flow shows (从我的支付宝付的, not 从我的账户付的).
   */
  const accountChildPaymentZh = (c: CaseFile): Say => {
    const channel = knownChannel(c, policy);
    return { key: `appeal.cs.accountChildZh.${channel === 'unsure' || channel === 'otherPay' ? 'mine' : channel}` };
  };

  /** What each rung shows: where it is, what to prepare, the draft, when to move on. */
  const RUNG_PARTS: Record<string, (c: CaseFile) => Say[]> = {
    cs: (c) => [
      // Ninth round m8: a child's account holds the membership and the guardian paid: which account to chat from.
      // Fourteenth review m4: said before "the text below", so the draft follows its introduction.
      ...(c.payer === 'minor' && c.accountOf === 'child' && c.paidFrom === 'guardian' && c.payment !== 'apple'
        ? [{ key: 'appeal.cs.accountChild', vars: { payment: accountChildPayment(c), paymentZh: accountChildPaymentZh(c) } }]
        : []),
      text('appeal.cs.where', c),
      // With no reminder before a renewal charge, that is what the message leads with.
      draft(c.member === 'renewal' && c.reminder === 'reminderNone' ? 'appeal.cs.scriptNoReminder' : 'appeal.cs.script', c),
      ...recordsWhy('cs', c),
      // Twelfth round m3: a child paid from the guardian's Alipay: its password-free payments, so it does not happen again.
      ...(c.payer === 'minor' && c.paidFrom === 'guardian' && c.payment === 'alipay' ? [{ key: 'appeal.cs.childAlipayCheck' }] : []),
      ...recordsNote('cs', c),
      ...readyParts(c),
      { key: usedPrivilege(c, policy) ? 'appeal.cs.escalatePartial' : 'appeal.cs.escalate' },
      { key: `appeal.cs.expect.${expectedRefusal(c)}`, vars: { what: { key: `reminder.lacked.${reminderLack(c) ?? 'several'}` } } },
      { key: c.window === 'lastDay' && c.member !== 'renewal' ? 'appeal.cs.moveOnLastDay' : 'appeal.cs.moveOn' },
    ],
    payChannel: (c) => [
      { key: payChannelAbout(c) },
      ...complaintChannelsFor(c).map((channel) => ({ key: `appeal.payChannel.where.${channel}` })),
      draft('appeal.payChannel.draft', c),
      { key: 'appeal.payChannel.moveOn' },
    ],
    email: (c) => [
      text('appeal.email.where', c),
      // Seventeenth review m4: the person said no reminder came before the renewal: the reason line leads with it.
      // Eighteenth review m14: said once: the paragraph below then gives only the rule (实施条例 第十条).
      c.member === 'renewal' && c.reminder === 'reminderNone'
        ? ({
            key: 'appeal.email.draft',
            vars: {
              ...vars(c),
              reason: { key: 'draft.emailReasonNoReminder', vars: { reason: vars(c).reason! } },
              noReminderCited: { key: 'draft.noReminderRuleOnly' },
            },
            draft: true,
          } as Say)
        : draft('appeal.email.draft', c),
      ...recordsWhy('email', c),
      ...recordsNote('email', c),
      { key: 'appeal.email.moveOn' },
    ],
    complain12315: (c) => [
      // 12315 first, before the company was ever asked: it usually looks for that first (and a goodwill reason is no fault of theirs).
      ...((c.unresolved ?? []).length === 0
        ? [{ key: goodwillOnly(c) && c.signupNotice !== 'notShown' ? 'appeal.complain12315.companyFirstGoodwill' : 'appeal.complain12315.companyFirst' }]
        : []),
      { key: 'appeal.complain12315.about' },
      { key: 'appeal.complain12315.rules' },
      // Eighth round m2: filing for someone else, only where another family member paid (their signature, the helper's ID).
      ...(c.payer === 'family' ? [{ key: 'appeal.complain12315.rulesFamily', line: true as const }] : []),
      // Ninth round m2: the amount already typed is in the draft's request: not asked for again.
      {
        key: 'appeal.complain12315.prepare',
        vars: {
          request:
            c.amount === undefined ? { key: 'appeal.complain12315.requestGeneric' } : { key: 'appeal.complain12315.requestKnown', vars: { amount: c.amount } },
        },
      },
      draft('appeal.complain12315.draft', c),
      ...recordsWhy('complain12315', c),
      ...recordsNote('complain12315', c),
      // Eighth round M3: a changed plan's fallback, for a mediator: the person's option to add, never a right.
      ...(offersPlanFallback(c) ? [text('appeal.fallback.label12315', c), draft('draft.planFallback12315', c)] : []),
      // Review 24 m12: money is tight (goodwill): a pro-rata line beside the filing, the person's to add (a negotiating option, not a right).
      ...(goodwillOnly(c) && c.appealReason === 'money' ? [{ key: 'appeal.fallback.goodwill12315' }, draft('draft.goodwillFallback12315', c)] : []),
      // Seventeenth review M1: 小红卡 stopped working: the fallback is the person's option beside the full-fee request, its own blank.
      ...(offersRedCardFallback(c) ? [{ key: 'appeal.fallback.redCard12315' }, draft('draft.redCardFallback12315', c)] : []),
      // No reminder before a renewal charge: a 举报 beside the 投诉, asking the regulator to act (guide §9).
      // Fifteenth review m3: a plan change the person gave, where the drafts cite the pricing rule: in 举报事项 and 依据, not in the facts.
      ...(c.member === 'renewal' && c.reminder === 'reminderNone'
        ? [
            { key: 'appeal.report.about' },
            offersPlanFallback(c) && namesPricingRule(c)
              ? ({ key: 'appeal.report.draftPlan', vars: { ...vars(c), detail: { typed: c.planDetail! } }, draft: true } as Say)
              : draft('appeal.report.draft', c),
          ]
        : []),
      // Tenth round m8: a reminder came: why there is no 举报 here, in a line (实施条例 第十条, 第五十条 are about none).
      ...(c.member === 'renewal' && c.reminder === 'reminderGot' ? [{ key: 'appeal.report.notFit' }] : []),
      // Fourteenth review m7: the sign-up page did not show the auto-renewal plainly (实施条例 第十条): a 举报 as an option.
      ...(signupReport(c) ? [{ key: 'appeal.report.aboutSignup' }, draft('appeal.report.draftSignup', c)] : []),
      { key: 'appeal.complain12315.moveOn' },
    ],
    // Public, and not withdrawable once approved: its own draft, with no name, phone, address or order number.
    heimao: (c) => [{ key: 'appeal.heimao.about' }, { key: 'appeal.heimao.prepare' }, draft('appeal.heimao.draft', c), { key: 'appeal.heimao.moveOn' }],
    social: (c) => [text('appeal.social.warning', c), draft('appeal.social.draft', c)],
  };

  /** After a rung did not solve it; after 12315, for a small amount, the court's fee (guide §9) and the time it takes. */
  function afterSay(channel: string) {
    return {
      type: 'say' as const,
      params: ({ context }: { context: CaseFile }) => {
        const parts: Say[] = [{ key: `appeal.after.${channel}` }];
        // Eighth round M3, review 41 F13: a changed plan's fallback once the payment-app complaint did
        // not settle it (never after the first chat); the person's to add, never put in the drafts.
        if (channel === 'payChannel' && offersPlanFallback(context))
          parts.push(text('appeal.fallback.afterPayChannel', context), draft('draft.planFallback', context));
        const amount = Number(context.amount);
        if (channel === 'complain12315' && context.amount !== undefined && amount <= 100) {
          // The sheet's fee beside the person's amount; never set against the claim (who bears it is not on the sheet).
          parts.push({ key: 'appeal.after.courtFee', vars: { amount: context.amount } });
        } else if (channel === 'complain12315' && context.amount !== undefined && amount <= 10000) {
          // Ninth round m3: above ¥100, the same fee facts (the sheet's ¥50 holds for claims up to
          // ¥10,000), with no verdict on whether it is worth it; above that the sheet gives no fee.
          parts.push({ key: 'appeal.after.courtFeeAbove100', vars: { amount: context.amount } });
        }
        return { parts };
      },
    };
  }

  /** Where a refusal is met in person, the coach offers answers to it. */
  const MEETS_REFUSALS = new Set(['cs']);

  function rungState(channel: string) {
    const id = `appeal_${channel}`;
    // Rungs where people wait for an answer can remind them when it is time to move on.
    const remind = ESCALATION_OF[channel] ? ['remindEscalation'] : [];
    // No official email found: skipped, not "sent and no luck", so no draft says an email went out.
    const skip = channel === 'email' ? ['emailSkipped'] : [];
    const choices = ['refunded', 'progress', ...(MEETS_REFUSALS.has(channel) ? ['theyRefused'] : []), 'notWorked', ...skip, ...remind, 'back'];
    return promptState(id, (c) => ({ parts: [...withMinorMore(RUNG_PARTS[channel]!(c), c, channel), { key: 'appeal.rungAsk' }], choices }), {
      'user.choice': [
        onChoice('refunded', 'renewal', ['recordApproved', record({ refundedAt: channel }), say({ key: 'appeal.result.refunded' })]),
        onChoice('progress', 'renewal', [record({ outcome: 'progress', progressAt: channel }), say({ key: `appeal.progress.${channel}` })]),
        onChoice('theyRefused', 'appealRefusal', [{ type: 'noteUnresolved', params: { channel } }]),
        onChoice('notWorked', 'appealMenu', [{ type: 'noteUnresolved', params: { channel } }, afterSay(channel)]),
        onChoice('emailSkipped', 'appealMenu', [record({ emailSkipped: true }), say({ key: 'appeal.email.skipped' })]),
        onChoice('remindEscalation', 'renewal', [
          record({ waitingOn: channel }),
          schedule((_, e) => escalationFollowUp(channel, e.at)),
          say({ key: 'followUp.set.escalation' }),
        ]),
      ],
    });
  }

  /** "Ask Apple" is right when Apple billed it: then the way forward is Apple's own page. */
  const isAppleRefusalRight = (c: CaseFile) => c.refusal === 'refusedApple' && c.payment === 'apple';

  function refusalReplyParts(c: CaseFile): Say[] {
    const keys = refusalKeys(c, policy);
    const parts: Say[] = [{ key: keys.explain }];
    if (isAppleRefusalRight(c)) return [...parts, { key: 'appeal.refusal.refusedApple.isApple' }];
    return [
      ...parts,
      { key: 'appeal.refusal.politeLabel' },
      draft(keys.polite, c),
      { key: 'appeal.refusal.firmLabel' },
      // Review 20 m9, review 23 m4: the firm reply's own ground first, the page's facts after it.
      { ...draft(keys.firm, c), vars: firmVars(c, policy, keys.firm, vars(c)) },
      // The fallback (a partial ask after a plan change) is the person's option after a refusal,
      // never written into a first request: offered here, beside the replies, to add or not.
      ...(offersPlanFallback(c) ? [text('appeal.refusal.fallbackLabel', c), draft('draft.planFallback', c)] : []),
      { key: 'appeal.refusal.tone' },
      { key: 'appeal.rungAsk' },
    ];
  }

  /** The intro to the appeal fits how the person got here. */
  function intro(c: CaseFile): Say {
    if (c.outcome === 'refused') return { key: 'appeal.intro.refused' };
    // Reminded, but the reminder left something out: that is what the texts below say.
    const lack = reminderLack(c);
    if (c.verdict === 'renewal' && lack) return { key: 'appeal.intro.renewalReminderLacking', vars: { what: { key: `reminder.lacked.${lack}` } } };
    if (c.verdict === 'renewal' && c.reminder === 'reminderGot') return { key: 'appeal.intro.renewalReminded' };
    return { key: `appeal.intro.${c.verdict ?? 'unsure'}` };
  }

  const { asksAmount, asksPlan, asksSignup, SIGNUP_ANSWERS, menuParts, rungLabels } = appealMenu(policy, ladderFor);

  const appeal = {
    initial: 'reason',
    states: {
      reason: promptState('appealReason', (c) => ({ parts: [intro(c), { key: 'appeal.askReason' }], choices: [...reasonsFor(c), 'back'] }), {
        // The order number is asked once; a later appeal keeps the one given.
        'user.choice': allReasons.flatMap(onReasonChosen),
      }),
      misledDetail: misledDetailState,
      orderNumber: promptState(
        'askOrderNumber',
        (c) => ({
          // Eleventh round m4: where else an order or transaction number is found follows how the person paid.
          parts: [
            c.orderNumber
              ? ({ key: 'appeal.orderNumber.onFile', vars: { orderNumber: c.orderNumber } } as Say)
              : ({
                  key: 'appeal.orderNumber.ask',
                  ...(policy.appButtons ? { vars: { orderElsewhere: { key: `appeal.orderNumber.elsewhere.${orderElsewhere(c)}` } } } : {}),
                } as Say),
          ],
          choices: ['skipOrder', 'back'],
          acceptsText: true,
        }),
        {
          'user.choice': [onChoice('skipOrder', 'appealMenu')],
          'user.text': [
            { guard: 'typedCardNumber', actions: say({ key: 'appeal.orderNumber.card' }) },
            { guard: 'typedOrderNumber', target: '#appealMenu', actions: ['recordOrderNumber', say({ key: 'appeal.orderNumber.saved' })] },
            { actions: say({ key: 'appeal.orderNumber.invalid' }) },
          ],
        },
      ),
      menu: promptState(
        'appealMenu',
        (c) => ({
          parts: menuParts(c),
          choices: [...ladderFor(c), ...(asksPlan(c) ? ['planChanged'] : []), ...(asksSignup(c) ? Object.keys(SIGNUP_ANSWERS) : []), 'finish', 'back'],
          labels: rungLabels(c),
          acceptsText: asksAmount(c),
        }),
        {
          'user.text': [
            { guard: 'typedCardNumber', actions: say({ key: 'appeal.orderNumber.card' }) },
            {
              guard: 'typedAmount',
              actions: [
                'recordAmount',
                {
                  type: 'say',
                  params: ({ context }: { context: CaseFile }) => ({ parts: [{ key: 'appeal.amount.saved', vars: { amount: context.amount ?? '' } }] }),
                },
              ],
            },
            { actions: say({ key: 'appeal.amount.invalid' }) },
          ],
          'user.choice': [
            // What it was at sign-up and what was charged, asked next (skippable).
            onChoice('planChanged', 'appealPlanDetail', [record({ planChange: 'changed' })]),
            // Thirteenth review M1: the sign-up page, as the person remembers it; only "not shown plainly" adds a ground.
            ...Object.entries(SIGNUP_ANSWERS).map(([id, answer]) => ({
              guard: { type: 'chose' as const, params: { id } },
              actions: [record({ signupNotice: answer }), say({ key: `appeal.signup.saved.${answer}` })],
            })),
            // "不知道" typed where the amount is asked (read as "not sure"): the drafts keep the blank.
            { guard: { type: 'chose', params: { id: 'unsure' } }, actions: say({ key: 'appeal.amount.skipped' }) },
            ...policy.appealLadder.map((channel) => onChoice(channel, `appeal_${channel}`, [{ type: 'noteChannel', params: { channel } }])),
            onChoice('finish', 'renewal'),
          ],
        },
      ),
      // "The amount or plan differed": what it was at sign-up and what was charged, in the person's
      // words as typed; skipped, the drafts keep blanks for both.
      planDetail: promptState(
        'appealPlanDetail',
        () => ({ parts: [{ key: 'appeal.plan.askDetail' }], choices: ['skipPlanDetail', 'back'], acceptsText: true }),
        {
          // Asked at Apple's refusal (seventh round #1), the answer goes back there, to the Apple text.
          'user.choice': ['skipPlanDetail', 'unsure'].flatMap((id) => [
            {
              guard: and([{ type: 'chose', params: { id } }, FROM_APPLE]),
              target: '#appleRefused',
              actions: [record({ appleRefusalAnswered: true }), say({ key: 'apple.planSaved' })],
            },
            // "不知道" read as "not sure" (should the reader offer it): the same as skipping.
            onChoice(id, 'appealMenu', [say({ key: 'appeal.plan.saved' })]),
          ]),
          'user.text': [
            { guard: 'typedCardNumber', actions: say({ key: 'appeal.orderNumber.card' }) },
            // Thirteenth review M2: typed with no Chinese in it, the Chinese drafts keep their blanks, and the coach says so.
            {
              guard: and(['typedLineNoChinese', FROM_APPLE]),
              target: '#appleRefused',
              actions: [record({ appleRefusalAnswered: true }), say({ key: 'apple.planSaved' }), say({ key: 'apple.planNotChinese' })],
            },
            { guard: 'typedLineNoChinese', target: '#appealMenu', actions: [say({ key: 'appeal.plan.saved' }), say({ key: 'appeal.plan.notChinese' })] },
            {
              guard: and(['typedLine', FROM_APPLE]),
              target: '#appleRefused',
              actions: ['recordPlanDetail', record({ appleRefusalAnswered: true }), sayPlanDetail('apple.planDetailSaved')],
            },
            { guard: 'typedLine', target: '#appealMenu', actions: ['recordPlanDetail', sayPlanDetail('appeal.plan.detailSaved')] },
            { actions: say({ key: 'appeal.plan.detailInvalid' }) },
          ],
        },
      ),
      ...Object.fromEntries(policy.appealLadder.map((channel) => [channel, rungState(channel)])),
      refusal: promptState('appealRefusal', (c) => ({ parts: [{ key: 'appeal.refusal.ask' }], choices: [...refusalsHeard(c, policy), 'back'] }), {
        'user.choice': policy.refusals.map((r) => onChoice(r, 'appealRefusalReply', [record({ refusal: r })])),
      }),
      refusalReply: promptState(
        'appealRefusalReply',
        (c) => ({
          parts: refusalReplyParts(c),
          choices: isAppleRefusalRight(c) ? ['walkApple', 'back'] : ['refunded', 'progress', 'otherRefusal', 'notWorked', 'back'],
        }),
        {
          'user.choice': [
            onChoice('walkApple', `apple_${policy.walkthroughs.apple[0]!.id}`, [record({ route: 'apple' })]),
            onChoice('refunded', 'renewal', ['recordApproved', record({ refundedAt: 'cs' }), say({ key: 'appeal.result.refunded' })]),
            onChoice('progress', 'renewal', [record({ outcome: 'progress', progressAt: 'cs' }), say({ key: 'appeal.progress.cs' })]),
            onChoice('otherRefusal', 'appealRefusal'),
            onChoice('notWorked', 'appealMenu', [say({ key: 'appeal.after.cs' })]),
          ],
        },
      ),
    },
  };
  return { appeal };
}
