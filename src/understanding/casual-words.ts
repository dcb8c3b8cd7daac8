/**
 * Casual, dialect and chat spellings put back to the standard word before anything is read
 * (normalise.ts): 木有/米有/冇 (没有), 昨儿 (昨天), Cantonese 唔系/咗/仲未, Sichuan 晓不得/啥子,
 * "yday" (yesterday), Singapore "liao", Hong Kong "mo", a final 惹/啦/咯 (了), marks and emoji
 * typed as answers, and ways of saying none or a span of days that the readers then take as said.
 */
export const CASUAL: Array<[RegExp, string | ((...groups: string[]) => string)]> = [
  [/木有|米有|冇|么得|莫得/g, '没有'],
  [/昨儿个|昨儿/g, '昨天'],
  [/前儿个|前儿/g, '前天'],
  [/今儿个|今儿/g, '今天'],
  // Internet spellings: 不造 (不知道), 肿么 (怎么), 阔以 (可以), a final 哒 after 是/好/对 (的),
  // a final 鸟 after a verb (了).
  [/不造/g, '不知道'],
  [/肿么/g, '怎么'],
  [/阔以/g, '可以'],
  [/(是|好|对)哒(?=$|[\s,，。!！?？~～])/gu, '$1的'],
  [/(关|开|到|退|扣|用|领|好|完|取消)鸟(?=$|[\s,，。!！?？~～])/gu, '$1了'],
  // 曰 for 日 after a week word (the two look alike): 周曰, 星期曰.
  [/(周|星期|礼拜)曰/g, '$1日'],
  // A pinyin particle typed after Chinese: 关闭le (了), 好de (的).
  [/(\p{Script=Han})\s?le(?=$|[\s,，。!！?？~～])/gu, '$1了'],
  // Cantonese, Sichuan, Shanghai and north-eastern words as typed in chat: 唔系/唔知 (不是/不知道),
  // 系 standing as "is" (never inside 联系, 关系, 系统), 嘅 (的), 咗 (了), 熄 (关) before 咗/了/掉,
  // 关脱 (关掉), 晓不得/不晓得 (不知道), 仲未/未有 (还没/还没有), 啥子 (什么), 没得 (没有), 要得 (好的).
  [/唔(?=[系是知要好想使用识])/g, '不'],
  [/(^|[\s,，。!！?？]|不|都|就|仲|也)系(?=$|[\s,，。!！?？啊呀嘅的咪噶架喔]|[\p{Script=Han}\d])(?!统|列|数)/gu, '$1是'],
  [/嘅/g, '的'],
  [/咗/g, '了'],
  [/熄(?=了|掉)/g, '关'],
  [/关脱/g, '关掉'],
  [/晓不得|不晓得|唔晓得/g, '不知道'],
  [/仲未有|仲未/g, '还没'],
  [/(^|[^还])未有/g, '$1还没有'],
  [/啥子/g, '什么'],
  [/没得/g, '没有'],
  [/^要得(要得)*$/g, '好的'],
  // A discount told as its rate: 打了9.5折, 打8折 (打折).
  [/打了?\s*\d+(\.\d)?\s*折/g, '打折'],
  // How long since, said as a span: 开了两天 / 5天了 (两天前 / 5天前), "it's been 2 days" (2 days ago).
  [/(?:开了|已经|都)\s*([0-9一二两三四五六七八九十]{1,2})\s*天了?(?=$|[\s,，。!！?？~～吧啊])/gu, '$1天前'],
  [/(?<![第前这那几\d一二两三四五六七八九十])([0-9一二两三四五六七八九十]{1,2})\s*天了(?=$|[\s,，。!！?？~～吧啊])/gu, '$1天前'],
  [/\b(?:it is been|it has been|been)\s+(\d{1,2}|one|two|three|four|five|six|seven)\s+days?\b/g, '$1 days ago'],
  // "9 days back": days ago.
  [/\b(\d{1,2}|a few|few|couple of|a couple of) days back\b/g, '$1 days ago'],
  // Short forms of time words: "last wk wed", "2 wks ago", "2 mos ago".
  [/\bwks?\b/g, 'week'],
  [/\bmos\b/g, 'months'],
  // Weekdays as people misspell or shorten them: "wensday", "thurs", "tues morning".
  [/\b(wensday|wendsday|wednsday|wedensday|wedsday|wednessday)\b/g, 'wednesday'],
  // "las wednesday", "lst friday": "last" typed short before a weekday.
  [/\b(las|lst|lsat|lasst|laast)\s+(?=(mon|tue|wed|thu|fri|sat|sun))/g, 'last '],
  [/\b(tues|tuesay|tusday|teusday|tuseday)\b/g, 'tuesday'],
  [/\b(thurs|thrusday|thurday|thursay|thirsday)\b/g, 'thursday'],
  [/\b(fryday|firday|fridy)\b/g, 'friday'],
  [/\b(saterday|satuday|saturady)\b/g, 'saturday'],
  [/\b(monady|mondy|mnday)\b/g, 'monday'],
  // "a weak ago": a week ago.
  [/\b(a|one|1) weak ago\b/g, '$1 week ago'],
  // "the night before last": the day before yesterday, in the evening.
  [/\bthe night before last\b/g, 'the day before yesterday'],
  // "cant rmb": chat's "remember".
  [/\brmb(?= (which|what|when|the|it)\b|$)/g, 'remember'],
  // "got 25 yuan back": the amount says only how much came back (part of it is read elsewhere).
  [/\bgot\s+(?:¥\s*)?\d+(?:\.\d+)?\s*(?:yuan|rmb|cny|bucks|kuai)?\s+back\b/g, 'got the money back'],
  // 恩 typed for 嗯 (the same sound), standing alone: "恩", "恩恩".
  [/(^|[\s,，。])恩(?=$|[恩\s,，。!！~～])/g, '$1嗯'],
  [/嗯恩/g, '嗯嗯'],
  // An ordinal in digits: 第2次 (第二次), 第3年.
  [/第([1-9])(?=次|回|年|个月|遍)/g, (_m: string, d: string) => `第${'一二三四五六七八九'[Number(d) - 1]}`],
  // "X个锤子", "到个鬼": X said only to deny it ("提醒个锤子" = no reminder at all).
  [/(?<![一这那哪几两每某整半])(\p{Script=Han}{1,2}?)个(锤子|屁|鬼|毛线|毛|球|蛋|头)(?=$|[\s,，。!！?？~～])/gu, '没$1'],
  // None counted as zero: "收到0条", "收到零条短信", "zero texts", "received 0 messages".
  [/(收到|有|用了?|领了?|看了?)\s*(0|零)\s*(条|个|次|封|样|集)/g, '没$1'],
  [/\b(zero|0)\s+(texts?|messages?|reminders?|sms|emails?|notifications?|notices?|things?|perks?|benefits?)\b/g, 'no $2'],
  // "received no messages", "got no sms": the deed denied, as "did not receive any" says it.
  [
    /\b(received|receive|got|get|had|have|saw|see|used|use|redeemed|claimed|watched|read)\s+no\s+(?!idea|clue|choice|time|way|problem)(?=[a-z])/g,
    'did not $1 any ',
  ],
  // Hong Kong "mo" (冇) before a verb: did not; Singapore "liao": already.
  [/\bmo\s+(?=(receive|received|get|got|use|used|see|saw|come|reach|arrive|close|turn|have)\b)/g, 'did not '],
  [/\bliao\b/g, 'already'],
  // "俩礼拜前": 俩 is 两个; "么有" is 没有 typed by sound.
  [/俩/g, '两'],
  [/么有/g, '没有'],
  // Banker's numerals ("上周叁", "伍号") are the plain ones.
  [/[壹贰叁肆伍陆柒捌玖拾]/g, (d: string) => '一二三四五六七八九十'['壹贰叁肆伍陆柒捌玖拾'.indexOf(d)]!],
  // The day before 大前天 (chrono reads only its 大前天 inside it).
  [/大大前天/g, '4天前'],
  [/\by'?day\b/g, 'yesterday'],
  // A 帮我 opening a clause, nobody named as doing it, asks for it to be done ("帮我关了吧", "帮我关了":
  // turn it off for me, or someone did; asked, never recorded as off); "女儿帮我关了" is left as said.
  [/(^|[\s,，。!！?？~～])帮我(?=关|取消|解约|退订|弄|处理)/gu, '$1请帮我'],
  // "提醒了个寂寞", "用了个锤子", "有个鬼的提醒": the deed done "for a loneliness", or "a ghost of" a
  // thing, is a deed not done, a thing not there (online irony). Only where the word ends the clause
  // or is followed by 的: "看了个鬼片" is a ghost film, "这个鬼平台" a cursed platform.
  [/(\p{Script=Han}{1,2}?)了?个(寂寞|锤子|屁|毛线|鬼|der)(的(?=\p{Script=Han})|(?=$|[\s,，。!！?？~～啊呀吧]))/gu, '没$1'],
  // "arrived my foot": a deed "my foot" is a deed not done (irony).
  [/\b(arrived|received|approved|refunded|reminded|came|got it|used|cancelled|canceled|off)\s+my\s+(foot|ass|arse)\b/g, 'not $1'],
  // "退款已受理，预计1-3个工作日到账": money expected is money not yet there.
  [/预计([^，,。]{0,12}?)到账/g, '还没到，预计$1'],
  // "我也不知道啊反正就是没收到", "idk, anyway it never came": what follows "anyway" is the answer.
  // ("不清楚，反正钱被扣了" keeps its not knowing: only the run-on filler form is dropped.)
  [/我也不(?:知道|清楚)[啊呀吧嘛]?\s*(反正|总之)|不(?:知道|清楚)[啊呀嘛](反正|总之)/g, '$1$2'],
  // "他们会提醒我才怪", "收到才怪": a deed "would be a wonder" is a deed not done (irony).
  [/(会|能)([\p{Script=Han}a-z]{1,8}?)才怪呢?/gu, '不$1$2'],
  [/有([\p{Script=Han}a-z]{0,8}?)才怪呢?/gu, '没有$1'],
  [/(\p{Script=Han}{1,6}?)才怪呢?/gu, '没$1'],
  // "没跑了", "跑不了": sure of it (no 没 to deny anything).
  [/没跑儿?了|跑不了/g, '肯定'],
  // Chat spellings: "had it b4" (before).
  [/\bb4\b/g, 'before'],
  [/\byesterday'?s yesterday\b/g, 'the day before yesterday'],
  // "微信支付宝都有": two ways run together; "微信支付" must not swallow "支付宝".
  // ("微信支付宝都没用": a list closed by 都 stays one clause, so the 都没 reaches both.)
  [/微信(?=支付宝\s*也?都)/g, '微信和'],
  [/微信(?=支付宝)/g, '微信，'],
  // "不是支付宝是微信": "not X, Y" written without a comma gets its clause break.
  // ("不是微信也不是支付宝" denies both: its second 是 follows 不, and is left alone.)
  [/(不是[\p{Script=Han}\d]{2,8}?)(?<![不没也])(而是|是)(?=[\p{Script=Han}\d])/gu, '$1，$2'],
  // Emoji replies: a thumbs-up or OK hand is "ok", a cross "no" (else dropped as symbols).
  // Beside words ("done ✅", "关啦😂") a tick or a face only decorates them.
  [/^(?=.*[\p{Script=Han}a-z])(.*?)\s*(?:[👌👍🙆✅✔☑😂🤣😅😭😤🙏]\s*)+$/su, '$1'],
  [/👌|👍|🙆|✅|✔️?|☑️?/gu, ' ok '],
  [/❌|🙅|👎|✖️?/gu, ' no '],
  // A tick or a cross typed as a mark, a clause of its own ("× 不对").
  [/√/g, ' ok，'],
  [/[×✗✘]/g, ' no，'],
  // "turned of", "its of": "off" typed with one f after a switch word.
  [/\b(turned|turnd|turn|switched|swiched|switch|it|its|is|now|all)\s+of\b(?!\s+(the|my|it|this|that|them|course|all)\b)/g, '$1 off'],
  // "关闭拉", "好拉": 拉 typed for a closing 啦 (了).
  [/(关|关闭|关掉|好|完|取消|到|收到|退)拉(?=$|\s|[，。!！~])/gu, '$1了'],
  // A letter held for emphasis: "yesss", "nooo", "doneee".
  // ("offf", "alll": words whose letter is doubled keep two.)
  [/\bof{3,}\b/g, 'off'],
  [/\bal{3,}\b/g, 'all'],
  [/([a-z])\1{2,}/g, '$1'],
  // "yeah no": a no.
  [/\b(yeah|yea|ya)\s+no\b/g, 'no'],
  // A sentence-final 惹 (了, online) and 啦 after a verb (了 + 啊): "关惹", "到账啦"; never
  // after 是/对/的 ("对啦" is yes, "对了" is "by the way").
  [/(\p{Script=Han})惹(?=$|[\s,，。!！?？~～])/gu, '$1了'],
  [/([^\P{Script=Han}是对的])啦(?=$|[\s,，。!！?？~～])/gu, '$1了'],
  // A final 咯 after a verb, the same 了 in southern chat: "关咯", "到咯".
  [/(关|开|到|退|扣|用|领|好|完|取消|搞定)咯(?=$|[\s,，。!！?？~～])/gu, '$1了'],
];
