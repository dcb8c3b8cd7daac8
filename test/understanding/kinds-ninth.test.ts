/**
 * Issue 21's kinds found by table bb (outsiders/ninth-after: the brief with no slant, written
 * at the start of stop 33 and measured at 2b36beb before anything was changed against it),
 * written for this layer, not taken from the table.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // Two noes in a row: the 没有 closing "提醒也没有" also negates what is glued after it, and
  // a 没 before it does not turn it into a yes (it was offered back as "got one").
  ['askReminder', '没有提醒也没有推送', 'reminderNone'],
  ['askReminder', '没收到提醒也没有短信，问这个干嘛', 'reminderNone'],
  ['askPrivilege', '礼品也没有付费内容也没有', 'noneUsed'],
  // "Took back, then later": 哦不 takes back the done, and "一会再弄" is later.
  ['renewal', '弄好了，哦不，还没点确定，一会儿再关', 'renewLater'],
  ['renewal', '我一会再弄', 'renewLater'],
  // Switched itself on again.
  ['askAutoRenew', '它又自动续上了', 'renewOn'],
  // A command with a lead-in, or asked of "my situation".
  ['askPayment', '我想看看总结', 'command:summary'],
  ['askMember', '总结下我目前的情况', 'command:summary'],
  ['askPrivilege', 'can we start again from scratch', 'command:restart'],
  // The page left the renewal out: misled.
  ['appealReason', '开通页只写了首月价格，没提自动续费', 'misled'],
  ['appealReason', 'the page never said it would renew', 'misled'],
  // Concrete privileges.
  ['askPrivilege', '就是免了几天的广告', 'otherPrivilege'],
  ['askPrivilege', 'listened to a paid audiobook', 'paidContent'],
  // "That's" typed without its apostrophe.
  ['confirmOpened', 'yeah thats the day', 'yes'],
  ['askAutoRenew', 'its off now', 'renewOff'],
  // Not knowing, said as "how would I know".
  ['askReminder', '有没有提醒？我怎么知道', 'unsure'],
  // Billed again after signing up: the renewal.
  ['askMember', 'joined in september and got billed again today', 'renewal'],
];

/** Asked, with this reading offered. */
const confirmed: Array<[string, string, string]> = [
  // Alipay showing "refund successful" is the refund on its way, not yet seen in the account.
  ['askArrived', '微信显示退款成功', 'moneyArrived'],
  ['askArrived', 'alipay says refund successful', 'moneyArrived'],
  // Still charged: it was on when it charged.
  ['askAutoRenew', 'i keep getting charged', 'renewOn'],
  // Unlinked in the payment app: may be the agreement, not the app's switch.
  ['askAutoRenew', 'unlinked the app in wechat pay', 'renewOff'],
  // Pinyin with a closing particle.
  ['appealReason', 'wu kai le', 'accidental'],
];

describe('kinds found by table bb (outsiders/ninth-after)', () => {
  checkKinds({ read, confirmed, nothing: [] });
});

/** Table cc (outsiders/tenth-after), written beside bb and measured at dfe5de1, after bb's work. */
const readCC: Array<[string, string, string]> = [
  // A list closed by 都没 / 都不 denies each thing in it (微信 was recorded).
  ['askPrivilege', '礼品、付费内容都没碰', 'noneUsed'],
  // Everyday words.
  ['askReminder', 'none whatsoever', 'reminderNone'],
  ['askReminder', 'no, they just took the money', 'reminderNone'],
  ['askArrived', 'nah nothing', 'moneyNotArrived'],
  ['renewal', 'sorted it', 'renewDone'],
  ['appealReason', 'it was not intentional', 'accidental'],
  ['afterSubmit', 'they will get back to me', 'pending'],
  ['afterSubmit', '过两天叫我看看', 'remindReview'],
  // "提醒我查一下" asks for a reminder; only "我查一下" alone is still checking.
  ['afterSubmit', '明天提醒我查一下', 'remindReview'],
  // "求助" is a command whole, beside a question.
  ['askPayment', '这个怎么选 求助', 'command:help'],
  ['askPayment', 'back to the previous step', 'command:back'],
  // An emoji's presentation selector is no word.
  ['askAutoRenew', '关了✌️', 'renewOff'],
  // A whole month named, long enough ago.
  ['askOpened', '九月份', 'over7'],
  ['askOpened', 'sometime in september', 'over7'],
];

