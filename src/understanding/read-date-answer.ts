/**
 * A typed time as an answer to "when did you pay?": a date the machine checks (and may
 * confirm or refuse), or a vague span turned into the bucket it falls in. A span that
 * straddles buckets becomes a question about the likeliest one, never a made-up day.
 * Each clause is read on its own, so "不是今天，是昨天" / "not today, yesterday" gives the
 * day that was not negated.
 */
import { readDate, type DateReading } from './dates';
import { markers } from './lexicon';
import { normalisePhrase } from './normalise';
import { findAll } from './phrase-matches';

export type DateAnswer = { kind: 'date'; date: string; confirm: boolean; length: number } | { kind: 'choice' | 'confirm'; id: string; length: number };

/** The opened-when buckets, in days ago. */
const BUCKETS: ReadonlyArray<[string, number, number]> = [
  ['today', 0, 0],
  ['days1to3', 1, 3],
  ['days4to6', 4, 6],
  ['day7', 7, 7],
  ['over7', 8, Infinity],
];
const bucketOf = (daysAgo: number) => BUCKETS.find(([, lo, hi]) => daysAgo >= lo && daysAgo <= hi)![0];

/** A span wider than this says too little to suggest one bucket. */
const WIDEST_SUGGESTION = 12;

/** Clause breaks, and a space between Chinese words ("不是20号 是19号"). */
const CLAUSES = /[,，。;；!！?？、]+|\s+but\s+|(?<=\p{Script=Han})\s+(?=[\p{Script=Han}\d])/iu;

/** "no" and "nothing" before a date are replies, not negations ("no it was the 19th"). */
const dateNegators = () => markers('negator').filter((n) => !['no', 'nope', 'none', 'nothing', '没有'].includes(n));

/** A correction before a date corrects to it ("哦不对是上周五"): not a negation of it. */
const CORRECTING = /哦不对|不对|哦不|说错了|搞错了|错了|不是不是/g;

function negated(clause: string, reading: DateReading): boolean {
  const before = normalisePhrase(clause.slice(0, Math.max(0, clause.indexOf(reading.text))).replace(CORRECTING, ' '));
  // The last few words, or the last few Chinese characters, before the date.
  const near = before
    .split(' ')
    .slice(-4)
    .join(' ')
    .replace(/^.*?([^a-z0-9 ]{0,4})$/, (all, han: string) => (/[a-z0-9]/.test(all) ? all : han));
  return findAll(near, [{ id: 'neg', phrases: dateNegators() }]).length > 0;
}

/** Reads each clause; the last one not negated wins, since corrections come last. */
function lastReading(raw: string, at: number): DateReading | undefined {
  let found: DateReading | undefined;
  for (const clause of raw.split(CLAUSES)) {
    if (!clause?.trim()) continue;
    const reading = readDate(clause, at);
    if (!reading) continue;
    if (!negated(clause, reading)) found = reading;
    // "not more than 3 days ago": the negation of an open span is its complement.
    else if (reading.kind === 'span' && reading.hi === Infinity && reading.lo > 0) found = { ...reading, lo: 0, hi: reading.lo - 1 };
  }
  return found;
}

export function readDateAnswer(raw: string, at: number, offered: readonly string[]): DateAnswer | undefined {
  const reading = lastReading(raw, at);
  if (!reading) return undefined;
  const length = normalisePhrase(reading.text).length;
  if (reading.kind === 'date') {
    const today = new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
    if (reading.date === today && offered.includes('today')) return { kind: 'choice', id: 'today', length };
    return { kind: 'date', date: reading.date, confirm: reading.confirm, length };
  }
  const [lo, hi] = [reading.lo, reading.hi];
  if (bucketOf(lo) === bucketOf(hi) && offered.includes(bucketOf(lo))) return { kind: 'choice', id: bucketOf(lo), length };
  if (hi === Infinity || hi - lo > WIDEST_SUGGESTION) return undefined;
  const likeliest = bucketOf(Math.floor((lo + hi) / 2));
  return offered.includes(likeliest) ? { kind: 'confirm', id: likeliest, length } : undefined;
}
