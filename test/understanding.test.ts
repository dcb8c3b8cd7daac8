/**
 * What people type, in Chinese and English, and the event each must become: the same a
 * button would send, a date, a command, or "not understood". Time is 2026-11-26 12:00 in
 * China (a Thursday). A day with no month ("20号") is this month's, recorded (one still ahead
 * is last month's, confirmed); a date still ahead
 * ("12月20日") is passed on as the future date it is, for the coach to refuse, never moved a
 * year back. The tables in test/understanding/ cover the rest.
 */
import { activePrompt, type ActivePrompt, type CoachEvent } from '../machines';
import { understand } from '../src/understanding/understand';
import { BEST_CASE, drive, type Step } from './support/drive';
import { AT } from './support/explore';

const at = (steps: Step[]): ActivePrompt => activePrompt(drive(steps).snapshot);

const PROMPTS = {
  member: at(['begin']),
  opened: at(['begin', 'firstTime']),
  privilege: at(['begin', 'firstTime', 'days1to3']),
  payment: at(['begin', 'firstTime', 'days1to3', 'noneUsed']),
  renew: at(['begin', 'firstTime', 'days1to3', 'noneUsed', 'alipay']),
  step: at([...BEST_CASE, 'walkApp']),
  afterSubmit: at([...BEST_CASE, 'walkApp', ...Array(7).fill('done')]),
  menu: at([...BEST_CASE, 'goAppeal', 'money', 'skipOrder']),
  reason: at([...BEST_CASE, 'goAppeal']),
};
type PromptName = keyof typeof PROMPTS;

type Expected = string | { date: string; confirm?: true; relative?: true } | { command: string } | 'not understood';
type Row = [PromptName, string, Expected];

const zh: Row[] = [
  ['member', '第一次', 'firstTime'],
  ['member', '第一次开', 'firstTime'],
  ['member', '首次开通', 'firstTime'],
  ['member', '我是新用户', 'firstTime'],
  ['member', '头一次', 'firstTime'],
  ['member', '续费', 'renewal'],
  ['member', '不是第一次，自动扣的', 'renewal'],
  ['member', '老用户了', 'renewal'],
  ['member', '不知道', 'unsure'],
  ['member', '不确定', 'unsure'],
  ['member', '忘了', 'unsure'],
  ['member', '为什么问这个？', { command: 'why' }],
  ['opened', '今天', 'today'],
  ['opened', '前天', { date: '2026-11-24', relative: true }],
  ['opened', '前天开的', { date: '2026-11-24', relative: true }],
  ['opened', '3天前', { date: '2026-11-23', relative: true }],
  ['opened', '三天前', { date: '2026-11-23', relative: true }],
  ['opened', '十天前', { date: '2026-11-16', relative: true }],
  ['opened', '两周前', { date: '2026-11-12', relative: true }],
  ['opened', '11月20号', { date: '2026-11-20' }],
  ['opened', '11月20日', { date: '2026-11-20' }],
  ['opened', '上周五', { date: '2026-11-20', relative: true }],
  ['opened', '2026-11-20', { date: '2026-11-20' }],
  ['opened', '昨天', { date: '2026-11-25', relative: true }],
  ['opened', '5天前开通的', { date: '2026-11-21', relative: true }],
  ['opened', '20号', { date: '2026-11-20' }],
  ['opened', '28号', { date: '2026-10-28', confirm: true }],
  ['opened', '周五', { date: '2026-11-20', confirm: true, relative: true }],
  ['opened', '12月20日', { date: '2026-12-20' }],
  ['opened', '超过7天', 'over7'],
  ['opened', '不记得了', 'unsure'],
  ['privilege', '兑换礼品', 'gift'],
  ['privilege', '兑换过礼品', 'gift'],
  ['privilege', '看了付费课', 'paidContent'],
  ['privilege', '看过付费内容', 'paidContent'],
  ['privilege', '搜索', 'search'],
  ['privilege', '用了无限搜索', 'search'],
  ['privilege', '没有', 'noneUsed'],
  ['privilege', '没用过', 'noneUsed'],
  ['privilege', '都没用', 'noneUsed'],
  ['privilege', '不确定', 'unsure'],
  ['payment', '支付宝', 'alipay'],
  ['payment', '用支付宝付的', 'alipay'],
  ['payment', '微信', 'wechat'],
  ['payment', '微信支付', 'wechat'],
  ['payment', '苹果', 'apple'],
  ['payment', 'iPhone 内购', 'apple'],
  ['payment', 'Apple ID', 'apple'],
  ['payment', '不记得', 'unsure'],
  ['renew', '是', 'renewOn'],
  ['renew', '是的', 'renewOn'],
  ['renew', '对', 'renewOn'],
  ['renew', '嗯', 'renewOn'],
  ['renew', '开着', 'renewOn'],
  ['renew', '关了', 'renewOff'],
  ['renew', '没开', 'renewOff'],
  ['renew', '不是开着的', 'renewOff'],
  ['renew', '不清楚', 'unsure'],
  ['step', '好了', 'done'],
  ['step', '完成', 'done'],
  ['step', '找不到', 'cantFind'],
  ['step', '没看到', 'cantFind'],
  ['afterSubmit', '通过了', 'approved'],
  ['afterSubmit', '被拒了', 'refused'],
  ['afterSubmit', '还没结果', 'pending'],
  ['reason', '被误导', 'misled'],
  ['reason', '不小心开的', 'accidental'],
  ['menu', '发邮件', 'email'],
  ['menu', '12315', 'complain12315'],
  ['menu', '黑猫', 'heimao'],
  ['member', '返回', { command: 'back' }],
  ['member', '重新开始', { command: 'restart' }],
  ['member', '帮助', { command: 'help' }],
  ['member', '香蕉', 'not understood'],
  ['opened', '很久以前吧', 'not understood'],
  ['payment', '🙂', 'not understood'],
];