const confirmedCC: Array<[string, string, string]> = [
  // At most N days: asked as the 1–3 days.
  ['askOpened', 'at most 3 days ago', 'days1to3'],
  // Cancelling the automatic deduction in the payment app, at the switch-off step.
  ['renewal', '在微信里取消了代扣', 'renewDone'],
  // A southern ear: -ng for -n, beside one syllable said right.
  ['askPrivilege', '拿了个赠瓶', 'gift'],
];

const nothingCC: Array<[string, string]> = [
  // Neither way named is no way at all (微信 was recorded).
  ['askPayment', '微信支付宝都没用'],
  ['askPayment', '支付宝、微信都不是'],
  // Yes, no and not knowing: nothing.
  ['confirmOpened', 'yes no idk'],
  ['askReminder', 'yes no not sure'],
];

describe('kinds found by table cc (outsiders/tenth-after)', () => {
  checkKinds({ read: readCC, confirmed: confirmedCC, nothing: nothingCC });
});

/** Table dd (outsiders/eleventh-after), written after bb's and cc's work and measured at 006f77a. */
const readDD: Array<[string, string, string]> = [
  // What they were about to say is not what they say: the message found after it stands.
  ['askReminder', 'was going to say no, then i found one in my sms', 'reminderGot'],
  ['askReminder', '本来想说没有，后来在短信里翻到一条', 'reminderGot'],
  // Banker's numerals.
  ['askOpened', '上周贰', 'date:2026-11-17'],
  // Everyday words.
  ['askMember', '连着扣了好几个月了', 'renewal'],
  ['appealReason', '最近还房贷，手头紧', 'money'],
  ['askArrived', '零钱余额没变化', 'moneyNotArrived'],
  ['afterSubmit', 'refund approved, they said', 'approved'],
  ['renewal', 'customer service turned it off for me', 'renewDone'],
  ['askPayment', 'can you sum it up', 'command:summary'],
  // Switched off, taken back: the confirm was never tapped.
  ['renewal', '关好了 不对 还没确认', 'renewLater'],
  ['renewal', "done... wait no, I didn't tap confirm", 'renewLater'],
];

const confirmedDD: Array<[string, string, string]> = [
  // One character alone, sounding exactly like a one-character answer.
  ['confirmOpened', '队', 'yes'],
  // What the page offered, then a charge it did not say: misled, asked.
  ['appealReason', '页面上说一块钱先试试，后来每月扣30', 'misled'],
];

const nothingDD: Array<[string, string]> = [
  // About to say no is no no.
  ['askReminder', 'i was gonna say no'],
];

describe('kinds found by table dd (outsiders/eleventh-after)', () => {
  checkKinds({ read: readDD, confirmed: confirmedDD, nothing: nothingDD });
});

/** Table ee (outsiders/twelfth-after), written after dd's work and measured at b75927b. */
const readEE: Array<[string, string, string]> = [
  // Commands as people say them.
  ['askMember', '从头再来一遍', 'command:restart'],
  ['askPayment', '我前面都说了啥', 'command:summary'],
  ['askPayment', 'what did i tell you so far', 'command:summary'],
  ['askPayment', '撤销刚才的', 'command:back'],
  ['askPayment', 'undo my last answer', 'command:back'],
  ['renewal', '这一步咋弄 帮帮忙', 'command:help'],
  // None said in two languages, or counted as zero.
  ['askPrivilege', '没有 nothing', 'noneUsed'],
  ['askPrivilege', 'zero perks used', 'noneUsed'],
  ['askPrivilege', "didn't touch any of it", 'noneUsed'],
  ['askArrived', "haven't got it yet", 'moneyNotArrived'],
  // A letter held in a word that has it doubled.
  ['askAutoRenew', 'offff', 'renewOff'],
  // "I checked" beside a yes is no second answer.
  ['confirmOpened', 'yes, i double checked', 'yes'],
];

