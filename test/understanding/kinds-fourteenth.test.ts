/**
 * Issue 21's kinds left from table uu (outsiders/twenty-eighth-after) and the one recorded wrong
 * on table ww's first run (outsiders/thirtieth-after, written at the start of stop 38), written
 * for this layer in words of their own, not taken from the tables.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // A holiday of several days is a time span (today is Thu 2026-11-26 in these tables).
  ['askOpened', '国庆那几天开的', 'over7'],
  ['askOpened', '过年那会儿', 'over7'],
  ['askOpened', 'over golden week', 'over7'],
  // A one-day holiday is that day, its latest not after today.
  ['askOpened', '圣诞节那天', 'date:2025-12-25'],
  // Finding a reminder later ("才发现") is a reminder that came, not one after the charge.
  ['askReminder', '后来翻消息才发现其实提醒过', 'reminderGot'],
  // Back and the summary, however they are put.
  ['askPrivilege', '退回到上个问题', 'command:back'],
  ['askArrived', '给我看看目前的汇总', 'command:summary'],
  // Where the money went back to is that it arrived ("退回花呗了": 花呗's credit is restored).
  ['askArrived', '刚查了，已经退回花呗了', 'moneyArrived'],
  ['askArrived', 'wechat says the refund has landed', 'moneyArrived'],
  // Money trouble said concretely.
  ['appealReason', 'i literally cant make rent', 'money'],
  ['appealReason', '这个月房租都交不上了', 'money'],
];

/** Asked about, with this reading offered. */
const confirmed: Array<[string, string, string]> = [
  // An ordinal count past the first ("第四次了", "fifth time") is had-it-before: asked as a renewal.
  ['askMember', '这都第四次了', 'renewal'],
  ['askMember', 'this is like the fifth time', 'renewal'],
  // Found only after the charge ("扣了才发现…"): perhaps the charge notice; asked, never recorded.
  ['askReminder', '扣款以后才发现有条短信', 'reminderNone'],
  // At "So it was Wed, Nov 18?": a weekday of the week before or after is read in that week.
  ['confirmOpened', 'nope, it was the tuesday the week before', 'date:2026-11-10'],
  ['confirmOpened', '不对，是再前一周的周五', 'date:2026-11-13'],
  ['confirmOpened', 'no, the week before', 'date:2026-11-11'],
  // "wrong" beside the same weekday is no yes.
  ['confirmOpened', 'wrong, wednesday', 'date:2026-11-25'],
  // A thing asked about by name, "does that count": the reading, asked.
  ['askPrivilege', 'the ads got removed, does that count', 'otherPrivilege'],
  // A tier named in English, as in Chinese (绿钻): the app, asked.
  ['askAppName', 'green diamond', 'app:qqMusic'],
];

/** Nothing recorded. */
const nothing: Array<[string, string]> = [
  // Looking, with nothing named to look at, is no command.
  ['askArrived', '我看看'],
];

describe('kinds left from table uu and found by table ww (outsiders/thirtieth-after)', () => {
  checkKinds({ read, confirmed, nothing });
});
