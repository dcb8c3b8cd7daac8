/**
 * The words and patterns readChoice weighs beside the lexicon's choices and markers: what casts
 * doubt on a reading, what a clause is about, what only looks like an answer.
 */

/**
 * Words that cast doubt on a choice said beside them: "又重新开始扣了" (charged again) is no
 * first time, whatever "新开" inside it says. The choice is then asked about, not recorded.
 */
export const CONTRADICTED_BY: Record<string, RegExp> = { firstTime: /又|再次|再一次|重新|\bagain\b/ };

/** Things that live only in the app (an avatar frame, a badge, a theme): another privilege, not a gift. */
export const VIRTUAL = /头像框|挂件|装扮|皮肤|主题|勋章|表情包|avatar|frame|badge|theme|skin|sticker pack/;
/** Switched off, but not the renewal itself, or not sure it took: "关了免密支付", "no confirmation showed up". */
export const OFF_IN_DOUBT =
  /免密|password[- ]?free|no confirmation|没有?(提示|显示)(成功)?|不确定(成没成功|关没关|有没有)|不知道(成没成功|成功没)|not sure (it|if) (worked|went through)/;
/** A choice someone else told them to make: "客服让我选误操作", "told me to pick". */
export const REPORTED_CHOICE = /让我选|叫我选|让我填|叫我填|told me to (pick|choose|select|say)|asked me to (pick|choose|select)|said to (pick|choose)/;

/** Words of a coupon or voucher, and the bare claiming words a gift reading may rest on. */
export const COUPON = /券|红包|coupon|voucher|red packet/;
export const CLAIMING =
  /^(领了|领过|领取|领了个|领了一个|领了张|兑换|兑换了|换过|换了|换了个|换了一个|redeem|redeemed|redeemed one|redeemed a|claimed|got a free)$/;
/** Having had it before, or a count of purchases: no charge said to be automatic. */
export const HISTORY =
  /^(不是第一次|不是首次|not the first time|not first time|not my first time|not my first|开过|之前开过|以前开过|去年开过|买过|之前买过|以前买过|第[二三四五六七八九十]次|好几次了|不知道第几次了|第好几次|用过会员|之前就有|had it before|had it last year|had it too|i had it|subscribed before|bought it before|(?:2nd|second|3rd|third|4th|fourth|5th|fifth|umpteenth) time)$/;
export const CHARGED = /扣|续|charg|renew|billed|auto/;
/** Apple's devices, which say where a payment was made, not through what. */
export const DEVICE = /^(苹果手机|iphone|ipad|ios|my iphone|my ipad|苹果平板)$/;
export const APPLE_CHANNEL = /app ?store|apple ?id|苹果id|内购|in-app|itunes|apple pay|苹果支付|订阅|subscription|扣费|扣款|扣的/;

export const AFTERWARDS =
  /之后|以后|扣款后|扣了才|扣完|才收到|才来|才发(?!现)|扣[^，,。 ]{0,3}才发现|扣款通知|扣费通知|扣款短信|扣费短信|扣款成功|支付成功|\bafter\b|\bafterwards\b|\blater\b|payment (notification|msg|message|confirmation|success|successful)|paid successfully|charge (notification|notice)|receipt|\bthe bill\b|\binvoice\b|扣款账单/;

/** Meaning to switch it off, then forgetting: "本来想关 结果忘了", "was going to cancel but forgot". */
export const MEANT_BUT_FORGOT =
  /(想|打算|准备|本来要|要)\s*(关|取消|退订).*(忘了|忘记|没来得及|没顾上)|((going|gonna|meant|wanted|planned) to|was going to)\s+(turn|switch|cancel|shut).*(\b(forgot|forget|forgotten)\b|\b(get|got|gotten) (round|around) to\b|\bno time\b)|忘了关|忘记关|忘了取消|忘记取消|\bforgot to (turn|switch|cancel)/;

