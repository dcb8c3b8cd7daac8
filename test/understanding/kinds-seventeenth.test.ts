/**
 * Issue 21's kinds seen on the worked tables at the start of stop 40 (xx and yy asked again, and
 * one wrong reading offered), written for this layer in words of their own.
 */
import { checkKinds } from './kinds-cases';
import { type Row, verdictOf } from './table';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // A spaced dash ends a clause: the "not done" no longer reaches past it to deny "later".
  ['renewal', 'nope, not done - going to do it later', 'renewLater'],
  ['renewal', 'not done — will do it tomorrow', 'renewLater'],
  // (A range keeps its dash.)
  ['askOpened', '2 - 3 days ago', 'days1to3'],
  ['renewal', 'yes I did', 'renewDone'],
  // "过了两天" is time gone by, not an approval.
  ['afterSubmit', '过了两天还是没消息', 'pending'],
  // A time of day after the date is no second number correcting it.
  ['askOpened', '扣款时间 11月21日 09:15', 'date:2026-11-21'],
  ['askOpened', 'Nov 21, 9:15am', 'date:2026-11-21'],
  ['askOpened', '11月21日 晚上8点', 'date:2026-11-21'],
  // A deed done "for a loneliness" is not done (it was recorded as "got one": table tt).
  ['askReminder', '短信提醒了个寂寞', 'reminderNone'],
  ['askPrivilege', '特权用了个锤子', 'noneUsed'],
  // Plain words the lists lacked.
  ['renewal', 'once I get home', 'renewLater'],
  ['askArrived', 'still not in my account yet', 'moneyNotArrived'],
  ['askArrived', '卡里还没入账', 'moneyNotArrived'],
  ['appealReason', 'I never intended to subscribe', 'accidental'],
  ['afterSubmit', '退成了', 'approved'],
  ['confirmOpened', '回退一步', 'command:back'],
  ['askPayment', '我都填了什么', 'command:summary'],
];

/** Asked about, with this reading offered. */
const confirmed: Array<[string, string, string]> = [
  // Got one and did not notice it: the "not sure" that opens with 没 denies nothing (it was offered as "none").
  ['askReminder', '短信收到了没在意', 'reminderGot'],
  ['askReminder', '不是没收到，是收到了没留意', 'reminderGot'],
  // A typo hiding the weekday after 上周: the day it sounds like, not the week.
  ['askOpened', '上周散吧', 'date:2026-11-18'],
  // Hedged answers in words the lists lacked.
  ['afterSubmit', '应该是过了', 'approved'],
  ['renewal', 'i think i did', 'renewDone'],
  ['askPrivilege', 'maybe watched one episode', 'paidContent'],
  ['askPrivilege', '好像看过一集吧', 'paidContent'],
  ['appealReason', 'bought 6 months and used it zero times', 'notNeeded'],
  ['appealReason', '买了半年 一次也没用过', 'notNeeded'],
  // A bare hedge at "Done?" leans to done.
  ['renewal', 'i think so', 'renewDone'],
  ['renewal', '应该吧', 'renewDone'],
  // Slang for a dead end.
  ['afterSubmit', '估计凉了', 'refused'],
];

/** Nothing recorded, asked again. */
const nothing: Array<[string, string]> = [
  ['afterSubmit', '过了'],
  // 成了 inside 变成了 is no success.
  ['afterSubmit', '状态变成了审核'],
];

describe('kinds seen on the worked tables at the start of stop 40', () => {
  checkKinds({ read, confirmed, nothing });
});

describe('scoring follows the writers brief', () => {
  const row = (q: string, expect: string): Row => ({ q, input: 'x', expect, class: 'plain', hedge: false });
  it('counts asking, with or without a reading, as right where the row wants the coach to ask', () => {
    expect(verdictOf(row('renewal', 'confirm'), { asked: true })).toBe('right');
    expect(verdictOf(row('renewal', 'confirm'), { confirmed: 'renewDone' })).toBe('right');
    expect(verdictOf(row('renewal', 'confirm'), { recorded: 'renewDone' })).toBe('wrong');
  });
  it('counts reading an unknown app name back as right, and asking again as not understood', () => {
    expect(verdictOf(row('askAppName', 'typed'), { confirmed: 'typed' })).toBe('right');
    expect(verdictOf(row('askAppName', 'typed'), { asked: true })).toBe('asked');
  });
});