const en: Row[] = [
  ['member', 'first time', 'firstTime'],
  ['member', 'First time!', 'firstTime'],
  ['member', "it's my first time", 'firstTime'],
  ['member', 'new member', 'firstTime'],
  ['member', 'renewal', 'renewal'],
  ['member', 'renewed', 'renewal'],
  ['member', 'not my first time, it renewed', 'renewal'],
  ['member', 'not sure', 'unsure'],
  ['member', "don't know", 'unsure'],
  ['member', 'why do you ask?', { command: 'why' }],
  ['opened', 'today', 'today'],
  ['opened', 'two days ago', { date: '2026-11-24', relative: true }],
  ['opened', '2 days ago', { date: '2026-11-24', relative: true }],
  ['opened', '3 days ago', { date: '2026-11-23', relative: true }],
  ['opened', 'ten days ago', { date: '2026-11-16', relative: true }],
  ['opened', 'two weeks ago', { date: '2026-11-12', relative: true }],
  ['opened', 'Nov 20', { date: '2026-11-20' }],
  ['opened', 'November 20', { date: '2026-11-20' }],
  ['opened', 'last Friday', { date: '2026-11-20', relative: true }],
  ['opened', '2026-11-20', { date: '2026-11-20' }],
  ['opened', 'yesterday', { date: '2026-11-25', relative: true }],
  ['opened', 'the 20th', { date: '2026-11-20' }],
  ['opened', 'Friday', { date: '2026-11-20', confirm: true, relative: true }],
  ['opened', 'Dec 20', { date: '2026-12-20' }],
  ['opened', '3/4', { date: '2026-03-04', confirm: true }],
  ['opened', 'more than 7 days', 'over7'],
  ['opened', "can't remember", 'unsure'],
  ['privilege', 'redeemed a gift', 'gift'],
  ['privilege', 'gift', 'gift'],
  ['privilege', 'watched a paid course', 'paidContent'],
  ['privilege', 'paid content', 'paidContent'],
  ['privilege', 'unlimited search', 'search'],
  ['privilege', 'none', 'noneUsed'],
  ['privilege', 'nothing', 'noneUsed'],
  ['privilege', 'nope', 'noneUsed'],
  ['privilege', 'not sure', 'unsure'],
  ['payment', 'alipay', 'alipay'],
  ['payment', 'Alipay', 'alipay'],
  ['payment', 'wechat', 'wechat'],
  ['payment', 'WeChat Pay', 'wechat'],
  ['payment', 'apple', 'apple'],
  ['payment', 'Apple ID', 'apple'],
  ['payment', 'App Store', 'apple'],
  ['payment', 'not sure', 'unsure'],
  ['renew', 'yes', 'renewOn'],
  ['renew', 'yep', 'renewOn'],
  ['renew', 'yeah', 'renewOn'],
  ['renew', 'no, it is off', 'renewOff'],
  ['renew', 'nope, switched it off', 'renewOff'],
  ['renew', "it's off", 'renewOff'],
  ['renew', 'not sure', 'unsure'],
  ['step', 'done', 'done'],
  ['step', 'ok', 'done'],
  ['step', "can't find it", 'cantFind'],
  ['afterSubmit', 'approved', 'approved'],
  ['afterSubmit', 'refused', 'refused'],
  ['afterSubmit', 'not yet', 'pending'],
  ['reason', 'misled', 'misled'],
  ['reason', 'by mistake', 'accidental'],
  ['menu', 'email', 'email'],
  ['menu', '12315', 'complain12315'],
  ['member', 'back', { command: 'back' }],
  ['member', 'start over', { command: 'restart' }],
  ['member', 'help', { command: 'help' }],
  ['member', 'banana', 'not understood'],
  ['opened', 'whenever it was', 'not understood'],
  ['payment', '🙂', 'not understood'],
];

