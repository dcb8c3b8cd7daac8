/**
 * Negation scope. A negator (没/没有/不/未/别/从来没, not/never/no/none) negates the phrase
 * that follows it in the same clause, a few words on at most: "我没有看付费课程",
 * "I did not watch any paid course", "it is not switched off". It reaches across a list
 * ("didn't use wechat or alipay", "没有短信也没有推送"), never across a clause break. Two
 * negations cancel ("不是没收到", "it's not that I didn't get one"). In Chinese a negation
 * may also follow its thing: "礼品没兑换", "一条提醒都没有", "短信也没有".
 */
import { CLAUSE } from './normalise';
import type { Match } from './phrase-matches';

/** How far a negator reaches: Chinese characters, or Latin words, between it and the phrase. */
const MAX_CHINESE_GAP = 4;
const MAX_LATIN_WORDS = 3;
/** Words that join a list the negation runs through. */
const COORDINATORS = /^(?:\s|or|and|nor|和|或者|或|也|跟|还有|与)*$/;
/** Chinese words between a thing and a negation that follows it: "提醒都没有", "短信也没有". */
const AFTER_GAP = /^(?:都|也|一个都|一次都|一条都|一点都)?$/;

function withinReach(between: string): boolean {
  if (between.includes(CLAUSE)) return false;
  const latinWords = between.match(/[a-z0-9]+/g)?.length ?? 0;
  const chinese = between.replace(/[a-z0-9\s?]+/g, '').length;
  return latinWords <= MAX_LATIN_WORDS && chinese <= MAX_CHINESE_GAP;
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

function reaches(text: string, negator: Match, target: Match, answers: readonly Match[]): boolean {
  const { rest, hadAnswers } = gapWithout(text, negator.end, target.start, answers);
  if (!withinReach(rest)) return false;
  // Answers in between must be a list: "wechat or alipay", "短信也没有推送".
  if (!hadAnswers) return true;
  const words = rest.trim();
  return words.length === 0 || COORDINATORS.test(words) || words.split(/\s+/).every((w) => COORDINATORS.test(w));
}

function precedingNegator(text: string, target: Match, negators: readonly Match[], answers: readonly Match[]): Match | undefined {
  const before = negators.filter((n) => n.end <= target.start).sort((a, b) => b.end - a.end);
  const nearest = before[0];
  return nearest && reaches(text, nearest, target, answers) ? nearest : undefined;
}

/** Whether `target` is negated, once: a negator before it (not itself negated), or right after it in Chinese. */
export function isNegated(text: string, target: Match, negators: readonly Match[], answers: readonly Match[]): boolean {
  const before = precedingNegator(text, target, negators, answers);
  if (before) {
    // "不是没收到": a negated negation is a yes, unless the two are about different things.
    const outer = precedingNegator(text, before, negators, answers);
    return !(outer && !answers.some((a) => a.start >= outer.end && a.end <= before.start));
  }
  const after = negators.find((n) => n.start >= target.end && n.start - target.end <= 4 && AFTER_GAP.test(text.slice(target.end, n.start)));
  if (!after || /[a-z]/.test(after.phrase) || /[a-z]/.test(target.phrase)) return false;
  // "礼品没兑换": only when the negation ends the clause or is about the same thing.
  const rest = text.slice(after.end);
  const next = answers.find((a) => a.start >= after.end && a.start - after.end <= 1);
  return /^\s*(\/|\?|$|了|啊|呢|吧|过)/.test(rest) || next?.id === target.id || AFTER_GAP.test(text.slice(target.end, after.start)) && text.slice(target.end, after.start) !== '';
}
