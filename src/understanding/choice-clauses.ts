/**
 * Readings of a clause that readChoice weighs: what a negation reaches, what a clause is about,
 * which of competing readings is strongest.
 */
import { isNoneChoice, oppositeOf } from './choice-relations';
import { markers } from './lexicon';
import { negatedAnswers } from './negation';
import { CLAUSE } from './normalise';
import { findAll, type Match } from './phrase-matches';
import type { ChoiceReading } from './read-choice';
import { BARE_ENDINGS, NOT_THIS_TIME, NOW, OTHER_THING, PLACE, RENEW_STATES, RENEWAL_WORDS, THEN, WORDS_AFTER } from './choice-words';

/**
 * A part joined on with "and" / "还有" that denies something not understood ("and didn't need it");
 * where several answers may all be true (the privileges used), any such part not understood
 * ("got a gift and watched some shows") may be another answer.
 */
export function unreadAddition(text: string, answered: readonly Match[], severalAtOnce = false): boolean {
  // "领了礼物也看了视频": 也/还/又 before a deed done (看了, 兑换了) adds one.
  const join = /\s(and|also|plus)\s|还有|加上|以及|并且|而且|另外|(?:也|还|又)(?=\p{Script=Han}{1,2}了)/gu;
  for (const j of text.matchAll(join)) {
    const from = j.index! + j[0].length;
    const to = text.indexOf(` ${CLAUSE} `, from);
    const part = text.slice(from, to < 0 ? text.length : to);
    const inPart = answered.some((m) => m.start >= from && m.start < from + part.length);
    const before = answered.some((m) => m.end <= j.index!);
    const content = (part.match(/[a-z]+/g)?.length ?? 0) + (part.match(/\p{Script=Han}/gu)?.length ?? 0) / 2;
    const negatedPart = /\b(not|never|no)\b|没|不/.test(part);
    if (before && !inPart && (negatedPart || severalAtOnce) && content >= 2) return true;
  }
  // "关了，后来又被我弄回去了": the switch said, then what happened after it, not understood: it
  // may have undone the answer.
  const last = answered.at(-1);
  if (!last || !RENEW_STATES.has(last.id)) return false;
  const after = text.slice(last.end);
  const then = THEN_AFTER.exec(after);
  if (then) {
    const rest = after.slice(then.index + then[0].length);
    const content = (rest.match(/[a-z]{3,}/g)?.length ?? 0) + (rest.match(/\p{Script=Han}/gu)?.length ?? 0) / 2;
    if (content >= 2) return true;
  }
  return false;
}

const THEN_AFTER = /又|然后|后来|接着|结果|\bthen\b|\bbut then\b|\blater\b/;

export function notApproved(text: string, offered: readonly string[]): string | undefined {
  const pendingNow = /\b(yet|still)\b|还|尚|暂时|目前/.test(text);
  const id = pendingNow ? 'pending' : 'refused';
  return offered.includes(id) ? id : undefined;
}

/** An English thing right before a state ("membership still active"); never a place ("the app and it is still on"). */
const OWNED_THING = /membership|account|notifications?|emails?|alerts?|vip/;

export function aboutSomethingElse(text: string, answer: Match): boolean {
  const clauseStart = clauseStartOf(text, answer.start);
  const end = text.indexOf(` ${CLAUSE} `, answer.end);
  const clause = text.slice(clauseStart, end < 0 ? text.length : end);
  if (RENEWAL_WORDS.test(clause)) return false;
  // Where it was done is no object: "在app里关了", "I cancelled it in the app".
  const after = text
    .slice(answer.end, answer.end + 24)
    .split(` ${CLAUSE} `)[0]!
    .replace(/\b(the|my|its|their|all)\b/g, ' ')
    .replace(PLACE, ' ');
  // A Chinese thing before its verb ("通知关了"); English puts the thing after ("turned off
  // notifications"), except with a state ("membership still active").
  const before = /^\p{Script=Han}/u.test(answer.phrase)
    ? text.slice(Math.max(clauseStart, answer.start - 5), answer.start).replace(PLACE, ' ')
    : text.slice(clauseStart, answer.start).trim().split(' ').slice(-2).join(' ');
  return OTHER_THING.test(after) || (/^\p{Script=Han}/u.test(answer.phrase) ? OTHER_THING.test(before) : OWNED_THING.test(before));
}
export const clauseStartOf = (text: string, at: number) => {
  const from = text.lastIndexOf(` ${CLAUSE} `, at);
  return from < 0 ? 0 : from + CLAUSE.length + 2;
};
export const endsInsideWord = (text: string, m: Match) =>
  (/\p{Script=Han}$/u.test(m.phrase) && WORDS_AFTER.includes(text.slice(m.end - 1, m.end + 1))) ||
  // ("重新开始": "新开" inside it is no new sign-up.)
  (m.phrase.startsWith('新') && text[m.start - 1] === '重');

