/**
 * Reads a typed purchase date ("前天", "3天前", "11月20号", "last Friday", "11-21", "the 21st")
 * into a China calendar date with chrono-node, extended with parsers for what it misses
 * (date-parsers.ts) and for vague times (day-spans.ts), which come back as a range of days
 * ago rather than one day. Parsing runs on China wall-clock time presented as UTC, so
 * "昨天" at 01:00 in Shanghai is Shanghai's yesterday in every parser.
 */
import * as chrono from 'chrono-node';
import { EN_DATE_PARSERS, MONTH_GUESSED, OWN, ZH_DATE_PARSERS } from './date-parsers';
import { EN_SPAN_PARSERS, spanOf, ZH_SPAN_PARSERS } from './day-spans';
import { holidayParser } from './holidays';

import { chineseNumber } from './chinese-numbers';
import { casual } from './normalise';

export { chineseNumber };

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** chrono's last refiner drops number-like results ("11.21"); ours it lets through. */
function sparingOwnResults(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const own = results.filter((r) => r.start.tags().has(OWN));
      const kept = filter.refine(
        context,
        results.filter((r) => !own.includes(r)),
      );
      return [...kept, ...own].sort((a, b) => a.index - b.index);
    },
  };
}

function extended(base: chrono.Chrono, extra: chrono.Parser[]): chrono.Chrono {
  const parser = base.clone();
  // Ours first: at equal length chrono keeps the earlier result, and ours know more.
  parser.parsers.unshift(...extra);
  parser.refiners = parser.refiners.map((r) => (r.constructor.name === 'UnlikelyFormatFilter' ? sparingOwnResults(r) : r));
  return parser;
}

const ZH = extended(chrono.zh.casual, [holidayParser, ...ZH_SPAN_PARSERS, ...ZH_DATE_PARSERS]);
const EN = extended(chrono.en.casual, [holidayParser, ...EN_SPAN_PARSERS, ...EN_DATE_PARSERS]);

/** The parsers a text needs: Chinese if it has Chinese, English if it has Latin letters or no Chinese. */
function parsersFor(text: string): chrono.Chrono[] {
  const han = /\p{Script=Han}/u.test(text);
  return han && !/[a-z]/i.test(text) ? [ZH] : han ? [ZH, EN] : [EN];
}

export type DateReading =
  /** One China calendar date, YYYY-MM-DD; `confirm` when the reading involved a guess. */
  | { kind: 'date'; date: string; confirm: boolean; text: string; weekdayOnly?: true }
  /** A vague time: somewhere from `lo` to `hi` days ago (hi may be Infinity). */
  | { kind: 'span'; lo: number; hi: number; text: string };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The text names a coming day explicitly, which must not be moved into the past. */
const EXPLICITLY_FUTURE = /(\bnext\b|\bcoming\b|下个?(周|星期|礼拜)|明天|后天|tomorrow)/i;
/** A time of day alone ("晚上", "tonight") is not a date: "11.21 晚上" is about the 21st. */
const TIME_OF_DAY_ONLY = /^(早上|上午|中午|下午|晚上|傍晚|今晚|凌晨|半夜|tonight|morning|evening|night|noon|afternoon|this morning)$/i;

/** Results worth reading: a day, a weekday, or a tagged span; never a bare month or hour. */
function usable(result: chrono.ParsedResult): boolean {
  if (spanOf(result)) return true;
  if (TIME_OF_DAY_ONLY.test(result.text.trim())) return false;
  return result.start.isCertain('day') || result.start.isCertain('weekday');
}

/**
 * chrono's Chinese parser reads a weekday followed by a time of day ("周二下午", "这周二晚上")
 * as today at that time; the time of day says nothing about the date here, so it is dropped.
 */
const WEEKDAY_THEN_TIME = /((?:这|本|上|下)?个?(?:周|星期|礼拜)[一二三四五六日天])的?(?:早上|上午|中午|下午|晚上|傍晚|凌晨|半夜)/g;

/** Words that offer two times as alternatives: "上周三还是周四", "Wednesday or Thursday". */
const ALTERNATIVE = /^\s*(?:还是|或者|或是|或|要么|也可能是|or(?: maybe| perhaps)?|maybe|\/)\s*$/i;

