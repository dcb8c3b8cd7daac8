/**
 * A typed time as an answer to "when did you pay?": a date the machine checks (and may
 * confirm or refuse), or a vague span turned into the bucket it falls in. A span that
 * straddles buckets becomes a question about the likeliest one, never a made-up day.
 * Each clause is read on its own, so "不是今天，是昨天" / "not today, yesterday" gives the
 * day that was not negated.
 */
import { inLastWeekIfSaid, readDate, type DateReading } from './dates';
import { markers } from './lexicon';
import { casual, normalisePhrase } from './normalise';
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
export const isBucket = (id: string) => BUCKETS.some(([b]) => b === id);
/** Whether a day (YYYY-MM-DD) falls in the opened-when bucket `id`, counted from `at`. */
export function inBucket(date: string, id: string, at: number): boolean {
  const today = Date.parse(new Date(at + 8 * 3_600_000).toISOString().slice(0, 10));
  const ago = Math.round((today - Date.parse(date)) / 86_400_000);
  return ago >= 0 && bucketOf(ago) === id;
}

/** A span wider than this says too little to suggest one bucket. */
const WIDEST_SUGGESTION = 12;

/** A time of day said alone: "14:32", "2:15pm", "下午3点", "8点半". */
const TIME_OF_DAY = /^\s*((早上|上午|中午|下午|晚上|凌晨)?\s*\d{1,2}\s*([:：]\d{2}([:：]\d{2})?|点半?|点\d{1,2}分?|时)|\d{1,2}([:：]\d{2})?\s*(am|pm))\s*$/i;
/** A count of days, then a bare number correcting it: "3 days ago, actually 4", "3天前 不对 4". */
const CARRIED_COUNT =
  /(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(天|days?)\s*(前|ago)([,，;；\s]+(?:actually|no|nope|wait|or|maybe|sorry|不对|不是|应该是|其实是|是|或者|哦不)?[,，;；\s]*)(\d{1,2})\s*$/i;
/** Clause breaks, and a space between Chinese words ("不是20号 是19号"). */
const CLAUSES = /[,，。;；!！?？、…]+|\.{2,}|\s+but\s+|(?<=\p{Script=Han})\s+(?=[\p{Script=Han}\d])/iu;

/** "no" and "nothing" before a date are replies, not negations ("no it was the 19th"). */
const dateNegators = () => markers('negator').filter((n) => !['no', 'nope', 'none', 'nothing', '没有'].includes(n));

/** A correction before a date corrects to it ("哦不对是上周五"): not a negation of it. */
const CORRECTING = /哦不对|不对|哦不|说错了|搞错了|错了|不是不是/g;

function negated(clause: string, reading: DateReading, at: number): boolean {
  // "是不是18号": asked whether, not denied; "差不多" (about) denies nothing either.
  const raw = clause
    .slice(0, Math.max(0, clause.indexOf(reading.text)))
    .replace(/(\p{Script=Han})[没不]\1/gu, ' ')
    .replace(/差不多|差不离/g, ' ');
  // "不是18 是17号": a negation followed by another day is about that day, not this one.
  const lastNegator = Math.max(...dateNegators().map((n) => raw.toLowerCase().lastIndexOf(n)));
  if (lastNegator >= 0) {
    const between = raw.slice(lastNegator);
    if (/\d/.test(between) || readDate(between, at)) return false;
  }
  const before = normalisePhrase(raw.replace(CORRECTING, ' '));
  // The last few words, or the last few Chinese characters, before the date.
  const near = before
    .split(' ')
    .slice(-4)
    .join(' ')
    .replace(/^.*?([^a-z0-9 ]{0,4})$/, (all, han: string) => (/[a-z0-9]/.test(all) ? all : han));
  return findAll(near, [{ id: 'neg', phrases: dateNegators() }]).length > 0;
}

/**
 * A clause that asks about a date ("今天几号来着？", "what's today's date?", "哪天扣的？")
 * names no answer.
 */
const ASKS_DATE = /几号|几月|几日|哪天|哪一天|什么时候|啥时候|何时|多少号|\b(what|which)\b|^\s*when\b/i;
/** Which day forgotten, not asked: "上周吧具体哪天忘了", "last week, forgot which day". */
const FORGOT_WHICH =
  /(哪天|哪一天|几号|什么时候|啥时候)\s*(忘|记不|不记得|想不起|不清楚|说不好|不确定)|\b(forgot|forget|do not remember|don't remember|can't remember|can not remember|not sure|no idea)\b[^,，]*\b(which|what) day\b/i;

/** Words that correct what came before: the day after them replaces the earlier one. */
const CORRECTED = /不对|哦不|说错了|搞错了|不是|其实|应该是|\b(no|nope|wait|actually|sorry|i mean|not)\b/i;
/** A day said as a belief: "以为是上周五", "I thought Friday". */
const BELIEVED = /以为|\bthought\b/i;
/** Whether two readings can be the same day: the same date, or a date inside a span ("last week, the tuesday"). */
function agree(a: DateReading, b: DateReading, at: number): boolean {
  const today = Date.parse(new Date(at + 8 * 3_600_000).toISOString().slice(0, 10));
  const ago = (d: string) => Math.round((today - Date.parse(d)) / 86_400_000);
  if (a.kind === 'date' && b.kind === 'date') return a.date === b.date;
  if (a.kind === 'span' && b.kind === 'span') return a.lo <= b.hi && b.lo <= a.hi;
  const [date, span] = a.kind === 'date' ? [a, b] : [b, a];
  return date.kind === 'date' && span.kind === 'span' && ago(date.date) >= span.lo && ago(date.date) <= span.hi + 7;
}

/** Reads each clause; the last one not negated wins, since corrections come last. */
const DAY_OF_SOMETHING_ELSE = /^\s*\S{1,6}?\s*(那天)?是\s*(收到|接到|看到|发|开通|打开)|\b(was|is) (when|the day)\b/i;
const MONTH_ALONE =
  /^(?:but |in |of |it was )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^(但是?|不过|可)?是?(上个?月|[一二三四五六七八九十\d]{1,2}月)的?$/i;

function lastReading(raw: string, at: number, ahead = false): { reading?: DateReading; negatedOnly: boolean; takenBack: boolean } {
  let found: DateReading | undefined;
  let negatedOnly = false;
  let twoDays = false;
  let takenBack = false;
  // "6、7天前" is a range of days and "20、21号" two days offered, not two clauses.
  let text = casual(raw.toLowerCase())
    .replace(/(\d{1,2})\s*[、,，/或]\s*(\d{1,2})\s*(天|days?)/gi, '$1到$2$3')
    .replace(/(\d{1,2})\s*[号日]?\s*[、,，/或]\s*(\d{1,2})\s*(号|日)/g, '$1$3还是$2$3')
    // "Nov 17, 2026": the year after its comma belongs to the day, not to a clause of its own.
    .replace(/\b([a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\s*,\s*(\d{4})\b/gi, '$1 $2')
    // "Tuesday not Wednesday": the day denied after the day said is a clause of its own.
    .replace(/\b((?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\s+(not)\s+(?=(?:mon|tue|wed|thu|fri|sat|sun))/g, '$1, $2 ')
    // "less than a week ago, 4 days": a count of days closing the message, after another time, is that many days ago.
    .replace(
      /([,，;；]\s*(?:maybe |about |like |probably |prob |大概|应该是?|可能是?|差不多)?)(\d{1,2})\s*(days?|天)\s*$/i,
      (_, lead: string, n: string, unit: string) => (/天/.test(unit) ? `${lead}${n}天前` : `${lead}${n} ${unit} ago`),
    );
  // "3 days ago, actually 4", "3天前 不对 4": the number correcting a count of days keeps its unit (asked back).
  const carried = text.replace(
    CARRIED_COUNT,
    (all, unit: string, ago: string, between: string, n: string) =>
      `${all.slice(0, -n.length - between.length)}${between}${n}${/天/.test(unit) ? '天前' : ` ${unit} ${ago}`}`,
  );
  const unitCarried = carried !== text;
  text = carried;
  // Where the day read last was said (its clause's start and the day's end), to see what lies between it and the next.
  let foundClauseAt = 0;
  let foundEnd = 0;
  let searchFrom = 0;
  for (const clause of text.split(CLAUSES)) {
    const clauseAt = text.indexOf(clause, searchFrom);
    searchFrom = clauseAt + clause.length;
    if (!clause?.trim() || (ASKS_DATE.test(clause) && !FORGOT_WHICH.test(clause))) continue;
    const read = readDate(clause, at, ahead);
    const reading = read && inLastWeekIfSaid(read, text, at);
    if (!reading) {
      // "2 days ago, no, 3": a bare number after a date corrects it to something not said
      // (not a time of day: "11月20日 14:32", "Nov 20, 2:15pm").
      if (found && /\d|[一二三四五六七八九十两]/.test(clause) && clause.trim().length <= 6 && !TIME_OF_DAY.test(clause)) [found, takenBack] = [undefined, true];
      // "昨天，不对": a date taken back with nothing in its place.
      if (found && (new RegExp(CORRECTING.source).test(clause) || /^\s*(no|nope|wait|actually|wrong|not right|sorry)\b/i.test(clause)))
        [found, takenBack] = [undefined, true];
      // "the 18th, but october", "18号，不过是上个月的": a month named after the day: asked.
      if (found?.kind === 'date' && MONTH_ALONE.test(clause.trim())) found = { ...found, confirm: true };
      continue;
    }
    // "昨天是收到短信", "yesterday was when I got the sms": after the answer, what else that day was.
    if (found && DAY_OF_SOMETHING_ELSE.test(clause)) continue;
    // "上周三？", "是上周四吗": a date asked back is offered, not said.
    const next = text.slice(text.indexOf(clause) + clause.length).trimStart()[0];
    if ((next === '?' || next === '？' || /[吗么嘛]\s*$/.test(clause) || /(\p{Script=Han})[没不]\1/u.test(clause)) && reading.kind === 'date')
      reading.confirm = true;
    const isNegated = negated(clause, reading, at);
    negatedOnly = isNegated && !found;
    // "上礼拜五点到的 … 今天一看扣了钱": two days for two things (opened, noticed), no
    // correction between them: the later is offered, asked, never recorded.
    // A correction between the two days, or a belief before the first ("以为是上周五，账单是上周四"),
    // makes the later one the answer.
    const between = text.slice(foundEnd, clauseAt + clause.length);
    const believed = BELIEVED.test(text.slice(foundClauseAt, foundEnd));
    if (!isNegated && found && !agree(found, reading, at) && !CORRECTED.test(between) && !believed) twoDays = true;
    if (!isNegated) {
      found = reading;
      foundClauseAt = clauseAt;
      foundEnd = clauseAt + Math.max(0, clause.toLowerCase().indexOf(reading.text.toLowerCase())) + reading.text.length;
    }
    // "not more than 3 days ago": the negation of an open span is its complement.
    else if (reading.kind === 'span' && reading.hi === Infinity && reading.lo > 0) found = { ...reading, lo: 0, hi: reading.lo - 1 };
  }
  return {
    ...(found ? { reading: (twoDays || unitCarried) && found.kind === 'date' ? { ...found, confirm: true } : found } : {}),
    negatedOnly: negatedOnly && !found,
    takenBack: takenBack && !found,
  };
}

/** Whether the text named a time and then took it back with nothing in its place ("a week ago, no, 5"): asked, whatever words it used. */
export const takesBackItsDate = (raw: string, at: number): boolean => lastReading(raw, at).takenBack;

/** Whether the text's only date is negated ("definitely not wednesday", "不是周三"). */
export const negatesItsDate = (raw: string, at: number): boolean => lastReading(raw, at).negatedOnly;

/** The one date question whose answer lies ahead: the next charge, where a reminder is offered. */
const asksAhead = (offered: readonly string[]) => offered.includes('remindRenewal');

export function readDateAnswer(raw: string, at: number, offered: readonly string[]): DateAnswer | undefined {
  const { reading } = lastReading(raw, at, asksAhead(offered));
  if (!reading) return undefined;
  const length = normalisePhrase(reading.text).length;
  if (reading.kind === 'date') {
    const today = new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
    if (reading.date === today && offered.includes('today') && !reading.confirm) return { kind: 'choice', id: 'today', length };
    // At a date confirmation ("Did you mean Wed 18 Nov?") a bare weekday may count from the
    // day being confirmed ("no, it was the monday"): asked, not recorded.
    const atConfirmation = offered.includes('no');
    return { kind: 'date', date: reading.date, confirm: reading.confirm || (atConfirmation && reading.weekdayOnly === true), length };
  }
  const [lo, hi] = [reading.lo, reading.hi];
  // "上周末" / "last weekend": two days, and people then want to say which: confirmed.
  if (bucketOf(lo) === bucketOf(hi) && offered.includes(bucketOf(lo)))
    return { kind: /周末|weekend/i.test(reading.text) ? 'confirm' : 'choice', id: bucketOf(lo), length };
  if (hi === Infinity || hi - lo > WIDEST_SUGGESTION) return undefined;
  const likeliest = bucketOf(Math.floor((lo + hi) / 2));
  return offered.includes(likeliest) ? { kind: 'confirm', id: likeliest, length } : undefined;
}
