/**
 * Issue 21's kinds found by table p (outsiders/pasted: bank and app texts pasted in, customer
 * service quoted, answers to another question, numbers that are not the answer), written for
 * this layer, not taken from the table.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // A date written with its year after a comma, as receipts do.
  ['askOpened', 'Receipt date: October 30, 2026', 'date:2026-10-30'],
  // A belief, then what was seen: what was seen stands ("thought I'd…, still on").
  ['askAutoRenew', "thought I'd cancelled it, looked again, it's still on", 'renewOn'],
  // What customer service wrote, quoted: refused, or still waiting.
  ['afterSubmit', '客服回复：虚拟商品一经开通不支持退款', 'refused'],
  ['afterSubmit', 'the agent wrote: memberships are non-refundable', 'refused'],
  ['afterSubmit', '客服：已为您提交申请，请耐心等待', 'pending'],
  ['afterSubmit', 'support says please wait up to 72 hours', 'pending'],
  // A refund notice pasted in.
  ['askArrived', '收到支付宝通知：有一笔退款到账', 'moneyArrived'],
  // A change of mind after 本来: what was done in the end.
  ['renewal', '本来打算明天弄，想了想还是马上关掉了', 'renewDone'],
  // A discount told as its rate; "none" said twice with a quantifier.
  ['askPrivilege', '下单时打了8折', 'otherPrivilege'],
  ['askPrivilege', '没有 一样都没', 'noneUsed'],
  ['askMember', '只开过这一次', 'firstTime'],
  ['askMember', 'been renewing every month since spring', 'renewal'],
  ['askPrivilege', 'used the vip customer service once', 'otherPrivilege'],
];

/** Asked about with the coach's reading, never recorded. */
const confirmed: Array<[string, string, string]> = [
  // A day a notice foretold: the charge was due then.
  ['askOpened', '短信说您的会员将于11月21日自动续费', 'date:2026-11-21'],
  // The notice itself, pasted at "did you get a reminder?".
  ['askReminder', '【某某App】您的会员将于12月1日自动续费15元', 'reminderGot'],
  // What the plan was at sign-up is not this charge.
  ['askMember', '开的时候就默认是自动续费', 'renewal'],
  ['askMember', 'when I signed up it was set to renew automatically', 'renewal'],
  // A card debited by quick payment: a wallet may stand behind it.
  ['askPayment', '建设银行短信：快捷支付扣款15元', 'otherPay'],
  // Part of the money back.
  ['askArrived', '到了20 还差5块', 'moneyArrived'],
  // The next charge date, told or shown: still on, asked (a charge word alone is asked about).
  ['askAutoRenew', '页面显示下次扣款日期12月20日', 'renewOn'],
  ['askAutoRenew', '下次扣款日期是12月20日', 'renewOn'],
  ['askAutoRenew', 'the subscription page shows a next billing date', 'renewOn'],
  // A bare reply word beside a state in words: the words lead.
  ['askAutoRenew', 'nope, not off', 'renewOn'],
  // Taken back as another app's: the opposite is asked about.
  ['askReminder', '有提醒，哦不对，那是别的app发的', 'reminderNone'],
  ['askReminder', 'got one, oh wait, that was for another app', 'reminderNone'],
];

/** Nothing recorded. */
const nothing: Array<[string, string]> = [
  // A believed first time followed by more that names no answer is not recorded.
  ['askMember', 'I thought it was the first time but the bank statement says otherwise'],
];

describe('Table p kinds: pasted texts, quotes and numbers', () => {
  checkKinds({ read, confirmed, nothing });
});
