/**
 * Issue 21's kinds, one sentence or two each, written for this layer (not taken from any
 * table): what must be read, what must only be asked about, and what must never be recorded.
 */
import { checkKinds } from './kinds-cases';
import { type Row, verdictOf } from './table';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // 恐怕 / "I'm afraid" soften a statement; they are no worry about a what-if.
  ['askAutoRenew', "I'm afraid it's still on", 'renewOn'],
  // Apps recognised by name (nothing else known of them); the tables' writers had them as "typed".
  ['askAppName', '微信读书', 'typed'],
  ['askAppName', '百度文库', 'typed'],
  ['askAppName', 'douyin', 'typed'],
  // Left undone, done long ago, not known yet; the month or time counted; internet spellings.
  ['askAutoRenew', '一直没去关', 'renewOn'],
  ['askAutoRenew', "haven't got round to it", 'renewOn'],
  ['askAutoRenew', '早就关了啊', 'renewOff'],
  ['askAutoRenew', 'stopped the auto debit in alipay', 'renewOff'],
  ['afterSubmit', '目前还不知道结果', 'pending'],
  ['afterSubmit', "we don't know yet", 'pending'],
  ['askMember', '这是第三个月扣钱了', 'renewal'],
  ['askMember', '2nd month they charged me', 'renewal'],
  ['askAutoRenew', '关鸟', 'renewOff'],
  ['askAutoRenew', '不造', 'unsure'],
  ['confirmOpened', '是哒', 'yes'],
  ['askArrived', '钱已经返回来了', 'moneyArrived'],
  // Commands said as a sentence.
  ['askPrivilege', '总结下我刚才说的', 'command:summary'],
  ['askReminder', 'what have we got so far', 'command:summary'],
  ['renewal', 'can we start from scratch', 'command:restart'],
  // 大大前天 is the day before 大前天.
  ['askOpened', '是大大前天扣的', 'date:2026-11-22'],
  // A thing denied after it ("礼品还没领"), with the rest denied too.
  ['askPrivilege', '赠品还没兑换，其他也都没用', 'noneUsed'],
  // A belief denied in the very next clause, whatever the story after it.
  ['askMember', 'i thought it was a renewal, but no, this is my first month', 'firstTime'],
  // Someone else's deed set aside, their own clause read; someone else's clause dropped from a name.
  ['askPrivilege', '我同学兑换了礼品，我自己啥也没用', 'noneUsed'],
  ['askAppName', 'my sister uses youku, mine is bilibili', 'app:bilibili'],
  // Counted in weeks from the day being confirmed.
  ['confirmOpened', 'no, one week earlier', 'date:2026-11-11'],
  ['confirmOpened', '晚一周', 'date:2026-11-25'],
  // Week-relative and month-relative dates (weeks start on Monday; the reference is Thursday 26 Nov 2026).
  ['askOpened', '上礼拜五', 'date:2026-11-20'],
  ['askOpened', 'Thursday last week', 'date:2026-11-19'],
  ['askOpened', '上个月15号', 'date:2026-10-15'],
  ['askOpened', 'the 15th of last month', 'date:2026-10-15'],
  ['askOpened', '上上周', 'over7'],
  ['askOpened', '一个礼拜前', 'day7'],
  ['askOpened', '2 weeks ago or so', 'over7'],
  ['askOpened', '昨儿个', 'date:2026-11-25'],
  ['askOpened', '不是昨天，是前天', 'date:2026-11-24'],
  // Corrections and contrast: the last committed answer.
  ['askPayment', '本来想用微信，后来换成支付宝', 'alipay'],
  ['askPayment', 'not wechat, alipay', 'alipay'],
  ['askAutoRenew', '以为关了，其实没有', 'renewOn'],
  ['askAutoRenew', 'i thought i cancelled it but no', 'renewOn'],
  ['afterSubmit', 'rejected... oh wait, it says approved', 'approved'],
  // Negation of a state, through a verb chain.
  ['askAutoRenew', 'didn\u2019t get a chance to cancel it yet', 'renewOn'],
  ['askAutoRenew', '还没取消', 'renewOn'],
  ['askAutoRenew', '没有关闭', 'renewOn'],
  // Quantified negation and exceptions.
  ['askPrivilege', '一个都没用过', 'noneUsed'],
  ['askPrivilege', 'none of them', 'noneUsed'],
  ['askPrivilege', '除了搜索都没用', 'search'],
  ['askPrivilege', 'nothing except search', 'search'],
  ['askPrivilege', '没用过搜索，但领过礼品', 'gift'],
  // A turn: a denial, then what was, lets the latter stand; what others said, then denied.
  ['askReminder', '邮件没收到，不过app弹窗提醒了', 'reminderGot'],
  ['askReminder', 'no email, but there was a pop-up in the app', 'reminderGot'],
  ['askArrived', '客服说已经退了 但是还没有', 'moneyNotArrived'],
  // Both poles denied: the answer between them.
  ['afterSubmit', '没通过也没拒绝', 'pending'],
  ['afterSubmit', 'neither approved nor rejected', 'pending'],
  ['afterSubmit', 'not approved and not refused', 'pending'],
  // A thing redeemed is a gift (a coupon is asked about: see below).
  ['askPrivilege', '领了个公仔', 'gift'],
  // Apple's own channel stays Apple; a charge beside a count is a renewal.
  ['askPayment', 'iphone内购', 'apple'],
  ['askPayment', 'app store subscription', 'apple'],
  ['askMember', '每个月都扣', 'renewal'],
  // A final 啦/惹 is 了.
  ['askAutoRenew', '已经关啦', 'renewOff'],
  ['askAutoRenew', '取消惹', 'renewOff'],
  // A command word beside an answer clause: the answer.
  ['appealReason', 'help, I hardly use it', 'notNeeded'],
  ['appealReason', '求助 我根本不用', 'notNeeded'],
  // Concrete things for their category.
  ['askPrivilege', '换了个抱枕', 'gift'],
  ['askPrivilege', 'listened to an audiobook', 'paidContent'],
  ['appealReason', '这个月房租都交不起了', 'money'],
  ['confirmOpened', 'definitely not wednesday', 'no'],
  ['askOpened', '上周的周三', 'date:2026-11-18'],
  ['askOpened', "last week's Wednesday", 'date:2026-11-18'],
  // The next charge is read ahead.
  ['renewalReminder', '30号', 'date:2026-11-30'],
  ['renewalReminder', 'next month on the 3rd', 'date:2026-12-03'],
  ['renewalReminder', 'jan 5', 'date:2027-01-05'],
  // A command said as its own clause.
  ['askPrivilege', '我刚才点错了 退回去', 'command:back'],
  ['askAutoRenew', 'summarize what i said so far', 'command:summary'],
  ['afterSubmit', 'not approved yet', 'pending'],
  // A reply word, then a sentence of its own: the reply, not a double negation.
  ['confirmOpened', 'no thats wrong', 'no'],
  ['confirmOpened', 'nope, that date is wrong', 'no'],
  ['askAutoRenew', "no it's off", 'renewOff'],
  // This round. A day of this month, said without the month, is this month's.
  ['askOpened', '20号', 'date:2026-11-20'],
  ['askOpened', 'the 15th', 'date:2026-11-15'],
  // Early this month: more than a week ago, whichever day.
  ['askOpened', '月初', 'over7'],
  ['askOpened', 'start of this month', 'over7'],
  // At "So it was Wed, Nov 18?": a day counted from that day.
  ['confirmOpened', '早一天', 'date:2026-11-17'],
  ['confirmOpened', 'one day later', 'date:2026-11-19'],
  ['confirmOpened', 'no, the monday after', 'date:2026-11-23'],
  ['confirmOpened', '晚一天，19号', 'date:2026-11-19'],
  // Emoji and everyday yes at a confirmation.
  ['confirmOpened', '👌', 'yes'],
  ['confirmOpened', '👍', 'yes'],
  ['confirmOpened', '好的', 'yes'],
  ['confirmOpened', 'okay', 'yes'],
  ['askAppName', '喜马', 'app:ximalaya'],
  ['askAppName', '爱奇艺黄金会员', 'app:iqiyi'],
  ['askPayment', '银行卡直接扣的', 'otherPay'],
  ['askOpened', 'on singles day', 'date:2026-11-11'],
  // A thing that lives only in the app is another privilege, even "换了个".
  ['askPrivilege', '换了个头像框', 'otherPrivilege'],
  // "nothing, just X": the X; "本来想说没用，想起来…": the later.
  ['askPrivilege', 'nothing really, just free delivery once', 'otherPrivilege'],
  ['askPrivilege', '本来想说没用，想起来看了盐选', 'paidContent'],
  ['askPrivilege', '就开了个会员，别的都没用', 'noneUsed'],
  ['askPrivilege', 'used the member-only search', 'search'],
  // Off here, membership still running: the membership is not the switch.
  ['askAutoRenew', 'auto renew is off, membership active until january', 'renewOff'],
  ['askAutoRenew', 'i went back to the app and it is still on', 'renewOn'],
  ['askAutoRenew', 'thought it was off but just checked, still on', 'renewOn'],
  ['askAppName', 'QQ音乐绿钻', 'app:qqMusic'],
  // The day being confirmed, typed back: yes.
  ['confirmOpened', '对的 18号', 'yes'],
  ['askAppName', 'e了么', 'app:eleme'],
  ['askReminder', '么得短信', 'reminderNone'],
  ['askArrived', 'nope, not yet', 'moneyNotArrived'],
  ['askArrived', 'no not arrived', 'moneyNotArrived'],
  ['afterSubmit', 'refused... sorry no, still under review', 'pending'],
  // Chrono swallows "last week" into the day and still reads this week's.
  ['askOpened', 'signed up on tuesday last week', 'date:2026-11-17'],
  // Opened it and forgot about it is no doubt about what was used.
  ['askPrivilege', '一个都没用 买完就忘了', 'noneUsed'],
  ['askOpened', "yesterday's yesterday", 'date:2026-11-24'],
  // A belief about the day, then the bill: the bill's day.
  ['askOpened', '还以为是上周三，看了扣款记录是上周二', 'date:2026-11-17'],
  // Concrete things: a member tool, money off delivery, members' songs; everyday reasons.
  ['askPrivilege', '用会员的pdf转word转了两个文件', 'search'],
  ['askPrivilege', 'used the AI summary thing', 'search'],
  ['askPrivilege', '点外卖免了配送费', 'otherPrivilege'],
  ['askPrivilege', 'watched in 4k', 'otherPrivilege'],
  ['askPrivilege', 'downloaded a few member-only songs', 'paidContent'],
  ['askPrivilege', '打开看了一眼就退出了 别的没碰', 'noneUsed'],
  ['appealReason', '最近太忙 没时间看', 'notNeeded'],
  ['appealReason', 'hospital bills this month', 'money'],
  ['appealReason', '手机放口袋里自己点开的', 'accidental'],
  ['askAutoRenew', 'I cancelled auto renew yesterday', 'renewOff'],
  ['askAutoRenew', '在苹果设置里取消订阅了', 'renewOff'],
  ['askOpened', '刚好一个星期', 'day7'],
  ['askOpened', 'a week and a half ago', 'over7'],
  // Last week named in one clause, the weekday in another.
  ['askOpened', 'it was last week, the tuesday, after work', 'date:2026-11-17'],
  ['askOpened', '上周 周三那天', 'date:2026-11-18'],
  // A correction, then a name that is also a word.
  ['askAppName', 'youku, no wait, it was mango', 'app:mangoTV'],
  ['askAppName', 'b site', 'app:bilibili'],
  // "shows" for "show": English plurals.
  ['askPrivilege', 'watched a few vip shows', 'paidContent'],
  // "not X, Y" written without a comma.
  ['askPayment', '不是支付宝是微信', 'wechat'],
  ['askMember', '不是黑卡是小红卡', 'redCard'],
  ['confirmOpened', '不是18号是17号', 'date:2026-11-17'],
  ['askReminder', '他们说发过 我没收到', 'reminderNone'],
  ['afterSubmit', '说不能退', 'refused'],
];

