/**
 * Words of an answer said about something other than the person's own case: a "what if"
 * ("如果关了是不是就退不了了", "if I didn't take the gift…"), a wish ("希望退到支付宝"), someone
 * else ("我朋友用的微信", "my friend got a reminder"), another app ("别的app的自动续费我都关了"),
 * or not knowing how to do something ("不知道怎么关": that is no doubt about whether). Such
 * words are set aside; what the person says of their own case in the other clauses stands.
 */
import { CLAUSE } from './normalise';
import type { Match } from './phrase-matches';

/** A condition or a supposition ("如果", "要是", "if", "in case"), not "if I remember right". */
const SUPPOSED =
  /(如果|(?<![主只还就正])要是|假如|假设|万一|若是)(?!(我|俺)?没(有)?记错)|\b(what if|if|in case|suppose|supposing|assuming|even if)\b(?!\s+i\s+(remember|recall)|\s+memory serves)/;

/** A wish or a hope: what they want to happen, not what did. */
// Not 恐怕 / "I'm afraid": those soften a statement ("恐怕还开着", "I'm afraid it's still on").
const WISHED = /希望|但愿|盼着|(?<![不恐哪])怕|(?<!不)担心|\b(hope|hoping|wish|wishing|worried|scared)\b/;

/** The first time of something else ("第一次遇到这种事", "first time this has ever happened"), not of the membership. */
const PROMISED = /说好|答应|承诺|保证|\b(promised|said it|said they|told me it)\b/;
const FIRST_AS_A_TIME =
  /^\s*(开通?|买|办|用|充)?(的)?时候|^\s*(opening|signing up|opened|signed up|i opened|i signed up)?\s*(they|it|customer service|the page)\s+(said|say|says|told|promised)\b|^\s*(是|was|is)\s*\S{0,4}\s*(好几年|几年|年|long|years?|months?|ages)/;
