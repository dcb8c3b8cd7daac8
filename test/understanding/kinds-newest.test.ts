/**
 * Issue 21's kinds found by table t (outsiders/newest: the brief with no slant, written at the
 * start of stop 32 and measured before anything was changed against it), written for this
 * layer, not taken from the table.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // The switch told as a story ending "now": how it is now.
  ['askAutoRenew', 'it was on, then i switched it off just now', 'renewOff'],
  // "啥也没有" sweeps, it does not ask: the card shows nothing, so the money has not come.
  ['askArrived', '页面显示退款成功，可是银行卡里啥也没有', 'moneyNotArrived'],
  // "新开" inside "重新开始" is no new sign-up.
  ['askMember', '停了一阵又重新开始续费', 'renewal'],
  // A correction said with 啊不是 / 哦不是.
  ['askPayment', '微信，啊不是，支付宝', 'alipay'],
  ['askMember', '第一次，哦不是，是续费', 'renewal'],
  // Which of two, not remembered: not knowing.
  ['askPayment', '是微信还是支付宝，想不起来了', 'unsure'],
  ['askPayment', "wechat or alipay? can't recall", 'unsure'],
  ['askMember', '首次还是续费 我也记不清', 'unsure'],
  // None, counted or swept.
  ['askReminder', '什么通知都没收到', 'reminderNone'],
  ['askReminder', 'not one single text', 'reminderNone'],
  ['askPrivilege', '0项', 'noneUsed'],
  ['askAutoRenew', '在支付宝里解除了自动扣款协议', 'renewOff'],
  // The refund seen where it was paid.
  ['askArrived', '微信里看到退款了', 'moneyArrived'],
  ['askArrived', 'the refund is back in my alipay', 'moneyArrived'],
  ['askArrived', 'nothing in my card yet', 'moneyNotArrived'],
  // Everyday yes and answers.
  ['confirmOpened', "yep that's the one", 'yes'],
  ['askReminder', '有的有的', 'reminderGot'],
  ['appealReason', "it wasn't a mis-tap, i had no idea it renews", 'notNeeded'],
  ['appealReason', '不是误操作，是压根不知道会自动续费', 'notNeeded'],
  ['askPrivilege', '听了几首会员专享的歌', 'paidContent'],
  ['askPrivilege', 'downloaded some vip songs', 'paidContent'],
];

/** Asked about as this, never recorded. */
const confirmed: Array<[string, string, string]> = [
  // The switch told as a story, on then off: the later is how it is now.
  ['askAutoRenew', '关掉以后又开回来了', 'renewOn'],
  ['askAutoRenew', '开着呢，刚刚顺手关掉了', 'renewOff'],
  ['askAutoRenew', 'turned it off, then back on', 'renewOn'],
  // Charged again: a renewal, most likely.
  ['askMember', '又重新开始扣我钱了', 'renewal'],
  // Asking whether something counts is not saying it was used.
  ['askPrivilege', '看过一篇付费笔记，这个算吗', 'paidContent'],
  ['askPayment', '花呗算不算支付宝', 'alipay'],
  ['askPrivilege', 'does reading one paid article count?', 'paidContent'],
  // Not signed up again, and charged: a renewal, asked.
  ['askMember', "didn't sign up again, it just charged me", 'renewal'],
  // An auto-debit agreement removed in a wallet; a misspelling.
  ['askAutoRenew', 'removed the auto-deduct agreement in alipay', 'renewOff'],
  ['askAutoRenew', 'cancled it', 'renewOff'],
];

/** Nothing recorded. */
const nothing: Array<[string, string]> = [
  // A state and its denial at once.
  ['askAutoRenew', '开着也没开着'],
  ['askAutoRenew', "it's off and not off"],
  ['askReminder', '收到了也没收到'],
  ['askArrived', '到了也没到'],
  ['askAutoRenew', '开了又没开'],
  // Both cards named.
  ['askMember', '小红卡和黑卡两个都有'],
  ['askMember', 'both the red card and the black card'],
  // A question back to the coach: "you don't know?" is not their not knowing.
  ['askReminder', '你们后台不知道吗'],
  ['askReminder', "don't you guys know whether you sent one?"],
  ['askMember', '你们不知道吗'],
];

describe('kinds found by table t (outsiders/newest)', () => {
  checkKinds({ read, confirmed, nothing });
});

