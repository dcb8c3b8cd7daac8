/**
 * Whether a clause says anything beyond markers and fillers: what lets a weak word ("on",
 * "got") or a bare hedge ("大概吧", "probably not") stand as an answer.
 */
import { CLAUSE } from './normalise';
import type { Match } from './phrase-matches';
import { core } from './whole-message';

/**
 * A weak word ("on", "got", "first") answers only when its clause says nothing else but
 * markers and fillers ("should be on", not "I'm on android" or "first I want to know"), or
 * when it is the one Latin word in a Chinese clause ("还on着", "done了").
 */
export function standsAlone(text: string, word: Match, marks: readonly Match[]): boolean {
  const from = text.lastIndexOf(` ${CLAUSE} `, word.start);
  const to = text.indexOf(` ${CLAUSE} `, word.end);
  const clauseStart = from < 0 ? 0 : from + CLAUSE.length + 2;
  const clause = text.slice(clauseStart, to < 0 ? text.length : to);
  const inside = marks
    .filter((m) => m.start >= clauseStart && m.end <= clauseStart + clause.length)
    .map((m) => ({ ...m, start: m.start - clauseStart, end: m.end - clauseStart }));
  const own = { ...word, start: word.start - clauseStart, end: word.end - clauseStart };
  const rest = clause.slice(0, own.start) + clause.slice(own.end);
  if (/\p{Script=Han}/u.test(rest) && !/[a-z]/.test(rest)) return true;
  return onlyMarkers(clause, [...inside, own], /^(on|off)$/.test(word.phrase) ? FRAMING_NOW : FRAMING);
}

/**
 * Words that only frame an answer: "it was apple", "i paid with apple", "yes it is". A state
 * ("on", "off") is framed only in the present: "it was on" may no longer be.
 */
const FRAMING = /\b(it|i|was|is|were|with|by|via|through|paid|pay|used|using|the|my)\b/g;
const FRAMING_NOW = /\b(it|is|the|my)\b/g;

/** Whether the text is only these markers and fillers ("大概吧", "i guess so", "probably not"). */
export function onlyMarkers(text: string, marks: Match[], framing?: RegExp): boolean {
  let rest = text;
  for (const m of [...marks].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  if (framing) rest = rest.replace(framing, ' ');
  return core(rest.replace(/\s+/g, ' ').trim()) === '';
}