/**
 * "没有关闭", "不是取消": a bare no-word ("没有", "不是") glued to a word the question does not
 * know negates that word, whatever it is; it is not the answer "no". Read as nothing, so the
 * coach asks again rather than taking "没有关闭" (not switched off) for "off".
 */
export function negatesUnknown(text: string, m: Match, kept: readonly Match[]): boolean {
  if (!/^(还|都|也|并|根本|从来)?(没有|没|不是|不|未)$/.test(m.phrase)) return false;
  const next = text[m.end];
  if (!next || !/\p{Script=Han}/u.test(next) || BARE_ENDINGS.test(next)) return false;
  // "没有用过": a negated use is the none it says.
  if (isNoneChoice(m.id) && (next === '用' || markers('usage').some((u) => text.startsWith(u, m.end)))) return false;
  return !kept.some((k) => k !== m && k.start <= m.end && k.end > m.end);
}

/** The clause a match sits in. */
export function clauseAround(text: string, m: Match): string {
  const from = text.lastIndexOf(` ${CLAUSE} `, m.start);
  const to = text.indexOf(` ${CLAUSE} `, m.end);
  return text.slice(Math.max(from, 0), to < 0 ? text.length : to);
}

/**
 * A change of mind that retracts what came before: "改成", "其实", "actually", "instead",
 * "ended up"; and "后来 / 结果 / 最后" after an opener that marks the first as superseded
 * ("本来…后来", "一开始…最后"), not in a plain sequence ("第一次开的 后来又续了一次").
 */
export function isRetraction(kept: readonly Match[], m: Match): boolean {
  if (m.id !== '#contrast') return false;
  if (!/^(后来|结果|最后|then|later|but then)$/.test(m.phrase)) return true;
  return kept.some((o) => o.id === '#opener' && o.end <= m.start);
}

/** An un-negated "用了" / "used" in the text. */
export function usedSomething(text: string, negators: readonly Match[], answers: readonly Match[]): boolean {
  // A usage word inside an answer ("没用过", "i did not use any") is that answer's, not a usage.
  const usages = findAll(text, [{ id: '#usage', phrases: markers('usage') }]).filter((u) => !answers.some((a) => a.start < u.end && u.start < a.end));
  const negated = negatedAnswers(text, usages, negators);
  return usages.some((m) => !negated.has(m));
}

/**
 * "别的没有" / "nothing else": a none-word about the rest, which says something else WAS the
 * case ("用过无限搜，别的没有"), so it is never the none answer itself.
 */
export function aboutTheRest(text: string, answer: Match): boolean {
  const before = text.slice(Math.max(0, answer.start - 4), answer.start).replace(/\s+/g, '');
  const after = text.slice(answer.end, answer.end + 6);
  return /(别的|其他|其它|其余|另外的?)(也|都)?$/.test(before) || /^\s(else|other)\b/.test(after);
}

/** Of competing readings, the one said with the longest phrase; at a tie, the first offered. */
export function strongest(matches: Match[], ids: string[], offered: readonly string[]): string | undefined {
  const lengths = ids.map((id) => Math.max(...matches.filter((m) => m.id === id).map((m) => m.end - m.start)));
  const top = Math.max(...lengths);
  const leaders = ids.filter((_, i) => lengths[i] === top);
  return offered.find((id) => leaders.includes(id));
}

/** Answers a story may move between: the switch turned, a request approved and then refused. */
/**
 * Words that put a state in the past: an opening 之前 / 以前 ("之前一直开着"), a closing "before"
 * ("it was on before"); not "扣费之前" or "before the charge", which only date it.
 */
const PAST = /^(我|它|这个|那个)?(之前|以前|原来|原先|一开始|刚开始|最开始|起初)|\b(used to|previously)\b|\bbefore\s*$/;

const STORY_PAIRS = [
  ['renewOn', 'renewOff'],
  ['approved', 'refused'],
] as const;