/** Table u (outsiders/after-newest), written after table t's work and measured before this. */
const readU: Array<[string, string, string]> = [
  // A correction by a misreading owned ("看错了").
  ['afterSubmit', '批了，哦我看错了，是没通过', 'refused'],
  // Asked for in a word or a question.
  ['askReminder', '帮我汇总一下', 'command:summary'],
  ['askArrived', 'could i see the summary?', 'command:summary'],
  // The money back in the wallet, said with whose it is.
  ['askArrived', '已经退回我微信了', 'moneyArrived'],
  ['askArrived', '钱退到我的支付宝了', 'moneyArrived'],
  // "its" for "it's".
  ['askAutoRenew', 'its off now', 'renewOff'],
  // What customer service said is what happened.
  ['afterSubmit', 'the customer service said no refund', 'refused'],
  // A tool by its own name.
  ['askPrivilege', 'tried the member search filter', 'search'],
  ['askPrivilege', '用过会员的查询工具', 'search'],
];
const confirmedU: Array<[string, string, string]> = [
  // "yep" to "is it on right now?" beside "it's off": the words lead, asked (as "yep it's off now" always was).
  ['askAutoRenew', 'yep its off now', 'renewOff'],
  // Switched off, then back on by their own hand: on, asked.
  ['askAutoRenew', '关掉了，后来又被我点开回去了', 'renewOn'],
  ['askAutoRenew', 'turned it off and then turned it on again by accident', 'renewOn'],
  // Two privileges named: which matters is asked.
  ['askPrivilege', 'redeemed a gift and watched a few episodes', 'gift'],
  ['askPrivilege', 'claimed the gift and also tried the ai thing', 'gift'],
  // A thing redeemed whose name is not known: a gift, asked.
  ['askPrivilege', '换了一个化妆镜', 'gift'],
  // A bare "I think so" leans to yes.
  ['askArrived', 'i think so', 'moneyArrived'],
  // Does X count, as a question: X, asked.
  ['askPrivilege', '去广告那个算吗', 'otherPrivilege'],
];

/** The switch said, then something after it not understood, which may have undone it: never recorded. */
const nothingU: Array<[string, string]> = [
  ['askAutoRenew', '关了，后来又被我弄回去了'],
  ['renewal', 'done, but then my son messed with the settings'],
];

describe('kinds found by table u (outsiders/after-newest)', () => {
  checkKinds({ read: readU, confirmed: confirmedU, nothing: nothingU });
});

/** Table v (outsiders/third-after), written after table u's work and measured before this. */
const readV: Array<[string, string, string]> = [
  ['afterSubmit', 'cs said yes they will refund', 'approved'],
  ['askMember', '刚开了一个月', 'firstTime'],
  ['askPrivilege', 'reset everything please', 'command:restart'],
  ['askReminder', 'one step back please', 'command:back'],
  ['renewal', '总结下刚刚填的', 'command:summary'],
  ['confirmOpened', 'nope wrong date', 'no'],
  ['afterSubmit', 'they approved it at first and then reversed it', 'refused'],
];
const confirmedV: Array<[string, string, string]> = [
  // Approved, then taken back: refused, asked (told as a story).
  ['afterSubmit', '先说可以退，后来又说不行', 'refused'],
  // Not that day, and the real one forgotten: no, asked.
  ['confirmOpened', '日子不对，具体哪天我也忘了', 'no'],
  // Signing up again by hand is not an automatic renewal: asked.
  ['askMember', 'i stopped it and later subscribed again', 'renewal'],
  ['askMember', '之前退订过，后来再次开通', 'renewal'],
  // A thing redeemed, counted by its pack.
  ['askPrivilege', '换了一盒纸巾', 'gift'],
  // None that they noticed.
  ['askReminder', 'nothing that i noticed', 'reminderNone'],
];
const nothingV: Array<[string, string]> = [
  // A refusal is no typo of an answer.
  ['askPrivilege', 'not your concern'],
  ['askPayment', 'none of ur concern mate'],
];

describe('kinds found by table v (outsiders/third-after)', () => {
  checkKinds({ read: readV, confirmed: confirmedV, nothing: nothingV });
});

/** Table w (outsiders/fourth-after), written after table v's work and measured before this. */
const readW: Array<[string, string, string]> = [
  // A state said of before is history; the other is now.
  ['askAutoRenew', '刚刚关掉了，以前一直是开着的', 'renewOff'],
  ['askAutoRenew', "it's off now, it was on before", 'renewOff'],
  // What they were told, against what their own account shows.
  ['askArrived', 'they said it arrived but my bank app shows nothing', 'moneyNotArrived'],
  ['askArrived', '客服说退了 但是银行卡里没有', 'moneyNotArrived'],
  // Weekdays misspelt or cut short; "the night before last".
  ['askOpened', 'wendsday last week', 'date:2026-11-18'],
  ['askOpened', 'the night before last', 'date:2026-11-24'],
  // Everyday words.
  ['askPayment', "can't rmb which", 'unsure'],
  ['askArrived', '钱已经退回微信了', 'moneyArrived'],
  ['afterSubmit', '过审了', 'approved'],
  ['afterSubmit', '说是在重新审核', 'pending'],
  ['renewal', '先回到上一步', 'command:back'],
  ['askReminder', 'show me the recap', 'command:summary'],
  ['askPrivilege', 'read some payed articles', 'paidContent'],
  ['appealReason', "it's not that i don't want it, i was misled", 'misled'],
  ['askAutoRenew', 'switched it back off', 'renewOff'],
];
const confirmedW: Array<[string, string, string]> = [
  // A weekday cut short; with no week named it is asked (stop 33: this week's or last week's).
  ['askOpened', 'tues evening', 'date:2026-11-24'],
  // Charged again and again (双叒叕, "again" written fourfold): a renewal, asked.
  ['askMember', '双叒叕扣钱了', 'renewal'],
];
const nothingW: Array<[string, string]> = [
  // A month that does not exist, with the year first.
  ['askOpened', '2026-14-05'],
  ['askOpened', '2026/00/12'],
  // A bare no and a bare yes at once.
  ['askReminder', '没有没有，有'],
  ['askAutoRenew', '没 有的'],
];