const nothingEE: Array<[string, string]> = [
  // 返回 into a page of the app is no "go back" in the chat; 看过了 alone is no yes.
  ['confirmOpened', '我返回订单里看过了'],
];

describe('kinds found by table ee (outsiders/twelfth-after)', () => {
  checkKinds({ read: readEE, confirmed: [], nothing: nothingEE });
});

/** Table ff (outsiders/thirteenth-after), written after ee's work and measured at a1d071f. */
const readFF: Array<[string, string, string]> = [
  // Everyday words at the later questions.
  ['afterSubmit', '他们说会原路退回', 'approved'],
  ['afterSubmit', 'they said it will go back to the original payment method', 'approved'],
  ['afterSubmit', '批了…哦不是，是让我补充材料', 'pending'],
  ['afterSubmit', 'can you summarize for me', 'command:summary'],
  ['askMember', 'pls help me with this', 'command:help'],
  ['renewal', "i'll leave it for now", 'renewLater'],
  // Restarting the app is no renewal restarting.
  ['askAutoRenew', 'reopened the app, the toggle is off', 'renewOff'],
  // Taken back with 哦等下, then a message found.
  ['askReminder', '没收到，哦等下，邮件里有', 'reminderGot'],
  ['askAutoRenew', '不知道 没看', 'unsure'],
  ['askAppName', '扣扣音乐会员', 'app:qqMusic'],
  // A no that denies one day and names another: the day named.
  ['confirmOpened', '不是18号，19号', 'date:2026-11-19'],
  ['confirmOpened', 'not the 18th, the 19th', 'date:2026-11-19'],
];

const confirmedFF: Array<[string, string, string]> = [
  // Not Xiaohongshu's: another membership, asked.
  ['askProduct', '不是小红书家的', 'otherMembership'],
  ['askProduct', 'not the rednote one', 'otherMembership'],
  // A message stopped on its way came, unseen: asked (it was recorded as a reminder got).
  ['askReminder', '提醒被手机拦截了，没看见', 'reminderGot'],
  ['askReminder', 'it went to my junk folder', 'reminderGot'],
];

const nothingFF: Array<[string, string]> = [
  // Not many times is some times: which, asked (it was recorded as none used).
  ['askPrivilege', '没领过几次'],
  ['askPrivilege', '没用几次'],
  ['askPrivilege', 'barely used it tbh'],
];

describe('kinds found by table ff (outsiders/thirteenth-after)', () => {
  checkKinds({ read: readFF, confirmed: confirmedFF, nothing: nothingFF });
});

/** Table gg (outsiders/fourteenth-after), written after ff's work and measured at 8565628. */
const readGG: Array<[string, string, string]> = [
  // Forgot at first, done since: off (it was offered back as on).
  ['askAutoRenew', '开始的时候忘了取消，后来已经关掉了', 'renewOff'],
  // "off" typed with one f after a switch word.
  ['renewal', 'switched it of', 'renewDone'],
  // Everyday words.
  ['afterSubmit', '对方还没答复', 'pending'],
  ['afterSubmit', '帮我记一下，过两天再看', 'remindReview'],
  ['afterSubmit', 'they said the refund goes to my card', 'approved'],
  ['appealReason', '页面上说可以随时取消，结果取消不了', 'misled'],
  ['appealReason', 'it said i can cancel anytime but i could not', 'misled'],
  ['askArrived', 'my balance is the same', 'moneyNotArrived'],
];

describe('kinds found by table gg (outsiders/fourteenth-after)', () => {
  checkKinds({ read: readGG, confirmed: [], nothing: [] });
});