/** Asked about ("Do you mean …?"), never recorded: the coach's reading is `reading`. */
const confirmed: Array<[string, string, string]> = [
  // Not knowing the day, with a leaning ("a while ago"): the leaning, asked; two reasons, asked.
  ['askOpened', '记不清了 有段时间了', 'over7'],
  ['askOpened', "can't remember, some time ago", 'over7'],
  ['appealReason', 'I misclicked, and I also do not need it', 'notNeeded'],
  ['askOpened', 'a while ago', 'over7'],
  // Someone else paid that way: perhaps for them, so asked, never recorded.
  ['askPayment', '我同事用的支付宝', 'alipay'],
  ['askPayment', '我妈用的微信', 'wechat'],
  // A name nobody listed, named as products are: kept as typed, read back first (it goes into every draft).
  ['askAppName', '某某听书', 'typed'],
  ['askAppName', '某某音乐', 'typed'],
  ['askOpened', '上周三还是周四来着', 'date:2026-11-18'],
  ['askOpened', 'Wednesday or Thursday last week', 'date:2026-11-19'],
  ['askOpened', '上周三？', 'date:2026-11-18'],
  // At "So it was Wed, Nov 18?", "the monday" is that week's (weeks start on Monday), asked.
  ['confirmOpened', 'no wait, it was the monday', 'date:2026-11-16'],
  ['confirmOpened', 'hmm I don\u2019t think so', 'no'],
  ['confirmOpened', '好像不太对吧', 'no'],
  ['askReminder', 'not that i remember', 'reminderNone'],
  ['askReminder', '扣完才收到', 'reminderNone'],
  ['askReminder', 'there was a text but after they charged', 'reminderNone'],
  ['askAutoRenew', '我以为关了', 'renewOff'],
  ['askAutoRenew', 'i don\u2019t think it\u2019s off', 'renewOn'],
  ['askAppName', '腾讯', 'app:tencentVideo'],
  ['askAppName', 'Tencent', 'app:tencentVideo'],
  ['askAppName', '网易的', 'app:neteaseMusic'],
  ['askAppName', 'umm iqiyi?', 'app:iqiyi'],
  ['appealReason', '没钱+被坑', 'misled'],
  // A name typed in two words.
  ['askAppName', 'ten cent video app', 'app:tencentVideo'],
  // Switched off, then charged or started again: still on, asked.
  ['askAutoRenew', '关了之后又开始扣钱了', 'renewOn'],
  ['askAutoRenew', 'i turned it off but it came back on', 'renewOn'],
  // This round. A weekend is two days, and people then want to say which.
  ['askOpened', 'this past weekend', 'days4to6'],
  ['askOpened', '上周末', 'days4to6'],
  // "last Monday" on a Thursday: last week's to some, this week's to others (either side of 7 days).
  ['askOpened', 'last Monday', 'date:2026-11-16'],
  // The 18th, but "last month" said beside it: which month is asked.
  ['askOpened', '是18号但是是上个月', 'date:2026-11-18'],
  // A coupon is a gift to some and a discount to others.
  ['askPrivilege', '领了个满减券', 'otherPrivilege'],
  ['askPrivilege', 'redeemed a coupon', 'otherPrivilege'],
  // Not the first time: bought before, or renewed; asked, like "second time".
  ['askMember', '不是第一次', 'renewal'],
  ['askMember', 'not my first time', 'renewal'],
  // Never opened, or never renewed, yet charged: a charge they dispute, not a first time.
  ['askMember', '没开过啊 莫名其妙就扣钱了', 'firstTime'],
  ['askMember', '我没续费啊', 'firstTime'],
  // Never switched on, as they believe: the switch may be on by default.
  ['askAutoRenew', '本来就没开', 'renewOff'],
  ['askAutoRenew', 'I never turned it on', 'renewOff'],
  // Off, yet charged; or something else switched off (password-free payment).
  ['askAutoRenew', 'I turned it off last month but they charged anyway', 'renewOff'],
  ['askAutoRenew', '关了免密支付', 'renewOff'],
  // A state with a closing 吧 is a guess.
  ['askAutoRenew', '关了吧', 'renewOff'],
  ['askArrived', '到了吧', 'moneyArrived'],
  ['askAppName', '爱奇艺吧', 'app:iqiyi'],
  // A known name running into other words may be another app of the same maker.
  ['askAppName', '网易云课堂', 'app:neteaseMusic'],
  // "nope still on": a reply word, then the state; the two disagree, so asked.
  ['askAutoRenew', 'nope still on', 'renewOn'],
  // One-syllable pinyin, alone: "dui" is 对.
  ['confirmOpened', 'dui', 'yes'],
  // A card with no way named: most cards are paid through Alipay or WeChat.
  ['askPayment', '信用卡', 'otherPay'],
  ['askPayment', 'credit card', 'otherPay'],
  ['askPayment', '支付宝吧', 'alipay'],
  ['askPayment', '苹果手机', 'apple'],
  // What the company says it sent is not what came.
  ['askReminder', '客服说提醒过', 'reminderGot'],
  // Part of the money.
  ['askArrived', '到了 但少了', 'moneyArrived'],
  ['askArrived', 'yes but less', 'moneyArrived'],
  ['afterSubmit', '他们说可以退 但还没到账', 'pending'],
  // "Too expensive" is not "can't afford"; forgetting to cancel, not using it: leanings.
  ['appealReason', '太贵了', 'money'],
  ['appealReason', 'too expensive', 'money'],
  ['appealReason', '忘了取消', 'notNeeded'],
  ['appealReason', "didn't use it at all", 'notNeeded'],
  ['askOpened', '昨天吧', 'date:2026-11-25'],
  // Believed off, then charged: asked (a look, "just checked, still on", is recorded).
  ['askAutoRenew', '我以为取消了，后来又扣了一次', 'renewOn'],
  ['askAutoRenew', 'they charged me again this month', 'renewOn'],
  // Off somewhere, still renewing elsewhere: asked.
  ['askAutoRenew', '微信里解约了，app里显示续费中', 'renewOn'],
  ['askAutoRenew', 'pressed cancel but no confirmation came', 'renewOff'],
  // A reason someone else picked for them.
  ['appealReason', '客服叫我选误操作', 'accidental'],
  // Midnight is the end of one day or the start of the next.
  ['askOpened', '前天晚上12点', 'date:2026-11-24'],
  // A day and a span for two events ("opened last month, charged yesterday"): the day is asked.
  ['askOpened', '上个月开的 昨天扣的', 'date:2026-11-25'],
  // "last Friday, no, Thursday": the corrected day keeps "last", and "last" is asked.
  ['askOpened', 'last Tuesday, no wait, Monday', 'date:2026-11-16'],
  // A tier, or the channel behind the app.
  ['askAppName', '绿钻', 'app:qqMusic'],
  // Nicknames of the owner, or the product inside an app.
  ['askAppName', '企鹅', 'app:tencentVideo'],
  ['askAppName', '天猫', 'app:taobao88vip'],
  ['askAppName', '黑卡', 'app:xiaohongshu'],
  ['askAppName', 'hunan tv', 'app:mangoTV'],
  // Episodes watched may have been free ones; a gift pack is often coupons.
  ['askPrivilege', '看了几集', 'paidContent'],
  ['askPrivilege', '领了个礼包', 'gift'],
  // "Not yet" to "is it still on?"; a request to switch it off; the next renewal date shown.
  ['askAutoRenew', '还没', 'renewOn'],
  ['askAutoRenew', 'not yet', 'renewOn'],
  ['askAutoRenew', '你帮我关一下吧', 'renewOn'],
  ['askAutoRenew', 'it shows the next billing date', 'renewOn'],
  // Two days for two things (opened, then noticed the charge), no correction: asked.
  ['askOpened', '上周二点开的 今天才发现扣钱了', 'date:2026-11-26'],
  // Both ways named, run together.
  ['askPayment', '微信支付宝都绑了', 'alipay'],
  // Back and forth between a none and a thing.
  ['askPrivilege', 'the gift? no wait, nothing, well also the gift', 'noneUsed'],
  // Not knowing the exact date, then the day: the day, asked.
  ['askOpened', '具体几号忘了 反正是上周四', 'date:2026-11-19'],
  ['askOpened', "can't remember the exact date but it was last thursday", 'date:2026-11-19'],
  // A notice of the charge is no reminder before it.
  ['askReminder', '只收到了扣费短信', 'reminderNone'],
  // Meant to switch it off, forgot: still on.
  ['askAutoRenew', 'I meant to cancel it but forgot', 'renewOn'],
  ['askAutoRenew', '本来想关 结果忘了', 'renewOn'],
  // A name, then a correction with nothing after it.
  ['askAppName', 'youku, no wait', 'app:youku'],
  // Two things used: which one counts is asked.
  ['askPrivilege', 'watched some vip episodes and also redeemed a gift', 'gift'],
  // English typos with two near words, or a longer word sharing a long start: offered back.
  ['askReminder', 'no remindr', 'reminderNone'],
  ['askMember', 'renewl charge', 'renewal'],
  ['appealReason', 'accidently opened', 'accidental'],
  // Not knowing how to switch it off: still on, offered back.
  ['askAutoRenew', '不知道在哪关', 'renewOn'],
  ['askAutoRenew', "don't know how to turn it off", 'renewOn'],
  // "是不是18号": asked whether, never a no, never recorded.
  ['confirmOpened', '是不是18号', 'date:2026-11-18'],
];

