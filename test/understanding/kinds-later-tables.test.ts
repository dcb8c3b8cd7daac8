/**
 * Issue 21's kinds found by tables l, m and n (outsiders/voices, events, everyday), one
 * sentence or two each, written for this layer (not taken from any table): what must be read,
 * what must only be asked about, and what must never be recorded. The earlier kinds are in
 * kinds.test.ts.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // The fifteenth review's new question, typed: does the 小红卡 still work after 1 Jan 2026?
  ['askRedCardWorks', '早就用不了了', 'redCardStopped'],
  ['askRedCardWorks', 'it stopped working in january', 'redCardStopped'],
  ['askRedCardWorks', '还能用', 'redCardStillWorks'],
  ['askRedCardWorks', '没试过', 'redCardWorksUnsure'],
  // Round 12 (table l): a state said with 着/呢 and a deed not done after it; "somehow" is no "not sure".
  ['askAutoRenew', '还开着呢 没敢碰', 'renewOn'],
  ['askAutoRenew', '不知道为什么又自己开了', 'renewOn'],
  // Two states, and which one holds now (or this time); a state said as 关着.
  ['askAutoRenew', '开过又关过 目前是关着的', 'renewOff'],
  ['askAutoRenew', 'switched it on and off a few times, currently off', 'renewOff'],
  ['askReminder', '以前每次都有短信 这次没有', 'reminderNone'],
  ['askReminder', 'they texted me before the last renewal, not this time', 'reminderNone'],
  // A no said first stands beside a message that came only after the charge.
  ['askReminder', 'nope, the text came after they took the money', 'reminderNone'],
  // An account not used is no message denied.
  ['askReminder', "they emailed me, but I don't use that email", 'reminderGot'],
  // A day counted from the day denied ("not today, the day before").
  ['askOpened', 'not today, the day before', 'date:2026-11-25'],
  ['askOpened', '不是今天 是前一天', 'date:2026-11-25'],
  // A quantified denial after its thing ("付费的一部都没看"); a member price is another privilege.
  ['askPrivilege', '会员折扣用过一次', 'otherPrivilege'],
  ['askPrivilege', 'used the vip-only filter to find stuff', 'search'],
  // Someone else's case told, then the person's own ("mine was"); the bill overrules a first guess.
  ['askAppName', 'my friend said iqiyi charged her too, mine was youku', 'app:youku'],
  ['askAppName', '以为是爱奇艺 账单上显示是优酷', 'app:youku'],
  // Both linked, not knowing which: not sure.
  ['askPayment', '两个都绑了 不清楚扣的哪个', 'unsure'],
  // A first time told as a time, and a promise about renewing, are not the answer; the charge again is.
  ['askMember', '第一次买的时候说好不自动续 结果又扣了一次', 'renewal'],
  ['askMember', 'first time was ages ago, this is a renewal', 'renewal'],
  // Not a single paid one watched; started with one way, moved to the other.
  ['askPrivilege', '就看了免费的 付费的一部都没看', 'noneUsed'],
  ['askPayment', 'started out with wechat, then moved the auto-pay over to alipay', 'alipay'],
  // Off, then shown on again now: on (the state said of now).
  ['askAutoRenew', 'turned it off but now it shows on again', 'renewOn'],
  // What holds now, after what came first: refused, appealed, approved now.
  ['afterSubmit', '开始不给退 后来我投诉了 现在同意了', 'approved'],
  ['afterSubmit', 'they said no at first but now it is approved', 'approved'],
  // Table m's kinds: someone else's beside the person's own ("我老公的到了 我的还没到"); a
  // weekday two weeks back; a refresh that changes the answer; not knowing how it was before,
  // and how it is now; both ways said; a later clause telling what else that day was.
  ['askArrived', '我老公的到了 我的还没到', 'moneyNotArrived'],
  ['askOpened', 'Monday two weeks ago', 'date:2026-11-09'],
  ['afterSubmit', 'nothing yet... oh just refreshed, they agreed to refund', 'approved'],
  ['askAutoRenew', "not sure if it was on before, anyway it's off now", 'renewOff'],
  ['askReminder', 'maybe yes maybe no', 'unsure'],
  ['askOpened', '昨天不对 是前天 昨天是看到扣款短信', 'date:2026-11-24'],
  // Exactly a week; money back said plainly; charged several times; commands said in full.
  ['askOpened', '整整七天', 'day7'],
  ['askArrived', '钱回来了', 'moneyArrived'],
  ['askMember', 'they charged me twice already', 'renewal'],
  ['askPrivilege', '总结下我前面说的', 'command:summary'],
  ['afterSubmit', 'restart from the beginning', 'command:restart'],
  ['askAutoRenew', '不知道怎么看', 'unsure'],
  // The thirteenth review's two new questions, typed: the sign-up page; Apple's own reminder.
  ['signupPage', '没写啊 字特别小', 'signupNotShown'],
  ['signupPage', "it didn't say it renews", 'signupNotShown'],
  ['signupPage', '写得很清楚', 'signupShown'],
  ['signupPage', '记不清了', 'signupUnsure'],
  ['askAppleReminder', '苹果没发过', 'appleNotReminded'],
  ['askAppleReminder', 'yes got an email from apple', 'appleReminded'],
  // A command word heading an answer is no command.
  ['askAppName', '总结：就是优酷扣的', 'app:youku'],
  // Everyday words and spellings: 嗯哪, 没见着, 曰 for 日, a pinyin "le", "radio silence", "dun".
  ['confirmOpened', '嗯哪', 'yes'],
  ['askReminder', '根本没见着', 'reminderNone'],
  ['askReminder', 'never saw any', 'reminderNone'],
  ['askOpened', '上礼拜曰', 'date:2026-11-22'],
  ['askAutoRenew', '取消le', 'renewOff'],
  ['afterSubmit', 'radio silence so far', 'pending'],
  ['renewal', 'after the refund arrives', 'renewLater'],
  ['renewal', 'dun', 'renewDone'],
  // "not yesterday, the day before": the day before yesterday.
  ['askOpened', 'not yesterday, the day before', 'date:2026-11-24'],
];

/** Asked about ("Do you mean …?"), never recorded: the coach's reading is `reading`. */
const confirmed: Array<[string, string, string]> = [
  // Round 12 (table l): "not a renewal" alone may be 小红卡 or a charge never agreed to.
  ['askMember', '不是续费啊', 'firstTime'],
  ['askMember', "it's not a renewal", 'firstTime'],
  // At "So it was Wed, Nov 18?", a weekday alone is that week's, asked.
  ['confirmOpened', 'no, monday', 'date:2026-11-16'],
  ['confirmOpened', '不是周三 应该是周一', 'date:2026-11-16'],
  // Told one thing, remembering another: asked. Someone else's telling: asked, never recorded.
  ['askMember', '客服说是续费，可我记得是第一次开', 'firstTime'],
  ['askReminder', '我同事说他们都会提前发短信', 'reminderGot'],
  // A day counted from a named day; a paid tutorial; a "payment success" text is no reminder.
  ['askOpened', 'the day before double eleven', 'date:2026-11-10'],
  ['askPrivilege', 'watched one paid tutorial, nothing else', 'paidContent'],
  ['askReminder', 'got a payment success text', 'reminderNone'],
  // A bare "no" to "is it on right now?": off, asked (the harm of reading it wrong is a skipped switch-off).
  ['askAutoRenew', '没有', 'renewOff'],
  ['askAutoRenew', 'nope', 'renewOff'],
  // Going to switch it off later: still on, asked; 光棍节 is 11 Nov.
  ['askAutoRenew', '一会儿再去关', 'renewOn'],
  ['askAutoRenew', "I'll cancel it after the refund comes", 'renewOn'],
  ['askOpened', '光棍节的前一天', 'date:2026-11-10'],
];

