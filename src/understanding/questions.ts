/**
 * A clause asked as a question ("what reminder?", "黑卡和小红卡有啥区别？", "how do I turn it
 * off") answers nothing, except when the answer is itself a question ("where is it?" →
 * can't find it). A one-word clause with a question mark ("提醒？") is a question too.
 */
import { ASKED, CLAUSE } from './normalise';
import type { Match } from './phrase-matches';

interface Clause {
  start: number;
  end: number;
  asked: boolean;
}

function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const piece of text.split(` ${CLAUSE} `)) {
    clauses.push({ start, end: start + piece.length, asked: piece.endsWith(` ${ASKED}`) || piece === ASKED });
    start += piece.length + CLAUSE.length + 2;
  }
  return clauses;
}

function isQuestion(text: string, clause: Clause, interrogatives: readonly Match[]): boolean {
  if (COMPLAINT.test(text.slice(clause.start, clause.end))) return false;
  if (interrogatives.some((q) => q.start >= clause.start && q.end <= clause.end)) return true;
  const body = text.slice(clause.start, clause.end).replace(/ \?$/, '');
  return clause.asked && (body.length <= 3 || (!body.includes(' ') && body.length <= 4) || INVERTED.test(body) || COUNTS.test(body));
}

/**
 * A complaint put as a question ("为什么扣钱前不提醒我", "why did not they warn me"): it asks
 * nothing, it says what did not happen, so what it says stands.
 */
const COMPLAINT = /^(why|为什么|为啥|凭什么|怎么)(?=.*(不|没|\bnot\b|\bnever\b))/;

/** An English question by word order: "is it still on?", "did they refund it?". */
const INVERTED = /^(is|are|was|were|do|does|did|has|have|can|could|will|would|should)\s+[a-z]+/;

/** Asking whether a thing counts ("does no ads count?", "这个算吗"): the thing is asked about, not said. */
export const COUNTS = /\bcount\s*(\?\s*)?$|\bcounts\s*(\?\s*)?$|算吗|算么|算不算|也算$/;

/** A phrase that asks where something is ("where is", "在哪") is an answer: it is not there. */
const ASKS_WHERE = /where|在哪|哪里|哪儿/;

/** Words of the question asked back before the answer that follows: "arrived? nope", "remind me? nah". */
function echoed(text: string, clause: Clause): boolean {
  return clause.asked && /^[a-z]+( (me|it|you|that|this))?$/.test(text.slice(clause.start, clause.end).replace(/ \?$/, ''));
}

/** The answers that were not asked as questions; "not sure" (`keep`) stands wherever it is. */
export function notAsked(text: string, answers: readonly Match[], interrogatives: readonly Match[], keep: string): Match[] {
  // "什么通知都没收到", "啥也没用": 什么 / 啥 before 都没 / 也没 sweeps, it does not ask.
  interrogatives = interrogatives.filter((q) => !(/^(什么|啥|哪)$/.test(q.phrase) && /^\S{0,6}?(都|也)(没|不)/.test(text.slice(q.end))));
  const clauses = clausesOf(text);
  const asked = clauses.filter((c, i) => isQuestion(text, c, interrogatives) || (i < clauses.length - 1 && echoed(text, c)));
  // ("去广告那个算吗", "does one paid article count?": the thing asked about is kept, to be asked back.)
  const inAsked = (m: Match) => asked.some((c) => m.start >= c.start && m.end <= c.end && !COUNTS.test(text.slice(c.start, c.end)));
  return answers.filter((m) => m.id === keep || !inAsked(m) || ASKS_WHERE.test(m.phrase));
}