function bestResult(text: string, reference: chrono.ParsingReference): { best: chrono.ParsedResult; alternatives: boolean } | undefined {
  let best: chrono.ParsedResult | undefined;
  const all: chrono.ParsedResult[] = [];
  text = text.replace(WEEKDAY_THEN_TIME, '$1');
  for (const parser of parsersFor(text)) {
    for (const result of parser.parse(text, reference)) {
      if (!usable(result)) continue;
      all.push(result);
      if (!best || result.text.length > best.text.length) best = result;
    }
  }
  if (!best) return undefined;
  // Two times offered as alternatives ("上周三还是周四来着"): one of them, not known which.
  const b = best;
  const alternatives = all.some((r) => {
    const [first, second] = r.index < b.index ? [r, b] : [b, r];
    // ("18号晚上还是19号凌晨": a time of day beside either day leaves them alternatives.)
    const gap = text
      .slice(first.index + first.text.length, second.index)
      .replace(/早上|上午|中午|下午|晚上|傍晚|凌晨|半夜|\b(in the )?(morning|afternoon|evening|night)\b/g, '');
    return r !== b && first.index + first.text.length <= second.index && ALTERNATIVE.test(gap);
  });
  return { best, alternatives };
}

/**
 * The China calendar date, or the vague span, a text names. A bare weekday ahead of today
 * ("Friday" on a Thursday) is moved back a week and confirmed; a day with no month goes to
 * the latest such day not in the future, confirmed. A date in the future that was said as
 * one ("next Tuesday", "下周二", "明天", "Dec 3") stays in the future, so the coach can say
 * it cannot be the purchase date rather than quietly move it.
 */
export function readDate(typed: string, at: number, ahead = false): DateReading | undefined {
  const text = casual(typed.toLowerCase());
  const today = new Date(at + CHINA_OFFSET_MS);
  const found = bestResult(text, { instant: today, timezone: 0 });
  if (!found) return undefined;
  const { best, alternatives } = found;
  const span = spanOf(best);
  if (span) return { kind: 'span', lo: span[0], hi: span[1], text: best.text };
  const read = ahead ? readAhead(best, text, today) : readFound(best, text, today);
  // "上个月十五号左右", "around the 15th": a day give or take two, read as its bucket or asked.
  const after = text.slice(best.index + best.text.length);
  const before = text.slice(0, best.index);
  if (read.kind === 'date' && (/^\s*(左右|前后|上下|ish\b|or so\b)/i.test(after) || /\b(around|about|roughly|approximately)\s*(the\s+)?$/i.test(before))) {
    const ago = Math.round((Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - Date.parse(read.date)) / DAY_MS);
    if (ago >= 0) return { kind: 'span', lo: Math.max(0, ago - 2), hi: ago + 2, text: best.text };
  }
  const weekdayOnly = read.kind === 'date' && best.start.isCertain('weekday') && !best.start.isCertain('day');
  const lastWeekday = read.kind === 'date' && lastSaidOfPassedDay(text, read.date, today);
  // "昨晚12点", "midnight last night": the end of yesterday or the start of today.
  const midnight = /12点|十二点|零点|0点|午夜|半夜|midnight|12\s*am\b/i.test(text);
  // "las wendsday": an unknown word right before a bare weekday may be "last": asked, never recorded.
  const wordBefore = weekdayOnly ? /([a-z]+)\s*$/.exec(before)?.[1] : undefined;
  const unknownBefore = wordBefore !== undefined && !KNOWN_BEFORE_WEEKDAY.test(wordBefore);
  // "周三", "wednesday" with no week named: this week's or last week's, a week apart (the
  // 7-day verdict can turn on it): asked, never recorded.
  const noWeekNamed = weekdayOnly && !WEEK_NAMED.test(text);
  // "the Monday before last": the second Monday back to some, last week's to others: asked.
  const beforeLast = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+before\s+last\b/i.test(text);
  return {
    ...read,
    ...(alternatives || lastWeekday || midnight || unknownBefore || noWeekNamed || beforeLast ? { confirm: true } : {}),
    ...(weekdayOnly ? { weekdayOnly: true } : {}),
  } as DateReading;
}

/** A week named beside a weekday: "上周三", "这周二", "本周一", "last friday", "this monday". */
const WEEK_NAMED = /上|这|本|下|\b(last|this|past|next|previous|coming)\b/;