/** Table hh (outsiders/fifteenth-after), written after gg's work and measured at 48a2913. */
const readHH: Array<[string, string, string]> = [
  // Believed it came, but it was other money: not arrived (it was recorded as arrived).
  ['askArrived', '我以为到账了，其实那是另一笔退款', 'moneyNotArrived'],
  ['askArrived', 'thought it arrived but it was a different refund', 'moneyNotArrived'],
  // A tick or a face beside words only decorates them.
  ['renewal', '关掉了✅', 'renewDone'],
  ['askAutoRenew', 'turned it off 😤', 'renewOff'],
  ['renewal', '好拉', 'renewDone'],
  ['askAutoRenew', 'been off for ages', 'renewOff'],
  // First time before, a renewal this time: the renewal.
  ['askMember', '去年第一次开，这次是自动续费扣的', 'renewal'],
];

const confirmedHH: Array<[string, string, string]> = [
  // Meant to, had no time: still on, asked.
  ['askAutoRenew', '想关来着，一直没顾上', 'renewOn'],
  ['askAutoRenew', 'wanted to cancel it but never got around to it', 'renewOn'],
];

const nothingHH: Array<[string, string]> = [
  // Everything and nothing: no answer (it was recorded as none).
  ['askPrivilege', '全用了，也没用'],
  ['askPrivilege', 'used everything and nothing'],
];

describe('kinds found by table hh (outsiders/fifteenth-after)', () => {
  checkKinds({ read: readHH, confirmed: confirmedHH, nothing: nothingHH });
});

/** Table ii (outsiders/sixteenth-after), written after hh's work and measured at e5e9962. */
const readII: Array<[string, string, string]> = [
  // Everyday words and short forms.
  ['askAppName', '淘宝88会员', 'app:taobao88vip'],
  ['askMember', '都扣了3次了', 'renewal'],
  ['askMember', 'the automatic one', 'renewal'],
  ['askOpened', '俩星期前', 'date:2026-11-12'],
  // "last" typed short before a weekday: last week's Friday is the only Friday it can be.
  ['askOpened', 'lsat friday', 'date:2026-11-20'],
  ['askReminder', '么有收到', 'reminderNone'],
  ['askAutoRenew', 'alipay still shows the auto debit', 'renewOn'],
  ['askReminder', '最后总结下', 'command:summary'],
  ['askArrived', 'saw the money come back', 'moneyArrived'],
  ['renewal', '还没呢', 'renewLater'],
  ['renewal', "haven't had the time", 'renewLater'],
  ['askPrivilege', 'another benefit', 'otherPrivilege'],
];

const confirmedII: Array<[string, string, string]> = [
  // An unknown word right before a weekday may be "last": asked (it was recorded as this week's).
  ['askOpened', 'lasst monday', 'date:2026-11-16'],
  ['askOpened', 'qqq wednesday', 'date:2026-11-25'],
  // The auto-debit service still listed: on, asked (扣 there names the service, not a charge).
  ['askAutoRenew', '支付宝里扣款服务还在', 'renewOn'],
];

describe('kinds found by table ii (outsiders/sixteenth-after)', () => {
  checkKinds({ read: readII, confirmed: confirmedII, nothing: [] });
});

/** Table jj (outsiders/seventeenth-after), written after ii's work and measured at 53cbb74. */
const readJJ: Array<[string, string, string]> = [
  // A belief, then the approval that came: approved (refused was offered back).
  ['afterSubmit', 'i thought they refused, then the approval email came', 'approved'],
  ['askMember', 'brand new signup', 'firstTime'],
  ['confirmOpened', 'yess', 'yes'],
  ['askPayment', "let's start over", 'command:restart'],
  ['renewal', '关好了，也截图了', 'renewDone'],
];

const confirmedJJ: Array<[string, string, string]> = [
  // "feel like" hedges what follows.
  ['appealReason', 'i feel like i was tricked', 'misled'],
  ['renewal', 'all good now', 'renewDone'],
];