function expected(row: Row): Partial<CoachEvent> {
  const want = row[2];
  if (want === 'not understood') return { type: 'user.text' };
  if (typeof want === 'string') return { type: 'user.choice', id: want };
  if ('command' in want) return { type: 'user.command', name: want.command as never };
  // A day said relative to today is marked so (drafts leave its date to be checked: review 32 F1).
  return { type: 'user.date', date: want.date, ...(want.confirm ? { confirm: true } : {}), ...(want.relative ? { relative: true } : {}) };
}

function actual(row: Row): Partial<CoachEvent> | { type: 'understood.confirm'; id: string } {
  const event = understand(row[1], PROMPTS[row[0]], AT);
  const { at: _at, ...rest } = event;
  return event.type === 'user.text' ? { type: 'user.text' } : rest;
}

describe.each([
  ['Chinese', zh],
  ['English', en],
] as const)('typed answers in %s', (_lang, rows) => {
  it('has at least 60 cases', () => expect(rows.length).toBeGreaterThanOrEqual(60));
  it.each(rows)('at %s, "%s" → %p', (...row) => {
    expect(actual(row as Row)).toEqual(expected(row as Row));
  });
});

describe('a typed answer moves the conversation like a button', () => {
  it('reaches the verdict from words alone', () => {
    let steps: Step[] = ['begin'];
    const words: Array<[PromptName, string]> = [
      ['member', '第一次'],
      ['opened', '3天前'],
      ['privilege', '没有'],
      ['payment', '支付宝'],
      ['renew', '开着'],
    ];
    for (const [name, text] of words) {
      const event = understand(text, activePrompt(drive(steps).snapshot), AT) as CoachEvent;
      steps = [...steps, event.type === 'user.choice' ? event.id : { date: (event as { date: string }).date }];
      expect(PROMPTS[name].stateId).toBeDefined();
    }
    const done = drive(steps);
    expect(done.state).toBe('verdict');
    expect(done.snapshot.context).toMatchObject({ member: 'firstTime', openedOn: '2026-11-23', privilege: 'noneUsed', payment: 'alipay', verdict: 'likely' });
  });
});
