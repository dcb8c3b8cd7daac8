/**
 * Issue 21's kinds from table zy (outsiders/thirty-third-after, written at the start of stop 40
 * and measured at 3548ac5 before anything was changed against it): its two recorded wrong and
 * the plain kinds it asked again, written for this layer in words of their own.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // "a ghost of a reminder" is none (it was recorded as "got one").
  ['askReminder', '有个鬼的短信', 'reminderNone'],
  ['askReminder', '提醒个鬼', 'reminderNone'],
  // Capital letters no longer hide a denied day.
  ['confirmOpened', 'Nope, not Wednesday', 'no'],
  // Plain words the lists lacked.
  ['askAutoRenew', '我查不出来', 'unsure'],
  ['afterSubmit', '客服说了，刷新后又变成审核中', 'pending'],
  ['afterSubmit', "they told me I don't qualify", 'refused'],
  ['askPrivilege', '看过两篇会员笔记', 'paidContent'],
  ['askPrivilege', 'read a couple of members-only posts', 'paidContent'],
  ['appealReason', "honestly I can't even pay my rent", 'money'],
  ['askAppName', 'why do you need my app name', 'command:why'],
  ['askReminder', '前面选了哪些', 'command:summary'],
  // A count of days after a vaguer time is that many days ago (it was recorded as a week ago).
  ['askOpened', 'within the last week, 5 days', 'date:2026-11-21'],
];

/** Asked about, with this reading offered. */
const confirmed: Array<[string, string, string]> = [
  ['askOpened', '一周之内吧，大概5天', 'date:2026-11-21'],
  // "X not Y": the day said, not the day denied.
  ['confirmOpened', 'no, Monday not Wednesday', 'date:2026-11-16'],
  ['askOpened', '老早之前了', 'over7'],
];

/** Nothing recorded, asked again. */
const nothing: Array<[string, string]> = [
  // A time taken back with a bare number: the words before it ("a week ago") are no answer.
  ['askOpened', 'a week ago, no, 6'],
  ['askOpened', '一周前 不对 6'],
  // A ghost film is a film.
  ['askPrivilege', '看了个鬼片'],
];

describe('kinds found by table zy (outsiders/thirty-third-after)', () => {
  checkKinds({ read, confirmed, nothing });
});
