/**
 * Issue 21's kinds found by tables nn and oo (outsiders/twenty-first-after and
 * twenty-second-after: the brief with no slant, written at the start of stop 34 and measured at
 * 6048908 before anything was changed against them), written for this layer, not taken from
 * the tables.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // Owning a slip beside "go back" at the date check: the step back, not a "no" (it was recorded as no).
  ['confirmOpened', '日期填错了，回去重填', 'command:back'],
  ['confirmOpened', 'i typed it wrong, take me back', 'command:back'],
  ['askOpened', 'take me back one step', 'command:back'],
  // "Why do you ask" said of the question itself.
  ['askPayment', '为什么要知道付款方式', 'command:why'],
  ['askPrivilege', '为啥要问这个', 'command:why'],
  ['askPayment', 'why does the payment method matter', 'command:why'],
  ['askMember', 'why are you asking me that', 'command:why'],
  // A language to switch to.
  ['askReminder', '能换成英文吗', 'command:lang'],
  ['askPrivilege', '用中文吧', 'command:lang'],
  ['askMember', 'could you switch to english', 'command:lang'],
  ['askOpened', 'change language please', 'command:lang'],
  // What was entered so far.
  ['askPayment', '显示一下我前面填的内容', 'command:summary'],
  ['askOpened', 'a recap of what i said so far', 'command:summary'],
  // Words of the question asked back, then the answer ("remind me? nah…" was recorded as remind me).
  ['afterSubmit', 'refund it? nope, they are still reviewing', 'pending'],
  // A complaint put as a question says what did not happen.
  ['askReminder', '凭什么不通知我就扣钱', 'reminderNone'],
  ['askReminder', 'why did they never remind me', 'reminderNone'],
  // Not a penny, not one text.
  ['askArrived', 'not a penny so far', 'moneyNotArrived'],
  ['askArrived', '钱还没回来呢', 'moneyNotArrived'],
  ['askArrived', "it's all back now", 'moneyArrived'],
  ['askReminder', 'not even one text', 'reminderNone'],
  // A pop-up or a banner was a reminder.
  ['askReminder', '弹窗提示过要续费', 'reminderGot'],
  ['askReminder', 'saw a banner about the renewal', 'reminderGot'],
  // What the switch shows; never got round to it.
  ['askAutoRenew', '页面显示已开启', 'renewOn'],
  ['askAutoRenew', 'never got around to cancelling it', 'renewOn'],
  ['renewal', 'ok done now', 'renewDone'],
  ['renewal', "i'll get to it tonight", 'renewLater'],
  ['afterSubmit', 'help me remember to look again', 'remindReview'],
  // The money back where it came from: approved.
  ['afterSubmit', '已经退回微信零钱了', 'approved'],
  ['afterSubmit', 'money is already back on my card', 'approved'],
  // "Another one" at the product question; slang for broke.
  ['askProduct', '其他的', 'otherMembership'],
  ['askProduct', 'a different one', 'otherMembership'],
  ['appealReason', '最近吃土中', 'money'],
  ['appealReason', "i'm skint", 'money'],
  ['confirmOpened', '没有，不是那天', 'no'],
  // That many of a weekday counted back, today not one of them (it was offered back a week late).
  ['askOpened', 'two mondays ago', 'date:2026-11-16'],
  ['askOpened', '3 sundays ago', 'date:2026-11-08'],
];

/** Asked, with this reading offered. */
const confirmed: Array<[string, string, string]> = [
  // Neither Alipay nor WeChat Pay: another way, or Apple; asked.
  ['askPayment', '既不是支付宝也不是微信', 'otherPay'],
  ['askPayment', 'not wechat and not alipay', 'otherPay'],
  ['askAutoRenew', 'must still be on i guess', 'renewOn'],
];

/**
 * Refusing to answer ("why do you care"): nothing is recorded and no command is taken. ("问这个干嘛",
 * "why do you need to know" are read as asking why since the fortieth round: kinds-fifteenth.)
 */
const nothing: Array<[string, string]> = [['askReminder', 'why do you care']];

describe('kinds found by tables nn and oo (outsiders/twenty-first-after, twenty-second-after)', () => {
  checkKinds({ read, confirmed, nothing });
});
