/**
 * Negation scope. A negator (没/没有/不/未/别/从来没, not/never/no/none) negates the phrase
 * that follows it in the same clause, a few words on at most: "我没有看付费课程",
 * "I did not watch any paid course", "it is not switched off". It runs through a list
 * ("didn't use wechat or alipay", "没有短信也没有推送") and on to the thing a negated verb
 * takes ("didn't get any reminder"), never across a clause break. Two negations cancel
 * ("不是没收到", "it's not that I didn't get one"). In Chinese a negation may also follow its
 * thing: "礼品没兑换", "一条提醒都没有", "push也没有".
 */
import { CLAUSE } from './normalise';
import type { Match } from './phrase-matches';

/** How far a negator reaches: Chinese characters, or Latin words, between it and the phrase. */
const MAX_CHINESE_GAP = 3;
const MAX_LATIN_WORDS = 3;
/** Words that join a list the negation runs through. */
const COORDINATOR = /^(?:or|and|nor|和|或者|或|也|跟|与)$/;
/** Chinese words between a thing and a negation that follows it: "提醒都没有", "短信也没有", "推送啥都没有". */
const AFTER_GAP = /^(?:(?:啥|什么)(?:都|也)|都|也|也都|还|还都|也还|暂时|一[个次条点集篇部本首件样张]?(?:都|也)?)?$/;

/** What may stand between two things of a list ("微信支付宝", "微信和支付宝", "微信、支付宝"). */
const LIST_JOIN = /^\s*(和|跟|与|或|或者|还有)?\s*$/;
/** A Chinese denial of every thing just listed ("短信推送都没有", "短信推送啥都没有"). */
const LIST_DENIED = /^\s*(啥|什么)?也?都(没|不|未)/;

/** An English thing denied after it: "gift not claimed yet", "the paid stuff was never used". */
const DENIED_AFTER_EN = /^\s+(?:(?:is|was|has been|have been|were|still)\s+)?(?:not|never)\s+(?:yet\s+)?(?:\w+ed|read|seen|done|taken|got|gotten)\b/;
/** A phrase that opens with a negation ("没收到", "都没碰", "not yet", "nothing") carries its own. */
const NEGATION_FIRST = /^(?:(?:都|也)?(?:没|不|未)|从没|从来没|not\b|never\b|no\b|nope\b|nothing\b|none\b|did not |do not |have not |has not )/;

export const opensWithNegation = (m: Match) => NEGATION_FIRST.test(m.phrase);

function within(between: string, chineseGap = MAX_CHINESE_GAP, latinWords = MAX_LATIN_WORDS): boolean {
  if (between.includes(CLAUSE)) return false;
  const latin = between.match(/[a-z0-9]+/g)?.length ?? 0;
  const chinese = between.replace(/[a-z0-9\s?]+/g, '').length;
  return latin <= latinWords && chinese <= chineseGap;
}

/** The text between two offsets with the answers inside it cut out, and whether there were any. */
function gapWithout(text: string, from: number, to: number, answers: readonly Match[]): { rest: string; hadAnswers: boolean } {
  const inside = answers.filter((a) => a.start >= from && a.end <= to).sort((a, b) => a.start - b.start);
  let rest = '';
  let at = from;
  for (const a of inside) {
    rest += `${text.slice(at, a.start)} `;
    at = a.end;
  }
  rest += text.slice(at, to);
  return { rest, hadAnswers: inside.length > 0 };
}

