/**
 * Ways of asking for a command that a list of phrases cannot hold, each read as a whole clause
 * (after lead-ins such as "能不能", "can we" are taken off): "why" asked of the coach's own
 * question ("为啥要知道日期", "why does the date matter"), a language to switch to ("切换成英文",
 * "switch to chinese"), what was entered so far ("显示一下目前填的信息", "what i have entered so
 * far"), a step back ("take me back a step"). A question about the company ("为什么扣钱前不提醒我",
 * "why did not they warn me") names no question of the coach's, so it is none of these.
 */
import type { CommandName } from '../../machines';

const ASKED_END = String.raw`(啊|呢|呀|啦|吗)?( \?)?$`;

/** What the coach asks about: "这个", "日期", "付款方式". */
const ZH_ASKED_THING = '(这个问题|这个信息|这些信息|这个|这些|这|那个|原因|理由|日期|时间|哪天|付款方式|支付方式|哪个app|app|会员|提醒|金额|权益|续费)';

const PATTERNS: ReadonlyArray<readonly [CommandName, RegExp]> = [
  // "为什么要问这个", "为啥要知道日期", "为什么一定要选", "为什么要问我用没用". ("你管我", "为什么要告诉你",
  // "why do you care" refuse to answer: asked again, never taken as this command.)
  [
    'why',
    new RegExp(
      `^(你|那)?(为什么|为啥|为何|干嘛|干吗)(还)?(要|需要|得|非要|一定要|非得)(问|知道|了解|填|写|选|提供)(我)?(是)?(${ZH_ASKED_THING}|用没用|有没有|哪个|哪种|一个)?${ASKED_END}`,
    ),
  ],
  // "为啥要理由", "为什么要日期": what is asked for named, no verb.
  ['why', new RegExp(`^(你|那)?(为什么|为啥|为何)(还)?(要|需要|得)${ZH_ASKED_THING}${ASKED_END}`)],
  // "为啥问这个", "为什么问日期": the question named, no 要.
  ['why', new RegExp(`^(你|那)?(为什么|为啥|为何)(还)?问(我)?${ZH_ASKED_THING}${ASKED_END}`)],
  // "你问这个干嘛", "问这干啥", "问这个有什么用": what the question is for. (Thirty-ninth round: the
  // answer is the reason and the same question again, which also serves one who meant not to say.)
  ['why', new RegExp(`^(你|你们)?(问|要)(我)?(这个|这|那个|这些)(问题)?(是)?(干嘛|干吗|干啥|做什么|做啥|有什么用|有啥用)${ASKED_END}`)],
  // "这跟退款有啥关系", "这有啥关系": how the question bears on the refund ("跟你有啥关系" refuses).
  ['why', new RegExp(`^(这|这个|这个问题)(跟|和|与)?(退款|退钱|我退款|这事)?有(啥|什么)关系${ASKED_END}`)],
  // "why does the date matter", "why does it matter which app", "why does that matter".
  ['why', /^(but |and |so )?why (does|would|do|should) (the|my) (\w+ ){1,2}matter( \?)?$/],
  ['why', /^(but |and |so )?why (does|would) (it|that|this) (even )?matter( (which|what) \w+| to you)?( \?)?$/],
  // "why do you need to know", "why do u need the date", "why do you need the app name".
  ['why', /^(but |and |so |lol )?why (do|would|did) (you|u|ya) (need|want|have) (to know|that|this|it|(the|my|a) \w+( \w+)?)( that| this| it)?( for)?( \?)?$/],
  // "why are you asking this", "why are you asking me again", "why are you asking what i used".
  ['why', /^(but |and |so )?why (are|r) (you|u) asking( me)?( (this|that)( question)?| again| what (i|we) [\w ]{1,30})?( \?)?$/],
  // "why are you asking about reminders": the question's subject named.
  [
    'why',
    /^(but |and )?why are you asking (me )?about (the |my |this |that )?(reminders?|dates?|payments?|privileges?|perks?|the app|apps?|amounts?|renewals?|reasons?)( \?)?$/,
  ],
  // "what does this have to do with my refund", "what has that got to do with anything".
  ['why', /^what (does|do|has) (that|this|it) (have |got )?to do with (my refund|the refund|getting my money back|anything|my money|it)( \?)?$/],
  // "why do i have to pick a reason", "why do i need a reason", "why do i have to pick one".
  ['why', /^why (do|must|should) i (have to |need to |need |must )?(pick|choose|give|select|need) (a reason|one|a|an option|an answer)( \?)?$/],
  // "换个语言", "切换成英文", "能换成中文吗", "用英文吧".
  ['lang', new RegExp(`^(换|切换|切|改|转)(个|一下|一个)?(成|到|为)?(语言|英文|英语|中文|汉语|简体中文)(版|模式)?(吧|呗)?${ASKED_END}`)],
  ['lang', new RegExp(`^(用|说|讲|改用)(英文|英语|中文|汉语)(吧|呗)?${ASKED_END}`)],
  // "switch to chinese", "change the language", "in english please".
  ['lang', /^(switch|change|swap|set|turn)( it)?( the)?( language)?( (in)?to)? ?(chinese|english|mandarin|language)( please| pls)?( \?)?$/],
  ['lang', /^(in|speak|use) (chinese|english|mandarin)( please| pls)?( \?)?$/],
  // "可以用英语吗", "能说中文吗", "can we do this in chinese", "can you speak english".
  ['lang', new RegExp(`^(可以|能|能不能|可不可以)(用|说|讲|换成|改成)(英文|英语|中文|汉语)(吗|嘛|不)?${ASKED_END}`)],
  [
    'lang',
    /^(can|could) (we|you|i) (do|have|continue|talk|speak|chat|write|use|switch to)( (this|it|that))?( in)? (chinese|english|mandarin)( please| pls)?( \?)?$/,
  ],
  // "总结一下我都填了啥", "显示一下目前填的信息", "summarize what i said so far".
  [
    'summary',
    /^(总结一下|总结下?|汇总一下|显示一下|显示|展示一下|展示|列一下|summarize|summarise|sum up)\s*(我|都|what|everything|all|so far|前面|之前|目前|当前|到现在|现在|刚才|刚刚|填的|填了|说的|说了|的|啥|什么|信息|内容|情况|状况|进度|汇总|总结|小结|摘要|一下|i|we|said|have|entered|my|case|situation|for|me|\s)*(吗|吧)?$/,
  ],
  // "看看汇总", "show me the summary": looking, with the summary named ("看看" alone is not asking for it).
  [
    'summary',
    /^(看看|看一下|给我看看|给我看一下|调出|show( me)?)\s*(目前|当前|现在|我的|的|the|my|\s)*(汇总|总结|小结|摘要|进度|summary|recap|progress)(吧|吗)?$/,
  ],
  // "看看我前面都填了什么", "我之前都说了啥": what was entered so far, asked after.
  ['summary', /^(看看|看一下|给我看看|让我看看|我想看看)?(我)?(前面|之前|刚才|目前|到现在)(都)?(填|说|写|选|答)(了|的)(什么|啥|哪些)(来着)?(吗|呢)?$/],
  // "what i have entered so far", "a summary of what i have entered".
  [
    'summary',
    /^((a |the )?(summary|recap) of )?what (i|we) (have |did |had )?(entered|said|answered|told you|filled in|put in|typed|given you)( so far| until now| already)?( \?)?$/,
  ],
  // "take me back a step", "go back one question".
  ['back', /^(take me|go|step|move|bring me) back( (a|one) (step|question))?( please| pls)?$/],
  // "回到上个问题", "退回前一题", "返回上一步吧": back to the question before, however it is put.
  ['back', /^(回到|回|返回|返回到|退回|退回到|回去|跳回|跳回到|倒回)(上|前)一?个?(问题|题|步|页)(去|吧)?$/],
];

export function commandByPattern(clause: string): CommandName | undefined {
  return PATTERNS.find(([, pattern]) => pattern.test(clause))?.[0];
}

/**
 * Owning a slip beside a command ("上一步填错了，回去改", "sorry wrong one, go back", "i have
 * entered it wrong, go back"): no answer, so the command stands.
 */
export const OWNS_A_SLIP =
  /^((上一步|上一题|刚才那个|日期|时间|这个)?(我|刚才|刚刚)*(点|选|按|弄|搞|填|输|写)?错了?|(oops|sorry|my bad|wrong|wrong one|wrong button|wrong date|picked wrong|clicked wrong|tapped wrong|i|have|had|entered|typed|put|filled|in|it|that|the date|\s)+)$/;
