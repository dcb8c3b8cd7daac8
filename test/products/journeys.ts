/**
 * The journeys a reviewer reads (test/products/print-journeys.ts prints them), as data, and a
 * runner that plays one through the engine the way a person would: each step presses a button
 * by id, types text, or lets days pass (a follow-up due then is shown, as on a visit). Tests
 * replay them to check what the reviewer read.
 */
import { Engine, type Reply } from '../../src/core/engine';
import { MemoryStore } from '../../src/stores/memory-store';
import { AT } from '../support/explore';

/** A button by id, typed text, or days passing (a follow-up due then is shown, as on a visit). */
export type Step = string | { text: string } | { days: number };

/** How the iQIYI journey's person describes the plan change (review 29 F3: the change said with its figures). */
export const IQIYI_PLAN = '开通时是连续包月15元，这次按连续包月25元扣的';

export const JOURNEYS: Record<string, Step[]> = {
  '黑卡 renewal, no reminder, a price change, WeChat, the ladder to 12315 and 举报': [
    'begin',
    'renewal',
    { text: '3天前' },
    'reminderNone',
    'noneUsed',
    'wechat',
    'renewOn',
    'goAppeal',
    'notNeeded',
    'skipOrder',
    { text: '168' },
    'planChanged',
    { text: '开通时连续包月15元，这次按年卡扣了168元' },
    'cs',
    'notWorked',
    'payChannel',
    'notWorked',
    'complain12315',
    'notWorked',
    'finish',
    'renewDone',
  ],
  '黑卡 first time, a child paid with Alipay, in-app refused': [
    'begin',
    'firstTime',
    'days1to3',
    'noneUsed',
    'alipay',
    'renewOn',
    'familyPaid',
    'minorPaid',
    'skipAge',
    'paidFromMine',
    'accountChild',
    'walkApp',
    'done',
    'done',
    'done',
    'done',
    'done',
    'done',
    'done',
    'refused',
    'inApp_account',
    'childPaid',
    'skipOrder',
    'cs',
    'notWorked',
    'finish',
    'renewDone',
  ],
  '小红卡 holder whose refund never came': [
    'begin',
    'redCard',
    'redCardNotRefunded',
    'redCardNoticeNotSeen',
    'redCardStopped',
    'alipay',
    'skipOrder',
    'cs',
    'notWorked',
    'complain12315',
    'notWorked',
    'heimao',
    'notWorked',
    'finish',
    'renewDone',
  ],
  '黑卡 approved, then the money does not arrive': [
    'begin',
    'firstTime',
    'today',
    'noneUsed',
    'alipay',
    'renewOn',
    'walkApp',
    'done',
    'done',
    'done',
    'done',
    'done',
    'done',
    'done',
    'approved',
    'renewDone',
    'remindMoney',
    { days: 12 },
    'moneyNotArrived',
  ],
  'iQIYI renewal, no reminder, Alipay, the ladder to 12315 and the court': [
    'product_anyMembership',
    'app_iqiyi',
    'renewal',
    { text: '2026-11-20' },
    'reminderNone',
    'noneUsed',
    'alipay',
    'renewOn',
    'goAppeal',
    'notNeeded',
    'skipOrder',
    { text: '25元' },
    'planChanged',
    { text: IQIYI_PLAN },
    'cs',
    'notWorked',
    'payChannel',
    'notWorked',
    'email',
    'emailSkipped',
    'complain12315',
    'notWorked',
    'heimao',
    'notWorked',
    'finish',
    'renewDone',
  ],
  'Tencent Video first time, WeChat, benefits used, in-app then customer service': [
    'product_anyMembership',
    'app_tencentVideo',
    'firstTime',
    'days1to3',
    'otherPrivilege',
    'wechat',
    'renewOn',
    'walkApp',
    'done',
    'done',
    'done',
    'done',
    'done',
    'refused',
    'inApp_used',
    'misled',
    'skipMisledDetail',
    { text: 'P2026112312345678' },
    'signupNotShown',
    'cs',
    'theyRefused',
    'refusedUsed',
    'notWorked',
    'finish',
    'renewLater',
    'remindRenewal',
  ],
  'Meituan renewal with a reminder that gave no amount, paid through Apple, Apple refuses twice': [
    'product_anyMembership',
    { text: '美团' },
    'renewal',
    'today',
    'reminderGot',
    'reminderNoAmount',
    'noneUsed',
    'apple',
    'reminderFromApp',
    'appleNotReminded',
    'renewOn',
    'walkApple',
    'done',
    'done',
    'done',
    'done',
    'refused',
    'notMeantRenew',
    { text: '25' },
    'appleCancelled',
    'appMessage',
    'appleRefusedAgain',
    'continue',
    'cancelConfirmed',
  ],
  'an app typed by name, first time, other payment, unsure; the web steps not found': [
    'product_anyMembership',
    { text: '某某读书' },
    'nameRight',
    'firstTime',
    'unsure',
    'unsure',
    'otherPay',
    'otherPay_bankCard',
    'unsure',
    'walkWeb',
    'done',
    'cantFind',
    'stillCantFind',
    'money',
    'skipOrder',
    'complain12315',
    'refunded',
    'renewDone',
  ],
};