const nothingJJ: Array<[string, string]> = [
  // A refusal that says 没必要 is no "not needed" (it was recorded as that reason).
  ['appealReason', '这个没必要告诉你'],
  // A no that brings a day the month does not have: asked again, not a plain no.
  ['confirmOpened', 'no it was the 31st of november'],
];

describe('kinds found by table jj (outsiders/seventeenth-after)', () => {
  checkKinds({ read: readJJ, confirmed: confirmedJJ, nothing: nothingJJ });
});

/** Table kk (outsiders/eighteenth-after), written after jj's work and measured at 2fe4a97. */
const readKK: Array<[string, string, string]> = [
  // Not yet before, done now: done (later was offered back).
  ['renewal', '之前一直没关，现在关掉了', 'renewDone'],
  // Everyday words.
  ['afterSubmit', '暂时没消息', 'pending'],
  ['afterSubmit', 'no word yet', 'pending'],
  ['askReminder', 'nobody warned me', 'reminderNone'],
  ['askReminder', 'the sms said it would auto renew', 'reminderGot'],
  ['askPayment', 'from the beginning', 'command:restart'],
];

const confirmedKK: Array<[string, string, string]> = [
  // Believed a first time, then found an earlier charge: a renewal, asked.
  ['askMember', '还以为是新开的，后来发现去年也扣过', 'renewal'],
  ['askMember', 'i thought it was my first, but they charged me last month too', 'renewal'],
];

describe('kinds found by table kk (outsiders/eighteenth-after)', () => {
  checkKinds({ read: readKK, confirmed: confirmedKK, nothing: [] });
});

/** Table ll (outsiders/nineteenth-after), written after kk's work and measured at 888501d. */
const readLL: Array<[string, string, string]> = [
  // Not knowing whether one came, beside a remark about too many messages.
  ['askReminder', '消息太多了，没留意有没有', 'unsure'],
  ['askReminder', '0个提醒', 'reminderNone'],
  // Everyday words.
  ['askArrived', '显示已退款，但卡里没钱', 'moneyNotArrived'],
  ['askArrived', 'got the refund in wechat', 'moneyArrived'],
  ['askArrived', 'yep', 'moneyArrived'],
  ['askArrived', 'rebooted, and the money showed up', 'moneyArrived'],
  ['askProduct', 'the black one', 'blackCard'],
  ['afterSubmit', 'they said theyll refund it', 'approved'],
  // ("well" and "hell" are no "we will" or "he will".)
  ['afterSubmit', 'well, still waiting', 'pending'],
];

const confirmedLL: Array<[string, string, string]> = [
  // A weekday with no week named: this week's or last week's is asked, never recorded
  // ("周三" on a Thursday is yesterday or eight days ago, and the 7-day verdict turns on it).
  ['askOpened', '周二', 'date:2026-11-24'],
  ['askOpened', 'monday', 'date:2026-11-23'],
  // Cancelling the agreement in the payment app, at the switch-off step.
  ['renewal', '已经在微信里解约了', 'renewDone'],
];

describe('kinds found by table ll (outsiders/nineteenth-after)', () => {
  checkKinds({ read: readLL, confirmed: confirmedLL, nothing: [] });
});

/** Table mm (outsiders/twentieth-after), written after ll's work and measured at 0d681e4. */
const readMM: Array<[string, string, string]> = [
  ['askMember', 'yes first time', 'firstTime'],
  ['askPrivilege', 'just watched some member videos', 'paidContent'],
];

const confirmedMM: Array<[string, string, string]> = [
  // A word of the answer asked back ("提醒？") is never recorded as the answer (it was recorded as got one).
  ['askReminder', '短信？', 'reminderGot'],
  ['askReminder', '没有?', 'reminderNone'],
];

describe('kinds found by table mm (outsiders/twentieth-after)', () => {
  checkKinds({ read: readMM, confirmed: confirmedMM, nothing: [] });
});
