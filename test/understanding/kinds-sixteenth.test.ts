/**
 * Issue 21's kinds from table yy (outsiders/thirty-second-after, written during stop 39 and
 * measured at c39eef3 before anything was changed against it): its three recorded wrong and the
 * plain kinds it asked again, written for this layer in words of their own.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // "没跑了" is being sure, with no 没 denying anything (it was recorded as "no").
  ['confirmOpened', '就是这天 没跑了', 'yes'],
  // Not knowing where to look is not knowing (it was recorded as "on").
  ['askAutoRenew', '不知道去哪查', 'unsure'],
  ['askAutoRenew', "i can't find where to look", 'unsure'],
  // Agreement and cancelling said in other words.
  ['afterSubmit', '平台已经同意了', 'approved'],
  ['renewal', '刚在设置里退订了', 'renewDone'],
  ['askArrived', 'yep, it is here', 'moneyArrived'],
  ['askArrived', 'still not a cent', 'moneyNotArrived'],
  ['askReminder', "nope, didn't get any", 'reminderNone'],
  ['askReminder', 'they texted me a few days before', 'reminderGot'],
  // A double negation of getting one is getting one, never "none".
  ['askReminder', "it's not that i didn't get one", 'reminderGot'],
  ['confirmOpened', 'no, that is not the day', 'no'],
  // Asking what was entered, and why a thing is asked for.
  ['askPayment', '我前面都选了啥', 'command:summary'],
  ['appealReason', '为什么要原因', 'command:why'],
];

/** Asked about, with this reading offered. */
const confirmed: Array<[string, string, string]> = [
  // Two memberships named where one is asked, however many were read (it was recorded).
  ['askProduct', 'both xiaohongshu and iqiyi took money', 'otherMembership'],
  // What the app shows is not yet the money seen.
  ['askArrived', '微信显示已退回', 'moneyArrived'],
];

/** Nothing recorded, asked again. */
const nothing: Array<[string, string]> = [];

describe('kinds found by table yy (outsiders/thirty-second-after)', () => {
  checkKinds({ read, confirmed, nothing });
});
