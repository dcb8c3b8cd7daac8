/**
 * Reads normalised text as one of a question's choices, with negation and hedges. The
 * result is an answer only when exactly one reading is left and nothing softens it; a
 * hedged or competing reading becomes a question back ("Do you mean …?"); anything else is
 * not understood. Never a guess.
 */
import { affirmativeOf, COMMAND_LIKE, isLooseOpposite, isNoneChoice, thingsOf, noneChoiceFor, oppositeOf, withoutContained } from './choice-relations';
import { appNames, withoutOtherApps } from './app-names';
import { choicePhrases, leanPhrases, markers } from './lexicon';
import { negatedAnswers, opensWithNegation } from './negation';
import { CLAUSE } from './normalise';
import { findAll, longestFirst, type Match } from './phrase-matches';
import { neitherReading, saysAndDenies } from './neither';
import { impliedReading, isPuzzled, switchShortcut } from './short-readings';
import { notAsked } from './questions';
import { ownAnswers } from './not-their-answer';
import { afterTheCharge } from './reminder-timing';
import { readBeliefs } from './beliefs';
import { couponsAndPacks } from './coupons';
import { isWholly } from './whole-message';
import { answersNothing } from './answers-nothing';
import { onlyMarkers, standsAlone } from './stands-alone';
import { CHARGED_AGAIN, chargedBesides, inDoubt, PART_ONLY, USED_SOME } from './doubts';
import {
  BOTH,
  APPLE_CHANNEL,
  CHARGED,
  CONTRADICTED_BY,
  OFF_IN_DOUBT,
  REPORTED_CHOICE,
  DENIED_DEED,
  DEVICE,
  EXCEPT,
  ONLY,
  HISTORY,
  IMPERATIVE,
  MESSAGE,
  NEVER_DONE,
  RENEW_STATES,
  REPLY_WORD,
  REPORTED,
  STATES,
  AT_A_TIME,
} from './choice-words';
import {
  aboutSomethingElse,
  aboutTheRest,
  clauseAround,
  clauseStartOf,
  endsInsideWord,
  isRetraction,
  negatesUnknown,
  notApproved,
  saidOfNow,
  retractedReading,
  strongest,
  unreadAddition,
  usedSomething,
} from './choice-clauses';

export type ChoiceReading =
  /** `length`: how much of the text the reading rests on, to weigh it against a date. */
  { kind: 'choice' | 'confirm'; id: string; length: number } | { kind: 'none' };

const NONE: ChoiceReading = { kind: 'none' };
const UNSURE = 'unsure';

/** A one-character Chinese word (是, 对, 没) or a one-letter reply is an answer only alone. */
const tooShortInside = (phrase: string) => phrase.length < 2 || /^[a-z]$/.test(phrase);

type Entry = { id: string; phrases: readonly string[] };
const entryCache = new Map<string, Entry[]>();

const MARKER_NAMES = ['negator', 'hedge', 'doubt', 'intent', 'correction', 'contrast', 'opener', 'question', 'neutral', 'refusal', 'offTopic'] as const;

/** Words a choice takes from elsewhere: any app's name is "another app's membership". */
const BORROWED: Record<string, () => string[]> = { otherMembership: () => appNames(['xiaohongshu']), product_anyMembership: () => appNames(['xiaohongshu']) };
/**
 * Choices that mean what another choice's words say: at the greeting, "Start" (the first
 * product, 黑卡) also answers "which membership?" with 黑卡, and the other product's button
 * with "another app".
 */
const SAME_AS: Record<string, readonly string[]> = { begin: ['begin', 'blackCard'], product_anyMembership: ['otherMembership'] };
const phrasesOf = (id: string): string[] => (SAME_AS[id] ?? [id]).flatMap((alias) => choicePhrases(alias));
const leaningsOf = (id: string): string[] => (SAME_AS[id] ?? [id]).flatMap((alias) => leanPhrases(alias));
/** A leaning (`~id`): words that point to a choice without saying it ("小红书的会员"): asked, never recorded. */
const LEAN = '~';

/**
 * What to look for in an answer to a question offering `offered`: each choice's phrases
 * (commands only as whole messages), "not sure" always (where it is not a choice it still
 * means doubt), and the marker lists as `#name`. Remembered per question.
 */