/** Going to switch it off later: "我等下就去关", "退款成功了再关", "will turn it off later": still on. */
export const OFF_LATER =
  /(等下|等一下|等会儿?|待会儿?|一会儿?|晚点|稍后|回头|明天|之后|准备|打算|计划)\s*(今晚|今天|晚上|明天|周末|下午)?\s*(就|再)?\s*(去)?\s*(关|取消)|(退款|退了|到账).{0,4}(再|就)\s*(去)?\s*(关|取消)|\b(will|gonna|going to|i'll)\s+(turn|switch|close|cancel)\b.*\b(later|after|tonight|tomorrow)\b/;

/** Never having done something: a belief about the past, not the switch's state now. */
export const NEVER_DONE = /本来就?没|从来?没|从未|根本没|没开过|没有开过|\bnever\b/;

/** Answers that hold at a time, so the one said of now wins (see saidOfNow). */
export const AT_A_TIME = new Set([
  'reminderGot',
  'reminderNone',
  'approved',
  'refused',
  'pending',
  'moneyArrived',
  'moneyNotArrived',
  'firstTime',
  'renewal',
  'renewLater',
]);
export const RENEW_STATES = new Set(['renewOn', 'renewOff', 'renewDone']);
/** Things one switches off or cancels that are not the auto-renewal. */
export const OTHER_THING =
  /通知|提醒|推送|消息|订单|app|应用|软件|手机|会员|账号|帐号|指纹|面容|刷脸|notifications?|order|emails?|messages?|alerts?|account|membership|phone|newsletter|face ?id|fingerprint|touch id/;
export const RENEWAL_WORDS = /自动续费|续费|自动扣|扣款|免密|续订|包月|auto|renew|subscription|auto-pay|autopay|recurring|billing/;

export const PLACE =
  /(在|从|用|去)?(app|应用|软件|手机|账号|帐号)(里面|上面|里|上|中)|\b(in|on|via|through|from|using|inside)\s+(the\s+|my\s+)?(app|phone|account|settings)\b/g;

export const MESSAGE = /push|短信|通知|邮件|推送|提醒|消息|text|sms|email|e-mail|notification|message|reminder/;
/** A clause that is only a denied deed: "没换", "没领成", "didn't redeem", "did not buy". */
export const DENIED_DEED =
  /^\s*(但是?|可是|不过|but)?\s*(没|没有|没能|并没)\p{Script=Han}{1,2}(成|到|了)?\s*$|^\s*(but\s+)?(did not|never|could not)\s+\w+(\s+(it|one|anything))?\s*$/u;

export const EXCEPT = ['除了', '除去', 'except', 'besides', 'apart from', 'other than', 'but for'];
/** Words that, after a none, name the one thing used: "nothing, just the tote bag". */
export const ONLY = ['just', 'only', '只是', '只有', '只', '就'];

/** Answers that say what is the case, which an intention ("想关", "going to cancel") does not. */
export const STATES = new Set([
  'renewOn',
  'renewOff',
  'renewDone',
  'approved',
  'refused',
  'moneyArrived',
  'moneyNotArrived',
  'gift',
  'paidContent',
  'search',
  'otherPrivilege',
]);

export const IMPERATIVE = /^(cancel|turn off|switch off|disable|stop|unsubscribe)$/;

/** Words a phrase's last character starts: "没关系" (never mind) is not "没关" (not off). */
export const WORDS_AFTER = ['关系', '关心', '关注', '关于', '关键', '开心', '开玩', '开车', '开会', '开门', '开发'];
/** Openers that state a belief, which what follows may prove wrong. */
export const BELIEF =
  /^(以为|我以为|还以为|i thought|thought i|thought that|thought it was|thought it|i thought it|they said|customer service said|customer service says|customer service say|cs said|cs says|客服说|他们说|对方说)$/;
/** Openers that report what someone else said: a belief only where a denial follows. */
export const REPORTED = /said$|says?$|说$/;
/** A clause that only denies what came before: "but no", "其实没有", "but my balance says no". */
export const DENIAL =
  /^(no|nope|not|not really|nah|没有|没|不是|并没有|其实没有|其实没|其实不是|并没|actually no|actually not|还没有|还没|根本没有|根本没|(it |they )?(has|have|did|does|is|was) not( yet)?|(it |they )?(still )?(has|have) not( yet)?|(my |the )?(balance|bank|bank app|bill|account|app|card|statement|wallet) (says|shows|said|showed) (no|nothing|otherwise)|(余额|账单|银行卡|卡里|账户|钱包)(里)?(显示)?(没有|没到|没看到|啥也没有|什么都没有)|(其实)?(那|这)?(笔)?是(别的|其他的?|另一笔)(钱|款|退款)?|(that|it) (was|is) (another|a different|some other) (payment|transfer|refund|one))$/;

/** Chinese words a bare "没有" / "不是" may end with and still be the whole answer ("没有了", "不是的"). */
export const BARE_ENDINGS = /^(了|的|过|啊|呀|吧|呢|哦|嘛|啦|哈|诶|欸|耶)/;

/** "Both" said after changing one's mind between answers. */
export const BOTH = /\bboth\b|两个都|两个都有|都有吧?[？?]|都用过?了?[？?]/;

/** A clause about how things are now: "现在是开着的", "it is on now". */
export const NOW = /现在|目前|眼下|这会儿|这次|这一次|本次|\bnow\b|currently|at the moment|this time/;
/** A word that puts what follows after what came before: "关掉以后又开回来了", "then back on". */
export const THEN = /又|然后|后来|之后|以后|接着|随后|刚刚|刚才|再|\bthen\b|\bback\b|\bagain\b|\bafterwards\b|\blater\b|\bjust now\b/;
/** A clause that denies it of this time only: "but not this time", "这次没有". */
export const NOT_THIS_TIME = /^(but |and )?(not|none|nothing|no) this time$|^(但是?|可是?|不过)?(这次|这一次|本次)(没有|没|也没有|就没有)$/;

/** A bare reply word ("nope", "没有", "对"): weaker than a state said in words beside it. */
export const REPLY_WORD = /^(no|nope|nah|yes|yep|yeah|yup|没有|没|不是|不|是|是的|对|嗯|有|有的)$/;