describe('kinds found by table w (outsiders/fourth-after)', () => {
  checkKinds({ read: readW, confirmed: confirmedW, nothing: nothingW });
});

/** Table x (outsiders/fifth-after): measured first with 0 recorded wrong in both languages; its asked-again kinds. */
const readX: Array<[string, string, string]> = [
  // 等下 that is "later" is no "wait" taking back what came before.
  ['renewal', '还没关呢，等下再关', 'renewLater'],
  ['appealReason', 'did not know it would charge me every month', 'notNeeded'],
  ['askArrived', 'been 3 days, nothing so far', 'moneyNotArrived'],
  ['askArrived', '余额多了25', 'moneyArrived'],
  ['askAutoRenew', '在微信里取消了扣款协议', 'renewOff'],
  ['askReminder', 'actually i did get a text', 'reminderGot'],
  ['askPrivilege', '我想看看帮助', 'command:help'],
  ['confirmOpened', '没错，就是那天', 'yes'],
  ['renewal', 'yes all turned off', 'renewDone'],
];
const confirmedX: Array<[string, string, string]> = [
  // 徽 for 微 (the two look alike): WeChat, asked.
  ['askPayment', '用的徽信', 'wechat'],
];

describe('kinds found by table x (outsiders/fifth-after)', () => {
  checkKinds({ read: readX, confirmed: confirmedX, nothing: [] });
});

/** Table y (outsiders/sixth-after): measured first with 0 recorded wrong in both languages; its asked-again kinds. */
const readY: Array<[string, string, string]> = [
  ['afterSubmit', 'got a rejection email', 'refused'],
  ['afterSubmit', '明天再提醒我看一下', 'remindReview'],
  ['askArrived', 'i can see the refund in wechat', 'moneyArrived'],
  ['askAutoRenew', "haven't got around to it", 'renewOn'],
  ['askAutoRenew', 'yes it still is', 'renewOn'],
  ['askMember', 'they charged me 2x now', 'renewal'],
  ['askMember', '已经扣两回了', 'renewal'],
  ['askPrivilege', 'i skipped the ads', 'otherPrivilege'],
  ['askPrivilege', '0次', 'noneUsed'],
  ['appealReason', 'take me back please', 'command:back'],
];
const confirmedY: Array<[string, string, string]> = [
  // 差不多 (about) denies no date: it hedges it.
  ['askOpened', '差不多4天前', 'date:2026-11-22'],
  // Never touched it: still on as it was, most likely; asked.
  ['askAutoRenew', "i haven't touched it", 'renewOn'],
  ['askAutoRenew', '一直没管它', 'renewOn'],
];

describe('kinds found by table y (outsiders/sixth-after)', () => {
  checkKinds({ read: readY, confirmed: confirmedY, nothing: [] });
});

/** Table z (outsiders/seventh-after), written after table y's work and measured before this. */
const readZ: Array<[string, string, string]> = [
  // Not there before, there now: how it is now.
  ['askArrived', 'was not in my account yesterday but it is now', 'moneyArrived'],
  // "weak" for "week".
  ['askOpened', 'one weak ago', 'day7'],
];
const confirmedZ: Array<[string, string, string]> = [
  // "got it" may be "understood": asked, at the money question.
  ['askArrived', 'ok got it', 'moneyArrived'],
  // A week ago, and today, in one breath: the week ago, asked (never read as today).
  ['askOpened', 'a weak ago today', 'day7'],
];
const nothingZ: Array<[string, string]> = [
  // Tapped cancel, not sure it took: never recorded.
  ['askAutoRenew', '点了关闭 不确定有没有成功'],
  ['askAutoRenew', 'tapped cancel, no idea if it went through'],
];

describe('kinds found by table z (outsiders/seventh-after)', () => {
  checkKinds({ read: readZ, confirmed: confirmedZ, nothing: nothingZ });
});

/** Table aa (outsiders/eighth-after), written after table z's work and measured before this. */
const confirmedAA: Array<[string, string, string]> = [
  // Opened it themselves, and charged automatically: which of the two, asked.
  ['askMember', '我自己开通的，也是自动扣费的', 'renewal'],
  // An advert is a message, not necessarily a reminder: asked.
  ['askReminder', '收到一条广告短信', 'reminderGot'],
  // Taken back as an advert: none came, asked.
  ['askReminder', 'got one, wait no, that was a promo text from last month', 'reminderNone'],
];

const readAA: Array<[string, string, string]> = [
  // Only adverts came: no reminder.
  ['askReminder', '只收到过营销短信', 'reminderNone'],
];

describe('kinds found by table aa (outsiders/eighth-after)', () => {
  checkKinds({ read: readAA, confirmed: confirmedAA, nothing: [] });
});
