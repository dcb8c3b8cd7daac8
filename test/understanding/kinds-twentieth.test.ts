/**
 * Issue 21's kinds from tables zw (outsiders/thirty-fifth-after, measured at 5a25887) and zv
 * (outsiders/second-traps, messages a keyword reader would record wrongly, measured at 5a25887):
 * their recorded wrong, written for this layer in words of their own.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // Irony: "they'd remind me, as if" is no reminder (it was recorded as "got one").
  ['askReminder', '呵呵 他们会提醒我才怪', 'reminderNone'],
  ['askReminder', '他们会发短信提醒才怪', 'reminderNone'],
  ['askArrived', '到账才怪', 'moneyNotArrived'],
  // Not knowing where to claim it is not having claimed it (it was recorded as "not sure").
  ['askPrivilege', '礼物？我连在哪领都不知道，其他也没碰', 'noneUsed'],
  // A count of time in a message about money is no second sum.
  ['askArrived', '说是1到3个工作日，今天第4天了还没到', 'moneyNotArrived'],
];

/** Asked about, with this reading offered. */
const confirmed: Array<[string, string, string]> = [
  // The week known, the day forgotten: the week's reading, asked (it was recorded as "not sure").
  ['askOpened', '应该是上周，具体哪天记不清了', 'day7'],
  ['askOpened', 'last week, forgot which day exactly', 'day7'],
  // Points are no gift, though claimed.
  ['askPrivilege', '领过会员积分', 'otherPrivilege'],
  // Two sums where the money is asked: part of it (it was recorded as arrived).
  ['askArrived', 'got 12.5 back but they charged 30', 'moneyArrived'],
  // Not yet checked beside "not that it hasn't come" (it was recorded as arrived).
  ['askArrived', '不是没到账，是我还没去查', 'moneyArrived'],
  // Two days offered with a time of day beside each: which one, asked (it was recorded as yes).
  ['confirmOpened', '对，哦不，18号晚上还是19号早上来着', 'date:2026-11-18'],
];

/** Nothing recorded, asked again. */
const nothing: Array<[string, string]> = [
  // Something that was another app's (it was recorded as this one's).
  ['askReminder', '收到过，不过那是另一个app的续费短信'],
  ['askReminder', 'got one, but it was for another app'],
  ['askArrived', '到了一笔，是之前那个app的退款'],
  ['afterSubmit', 'the other app refunded me, this one has said nothing'],
  // Asking what the coach said before (it was recorded as "no").
  ['confirmOpened', '你之前不是说20号吗'],
  ['confirmOpened', "didn't you say the 20th?"],
];

describe('kinds found by tables zw and zv (thirty-fifth-after, second-traps)', () => {
  checkKinds({ read, confirmed, nothing });
});
