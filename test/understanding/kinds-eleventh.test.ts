/**
 * Issue 21's kinds found by table qq (outsiders/twenty-fourth-after: the brief with no slant,
 * written at the start of stop 35 and measured at 1b6186b before anything was changed against
 * it), written for this layer, not taken from the table. Table rr (twenty-fifth-after), measured
 * at the same commit, is not worked against.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // What the app's help or page says is not what the person did ("mentions gifts" was recorded as a gift).
  ['askPrivilege', 'the faq lists free gifts, but i never touched anything', 'noneUsed'],
  ['askPrivilege', '页面上写着能领礼品，我什么都没碰', 'noneUsed'],
  // Neither of two, and a third named beside them: the third (it was asked back as "another way").
  ['askPayment', 'neither wechat nor alipay, it went through the app store', 'apple'],
  ['askPayment', '不是微信也不是支付宝，是苹果扣的', 'apple'],
  // A denied one, then "but" what was used.
  ['askPrivilege', "didn't claim any gift but i read the member articles", 'paidContent'],
  ['askPrivilege', '礼品没领，不过看过会员文章', 'paidContent'],
  // "Checked and found": the earlier belief is taken back.
  ['askArrived', '以为还没到，刚查了一下卡里有了', 'moneyArrived'],
  ['askReminder', '我以为没有，翻了一下短信，有一条提醒', 'reminderGot'],
  // Why, with the question named and no 要; a recap of what we have.
  ['askOpened', '为啥问日期', 'command:why'],
  ['afterSubmit', 'summarise what we have so far', 'command:summary'],
  // Short forms and category words.
  ['askOpened', 'paid tdy', 'today'],
  ['confirmOpened', 'not exactly', 'no'],
  ['askArrived', 'yes, 30 yuan back on my card', 'moneyArrived'],
  ['askProduct', '一个音乐会员', 'otherMembership'],
  ['askProduct', 'a music app membership', 'otherMembership'],
  ['renewal', 'OK了已经', 'renewDone'],
  ['askReminder', 'nop', 'reminderNone'],
];

/** Asked, with this reading offered. */
const confirmed: Array<[string, string, string]> = [
  // A film or an episode watched may have been free: offered as paid content, asked.
  ['askPrivilege', '就看了一集', 'paidContent'],
  ['askPrivilege', 'watched a film on it i think', 'paidContent'],
  ['askArrived', 'where is my refund??', 'moneyNotArrived'],
];

/** Nothing recorded: two switches in two states ("1 is off, the other 1 still on" was recorded as on). */
const nothing: Array<[string, string]> = [
  ['askAutoRenew', '1 turned off, the other 1 not yet'],
  ['askAutoRenew', 'one is on and the other one is off'],
];

describe('kinds found by table qq (outsiders/twenty-fourth-after)', () => {
  checkKinds({ read, confirmed, nothing });
});
