/**
 * Dates chrono-node's own parsers miss, as chrono parsers: "11-21" and "11.21" (month and
 * day), "the 21st" / "on the 21st" (a day with no month), "N天前 / 两周前" (Chinese spans
 * with Chinese numerals), 双十一 / 双11 / 双十二 (shopping-festival days), and weekdays of a
 * named week in both languages (上周三, "Thursday last week"), weeks starting on Monday.
 */
import type * as chrono from 'chrono-node';
import { chineseNumber } from './chinese-numbers';
import { spanResult } from './day-spans';

const DAY_MS = 86_400_000;

/** Marks results of these parsers, which chrono's "unlikely format" filter must let through. */
export const OWN = 'refundCoach/own';

/** Marks a reading with no month given, which the caller places in the latest past month. */
export const MONTH_GUESSED = 'refundCoach/monthGuessed';

const SPAN_DAYS: Record<string, number> = { 天: 1, 日: 1, 周: 7, 星期: 7, 个星期: 7, 礼拜: 7, 个礼拜: 7, 个月: 30 };

/**
 * "3天前", "十天前", "两周前", "5天之前": one day. "一个礼拜前" and "一个月前" are said
 * loosely, so they give the span of that many days ago, which the caller reads as its
 * bucket ("a week ago" is the 7-days button, as "一周前" is), never as one precise day.
 */
const zhCountAgo: chrono.Parser = {
  pattern: () => /(?<![\d.])(\d{1,3}|[零一二两三四五六七八九十]{1,3})\s*(个星期|个礼拜|个月|天|日|周|星期|礼拜)(?:以|之)?前/,
  extract: (context, match) => {
    const count = chineseNumber(match[1]!);
    const unit = SPAN_DAYS[match[2]!];
    if (count === undefined || unit === undefined) return null;
    if (unit === 30 || (unit === 7 && count === 1)) return spanResult(context, match, count * unit, count * unit);
    const date = new Date(context.refDate.getTime() - count * unit * DAY_MS);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  },
};