/**
 * "关了又开了 / 现在是开着的", "turned it off then on again / it is on now": where the
 * message names two states, the one said of now (or of this time) is the answer; the others
 * are its history. `isState` picks the answers that are states (on, off; a reminder or none).
 */
export function saidOfNow(
  text: string,
  kept: readonly Match[],
  isState: (m: Match) => boolean,
  opposite: (id: string) => string | undefined,
): readonly Match[] {
  const states = kept.filter(isState);
  // "got one last month, but not this time", "上次有 / 这次没有": what came before, denied of
  // this time in the last clause: the opposite is what is said of now.
  const last = text.lastIndexOf(` ${CLAUSE} `);
  const earlier = states.filter((m) => m.end <= last);
  const denied =
    last >= 0 &&
    NOT_THIS_TIME.test(text.slice(last + CLAUSE.length + 2).trim()) &&
    earlier.length === states.length &&
    new Set(states.map((m) => m.id)).size === 1
      ? opposite(states[0]!.id)
      : undefined;
  if (denied) return [...kept.filter((m) => !isState(m)), { ...states[0]!, id: denied, start: last + CLAUSE.length + 2, end: text.length }];
  if (new Set(states.map((m) => m.id)).size < 2) return kept;
  const now = new Set(states.filter((m) => NOW.test(clauseAround(text, m))).map((m) => m.id));
  if (now.size === 1) return kept.filter((m) => !isState(m) || now.has(m.id));
  // A first time and a renewal: only "this time" tells which ("第一次开的，之前也开过" is both, asked).
  if (states.some((m) => m.id === 'firstTime' || m.id === 'renewal')) return kept;
  // "刚关完，之前一直开着", "it's off, it was on before": a state said of before is history.
  const past = new Set(
    states
      .filter((m) =>
        PAST.test(
          clauseAround(text, m)
            .replace(/^\s*\/\s*/, '')
            .trim(),
        ),
      )
      .map((m) => m.id),
  );
  const notPast = new Set(states.filter((m) => !past.has(m.id)).map((m) => m.id));
  if (past.size === 1 && notPast.size === 1) return kept.filter((m) => !isState(m) || notPast.has(m.id));
  // "关掉以后又开回来了", "on, then I switched it off just now", "说是通过了，结果又说不行": the
  // switch said on and off (or a request approved and refused), with a word that orders them
  // between: the later is how it is now, asked (told as a story).
  const latest = states.at(-1)!;
  const others = states.filter((m) => m.id !== latest.id);
  const lastBefore = others.at(-1);
  const story =
    lastBefore &&
    STORY_PAIRS.some(([a, b]) => others.every((m) => m.end <= latest.start && ((m.id === a && latest.id === b) || (m.id === b && latest.id === a)))) &&
    THEN.test(text.slice(lastBefore.end, latest.end));
  if (story) return [...kept.filter((m) => !isState(m) || m.id === latest.id), { ...latest, id: '#hedge', phrase: 'then' }];
  return kept;
}

/**
 * Said to belong to another app or account, or to be an advert: "那是另一个app的", "that was
 * from iQIYI, not this", "那是上个月的广告短信".
 */
const ELSEWHERE =
  /那是.{0,8}(广告|营销|推广|垃圾)|别的钱|其他的钱|另一笔|别的款|\b(another|a different|other) (payment|transfer|refund|charge)\b|\b(an ad|an advert|a promo|promotional|spam|marketing)\b|另一个|别的(app|软件|应用|平台|会员)|其他(app|软件|应用|平台|会员)|不是这个|\bthat (was|is) (from |for )?(another|a different|the other|my other)\b|\bthat was (from|for) [a-z]+|\bnot (this|that) one\b|\bnot this\b/;

/**
 * An answer taken back with nothing said instead ("关了 哦不对 …"): asked about; where what was
 * taken back belonged to another app ("收到了提醒，哦不对，那是另一个app的"), its opposite is asked about.
 */
export function retractedReading(text: string, retracted: readonly Match[], othersSaid: boolean, offered: readonly string[]): ChoiceReading {
  const ids = [...new Set(retracted.map((m) => m.id))];
  if (ids.length !== 1 || othersSaid) return { kind: 'none' };
  const elsewhere = ELSEWHERE.test(text) ? oppositeOf(ids[0]!, offered) : undefined;
  return { kind: 'confirm', id: elsewhere ?? ids[0]!, length: 0 };
}