/** Nothing recorded: asked again or asked back. */
const nothing: Array<[string, string]> = [
  // A puzzled sound is no yes; asking whether a thing counts says nothing yet.
  ['confirmOpened', '啊？'],
  ['confirmOpened', 'huh?'],
  ['askPrivilege', 'would the ad-free thing count?'],
  ['askPrivilege', '跳过广告也算吗？'],
  ['askPrivilege', 'the gift is not claimed yet'],
  ['askAutoRenew', 'on and off, it keeps changing'],
  ['afterSubmit', 'after waiting a week they phoned and said part of it can come back'],
  // A what-if, a wish, a worry, another app, the first time of something else, a quoted message, going to look.
  ['askPayment', '希望钱退回微信'],
  ['askAutoRenew', '要是关了还能退吗'],
  ['renewal', 'if I turn it off will I lose the refund?'],
  ['askAutoRenew', 'worried that switching it off stops the refund'],
  ['askAutoRenew', 'turned off auto-renew on my other apps, this one not yet'],
  ['askMember', '头一次碰到这种情况'],
  ['askReminder', "the message said 'renews tomorrow', is that a reminder?"],
  ['askReminder', '等我翻翻短信'],
  ['askReminder', 'my sister got a reminder text'],
  // Changing back and forth, then "both"; still thinking it over.
  ['askPayment', '支付宝，不对微信，哎呀两个都有？'],
  ['confirmOpened', 'yes. no. let me think'],
  ['confirmOpened', "right, no wait, i'll check"],
  ['askAutoRenew', '没关系'],
  ['askAutoRenew', 'cancel it'],
  ['askAutoRenew', 'i want to cancel'],
  ['askAutoRenew', 'didn\u2019t know it was on'],
  ['askAutoRenew', 'yes it\u2019s off'],
  ['askArrived', '你管我到没到'],
  ['askArrived', '还没看'],
  ['askArrived', '查了没有'],
  ['askPayment', 'wechat... no alipay'],
  ['askPrivilege', 'why do you care'],
  ['askPrivilege', 'everything except gifts'],
  ['askPrivilege', '除了没用礼品，别的都用了'],
  ['askOpened', '今天几号来着？'],
  ['askOpened', "what's today's date?"],
  ['askOpened', '35号'],
  ['askOpened', 'the 45th'],
  ['askOpened', '2 days ago, no, 3'],
  ['askOpened', '昨天，不对'],
  ['askOpened', 'the wednesday before'],
  ['askMember', '又重新开始扣了'],
  ['askAppName', 'i keep forgetting'],
  ['askAppName', '酷狗还是酷我'],
  ['askAppName', 'food delivery app'],
  ['askAppName', '算了'],
  ['askAppName', '支付宝扣的'],
  ['askAppName', '类似优酷的'],
  ['askAutoRenew', '关了通知'],
  ['askAutoRenew', 'cancelled the order'],
  ['askAutoRenew', 'I was going to turn it off'],
  ['askPrivilege', 'looked at the gifts but didn’t redeem'],
  // This round. A question by word order; a tier, a genre or a refusal is no app's name.
  ['askAutoRenew', 'is it still on?'],
  ['askAppName', '超级会员'],
  ['askAppName', 'vip会员'],
  ['askAppName', '短剧'],
  ['askAppName', '保密'],
  ['askAppName', '看电视剧的'],
  ['askAppName', '上面说了'],
  ['askMember', 'I never signed up, it just charged me'],
  // A day counted from another day, and the day named is not that day: asked.
  ['confirmOpened', '晚一天，20号'],
  // Something switched off that is not the renewal; something used, but not which.
  ['askAutoRenew', 'turned off the email notifications'],
  ['askAutoRenew', 'switched off face id payment'],
  ['askPrivilege', 'used a few, forgot which'],
  ['askPrivilege', '用了点 忘了是啥'],
  ['askAppName', 'super vip'],
  // Not names: waiting, "all of them", a pointer, one character.
  ['askAppName', '稍等'],
  ['askAppName', '全部'],
  ['askAppName', '上面那个'],
  ['askAppName', '有'],
  ['askAppName', '今天好累'],
  ['askPrivilege', '用过一个 具体忘了是哪个'],
  ['askAppName', '看视频'],
  ['askAppName', '微信支付'],
  // "I want my money back" is the goal, not a reason of money trouble.
  ['appealReason', 'I want my money back'],
  ['askAppName', 'app store'],
  ['askAppName', 'the chinese netflix'],
  // A request for help inside a sentence about the refund is no command.
  ['askOpened', '我想退款，怎么弄'],
  ['askPrivilege', '点开过礼品页面但没换'],
  ['askReminder', '我没看短信'],
  // A yes or no followed by a turn that says more is never a yes.
  ['confirmOpened', '对 但是是上个月'],
  ['confirmOpened', 'yes but it was last month'],
  ['askArrived', 'they said it was refunded but it has not'],
  // A device is no way of paying; having had it before is no renewal charge: asked.
  ['askPayment', '在iPad上付的'],
  ['askPayment', 'I paid on my ipad'],
  ['askMember', '以前买过'],
  ['askMember', 'bought it before'],
  ['askMember', 'third time'],
  ['renewalReminder', '11月20号'],
];

checkKinds({ read, confirmed, nothing });

describe('the scorer', () => {
  const row = (q: string, expect: string, hedge = false): Row => ({ q, input: '', expect, class: 'kind', hedge });
  it('counts an exact date inside the wanted bucket as right, and outside it as wrong', () => {
    expect(verdictOf(row('askOpened', 'day7'), { recorded: 'date:2026-11-19' })).toBe('right');
    expect(verdictOf(row('askOpened', 'over7'), { recorded: 'date:2026-11-12' })).toBe('right');
    expect(verdictOf(row('askOpened', 'days1to3'), { recorded: 'date:2026-11-19' })).toBe('wrong');
    expect(verdictOf(row('askOpened', 'today'), { recorded: 'date:2026-11-26' })).toBe('right');
  });
  it('counts a recorded "unsure" as asked again only on a hedge row', () => {
    expect(verdictOf(row('askAutoRenew', 'renewOn', true), { recorded: 'unsure' })).toBe('asked');
    expect(verdictOf(row('askAutoRenew', 'renewOn'), { recorded: 'unsure' })).toBe('wrong');
    expect(verdictOf(row('askAutoRenew', 'renewOn', true), { recorded: 'renewOff' })).toBe('wrong');
  });
});
