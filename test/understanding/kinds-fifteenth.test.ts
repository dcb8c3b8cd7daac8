/**
 * Issue 21's kinds from table xx (outsiders/thirty-first-after, written at the start of stop 39
 * and measured at 957509a before anything was changed against it), written for this layer in
 * words of their own, not taken from the table.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // Asking what the question is for: the coach's reason, then the same question again (most
  // writers since table nn; the rest read it as not answering, which this serves as well).
  ['askAutoRenew', '你问这个干嘛', 'command:why'],
  ['askPayment', '问这个有啥用', 'command:why'],
  ['askMember', '这个跟退款有什么关系', 'command:why'],
  ['appealReason', '为什么非得选一个', 'command:why'],
  ['askAppName', '为啥要知道是哪个app', 'command:why'],
  ['askReminder', 'why do you need to know', 'command:why'],
  ['askOpened', 'why do u need the date', 'command:why'],
  ['askMember', 'why does that even matter', 'command:why'],
  ['confirmOpened', 'why are you asking me again', 'command:why'],
  ['askPrivilege', 'what does that have to do with my refund', 'command:why'],
  ['appealReason', 'why do i have to choose a reason', 'command:why'],
  // Plain words the lists lacked.
  ['appealReason', '是被页面骗了', 'misled'],
  ['appealReason', '本来就不想开通', 'accidental'],
  ['askPrivilege', '追了剧', 'paidContent'],
  ['askPrivilege', 'only read member only articles', 'paidContent'],
  ['askMember', '都开了好几年了', 'renewal'],
  ['askAutoRenew', 'been off since last month', 'renewOff'],
  // At "So it was Wed, Nov 18?", "not that wed" denies that day; the day said after it is the answer.
  ['confirmOpened', 'not that wed, the day before yesterday', 'date:2026-11-24'],
  // Asking the coach to switch it off says nothing of the switch but what the first clause says.
  ['askAutoRenew', '还开着，你帮我关一下', 'renewOn'],
  ['askAutoRenew', 'on. help me turn it off pls', 'renewOn'],
  // Naming who switched it off is a done deed.
  ['renewal', '老公下班回来帮我关掉了', 'renewDone'],
];

/** Asked about, with this reading offered. */
const confirmed: Array<[string, string, string]> = [
  // "X before last" is the week before last's X, even when this week's X has gone (a Thursday today).
  ['askOpened', 'the monday before last', 'date:2026-11-09'],
  // At "So it was Wed, Nov 18?", a short weekday is that day of the same week.
  ['confirmOpened', 'nope, thu', 'date:2026-11-19'],
  // "b4" is "before"; having had it before may be a new sign-up after a gap, so it is asked (kinds.test.ts).
  ['askMember', 'yeah had it b4', 'renewal'],
  // A feeling of being cheated is the coach's reading to confirm.
  ['appealReason', '感觉被页面骗了', 'misled'],
];

/** Nothing recorded, asked again: a request, or refusing to answer (which is not asking why). */
const nothing: Array<[string, string]> = [
  // "帮我关了" is "turn it off for me" or "someone turned it off for me": never recorded as off.
  ['askAutoRenew', '帮我关了'],
  ['askAutoRenew', 'help me switch it off'],
  ['askReminder', 'why should i tell you'],
  ['askAutoRenew', '关没关跟你有啥关系'],
  ['askPayment', '干嘛要告诉你'],
];

describe('kinds found by table xx (outsiders/thirty-first-after)', () => {
  checkKinds({ read, confirmed, nothing });
});