function entriesFor(offered: readonly string[]): Entry[] {
  const key = offered.join(',');
  let entries = entryCache.get(key);
  if (!entries) {
    const ids = [...offered.filter((id) => !COMMAND_LIKE.has(id)), ...(offered.includes(UNSURE) ? [] : [UNSURE])];
    entries = [
      ...ids.map((id) => ({ id, phrases: [...phrasesOf(id), ...(BORROWED[id]?.() ?? [])].filter((p) => !tooShortInside(p)) })),
      ...ids.map((id) => ({ id: `${LEAN}${id}`, phrases: leaningsOf(id) })),
      ...MARKER_NAMES.map((name) => ({ id: `#${name}`, phrases: markers(name) })),
    ];
    entryCache.set(key, entries);
  }
  return entries;
}

function exactChoice(text: string, offered: readonly string[]): string | undefined {
  const ids = offered.filter((id) => isWholly(text, phrasesOf(id)));
  return ids.length === 1 ? ids[0] : undefined;
}

export function readChoice(text: string, offered: readonly string[]): ChoiceReading {
  if (text === '') return NONE;
  if (isPuzzled(text) || saysAndDenies(text)) return NONE;
  const exact = exactChoice(text, offered);
  // "开过" alone: had it before, asked (see HISTORY).
  // A bare "no" to "is it on right now?" is asked back: read as "off" by mistake, the switch-off steps are skipped. So is an answer's word asked back ("提醒？").
  const bareNo = (exact === 'renewOff' && /^(no|nope|nah|没有|没|否|不是|不)$/.test(text)) || / \?$/.test(text);
  if (exact)
    return { kind: inDoubt(text, exact) || (exact === 'renewOn' && /扣|charg/.test(text)) || bareNo ? 'confirm' : 'choice', id: exact, length: text.length };
  const state = switchShortcut(text, offered) ?? impliedReading(text, offered);
  if (state) return state;
  // "没拒也没批", "neither refused nor approved": both denied, the answer between them.
  const neither = neitherReading(text, offered);
  if (neither) return { kind: neither.kind, id: neither.id, length: text.length };

  // "有没有提醒" asks whether there was one: its "没有提醒" is part of the question, not a no.
  const found = [
    ...findAll(text, entriesFor(offered))
      .filter((m) => !endsInsideWord(text, m))
      .map((m) => (!m.id.startsWith('#') && m.phrase.startsWith('没') && text[m.start - 1] === '有' ? { ...m, id: '#doubt', start: m.start - 1 } : m)),
    // "关没关", "到没到", "开不开": asked whether, not said; "查了没有" asks too.
    // ("到了没到", "arrived not arrived": the same asked whether, with 了 or in English.)
    ...[...text.matchAll(/(\p{Script=Han})了?[没不]\1|\b([a-z]{3,}) not \2\b/gu)].map((a) => ({
      start: a.index!,
      end: a.index! + a[0].length,
      phrase: a[0],
      id: '#doubt',
    })),
    ...[...text.matchAll(/了没有?(?=\s*(\/|\?|$))/gu)].map((a) => ({ start: a.index!, end: a.index! + a[0].length, phrase: a[0], id: '#question' })),
  ];
  let kept = longestFirst(found);

  const isAnswer = (m: Match) => !m.id.startsWith('#') && !m.id.startsWith(LEAN);
  // "我以为关了，刚看了下还开着" / "thought it was off, just checked, still on": a belief
  // followed by what is the case; "i thought i cancelled it but no": a belief denied.
  // What they believed or were told, then what was so ("我以为关了，结果…", "客服说…，可我记得…").
  const beliefs = readBeliefs(text, kept, isAnswer, offered);
  if ('reading' in beliefs) return beliefs.reading;
  kept = beliefs.kept;
  const { belief, beliefOverturned, onlyBelieved } = beliefs;
  // "开着的，不对，刚才已经关了": only what follows the last correction counts; a correction
  // followed by no answer ("关了 哦不对 我关的好像是另一个") leaves the earlier one to ask about.
  // ("还没关 等下关": 等下 that is the answer "later" is no "wait" taking it back.)
  const correction = kept.filter((m) => (m.id === '#correction' && !kept.some((a) => isAnswer(a) && a.start === m.start)) || isRetraction(kept, m)).at(-1);
  let retracted: Match[] = [];
  if (correction) {
    // "it was the red card actually, not black": a change of mind closing its clause is about that clause.
    const closesClause = correction.id !== '#correction' && /^\s*(\/|$)/.test(text.slice(correction.end));
    const cut = closesClause ? clauseStartOf(text, correction.start) : correction.end;
    const after = kept.filter((m) => m.start >= cut && m !== correction);
    // "wechat. no, alipay. no wait wechat... both?": changing back and forth, then "both":
    // no answer stands (asked again).
    if (BOTH.test(text.slice(cut)) && new Set(kept.filter(isAnswer).map((m) => m.id)).size >= 2) return NONE;
    if (after.some(isAnswer) || correction.id !== '#correction') kept = after;
    else retracted = kept.filter((m) => isAnswer(m) && m.end <= correction.start);
  }
  kept = [
    ...saidOfNow(
      text,
      kept,
      // ("idk if it was off before, anyway now it's off": a not-sure about before gives way too.)
      (m) => isAnswer(m) && (RENEW_STATES.has(m.id) || AT_A_TIME.has(m.id) || m.id === UNSURE),
      (id) => oppositeOf(id, offered),
    ),
  ];
  const of = (id: string) => kept.filter((m) => m.id === id);
  // "不告诉你", "none of your business": a refusal answers nothing, least of all "none";
  // "今天天气不错" is about something else.
  if (answersNothing(text)) return NONE;
  const asked = notAsked(
    text,
    kept.filter((m) => isAnswer(m) && !retracted.includes(m) && !negatesUnknown(text, m, kept)),
    of('#question'),
    UNSURE,
  );
  // "我朋友用的微信", "如果关了是不是…", "希望退到支付宝", "爱奇艺的关了，这个还没": not said of their own case.
  const own = ownAnswers(text, withoutOtherApps(text, asked, offered), UNSURE);
  if (own.onlyOthers && retracted.length === 0) return { kind: 'confirm', id: own.onlyOthers, length: 0 };
  if (own.kept.length === 0 && asked.length > 0 && retracted.length === 0) return NONE;
  const answers = own.kept;
  if (retracted.length > 0) return retractedReading(text, retracted, answers.length > 0, offered);
  const hedges = of('#hedge');
  // "i don't think it's off", "我不觉得关了": a negated belief negates what is believed.
  const negators = [...of('#negator'), ...hedges.filter((h) => /\bnot\b|n't|不觉得|不认为|不太/.test(h.phrase))].sort((a, b) => a.start - b.start);
  const doubts = of('#doubt');

  const negated = negatedAnswers(text, answers, negators);
  // "我没看短信", "didn't read the email": a message not read may still have come; neither
  // got nor none, so it is dropped (asked again).
  const unread = answers.filter((a) => {
    if (!negated.has(a) || !MESSAGE.test(a.phrase)) return false;
    const before = text
      .slice(Math.max(0, a.start - 16), a.start)
      .split(` ${CLAUSE} `)
      .at(-1)!;
    // "there was an email but i never use that email": an account not used is no message denied.
    return /(没|不|not|never)\s*\S*\s*(看|读|注意|留意|点开|打开|用|read|look|check|open|use)/.test(before);
  });
  // "点开过礼品页面 / 没换", "领了 / 没用": a clause that only denies a deed after a thing was
  // named leaves the thing in doubt.
  const deniedAfter = answers.some((a) => {
    // ("还开着呢 / 没敢碰": on, and not touched since, is still on.)
    if (negated.has(a) || isNoneChoice(a.id) || a.id === 'reminderGot' || a.id === 'renewOn' || MESSAGE.test(a.phrase)) return false;
    const from = text.indexOf(` ${CLAUSE} `, a.end);
    if (from < 0) return false;
    const to = text.indexOf(` ${CLAUSE} `, from + 1);
    const next = text.slice(from + CLAUSE.length + 2, to < 0 ? text.length : to);
    const inNext = answers.some((b) => b.start >= from && (to < 0 || b.start < to));
    return !inNext && DENIED_DEED.test(next);
  });
  const positive: Match[] = [];
  const negatedIds: string[] = [];
  let looselyNegated = false;
  // A word that is both an answer and a negator ("没有", "no") is the negator when it negates.
  // So is a "none" that negates a thing named right after it ("没用过搜索": not search, not none).
  const usedAsNegator = (m: Match) =>
    [...negated].some((n) => n !== m && n.start >= m.end && n.start - m.end <= 12 && !text.slice(m.end, n.start).includes(CLAUSE)) &&
    (markers('negator').includes(m.phrase) || (isNoneChoice(m.id) && opensWithNegation(m)));
  if (deniedAfter) return NONE;
  for (const answer of answers) {
    if (unread.includes(answer)) continue;
    // "关了通知", "turned off notifications", "cancelled the order": switched off, but something else.
    if (RENEW_STATES.has(answer.id) && aboutSomethingElse(text, answer)) continue;
    // "if it was that day", "有没有开过": named, not said.
    const doubted = [...doubts, ...(STATES.has(answer.id) ? of('#intent') : [])].some((d) => {
      const gap = text.slice(d.end, answer.start);
      return d.end <= answer.start && !gap.includes(CLAUSE) && (gap.length <= 6 || (!/\p{Script=Han}/u.test(gap) && gap.trim().split(/\s+/).length <= 3));
    });
    if (doubted && answer.id !== UNSURE) continue;
    // "cancel it", "turn off auto renew": asked to be done, not said to be done.
    if (STATES.has(answer.id) && IMPERATIVE.test(answer.phrase) && /^(please |pls )?$/.test(text.slice(clauseStartOf(text, answer.start), answer.start)))
      continue;
    if (aboutTheRest(text, answer)) continue;
    if (!negated.has(answer)) {
      const weak =
        markers('weak').includes(answer.phrase) &&
        !standsAlone(
          text,
          answer,
          kept.filter((m) => m !== answer && (m.id.startsWith('#') || answers.includes(m))),
        );
      if (!usedAsNegator(answer) && !weak) positive.push(answer);
      continue;
    }
    negatedIds.push(answer.id);
    // "not approved" is refused; "not approved yet" is still pending.
    const opposite = answer.id === 'approved' ? notApproved(text, offered) : oppositeOf(answer.id, offered);
    if (opposite) positive.push({ ...answer, id: opposite });
    // "没开过啊 莫名其妙就扣钱了", "没续费啊": never opened, or never renewed, yet charged
    // is a charge they dispute, not a first time.
    // "不是续费", "not a renewal" and nothing more leave 小红卡, or a charge never agreed to: asked
    // ("从来没开过", never had it, is a first time).
    const onlyDenied =
      opposite === 'firstTime' &&
      answers.length === 1 &&
      !HISTORY.test(answer.phrase) &&
      text.slice(answer.end).trim().length <= 1 &&
      !text.includes(` ${CLAUSE} `);
    if (opposite && isLooseOpposite(opposite) && (chargedBesides(text, answer) || /没有?续/.test(text) || onlyDenied)) looselyNegated = true;
  }
  // "除了搜索都没用", "nothing except search": the thing excepted from a none is the answer;
  // "everything except gifts" / "除了礼品都用了" names what was not used, so it is asked.
  // "nothing special, just free shipping": after a none, "just" / "only" / "只" is an except too.
  const noneBefore = (at: number) => answers.some((m) => isNoneChoice(m.id) && m.end <= at) || negators.some((n) => n.end <= at);
  const except = offered.some(isNoneChoice)
    ? findAll(text, [
        { id: '#except', phrases: EXCEPT },
        { id: '#only', phrases: ONLY },
      ]).find((m) => m.id === '#except' || noneBefore(m.start))
    : undefined;
  if (except) {
    const gapOf = (a: Match) =>
      text
        .slice(except.end, a.start)
        .replace(/\b(the|a|an|one|some)\b|一个|一次|个/g, '')
        .trim().length;
    const after = answers.filter((a) => a.start >= except.end && gapOf(a) <= 4 && !isNoneChoice(a.id));
    const excepted = after.filter((a) => a.start === Math.min(...after.map((b) => b.start)));
    if (excepted.some((a) => /没|不|\bnot?\b/.test(text.slice(except.end, a.start)))) return NONE;
    if (excepted.length > 0) {
      const ids = [...new Set(excepted.map((a) => a.id))];
      const noneSaid = answers.some((m) => isNoneChoice(m.id)) || negators.length > 0;
      return noneSaid && ids.length === 1 ? { kind: 'choice', id: ids[0]!, length: text.length } : NONE;
    }
  }
  // "没用过搜索，但领过礼品": a "none" that names one thing ("没用过搜索") beside another thing
  // said is that one thing denied, not "none at all".
  const namesOneThing = (m: Match) => isNoneChoice(m.id) && thingsOf(m.id).some((id) => phrasesOf(id).some((p) => p.length >= 2 && m.phrase.includes(p)));
  const answered = positive.some((m) => !isNoneChoice(m.id)) ? positive.filter((m) => !namesOneThing(m)) : positive;
  // "wechat... no alipay": a clause opening "no <answer>" after another answer is a
  // correction to it or a denial of it; which, the text does not say.
  const replyNo = negators.find((n) => /^(no|nope|nah)$/.test(n.phrase) && clauseStartOf(text, n.start) === n.start && n.start > 0);
  if (
    replyNo &&
    answers.some((a) => a.start > replyNo.end && negated.has(a)) &&
    answers.some((a) => a.end <= replyNo.start && !negated.has(a) && !isNoneChoice(a.id) && !markers('negator').includes(a.phrase))
  )
    return NONE;
  const length = Math.max(0, ...answers.map((m) => m.end - m.start));
  let said = withoutContained([...new Set(answered.map((m) => m.id))]);
  let hedged = hedges.length > 0 || onlyBelieved;
  // A leaning not negated: alone it is asked about; beside another answer it makes that one a question.
  const leaning = kept.filter((m) => m.id.startsWith(LEAN) && !negatedAnswers(text, [m], negators).has(m)).map((m) => m.id.slice(1));
  if (said.length === 0 && leaning.length > 0 && !said.includes(UNSURE)) {
    const ids = [...new Set(leaning)];
    if (ids.length === 1 && negatedIds.length === 0) return { kind: 'confirm', id: ids[0]!, length: 0 };
  }
  if (leaning.some((id) => !said.includes(id))) hedged = true;
  // "忘了 反正挺久了", "forgot, a while ago anyway": not knowing, with a leaning: the leaning, asked.
  if (said.length === 1 && said[0] === UNSURE && new Set(leaning).size === 1 && offered.includes(leaning[0]!))
    return { kind: 'confirm', id: leaning[0]!, length: 0 };
  if (said.includes(UNSURE)) {
    // "用了点，具体忘了", "used some, forgot which": something was used; which is not known.
    if (said.length === 1 && offered.some(isNoneChoice) && USED_SOME.test(text)) return NONE;
    if (said.length === 1) return offered.includes(UNSURE) ? { kind: 'choice', id: UNSURE, length } : NONE;
    // "maybe yes maybe no", "可能有可能没有": both ways said is not knowing, whatever else is named.
    if (answered.some((m) => m.id === UNSURE && /maybe yes maybe no|maybe or maybe not|could be either|可能有.{0,2}可能没/.test(m.phrase)))
      return { kind: 'choice', id: UNSURE, length };
    // "微信和支付宝都绑了 不知道扣的哪个", "both linked, no clue which one": not knowing which of
    // those named; "either alipay or wechat, not sure which" is asked (it may yet be one).
    // ("微信还是支付宝 想不起来了", "wechat or alipay? can't recall": which of two, not known.)
    if (said.length > 2 && /哪个|哪一个|哪张|还是|\bwhich\b|\bor\b/.test(text) && offered.includes(UNSURE))
      return { kind: /都|\bboth\b/.test(text) || (/还是|\bor\b/.test(text) && !/\beither\b/.test(text)) ? 'choice' : 'confirm', id: UNSURE, length };
    // "不记得了，应该是支付宝": a leaning, not an answer.
    said = said.filter((id) => id !== UNSURE);
    hedged = true;
  }
  // "用了，也没用" / "used and didn't use": a "none" beside an un-negated "used" contradicts itself.
  if (said.some(isNoneChoice) && usedSomething(text, negators, answers)) return NONE;
  if (said.length === 1 && CONTRADICTED_BY[said[0]!] && answered.every((m) => CONTRADICTED_BY[m.id]?.test(clauseAround(text, m)))) hedged = true;
  // A message after the charge is no reminder before it.
  const timing = afterTheCharge(text, said, answered, offered, length, hedged);
  if (timing) return timing;
  // Coupons and gift packs at "did you use any privileges?".
  const claimed = couponsAndPacks(text, said, answered, offered);
  said = claimed.said;
  if (claimed.hedged) hedged = true;
  // "开过", "第二次了", "I've had it before": had it before, or bought it twice, is not yet
  // an automatic renewal charge; asked, never recorded.
  // A charge said beside it ("这是第2次扣了", "second time it charged me") is the renewal.
  if (said.length === 1 && said[0] === 'renewal' && answered.every((m) => m.id !== 'renewal' || HISTORY.test(m.phrase)) && !CHARGED.test(text)) hedged = true;
  // "苹果手机上付的", "paid on my iPhone": a device is no way of paying (Alipay and WeChat
  // pay on an iPhone too); asked, unless Apple's own channel is named (App Store, Apple ID, 内购).
  if (said.length === 1 && said[0] === 'apple' && answered.every((m) => m.id !== 'apple' || DEVICE.test(m.phrase)) && !APPLE_CHANNEL.test(text)) hedged = true;
  if (looselyNegated || beliefOverturned) hedged = true;
  // "customer service told me to pick 'accidental'": a reason someone else chose for them.
  if (said.length === 1 && REPORTED_CHOICE.test(text)) hedged = true;
  // "still charging me", "又扣了": a charge shows it was on when it charged, not that it is on now.
  if (said.length === 1 && said[0] === 'renewOn' && answered.every((m) => m.id !== 'renewOn' || /扣|charg/.test(m.phrase))) hedged = true;
  // "到了 但少了", "yes but less", "通过了一半": part of the money is not all of it; asked.
  if (said.length === 1 && (said[0] === 'moneyArrived' || said[0] === 'approved') && PART_ONLY.test(text)) hedged = true;
  // "客服说提醒过", "they said they sent one": that they say they reminded is not that a
  // reminder came; asked.
  if (said.length === 1 && said[0] === 'reminderGot' && belief && REPORTED.test(belief.phrase)) hedged = true;
  // "本来就没开", "I never turned it on": what they believe they never did, not what the
  // switch shows now (it may be on by default); asked, never recorded as off.
  if (said.length === 1 && said[0] === 'renewOff' && NEVER_DONE.test(text)) hedged = true;
  // "turned it off but they charged anyway", "关了免密支付": a charge said beside "off", or
  // something switched off that may not be the renewal itself, leaves the switch in doubt.
  if (said.length === 1 && said[0] === 'renewOff' && (CHARGED_AGAIN.test(text) || OFF_IN_DOUBT.test(text))) hedged = true;
  if (said.length === 1 && inDoubt(text, said[0]!)) hedged = true;
  // "money and didn't need it": a second reason not understood makes the first a question.
  if (said.length === 1 && !hedged && unreadAddition(text, answered, offered.some(isNoneChoice))) hedged = true;
  if (said.length === 1) return { kind: hedged ? 'confirm' : 'choice', id: said[0]!, length };
  if (said.length > 1) {
    // "nope not off": a bare reply word beside a state said in words: the words lead ("没有 有的",
    // a bare no and a bare yes, answers nothing).
    const worded = answered.filter((m) => !REPLY_WORD.test(m.phrase) && said.includes(m.id));
    const lead = worded.length > 0 ? strongest(worded, said, offered) : undefined;
    return lead ? { kind: 'confirm', id: lead, length } : NONE;
  }

  const none = noneChoiceFor(negatedIds, offered);
  if (none) {
    // "我没有看付费课程，别的也都没碰" says none; "I didn't use search" alone leaves the rest open.
    // ("didn't watch any paid stuff" names one thing: "any" there is no sweep.)
    const sweeping = /anything|else|\ball\b|别的|其他|其它|都/.test(text);
    return { kind: sweeping && !hedged ? 'choice' : 'confirm', id: none, length };
  }
  const affirmative = affirmativeOf(offered);
  if (hedges.length > 0 && affirmative && onlyMarkers(text, [...hedges, ...negators])) {
    // "大概吧" leans to yes; "probably not" / "应该没有吧" to no.
    const leaning = negators.length > 0 ? oppositeOf(affirmative, offered) : affirmative;
    if (leaning) return { kind: 'confirm', id: leaning, length: 0 };
  }
  return NONE;
}
