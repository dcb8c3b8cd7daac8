/**
 * Issue 21's kinds from table zt (outsiders/third-traps, a second table of messages a keyword
 * reader would record wrongly, measured at 71706ab): its recorded wrong, written for this layer
 * in words of their own.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // Irony: "arrived my foot" is not arrived (it was recorded as arrived).
  ['askArrived', 'arrived? arrived my foot', 'moneyNotArrived'],
  // Expected to arrive is not there yet (it was recorded as arrived).
  ['askArrived', '短信说预计3个工作日内到账', 'moneyNotArrived'],
  // 鬼 as a curse word before a thing is no irony: the thing is still as said.
  ['askAutoRenew', '这个鬼东西还开着', 'renewOn'],
  ['askReminder', '这个鬼平台根本没提醒', 'reminderNone'],
  // "The day after" at the date check, with or without "the".
  ['confirmOpened', 'no, day after', 'date:2026-11-19'],
];

/** Asked about, with this reading offered. */
const confirmed: Array<[string, string, string]> = [
  // A bill or an invoice comes after the charge: no reminder before it (it was recorded as "got one").
  ['askReminder', 'there was an email but it was just the invoice', 'reminderNone'],
  // A gift not taken is not used (it was recorded as "gift").
  ['askPrivilege', '那个保温杯我没要，地址都没填', 'noneUsed'],
  ['askPrivilege', 'the gift is still unclaimed', 'noneUsed'],
  // A first sign-up and a renewal both told: which payment, asked (it was recorded as today).
  ['askOpened', '上个月首月1块开的，今天扣的续费', 'date:2026-11-26'],
  ['confirmOpened', 'yes, that was when I first subscribed, it renewed today', 'date:2026-11-26'],
  // Not reviewed yet, beside "not that it wasn't approved" (it was recorded as approved).
  ['afterSubmit', "it's not that it wasn't approved, it just hasn't been reviewed yet", 'pending'],
  // Not yet looked, beside "not that it hasn't arrived" (it was recorded as not arrived).
  ['askArrived', "not that it hasn't arrived, I just haven't looked yet", 'moneyNotArrived'],
];

/** Nothing recorded, asked again. */
const nothing: Array<[string, string]> = [
  // Another app's, beside "this one" (it was recorded as off).
  ['askAutoRenew', '腾讯视频的关了，这个还没'],
  ['askAutoRenew', 'netflix is off, this one is not'],
  // Something else that arrived (it was recorded as arrived).
  ['askArrived', '到是到了一笔，到的是上个月淘宝的退款'],
  ['askArrived', '到账通知有一条，是工资'],
];

describe('kinds found by table zt (third-traps)', () => {
  checkKinds({ read, confirmed, nothing });
});