/** What opens a new clause after a reply word: "no that's wrong", "nope it was monday". */
const CLAUSE_SUBJECT = /^\s*(?:that|thats|that's|it|its|it's|this|i|i'm|im|you|they)\b/;

function reaches(text: string, negator: Match, target: Match, answers: readonly Match[]): boolean {
  const { rest, hadAnswers } = gapWithout(text, negator.end, target.start, answers);
  // A reply word followed by a subject starts a sentence of its own ("no that's wrong" is no
  // and wrong, not "not wrong"); "no reminder", "no perks" still negate what they name.
  if (/^(no|nope|nah)$/.test(negator.phrase) && CLAUSE_SUBJECT.test(`${rest} ${target.phrase}`)) return false;
  // "nope still on", "no, already off": a reply word before a state said with "still" or
  // "already" is the reply to the question, not a "not" of the state.
  if (/^(no|nope|nah)$/.test(negator.phrase) && /^(still|already)\b/.test(target.phrase)) return false;
  // "nope not yet", "no, not arrived": a reply word before a no is the same no said twice,
  // never "not that it didn't".
  if (/^(no|nope|nah|没有|没)$/.test(negator.phrase) && answers.includes(target) && opensWithNegation(target)) return false;
  // "yes no idk": a reply word before "not knowing" is one more answer, no "not unsure".
  if (/^(no|nope|nah)$/.test(negator.phrase) && target.id === 'unsure') return false;
  // An answer with its own negation is negated again only right after: "不是没收到".
  if (answers.includes(target) && opensWithNegation(target)) return !hadAnswers && within(rest, 1, 0);
  // One whose negation closes it ("提醒也没有", "啥提醒都没有") is no double negative after a
  // 没 ("没有提醒也没有短信" is two noes); only "不是" turns it round.
  if (answers.includes(target) && /^\p{Script=Han}/u.test(target.phrase) && /[没不未]/.test(target.phrase.slice(1)))
    return /不是$/.test(negator.phrase) && !hadAnswers && within(rest, 1, 0);
  // "didn't get a chance to cancel", "haven't got round to turning it off": a negated verb
  // whose object is another verb ("to …") carries the negation on to it.
  const infinitive = /\bto\s*$/.test(rest) && !hadAnswers;
  if (!within(rest, MAX_CHINESE_GAP, infinitive ? MAX_LATIN_WORDS + 2 : MAX_LATIN_WORDS)) return false;
  // An answer that opens with a negation ("没收到", "没钱") reaches on only to what it takes
  // ("没收到任何提醒"), not across other words ("没钱还有被骗": no money, and cheated).
  if (answers.includes(negator) && /^\p{Script=Han}/u.test(negator.phrase) && !/^(任何|什么|啥|一个|一条|一次|一点|过|这个|那个|\s)*$/u.test(rest))
    return false;
  // So does one in English: on to what it takes ("don't remember turning it off"), not to a
  // second thing joined on ("don't use it and also money is tight": money is tight too).
  if (answers.includes(negator) && /^[a-z]/.test(negator.phrase) && /\b(and|also|plus|but|as well)\b/.test(rest)) return false;
  if (!hadAnswers) return true;
  // Answers in between must be a list: "wechat or alipay", "短信也没有推送".
  const words = rest
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return words.every((w) => COORDINATOR.test(w));
}

function precedingNegator(text: string, target: Match, negators: readonly Match[], answers: readonly Match[]): Match | undefined {
  const nearest = negators.filter((n) => n.end <= target.start && n !== target).sort((a, b) => b.end - a.end)[0];
  return nearest && reaches(text, nearest, target, answers) ? nearest : undefined;
}

function negatedBefore(text: string, target: Match, negators: readonly Match[], answers: readonly Match[]): boolean {
  const before = precedingNegator(text, target, negators, answers);
  if (!before) return false;
  // The 没有 that closes "提醒也没有" belongs to that reading; nothing before it negates it again.
  if (answers.some((a) => a.start < before.start && a.end >= before.end)) return true;
  // "not that I didn't get one": a negated negation is a yes, unless they are about different
  // things. A reply word ("no, that's not right") is no negation of what follows it.
  const outer = precedingNegator(text, before, negators, answers);
  if (outer && /^(no|nope|nah)$/.test(outer.phrase)) return true;
  return !(outer && !answers.some((a) => a.start >= outer.end && a.end <= before.start));
}

/** "礼品没兑换", "提醒都没有", "push也没有": a Chinese negation right after the thing, ending its clause. */
function negatedAfter(text: string, target: Match, negators: readonly Match[], answers: readonly Match[]): boolean {
  const after = [...negators, ...answers.filter((a) => opensWithNegation(a) && a.id !== 'unsure')]
    .filter((n) => n !== target && n.start >= target.end && /^[^a-z]/.test(n.phrase) && AFTER_GAP.test(text.slice(target.end, n.start)))
    .sort((a, b) => a.start - b.start)[0];
  if (!after) return /^[a-z]/.test(target.phrase) && DENIED_AFTER_EN.test(text.slice(target.end));
  const gap = text.slice(target.end, after.start);
  const rest = text.slice(after.end);
  const next = answers.find((a) => a.start >= after.end && a.start - after.end <= 1);
  // "礼品没领", "付费内容也没看": a verb of one or two characters may close the clause.
  // A thing, not a deed: "收到了没细看" got it and did not read it.
  // A message not read ("短信没看") was still received.
  // A state said with 着 / 呢 ("开着呢没敢动": on, and not touched) is no thing a deed is denied of.
  const verbClosing =
    !/[了过到完着呢]$/.test(target.phrase) &&
    !/短信|通知|邮件|推送|提醒|消息/.test(target.phrase) &&
    /^\s*\p{Script=Han}{1,2}\s*(\/|\?|$|了|啊|呢|吧|过)/u.test(rest);
  return gap !== '' || verbClosing || /^\s*(\/|\?|$|了|啊|呢|吧|过)/.test(rest) || next?.id === target.id;
}

/**
 * Which answers are negated. Answers are taken in order, so one that follows a negated
 * answer closely ("didn't get any reminder") is negated with it.
 */
export function negatedAnswers(text: string, answers: readonly Match[], markers: readonly Match[]): Set<Match> {
  // A phrase that opens with a negation also negates what follows it ("没收到任何提醒").
  // ("收到了没注意": a "not sure" that opens with 没 denies nothing before it.)
  const negators = [...markers, ...answers.filter((a) => opensWithNegation(a) && a.id !== 'unsure')];
  const negated = new Set<Match>();
  let previous: Match | undefined;
  for (const answer of [...answers].sort((a, b) => a.start - b.start)) {
    const inherited = previous !== undefined && negated.has(previous) && !opensWithNegation(answer) && within(text.slice(previous.end, answer.start), 1, 2);
    if (inherited || negatedBefore(text, answer, negators, answers) || (!opensWithNegation(answer) && negatedAfter(text, answer, negators, answers)))
      negated.add(answer);
    previous = answer;
  }
  // "微信支付宝都没用", "支付宝微信都不是": a list closed by 都没 / 都不 denies every thing in it.
  const inOrder = [...answers].sort((a, b) => a.start - b.start);
  for (let i = inOrder.length - 2; i >= 0; i--) {
    const [thing, next] = [inOrder[i]!, inOrder[i + 1]!];
    if (negated.has(next) && !opensWithNegation(thing) && LIST_JOIN.test(text.slice(thing.end, next.start)) && LIST_DENIED.test(text.slice(next.end)))
      negated.add(thing);
  }
  return negated;
}