const FIRST_OF_SOMETHING_ELSE = /^\s*(遇到|碰到|见到|经历|遇见|被|this (has |had )?(ever )?happen|(i have |i've )?(ever )?(seen|experienced|dealt))/;

/**
 * Someone else as the one who did it ("我朋友用的微信", "my friend got a reminder"), but not
 * whose it is ("我妈的会员", "my mom's vip": the person is helping with it, still the case).
 */
const PEOPLE_ZH = '朋友|室友|舍友|同学|同事|闺蜜|老公|老婆|男朋友|女朋友|男友|女友|对象|妈妈|爸爸|我妈|我爸|家人|别人|哥哥|姐姐|弟弟|妹妹';
const PEOPLE_EN =
  'friend|friends|roommate|flatmate|mom|mum|dad|sister|brother|wife|husband|boyfriend|girlfriend|bf|gf|colleague|coworker|cousin|someone else|other people';
const SOMEONE_ELSE = new RegExp(`^(我的?|俺的?)?(${PEOPLE_ZH})(?!的)|^(my )?(${PEOPLE_EN})\\b(?! s\\b)`);
/** Someone telling what it was ("我老公说是爱奇艺", "my husband says it's iqiyi"): an answer passed on, not their own deed. */
const TELLS = new RegExp(`^(我的?|俺的?)?(${PEOPLE_ZH})\\s*(说|讲|告诉|提醒|觉得)|^(my )?(${PEOPLE_EN}) (says|said|told|tells|thinks|reckons)\\b`);
const FOR_ME = /帮我|给我|替我|为我|\bfor me\b|\bon my behalf\b/;
/** The person saying what theirs was: "mine was mango", "我的是芒果", "我的还没". */
const MINE = /^(but |and )?(mine|my one)\b|^(但|可)?我(的|这个|这边|自己的)(是|还|也|呢|没|倒)/;
/** Someone else's thing named as theirs: "我妈的退款", "my wife's". */
const THEIRS = new RegExp(`^(我的?|俺的?)?(${PEOPLE_ZH})的|^(my )?(${PEOPLE_EN}) ?'?s\\b`);

/** Another app or service named as the one meant ("别的app", "other apps", "for netflix and spotify"). */
const OTHER_APPS =
  /(别的|其他|其它|另一个|另外一个|另外的|上次那个|之前那个)(的)?(app|软件|平台|应用)|\b(other|another|a different|the other) (app|apps|subscriptions?|services?|memberships?)\b|netflix|spotify|youtube|apple music|icloud/;
/**
 * A clause saying the thing before it was something else ("收到了，不过是另一个app的", "got one, but it
 * was for another app", "到的是上个月京东的退款", "是工资", "but it was my Taobao return", "that was another order").
 */
const SOMETHING_ELSE =
  /工资|薪水|红包|转账|别的订单|另一个订单|另一笔|上个月|上次|之前的|京东|淘宝|拼多多|\b(salary|wages|paycheck|transfer|another order|a different order|other order|taobao|jd|last month|an old|my old)\b/;
const WAS_ANOTHER_APPS = new RegExp(
  `^\\s*(不过|但是?|可是?|只是|but|though)?\\s*(是|那是|那个是|到的是|it was|that was|it is|that is|was)?\\s*(for|from)?\\s*(${OTHER_APPS.source})|^\\s*(不过|但是?|可是?|只是|but|though)?\\s*(是|那是|那个是|到的是|it was|that was|was)\\s*[^/]{0,16}?(${SOMETHING_ELSE.source})`,
);

/**
 * What the app, its page or its help says ("帮助里说能领礼品", "the help section mentions gifts"):
 * its words about what a member may get, or that it reminds, not what the person got.
 */
const SOURCE_SAYS =
  /(帮助(中心)?|页面|官网|说明|介绍|规则|协议|app)(上|里|中)?(说|写着?|写的|提到|显示|介绍)|\b(help( section| centre| center| page)?|faq|page|site|website|agreement|terms|description|app)\s+(says?|said|mentions?|mentioned|claims?|lists?|listed|states?)\b/;
const SAID_BY_THE_APP = new Set(['gift', 'paidContent', 'otherPrivilege', 'reminderGot']);

/** Not knowing how or where to do it ("不知道怎么关", "don't know how to cancel"). */
const NOT_KNOWING_HOW = /^\s*(怎么|咋|如何|在哪)(关|取消|操作|弄|退订)|^\s*how to (cancel|turn|switch|stop|unsubscribe)/;

/** Set aside: someone else's, a supposition or wish, or a time told about ("第一次开的时候…"). */
export type Aside = 'someoneElse' | 'supposed' | 'told';

/** The clause of `text` around position `at`. */
function clauseAt(text: string, at: number): { start: number; body: string } {
  const from = text.lastIndexOf(` ${CLAUSE} `, at);
  const start = from < 0 ? 0 : from + CLAUSE.length + 2;
  const to = text.indexOf(` ${CLAUSE} `, at);
  return { start, body: text.slice(start, to < 0 ? text.length : to) };
}

/** Why this answer is not said of the person's own case, if it is not. */
export function asideOf(text: string, answer: Match, unsureId: string): Aside | undefined {
  const clause = clauseAt(text, answer.start);
  const before = text.slice(clause.start, answer.start);
  // ("我连在哪领都不知道": not knowing where to claim it says it was not claimed, not "not sure".)
  if (answer.id === unsureId)
    return NOT_KNOWING_HOW.test(text.slice(answer.end)) || /(在哪|怎么|咋|如何)\p{Script=Han}{0,2}(都|也)?\s*$/u.test(before) ? 'supposed' : undefined;
  // "用支付宝的话…", "如果是续费的话…": a condition ("if it is …"), not what happened.
  if (SUPPOSED.test(before) || WISHED.test(before) || /^\s*(的话|那种)/.test(text.slice(answer.end))) return 'supposed';
  if (SAID_BY_THE_APP.has(answer.id) && SOURCE_SAYS.test(before)) return 'told';
  // "after 2 days waiting, support called and said…": the wait came before what happened.
  if (answer.id === 'pending' && /\bafter\b|^等了/.test(before) && text.includes(` ${CLAUSE} `)) return 'supposed';
  if (answer.id === 'firstTime' && FIRST_OF_SOMETHING_ELSE.test(text.slice(answer.end))) return 'supposed';
  // "第一次开的时候就说好不续的", "first time was years ago", "when i first signed up": the first
  // time as a time told about, not the answer that this charge is the first.
  if (answer.id === 'firstTime' && (FIRST_AS_A_TIME.test(text.slice(answer.end)) || /\bwhen (i )?$/.test(before))) return 'told';
  // "说好不续的", "they promised it wouldn't renew": what was promised about renewing, not what this charge was.
  if ((answer.id === 'renewal' || answer.id === 'firstTime') && PROMISED.test(before)) return 'told';
  // "别的app的 不是小红书" at "which membership?" is the answer itself, not about another app.
  const other = OTHER_APPS.exec(clause.body);
  const otherAt = other ? clause.start + other.index : -1;
  if (other && !(otherAt < answer.end && answer.start < otherAt + other[0].length)) return 'supposed';
  const next = text.indexOf(` ${CLAUSE} `, answer.end);
  if (next >= 0 && WAS_ANOTHER_APPS.test(clauseAt(text, next + CLAUSE.length + 2).body)) return 'supposed';
  const body = clause.body.trim();
  // Told by someone else ("我老公说是支付宝", "my friend said they always send sms"): theirs to
  // tell, perhaps of their own case; asked back, never recorded.
  if (SOMEONE_ELSE.test(body) && !FOR_ME.test(body)) return 'someoneElse';
  // "我妈的退款到了，我的还没", "my wife's is off, mine still on": someone else's, beside their own.
  if (THEIRS.test(body) && text.split(` ${CLAUSE} `).some((c) => MINE.test(c.trim()))) return 'someoneElse';
  return undefined;
}

/**
 * The answers said of the person's own case, and what to do when none is: someone else's
 * answer alone is asked about ("Do you mean WeChat?": a partner may have paid for them); a
 * supposition or a wish alone answers nothing.
 */
export function ownAnswers(text: string, answers: readonly Match[], unsureId: string): { kept: Match[]; onlyOthers?: string } {
  const asides = answers.map((a) => asideOf(text, a, unsureId));
  // "第一次开通的时候没注意": a "not sure" in the clause of a time told about is about that time, not the question.
  const toldIn = answers.filter((_, i) => asides[i] === 'told').map((a) => clauseAt(text, a.start).start);
  const kept = answers.filter((a, i) => asides[i] === undefined && !(a.id === unsureId && toldIn.includes(clauseAt(text, a.start).start)));
  if (kept.length > 0 || !asides.some((a) => a !== undefined)) return { kept };
  const others = [...new Set(answers.filter((_, i) => asides[i] === 'someoneElse').map((a) => a.id))];
  // "my friend got a reminder, i didnt": their own clause says something, just not readably: asked again.
  const ownClauseSays = text.split(` ${CLAUSE} `).some((c) => !SOMEONE_ELSE.test(c.trim()) && /\b(i|me|my|mine)\b|我|自己/.test(c));
  return { kept, ...(others.length === 1 && asides.every((a) => a === 'someoneElse') && !ownClauseSays ? { onlyOthers: others[0] } : {}) };
}

/**
 * A typed name with someone else's clauses taken out ("my roommate uses iqiyi, mine was
 * mango" → "mine was mango"); the whole text where nothing else is left.
 */
export function withoutSomeoneElse(raw: string): string {
  const clauses = raw.split(/[,，。;；!！\n]+/);
  // "my coworker said youku did this to her too, mine was mango": what someone else tells is
  // about them when the person says what theirs was.
  const theirsSaid = clauses.some((c) => MINE.test(c.trim().toLowerCase()));
  const own = clauses.filter((c) => {
    const clause = c.trim().toLowerCase();
    return !(SOMEONE_ELSE.test(clause) && (theirsSaid || (!TELLS.test(clause) && !FOR_ME.test(clause))));
  });
  return own.length > 0 && own.length < clauses.length ? own.join('，') : raw;
}

/** Words quoted from a message ("the sms said 'auto-renewal cancelled'"): the message's words, not the person's answer. */
export const QUOTES = /(^|[\s:：,，])['"“‘「『]([^'"”’」』]{3,})['"”’」』]/;