/** Nothing recorded: asked again or asked back. */
const nothing: Array<[string, string]> = [
  // Round 12 (table l): a question about the weekday is no answer; a first time told as a time, with a not-noticed.
  ['confirmOpened', 'which monday?'],
  ['askMember', '第一次开通的时候没留意'],
  ['askMember', 'they promised it would not renew'],
  // Two reasons joined ("一来…二来…", "and also"): asked which; a 红包 grabbed is no gift.
  ['appealReason', '一来用不到 二来最近没钱'],
  ['appealReason', "I don't need it and also I'm short on money"],
  ['askPrivilege', '抢了两个红包'],
  // Asked whether ("到了没到", "arrived not arrived?"), a condition ("…的话"), a question about
  // the product, a yes taken back, a month named after the day: nothing recorded.
  ['askArrived', '到了没到啊'],
  ['askArrived', 'arrived not arrived?'],
  ['askPayment', '用微信的话能退快点吗'],
  ['askPayment', '不是支付宝也不是微信'],
  ['askProduct', 'can the black card be refunded?'],
  ['confirmOpened', '对 周三……等等 那天我在外地'],
  ['confirmOpened', 'yes the 18th, but october'],
  // Two switches, two states: which is this one's, asked.
  ['askAutoRenew', '一个关了一个还开着'],
  ['askAutoRenew', 'one is off, the other one is still on'],
];

checkKinds({ read, confirmed, nothing });

describe('Tables m and n, asked again where the person was clear', () => {
  checkKinds({
    read: [
      ['askPrivilege', '用过搜同款功能', 'search'],
      ['askPrivilege', '买东西免过运费', 'otherPrivilege'],
      ['askPrivilege', 'not even one', 'noneUsed'],
      ['askPayment', 'appleid扣的', 'apple'],
      ['askMember', '回到上一页', 'command:back'],
      ['appealReason', '我以为是一次性的', 'notNeeded'],
      ['appealReason', 'i thought it would only charge once', 'notNeeded'],
      ['appealReason', 'mistapped', 'accidental'],
      ['afterSubmit', 'agent said ok to refund', 'approved'],
      ['afterSubmit', 'they said no refunds for digital items', 'refused'],
      ['askReminder', 'yep', 'reminderGot'],
      ['askOpened', 'show summary pls', 'command:summary'],
    ],
    confirmed: [
      ['askProduct', '不是黑卡会员', 'otherMembership'],
      ['askProduct', 'not the black card', 'otherMembership'],
    ],
    nothing: [['askProduct', '不是黑卡吗']],
  });
});