/** "11-21", "11.21": month then day, as Chinese writers put them; not "1-3天" (a span). */
const monthDashDay: chrono.Parser = {
  pattern: () => /(?<![\d.\-/])(\d{1,2})[-.](\d{1,2})(?![\d.\-/]|\s*(?:天|日|号|days?|weeks?|周|个|%))/,
  extract: (context, match) => {
    const month = Number(match[1]);
    const day = Number(match[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const components = context.createParsingComponents({ month, day });
    components.imply('year', context.refDate.getUTCFullYear());
    // "11.21" looks like a decimal to chrono's filter; here it is a month and day.
    return components.addTag(OWN);
  },
};

/** "the 21st", "on the 21st", "21st", "20号" alone: a day of a month not named. */
const dayWithoutMonth: chrono.Parser = {
  pattern: () => /(?:\b(?:on\s+)?the\s+)?(?<![\d月])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(st|nd|rd|th|号|日)(?![a-z])/i,
  extract: (context, match) => {
    const day = chineseNumber(match[1]!);
    if (!day || day > 31) return null;
    const ref = context.refDate;
    const components = context.createParsingComponents({ day });
    components.imply('month', ref.getUTCMonth() + 1).imply('year', ref.getUTCFullYear());
    components.addTag(MONTH_GUESSED);
    return components;
  },
};

/** 双十一 (11 Nov; 光棍节) and 双十二 (12 Dec), the shopping festivals, also as said in English. */
const doubleDay: chrono.Parser = {
  pattern: () => /双\s*(十一|11|十二|12)|光棍节|\b(singles'? day|double (?:11|eleven|12|twelve))\b/i,
  extract: (context, match) => {
    const month = /十一|11|single|eleven|光棍/i.test(match[0]) ? 11 : 12;
    const components = context.createParsingComponents({ month, day: month });
    components.imply('year', context.refDate.getUTCFullYear());
    return components;
  },
};

const DAY_INDEX: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6, '1': 0, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };
const EN_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A weekday of a named week, weeks starting on Monday as in China: `weeksBack` 0 is this
 * week, 1 last week, 2 the week before. On a Sunday, 上周三 is 11 days back, not 4.
 */
function weekdayOf(context: chrono.ParsingContext, weeksBack: number, dayIndex: number) {
  const ref = context.refDate;
  const sinceMonday = (ref.getUTCDay() + 6) % 7;
  const date = new Date(ref.getTime() - (sinceMonday + 7 * weeksBack - dayIndex) * DAY_MS);
  const components = context.createParsingComponents({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  components.assign('weekday', (dayIndex + 1) % 7);
  return components;
}

const ZH_WEEKS_BACK: Record<string, number> = { 上上: 2, 大上: 2, 上: 1, 前一: 1, 这: 0, 本: 0, 今: 0, 下: -1, 下下: -2 };

/**
 * "上周三", "上个礼拜五", "上上周五", "这周一", "本周二", "下周一", "上周4", and with the week
 * and the day both named: "上周星期三", "上周的周三", "上个星期的星期三", "前一个星期的周三".
 */
const zhWeekday: chrono.Parser = {
  pattern: () => /(上上|大上|上|这|本|下下|下|前一)\s*个?\s*(?:周|星期|礼拜)\s*(?:的\s*)?(?:(?:周|星期|礼拜)\s*)?([一二三四五六日天1-7])(?![\d号日])/,
  extract: (context, match) => weekdayOf(context, ZH_WEEKS_BACK[match[1]!]!, DAY_INDEX[match[2]!]!),
};

/** An English weekday, whole or short ("wed", "weds", "thurs"), as group 1 of its own. */
const WEEKDAY = '(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|rs|urday|r)?';

const EN_WEEKS_BACK: Record<string, number> = {
  last: 1,
  'this past': 1,
  this: 0,
  next: -1,
  'last week': 1,
  'of last week': 1,
  'this week': 0,
  'of this week': 0,
  'the week before last': 2,
  'of the week before last': 2,
  'before last': 2,
  'week before last': 2,
  'a week ago': 1,
  'one week ago': 1,
  '1 week ago': 1,
  'two weeks ago': 2,
  '2 weeks ago': 2,
  'three weeks ago': 3,
  '3 weeks ago': 3,
};

/**
 * "last Wednesday" / "last Wed" (last week's, weeks starting on Monday), "Thursday last
 * week", "monday this week", "the Friday of the week before last", "two weeks ago on Tuesday",
 * "this past Sunday" (the latest Sunday gone), "next Monday".
 */
const enWeekday: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:(last|this past|this|next)\\s+${WEEKDAY}|(?:the\\s+)?${WEEKDAY}\\s+(last week|of last week|this week|of this week|(?:of\\s+)?the week before last|before last|(?:a|one|1|two|2|three|3) weeks? ago)|(last week|this week|(?:the\\s+)?week before last|(?:a|one|1|two|2|three|3) weeks? ago)(?:'s|,)?\\s+(?:on\\s+)?(?:the\\s+)?${WEEKDAY})\\b`,
      'i',
    ),
  extract: (context, match) => {
    const day = EN_DAYS.indexOf((match[2] ?? match[3] ?? match[6]!).toLowerCase());
    const which = (match[1] ?? match[4] ?? match[5]!).toLowerCase().replace(/^the\s+/, 'the ');
    if (which === 'this past') {
      const sinceMonday = (context.refDate.getUTCDay() + 6) % 7;
      return weekdayOf(context, day < sinceMonday ? 0 : 1, day);
    }
    // "the Wednesday before last": the week before last's, as "last Wednesday" is last week's (every
    // table writer read it so, even when this week's Wednesday has gone; asked: see readDate).
    return weekdayOf(context, EN_WEEKS_BACK[which]!, day);
  },
};

/** The `count`-th latest weekday `day` (0 = Monday) gone, today not one of them. */
function nthLatest(context: chrono.ParsingContext, day: number, count: number) {
  const latest = (context.refDate.getUTCDay() - ((day + 1) % 7) + 7) % 7 || 7;
  const date = new Date(context.refDate.getTime() - (latest + 7 * (count - 1)) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "two Fridays ago", "3 mondays ago": that many of the weekday counted back, today not one of them. */
const enWeekdaysAgo: chrono.Parser = {
  pattern: () => new RegExp(`\\b(two|2|three|3|four|4)\\s+${WEEKDAY}s?\\s+ago\\b`, 'i'),
  extract: (context, match) =>
    nthLatest(context, EN_DAYS.indexOf(match[2]!.toLowerCase()), { two: 2, three: 3, four: 4 }[match[1]!.toLowerCase()] ?? Number(match[1])),
};

/** "the day before yesterday", which chrono reads as yesterday. */
const enDayBeforeYesterday: chrono.Parser = {
  pattern: () => /\b(?:the\s+)?day\s+before\s+yesterday\b/i,
  extract: (context) => {
    const date = new Date(context.refDate.getTime() - 2 * DAY_MS);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  },
};

/** "不对 是17", "it was the 17": a bare day number said as the answer, month not named. */
const zhBareDay: chrono.Parser = {
  pattern: () => /(?<=是|就|在)\s*(\d{1,2})\s*(?:吧|呢|啊|呀)?\s*$/,
  extract: (context, match) => {
    const day = Number(match[1]);
    if (!day || day > 31) return null;
    const ref = context.refDate;
    const components = context.createParsingComponents({ day });
    components.imply('month', ref.getUTCMonth() + 1).imply('year', ref.getUTCFullYear());
    components.addTag(MONTH_GUESSED).addTag(OWN);
    return components;
  },
};

/** A day of a month named by where it lies from this one: this month (0), last month (1)… */
function dayOfMonthBack(context: chrono.ParsingContext, monthsBack: number, day: number) {
  const ref = context.refDate;
  const first = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - monthsBack, 1));
  const [year, month] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
  if (!day || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return context.createParsingComponents({ year, month, day }).addTag(OWN);
}

const ZH_MONTHS_BACK: Record<string, number> = { 上上: 2, 上: 1, 这: 0, 本: 0, 这个: 0, 下: -1, 下下: -2 };

/** "上个月15号", "上月3日", "这个月10号", "本月1号": a day of a month named from this one. */
const zhMonthRelativeDay: chrono.Parser = {
  pattern: () => /(上上|上|这|本|下下|下)\s*个?\s*月\s*的?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:号|日)?(?![\d天周个])/,
  extract: (context, match) => dayOfMonthBack(context, ZH_MONTHS_BACK[match[1]!]!, chineseNumber(match[2]!) ?? 0),
};

/** "the 15th of last month", "last month on the 15th", "15th last month", "this month's 3rd". */
const enMonthRelativeDay: chrono.Parser = {
  pattern: () =>
    /\b(?:(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(last|this|next)\s+month|(last|this|next)\s+month(?:'s|\s+on\s+the|\s+on|,)?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?)\b/i,
  extract: (context, match) =>
    dayOfMonthBack(context, { last: 1, this: 0, next: -1 }[(match[2] ?? match[3]!).toLowerCase() as 'last' | 'this' | 'next'], Number(match[1] ?? match[4])),
};

/** "a week ago", "three months ago": said loosely, the span of that many days ("2 weeks ago" is a day). */
const enWeeksAgo: chrono.Parser = {
  pattern: () => /\b(an?|one|1|two|three|four|five|six|\d{1,2})\s+(week|months?)\s+(?:ago|back|before)\b/i,
  extract: (context, match) => {
    const count = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 }[match[1]!.toLowerCase()] ?? Number(match[1]);
    const days = count * (/^week/i.test(match[2]!) ? 7 : 30);
    return days > 0 ? spanResult(context, match, days, days) : null;
  },
};

export const ZH_DATE_PARSERS = [zhMonthRelativeDay, zhWeekday, zhCountAgo, monthDashDay, dayWithoutMonth, doubleDay, zhBareDay];
export const EN_DATE_PARSERS = [enMonthRelativeDay, enWeekday, enWeekdaysAgo, enWeeksAgo, enDayBeforeYesterday, monthDashDay, dayWithoutMonth, doubleDay];