export function show(reply: Reply): string {
  return reply.messages
    .map((m) =>
      [
        ...m.blocks.map((b) => (b.draft ? `┌── draft\n${b.text}\n└──` : b.text)),
        ...(m.choices.length ? [`[${m.choices.map((c) => c.label).join('] [')}]`] : []),
      ].join('\n\n'),
    )
    .join('\n\n');
}

/** One step and what the person read after it. */
export interface Turn {
  /** How the step shows in a printout: ──▶ [label], ──▶ "typed", ──▶ (n days later); empty for a button not offered. */
  step: string;
  reply?: Reply;
  /** The reply as the person reads it (empty when the journey ended at this step). */
  text: string;
}

/**
 * Plays `steps` through a fresh engine in `lang`: the greeting first, then one turn per step. A
 * step whose button is not offered, or days with no follow-up due, end the journey there (its
 * turn says so).
 */
export async function playJourney(steps: readonly Step[], lang: 'zh' | 'en'): Promise<Turn[]> {
  let now = AT;
  const engine = new Engine({ store: new MemoryStore(), now: () => now, followUps: 'deliver' });
  let reply = await engine.turn('j', { kind: 'text', text: '/start' }, lang);
  const turns: Turn[] = [{ step: '/start', reply, text: show(reply) }];
  for (const step of steps) {
    const offered = reply.messages.flatMap((m) => m.choices);
    if (typeof step === 'object' && 'days' in step) {
      now += step.days * 24 * 3_600_000;
      const due = await engine.fireDue('j', { present: true });
      if (!due?.reply) {
        turns.push({ step: `(${step.days} days later)`, text: '(no follow-up due: journey ends)' });
        break;
      }
      reply = due.reply;
      turns.push({ step: `(${step.days} days later)`, reply, text: show(reply) });
    } else if (typeof step === 'string') {
      const choice = offered.find((c) => c.id === step);
      if (!choice) {
        turns.push({ step: '', text: `(no button ${step} here: journey ends)` });
        break;
      }
      reply = await engine.turn('j', { kind: 'choice', id: step, turn: reply.turn }, lang);
      turns.push({ step: `[${choice.label}]`, reply, text: show(reply) });
    } else {
      reply = await engine.turn('j', { kind: 'text', text: step.text }, lang);
      turns.push({ step: `"${step.text}"`, reply, text: show(reply) });
    }
  }
  const summary = await engine.turn('j', { kind: 'text', text: '/summary' }, lang);
  turns.push({ step: '/summary', reply: summary, text: show(summary) });
  return turns;
}

/** The reviewed journeys by a short name, for tests that replay one. */
export const J = {
  renewalPriceChange: '黑卡 renewal, no reminder, a price change, WeChat, the ladder to 12315 and 举报',
  childAlipay: '黑卡 first time, a child paid with Alipay, in-app refused',
  redCard: '小红卡 holder whose refund never came',
  approvedMoney: '黑卡 approved, then the money does not arrive',
  iqiyiCourt: 'iQIYI renewal, no reminder, Alipay, the ladder to 12315 and the court',
  tencentMisled: 'Tencent Video first time, WeChat, benefits used, in-app then customer service',
  meituanApple: 'Meituan renewal with a reminder that gave no amount, paid through Apple, Apple refuses twice',
  someReading: 'an app typed by name, first time, other payment, unsure; the web steps not found',
} as const;

/** A reviewed journey replayed through the engine, as the person read it: one entry per step. */
export const replay = (title: string, lang: 'zh' | 'en'): Promise<Turn[]> => playJourney(JOURNEYS[title]!, lang);
