/**
 * Greeting and the eligibility check: first-time member, renewal or 小红卡? when was the
 * charge? (renewing members: was there a reminder before it?) privileges used? how paid?
 * auto-renew on? A typed date that needed a guess is confirmed before it is used.
 */
import { and } from 'xstate';
import type { CaseFile, ReminderLack } from '../case-file';
import { otherPayState } from './other-pay';
import { onChoice, promptState, questionState, record, say, whyHandler } from '../builders';
import { appOf, appVar } from '../case-vars';
import { question } from '../prompts';
import type { ProductPolicy } from '../policy';
import { productChoiceId, type Product } from '../product';

/** The answers to "what did the reminder leave out?", and what each records ("not sure" records nothing). */
const REMINDER_CONTENT: Record<string, ReminderLack | undefined> = {
  reminderFull: 'none',
  reminderNoAmount: 'amount',
  reminderNoCancel: 'cancel',
  reminderNoTime: 'time',
  reminderSeveral: 'several',
  unsure: undefined,
};

/** This part of the conversation for one product (its policy). */
export function eligibilityStates(policy: ProductPolicy, product: Product, products: readonly Product[]) {
  /** A renewing member is asked about the renewal charge, not the first sign-up (guide §7). */
  const dateKey = (c: CaseFile, newMember: string, renewing: string) => (c.member === 'renewal' ? renewing : newMember);

  /** "Got it: <app>." — the app as every message and draft will name it from now on. */
  const sayAppSaved = {
    type: 'say',
    params: ({ context }: { context: CaseFile }) => ({ parts: [{ key: 'appName.saved', vars: { app: appOf(context) ?? '' } }] }),
  };

  /** Repeats the recorded date back, so a misread is caught at once. */
  const sayDateUnderstood = {
    type: 'say',
    params: ({ context }: { context: CaseFile }) => ({
      parts: [{ key: dateKey(context, 'opened.understood', 'opened.understoodCharge'), vars: { date: { date: context.openedOn ?? '' } } }],
    }),
  };

  const OPENED_BUCKETS = ['today', 'days1to3', 'days4to6', 'day7', 'over7', 'unsure'];

  type Guard = string | { type: string; params: unknown };

  /**
   * Once the date is known (when `when` holds): renewing members are asked about the reminder,
   * everyone else about privileges.
   */
  function afterDate(actions: unknown[], when?: Guard) {
    return [
      { guard: when ? and([when as never, 'isRenewing']) : 'isRenewing', target: '#askReminder', actions },
      { ...(when ? { guard: when } : {}), target: '#askPrivilege', actions },
    ];
  }

  /** A typed date, checked before it is used; shared by the question and its confirmation. */
  const typedDate = [
    { guard: 'dateUnusable', actions: say({ key: 'opened.unusable' }) },
    { guard: 'dateInFuture', actions: say({ key: 'opened.future' }) },
    { guard: 'dateImplausiblyOld', actions: say({ key: 'opened.tooOld' }) },
    { guard: 'dateNeedsConfirming', target: '#confirmOpened', actions: ['holdOpenedDate'] },
    ...afterDate(['recordOpenedDate', sayDateUnderstood]),
  ];

  // Serving more than one product, the greeting also offers the others: "Start" stays this
  // product's (the first one's), and another product's button hands over to its conversation.
  const others = products.filter((p) => p.id !== product.id);
  // A product that stands for many apps asks which app first.
  const first = policy.appButtons ? 'askAppName' : 'askMember';
  const greeting = promptState(
    'greeting',
    () => ({
      // Review 50 F1: the other products come right after the plan, before the honesty note.
      parts: [{ key: 'greeting.hello' }, ...(others.length > 0 ? [{ key: 'greeting.otherProducts' }] : []), { key: 'greeting.honesty' }],
      choices: ['begin', ...others.map(productChoiceId), 'lang'],
    }),
    {
      'user.choice': [
        onChoice('begin', first),
        ...others.map((other) => ({
          guard: { type: 'chose', params: { id: productChoiceId(other) } },
          actions: [{ type: 'switchProduct', params: { product: other.id } }],
        })),
      ],
    },
  );

  const MEMBER_ANSWERS = ['firstTime', 'renewal', 'unsure'];
  const PRIVILEGE_ANSWERS = [...policy.privileges, 'noneUsed', 'unsure'];
  const PAYMENT_ANSWERS = [...policy.paymentChannels, 'unsure'];
  const appButtons = (policy.appButtons ?? []).map((id) => `app_${id}`);
  // A typed name of any known app reads as that app's button, shown or not.
  const knownApps = [...new Set([...(policy.appButtons ?? []), ...(policy.knownApps ?? [])])].map((id) => `app_${id}`);
  const eligibility = {
    initial: first,
    states: {
      ...(policy.appButtons
        ? {
            askAppName: promptState(
              'askAppName',
              () => ({ parts: [{ key: 'ask.askAppName' }], choices: [...appButtons, 'why', 'back'], acceptsAppName: true }),
              {
                'user.choice': knownApps.map((id) => onChoice(id, 'askMember', [record({ appId: id.slice('app_'.length), appName: undefined }), sayAppSaved])),
                'user.text': [
                  // A name not on the list goes into every draft as typed: it is read back first.
                  { guard: 'typedAppName', target: '#confirmAppName', actions: ['recordAppName'] },
                  { actions: say({ key: 'appName.invalid' }) },
                ],
                'user.command': whyHandler('askAppName'),
              },
            ),
          }
        : {}),
      ...(policy.appButtons
        ? {
            confirmAppName: promptState(
              'confirmAppName',
              (c) => ({ parts: [{ key: 'appName.confirm', vars: { app: c.appName ?? '' } }], choices: ['nameRight', 'nameWrong', 'back'] }),
              {
                'user.choice': [
                  onChoice('nameRight', 'askMember', [sayAppSaved]),
                  onChoice('nameWrong', 'askAppName', [record({ appName: undefined }), say({ key: 'appName.again' })]),
                ],
              },
            ),
          }
        : {}),
      askMember: promptState('askMember', () => question('ask.askMember', policy.memberAnswers), {
        'user.choice': [
          ...MEMBER_ANSWERS.map((a) => onChoice(a, 'askOpened', [record({ member: a as CaseFile['member'] })])),
          onChoice('redCard', 'redCard', [record({ member: 'redCard', verdict: 'redCard' })]),
        ],
        'user.command': whyHandler('askMember'),
      }),
      askOpened: promptState('askOpened', (c) => question(dateKey(c, 'ask.askOpened', 'ask.askCharged'), OPENED_BUCKETS, true), {
        'user.choice': afterDate(['recordOpenedBucket'], { type: 'choseOneOf', params: { ids: OPENED_BUCKETS } }),
        'user.date': typedDate,
        'user.command': whyHandler('askOpened'),
      }),
      confirmOpened: promptState(
        'confirmOpened',
        (c) => ({
          parts: [{ key: dateKey(c, 'opened.confirm', 'opened.confirmCharge'), vars: { date: { date: c.pendingDate ?? '' } } }],
          choices: ['yes', 'no', 'back'],
          acceptsDate: true,
          ...(c.pendingDate ? { aboutDate: c.pendingDate } : {}),
        }),
        {
          'user.choice': [
            ...afterDate(['confirmOpenedDate', sayDateUnderstood], { type: 'chose', params: { id: 'yes' } }),
            onChoice('no', 'askOpened', [say({ key: 'opened.tryAgain' })]),
          ],
          'user.date': typedDate,
        },
      ),
      // A reminder that came is asked about: what it left out of the time, the amount and how to
      // cancel is still a ground (the pricing rule, guide §7, §9), said only as the person answers.
      askReminder: promptState('askReminder', () => question('ask.askReminder', ['reminderNone', 'reminderGot', 'unsure']), {
        'user.choice': [
          onChoice('reminderGot', 'askReminderContent', [record({ reminder: 'reminderGot' })]),
          ...(['reminderNone', 'unsure'] as const).map((a) => onChoice(a, 'askPrivilege', [record({ reminder: a, reminderLacks: undefined })])),
        ],
        'user.command': whyHandler('askReminder'),
      }),
      askReminderContent: questionState('askReminderContent', Object.keys(REMINDER_CONTENT), 'askPrivilege', (a) => ({
        reminderLacks: REMINDER_CONTENT[a],
      })),
      askPrivilege: promptState(
        'askPrivilege',
        // A renewing member is asked about use since the renewal charge.
        (c) => question(dateKey(c, 'ask.askPrivilege', 'ask.askPrivilegeRenewal'), PRIVILEGE_ANSWERS),
        {
          'user.choice': PRIVILEGE_ANSWERS.map((a) => onChoice(a, 'askPayment', [record({ privilege: a })])),
          'user.command': whyHandler('askPrivilege'),
        },
      ),
      // Tenth round m8: paid through Apple after a reminder that left something out: who sent that reminder
      // is asked next, before the first Apple note (the verdict), so every Apple text says it as it was.
      askPayment: promptState('askPayment', () => question('ask.askPayment', PAYMENT_ANSWERS), {
        'user.choice': PAYMENT_ANSWERS.flatMap((a) => [
          ...(a === 'apple'
            ? [
                {
                  guard: and([{ type: 'chose', params: { id: a } } as never, 'remindedLacking']),
                  target: '#askReminderFrom',
                  actions: [record({ payment: a })],
                },
              ]
            : []),
          onChoice(a, a === 'otherPay' ? 'askOtherPay' : 'askAutoRenew', [record({ payment: a, otherPay: undefined })]),
        ]),
        'user.command': whyHandler('askPayment'),
      }),
      askOtherPay: otherPayState,
      askReminderFrom: promptState(
        'askReminderFrom',
        (c) => {
          const asked = question('ask.askReminderFrom', ['reminderFromApp', 'reminderFromApple', 'unsure']);
          return { ...asked, parts: [{ key: 'ask.askReminderFrom', vars: appVar(c) }] };
        },
        {
          'user.choice': [
            // Thirteenth review m5: the app sent it; whether Apple, which took the money, sent its own is asked next.
            onChoice('reminderFromApp', 'askAppleReminder', [record({ reminderFrom: 'app' })]),
            onChoice('reminderFromApple', 'askAutoRenew', [record({ reminderFrom: 'apple' })]),
            onChoice('unsure', 'askAutoRenew', [record({ reminderFrom: undefined })]),
          ],
          'user.command': whyHandler('askReminderFrom'),
        },
      ),
      askAppleReminder: questionState('askAppleReminder', ['appleReminded', 'appleNotReminded', 'unsure'], 'askAutoRenew', (a) => ({
        appleReminder: a === 'appleReminded' ? 'sent' : a === 'appleNotReminded' ? 'none' : 'unsure',
      })),
      askAutoRenew: questionState('askAutoRenew', ['renewOn', 'renewOff', 'unsure'], 'verdict', (a) => ({ autoRenew: a as CaseFile['autoRenew'] }), ['decide']),
      // 小红卡 ended on 2026-01-01 with refunds promised by the platform: a missing refund is a
      // customer-service / 12315 case, not a 7-day one (guide §7).
      redCard: promptState(
        'redCard',
        () => ({ parts: [{ key: 'redCard.about' }, { key: 'redCard.ask' }], choices: ['redCardNotRefunded', 'redCardRefunded', 'back'] }),
        {
          'user.choice': [
            onChoice('redCardNotRefunded', 'askRedCardNotice', [record({ route: 'appeal', appealReason: 'redCardEnded' })]),
            onChoice('redCardRefunded', 'summary', [record({ outcome: 'approved' }), say({ key: 'redCard.refunded' })]),
          ],
        },
      ),
      // Eighth round M2: the closure and the refund promise are news (guide §7, §8), not the person's
      // words. Seen it themself: the drafts may say it in their voice, with its source; not seen: texts
      // to the company or the regulator say "according to public reports, please check", public ones leave it out.
      askRedCardNotice: promptState(
        'askRedCardNotice',
        () => ({ parts: [{ key: 'redCard.noticeAsk' }], choices: ['redCardNoticeSeen', 'redCardNoticeNotSeen', 'back'] }),
        {
          'user.choice': [
            onChoice('redCardNoticeSeen', 'askRedCardWorks', [record({ redCardNotice: 'seen' })]),
            onChoice('redCardNoticeNotSeen', 'askRedCardWorks', [record({ redCardNotice: 'notSeen' })]),
          ],
        },
      ),
      // Fifteenth review M2: what the person knows first-hand: whether the card still worked after 2026-01-01.
      // No longer: the 12315 complaint states it as their fact and rests the prepayment rule (消保法 第五十三条) on it.
      askRedCardWorks: promptState(
        'askRedCardWorks',
        () => ({ parts: [{ key: 'redCard.worksAsk' }], choices: ['redCardStopped', 'redCardStillWorks', 'redCardWorksUnsure', 'back'] }),
        {
          'user.choice': [
            onChoice('redCardStopped', 'askRedCardPayment', [record({ redCardWorks: 'stopped' }), say({ key: 'redCard.stoppedNoted' })]),
            onChoice('redCardStillWorks', 'askRedCardPayment', [record({ redCardWorks: 'works' })]),
            onChoice('redCardWorksUnsure', 'askRedCardPayment', [record({ redCardWorks: 'unsure' })]),
          ],
        },
      ),
      // Tenth round m5: how the card fee was paid, with the payment question's own buttons, so the ladder,
      // the drafts and the switch-off name that channel. Paid through Apple: the money is Apple's to
      // refund (guide §3), said before the ladder (which then has no payment-app rung).
      askRedCardPayment: promptState('askRedCardPayment', () => question('ask.askRedCardPayment', [...policy.paymentChannels, 'unsure']), {
        'user.choice': [...policy.paymentChannels, 'unsure'].map((a) =>
          onChoice(a, 'askOrderNumber', [record({ payment: a }), ...(a === 'apple' ? [say({ key: 'redCard.apple' })] : [])]),
        ),
        'user.command': whyHandler('askRedCardPayment'),
      }),
    },
  };
  return { greeting, eligibility };
}