/** Words that may stand right before a weekday without changing which week it is. */
const KNOWN_BEFORE_WEEKDAY =
  /^(on|this|last|past|the|since|by|was|were|it|its|is|a|an|just|yes|yeah|yep|yup|no|nope|nah|actually|think|guess|maybe|probably|prob|around|about|early|late|that|and|or|so|then|like|i|sometime|only|said|opened|paid|charged|signed|joined|bought|renewed|got|before|after|of|in|at|wait|hmm|um|ok|okay|sorry|oh|earlier|week|not|but|from|to|me)$/;

const LAST_WEEK = /\blast week\b|\bthe week before\b|上周|上个?星期|上个?礼拜/i;
const THIS_WEEK = /\bthis\s+(week|mon|tues?|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)|这周|本周|这个?星期|这个?礼拜/i;
/** "last Wednesday, no wait, Tuesday": a weekday corrected from "last <day>" is last week's too, asked. */
const LAST_DAY = /\blast\s+(mon|tues?|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(day)?\b/i;

/**
 * "last week, the Wednesday", "上周 周三那天": a bare weekday read as this week's, in a message
 * that names last week elsewhere, is last week's.
 */
export function inLastWeekIfSaid(reading: DateReading, message: string, at: number): DateReading {
  // (Whole message: chrono may swallow "last week" into the day and still read this week's, "on monday last week".)
  const rest = message.replace(reading.text, ' ');
  const lastDay = LAST_DAY.test(rest);
  if (reading.kind !== 'date' || !reading.weekdayOnly || !(LAST_WEEK.test(message) || lastDay) || THIS_WEEK.test(message)) return reading;
  const today = new Date(at + CHINA_OFFSET_MS);
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const monday = day - ((today.getUTCDay() + 6) % 7) * DAY_MS;
  const date = Date.parse(reading.date);
  return date >= monday ? { ...reading, date: new Date(date - 7 * DAY_MS).toISOString().slice(0, 10), confirm: lastDay } : reading;
}

/**
 * "last Monday" said on a Thursday: Monday of last week to some, this week's Monday (three
 * days ago) to others, and the two fall either side of the 7-day line: asked. Where this
 * week's day is still ahead ("last Friday" on a Thursday) only last week's can be meant.
 */
function lastSaidOfPassedDay(text: string, date: string, today: Date): boolean {
  if (!/\blast\s+(mon|tues?|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(day)?\b/i.test(text)) return false;
  const thisWeeks = Date.parse(date) + 7 * DAY_MS;
  return thisWeeks < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}

/**
 * A date asked for ahead (the next charge): a day with no month is the next such day ("30号",
 * "every month on the 20th"), a bare weekday the next one, a month and day with no year the
 * next time it comes round ("jan 5", "1月3号").
 */
function readAhead(best: chrono.ParsedResult, text: string, today: Date): DateReading {
  const start = best.start;
  const [year, month, day] = [start.get('year')!, start.get('month')!, start.get('day')!];
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  let date = Date.UTC(year, month - 1, day);
  const reading = (d: number, confirm = false): DateReading => ({ kind: 'date', date: new Date(d).toISOString().slice(0, 10), confirm, text: best.text });
  if (start.tags().has(MONTH_GUESSED)) {
    for (let k = 0; date <= todayUtc && k < 12; k++) date = Date.UTC(year, month - 1 + k + 1, day);
    // A day the next month does not have ("31号" before a 30-day month) is asked.
    return reading(date, new Date(date).getUTCDate() !== day);
  }
  if (start.isCertain('weekday') && !start.isCertain('day') && date <= todayUtc) return reading(date + 7 * DAY_MS);
  // "jan 5" in November is next January; "nov 20" on 26 Nov has just passed and stays past
  // (the coach says it cannot be the next charge).
  if (!start.isCertain('year') && date <= todayUtc - 60 * DAY_MS) return reading(Date.UTC(year + 1, month - 1, day), isAmbiguousSlash(text));
  return reading(date, isAmbiguousSlash(text));
}

function readFound(best: chrono.ParsedResult, text: string, today: Date): DateReading {
  const start = best.start;
  const [year, month, day] = [start.get('year')!, start.get('month')!, start.get('day')!];
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const parsed = Date.UTC(year, month - 1, day);
  const inFuture = parsed > todayUtc;
  const reading = (date: number, confirm: boolean): DateReading => ({
    kind: 'date',
    date: new Date(date).toISOString().slice(0, 10),
    confirm,
    text: best.text,
  });

  if (start.tags().has(MONTH_GUESSED)) {
    // "20号" / "the 20th" on the 26th is this month's: no other month is nearer. One still
    // ahead this month is last month's, asked, not assumed.
    // Another time word beside it ("是18号但是是上个月") may name its month: asked.
    // ("yes the 18th but october": a month's name too.)
    if (!inFuture)
      return reading(
        parsed,
        month === today.getUTCMonth() + 1 &&
          (/月|month|周|礼拜|星期|week|year|年/i.test(text.replace(best.text, '')) || MONTH_NAME.test(text.replace(best.text, ''))),
      );
    const lastMonth = month === 1 ? Date.UTC(year - 1, 11, day) : Date.UTC(year, month - 2, day);
    return reading(lastMonth, true);
  }
  const bareWeekday = start.isCertain('weekday') && !start.isCertain('day');
  if (bareWeekday && !EXPLICITLY_FUTURE.test(text) && (inFuture || (parsed === todayUtc && !/今天|today/i.test(text)))) {
    // "Friday" said on a Thursday most likely means last week's, and "Thursday" said on a
    // Thursday (not "today") too; ask to be sure.
    return reading(parsed - 7 * DAY_MS, true);
  }
  // chrono puts a month and day in the nearest year; a purchase named without a year is this
  // year's ("3/4" in November is last March), and one still ahead this year stays ahead.
  if (!start.isCertain('year') && year > today.getUTCFullYear() && !EXPLICITLY_FUTURE.test(text)) {
    return { kind: 'date', date: iso(year - 1, month, day), confirm: isAmbiguousSlash(text), text: best.text };
  }
  // "3/4" could be 3 April or 4 March.
  return { kind: 'date', date: iso(year, month, day), confirm: isAmbiguousSlash(text), text: best.text };
}

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|[一二三四五六七八九十\d]+月|上个?月|这个?月/i;

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A day that no month has, or not the month named: "35号", "the 45th", "11月31号", "2月30",
 * "Nov 31", "Feb 29" in a common year, "2026-13-02". Such an answer is asked again, never read as a
 * nearby real day, and never as a plain "no" at a date confirmation.
 */
export function namesImpossibleDate(text: string, at: number): boolean {
  const t = text.normalize('NFKC').toLowerCase();
  const year = new Date(at + CHINA_OFFSET_MS).getUTCFullYear();
  const monthOk = (month: number, day: number) => day <= Math.max(daysIn(year, month), daysIn(year - 1, month));
  for (const m of t.matchAll(/(?:(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*)?(\d{1,3}|[一二三四五六七八九十]{1,4})\s*(号|日)?/g)) {
    if (!m[1] && !m[3]) continue;
    const day = chineseNumber(m[2]!);
    const month = m[1] ? chineseNumber(m[1]) : undefined;
    if (day === undefined) continue;
    if (day > 31 || day === 0) return true;
    if (month !== undefined && month >= 1 && month <= 12 && !(month === 2 && day === 29 ? daysIn(year, 2) === 29 : monthOk(month, day))) return true;
  }
  for (const m of t.matchAll(/\b(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)\b/g)) if (Number(m[1]) > 31 || Number(m[1]) === 0) return true;
  // "the 31st of nov": the day first (the month first is read below).
  for (const m of t.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/g)) {
    const month = EN_MONTHS.indexOf(m[2]!) + 1;
    const day = Number(m[1]);
    if (!(month === 2 && day === 29 ? daysIn(year, 2) === 29 : monthOk(month, day))) return true;
  }
  // "2026-13-02": a year first is followed by the month; a thirteenth month is no day swapped round.
  for (const m of t.matchAll(/\b\d{4}\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/g)) {
    const month = Number(m[1]);
    if (month === 0 || month > 12 || Number(m[2]) === 0 || Number(m[2]) > daysIn(year, month)) return true;
  }
  for (const m of t.matchAll(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,3})(?:st|nd|rd|th)?\b/g)) {
    const month = EN_MONTHS.indexOf(m[1]!) + 1;
    const day = Number(m[2]);
    if (day > 31 || day === 0 || (month === 2 && day === 29 ? daysIn(year, 2) !== 29 : !monthOk(month, day))) return true;
  }
  return false;
}

/** "3/4" alone could be 3 April or 4 March. */
function isAmbiguousSlash(text: string): boolean {
  const slashed = /^\s*(\d{1,2})[/.-](\d{1,2})\s*$/.exec(text);
  return slashed !== null && Number(slashed[1]) <= 12 && Number(slashed[2]) <= 12 && slashed[1] !== slashed[2];
}
