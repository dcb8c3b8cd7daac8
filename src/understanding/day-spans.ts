/**
 * Vague times people give ("十几天前", "一个来月前", "over a week ago", "a few days ago",
 * "上周末", "11月中旬") as chrono-node parsers. A vague time is not a date: each result is
 * tagged with the range of days ago it covers, and the caller turns the range into a bucket
 * ("more than 7 days") or a question, never into one precise day.
 */
import type * as chrono from 'chrono-node';
import { chineseNumber } from './chinese-numbers';

const SPAN_TAG = 'refundCoach/span';

/** Tags a chrono result as covering `lo`..`hi` days ago (inclusive; hi may be Infinity). */
export function spanResult(context: chrono.ParsingContext, match: RegExpMatchArray, lo: number, hi: number) {
  // The components hold the nearest day of the range, so chrono keeps the result; callers
  // read the tagged range, never this day.
  const nearest = new Date(context.refDate.getTime() - lo * 86_400_000);
  const start = context.createParsingComponents({ year: nearest.getUTCFullYear(), month: nearest.getUTCMonth() + 1, day: nearest.getUTCDate() });
  start.addTag(SPAN_TAG).addTag(`${SPAN_TAG}:${lo}:${hi}`);
  return context.createParsingResult(match.index!, match[0], start);
}

/** The days-ago range a result was tagged with, if it is a vague time. */
export function spanOf(result: chrono.ParsedResult): [number, number] | undefined {
  for (const tag of result.tags()) {
    const m = /^refundCoach\/span:(\d+):(\d+|Infinity)$/.exec(tag);
    if (m) return [Number(m[1]), Number(m[2])];
  }
  return undefined;
}

const UNIT_DAYS: Record<string, number> = { 天: 1, 日: 1, 周: 7, 星期: 7, 礼拜: 7, 月: 30, day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30 };

/** Days since Monday of this week, with the reference date's weekday (China time as UTC). */
const daysSinceMonday = (context: chrono.ParsingContext) => (context.refDate.getUTCDay() + 6) % 7;

/** "十几天前", "二十多天", "一个来月前", "半个多月", "一周多", "两个多星期前", "几天前", "一周左右". */
const zhFuzzyCount: chrono.Parser = {
  pattern: () =>
    /(好几|前几|这几|几|十几|十多|十来|[二两三四五六七八九]十[几多来]|半|[一二两三四五六七八九十\d]{1,3})\s*(多|来)?\s*个?\s*(多|来)?\s*(天|日|周|星期|礼拜|月)\s*(多|左右|上下)?\s*(?:了|以前|之前|前)?/,
  extract: (context, match) => {
    const [, count, mid1, mid2, unitWord, after] = match;
    const unit = UNIT_DAYS[unitWord!]!;
    const fuzzy = mid1 ?? mid2 ?? after;
    let lo: number, hi: number;
    if (count === '几' || count === '前几' || count === '这几') [lo, hi] = [2 * unit, 5 * unit];
    else if (count === '好几') [lo, hi] = [3 * unit, 9 * unit];
    else if (count === '十几' || count === '十多') [lo, hi] = [11 * unit, 19 * unit];
    else if (count === '十来') [lo, hi] = [8 * unit, 12 * unit];
    else if (/十[几多来]$/.test(count!)) {
      const tens = chineseNumber(`${count!.slice(0, -1)}`)!;
      [lo, hi] = [(tens + 1) * unit, (tens + 9) * unit];
    } else {
      const n = count === '半' ? 0.5 : chineseNumber(count!);
      if (n === undefined) return null;
      const days = Math.round(n * unit);
      if (fuzzy === '多') [lo, hi] = [days + 1, days + Math.max(1, Math.round(unit * (n >= 1 ? 0.9 : 0.5) * 0.7))];
      else if (fuzzy === '来' || fuzzy === '左右' || fuzzy === '上下')
        [lo, hi] = [days - Math.max(1, Math.round(days * 0.2)), days + Math.max(1, Math.round(days * 0.2))];
      else return null; // a plain count is a date, read by the "N天前" parser
    }
    return spanResult(context, match, lo, hi);
  },
};

/** "上周", "上周末", "这周", "这几天", "上个月", "11月中旬", "最近" is left alone (no range). */
const zhNamedSpan: chrono.Parser = {
  pattern: () =>
    /(上上个?(?:周|星期|礼拜)末|(?:上上|大上)个?(?:周|星期|礼拜)(?![一二三四五六日天1-7的])|上个?(?:周|星期|礼拜)末?(?!\s*的?\s*(?:(?:周|星期|礼拜)\s*)?[一二三四五六日天1-7])|这个?(?:周|星期|礼拜)(?![一二三四五六日天])|本周|上个?月|(\d{1,2}|[一二三四五六七八九十]{1,3}|这个?|本|(?<![\u4e00-\u9fff\d]))月(上旬|中旬|下旬|初|中|底|末))/,
  extract: (context, match) => {
    const text = match[1]!;
    const sinceMonday = daysSinceMonday(context);
    if (/^上上个?(周|星期|礼拜)末$/.test(text)) return spanResult(context, match, sinceMonday + 8, sinceMonday + 9);
    if (/^(上上|大上)个?(周|星期|礼拜)$/.test(text)) return spanResult(context, match, sinceMonday + 8, sinceMonday + 14);
    if (/^上个?(周|星期|礼拜)末$/.test(text)) return spanResult(context, match, sinceMonday + 1, sinceMonday + 2);
    if (/^上个?(周|星期|礼拜)$/.test(text)) return spanResult(context, match, sinceMonday + 1, sinceMonday + 7);
    if (/^(这个?(周|星期|礼拜)|本周)$/.test(text)) return spanResult(context, match, 0, sinceMonday);
    if (/^上个?月$/.test(text)) return spanResult(context, match, context.refDate.getUTCDate(), context.refDate.getUTCDate() + 31);
    // "月初", "这个月底": this month's.
    const month = /^(这个?|本)?$/.test(match[2] ?? '') ? context.refDate.getUTCMonth() + 1 : chineseNumber(match[2]!);
    if (!month || month > 12) return null;
    const [first, last] = (
      { 上旬: [1, 10], 初: [1, 10], 中旬: [11, 20], 中: [11, 20], 下旬: [21, 31], 底: [21, 31], 末: [21, 31] } as Record<string, [number, number]>
    )[match[3]!]!;
    const ref = context.refDate;
    const year = month > ref.getUTCMonth() + 1 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
    const ago = (day: number) => Math.round((ref.getTime() - Date.UTC(year, month - 1, day)) / 86_400_000);
    return spanResult(context, match, Math.max(0, ago(last)), Math.max(0, ago(first)));
  },
};

/** The days ago a whole month spans: this year's, or last year's if it has not come yet. */
function wholeMonth(context: chrono.ParsingContext, match: RegExpMatchArray, month: number) {
  const ref = context.refDate;
  const year = month > ref.getUTCMonth() + 1 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
  const ago = (day: number) => Math.round((ref.getTime() - Date.UTC(year, month - 1, day)) / 86_400_000);
  return spanResult(context, match, Math.max(0, ago(new Date(Date.UTC(year, month, 0)).getUTCDate())), Math.max(0, ago(1)));
}

/** "10月", "十月份": a month named with no day in it ("10月5号", "3月前" are left alone). */
const zhWholeMonth: chrono.Parser = {
  pattern: () => /(?<![\d一二三四五六七八九十个])(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?!\s*[\d一二三四五六七八九十号日初中底末上下前后])/,
  extract: (context, match) => {
    const month = chineseNumber(match[1]!);
    return month && month <= 12 ? wholeMonth(context, match, month) : null;
  },
};

/** "不到一周", "没超过三天", "超过一周", "不止7天", "7天以上", "一周以上". */
const zhBoundedSpan: chrono.Parser = {
  pattern: () =>
    /(不到|没到|没超过|没有超过|不超过|少于|超过|不止|大于|多于)\s*(\d{1,3}|[一二两三四五六七八九十半]{1,3})\s*个?\s*(天|日|周|星期|礼拜|月)(以上|以内|之内)?|(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个?\s*(天|日|周|星期|礼拜|月)(以上|以内|之内)/,
  extract: (context, match) => {
    const bound = match[1] ?? '';
    const n = match[2] ? (match[2] === '半' ? 0.5 : chineseNumber(match[2])) : chineseNumber(match[5]!);
    const unit = UNIT_DAYS[match[3] ?? match[6]!]!;
    const suffix = match[4] ?? match[7] ?? '';
    if (n === undefined) return null;
    const days = Math.round(n * unit);
    const under = /不到|没到|没超过|没有超过|不超过|少于/.test(bound) || /以内|之内/.test(suffix);
    if (under) return spanResult(context, match, 0, /不到|没到|少于/.test(bound) ? days - 1 : days);
    return spanResult(context, match, days + 1, Infinity);
  },
};

const EN_COUNTS: Record<string, [number, number]> = {
  'a few': [2, 5],
  few: [2, 5],
  several: [3, 6],
  'a couple of': [2, 3],
  'a couple': [2, 3],
  'couple of': [2, 3],
  couple: [2, 3],
};
const EN_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/**
 * "over a week ago", "more than 7 days ago", "about 10 days ago", "a month or so ago",
 * "a few days ago", "a couple of weeks ago", "less than a week ago". A plain count with no
 * such word is a date, left to chrono's own parser.
 */
const enFuzzyAgo: chrono.Parser = {
  pattern: () =>
    /\b(?:(no more than|not more than|at most|up to|over|more than|at least|about|around|roughly|approximately|almost|nearly|like|maybe|probably|less than|under|within(?: the (?:last|past))?|in the (?:last|past)|not even)\s+)?(a few|few|several|a couple of|a couple|couple of|couple|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})(\+)?\s*(days?|weeks?|months?)(?:\s*(or so|or more|or two|ish|plus))?(?:\s+(?:ago|back|before)(?:\s*(or so|ish|or more))?)?\b/i,
  extract: (context, match) => {
    const qualifier = match[1]?.toLowerCase();
    const countWord = match[2]!.toLowerCase();
    const unit = UNIT_DAYS[match[4]!.toLowerCase()]!;
    // "20+ days ago": the plus is "or more".
    const suffix = match[3] ? 'plus' : (match[5] ?? match[6])?.toLowerCase();
    const vagueCount = EN_COUNTS[countWord];
    if (!qualifier && !suffix && !vagueCount) return null;
    const [cLo, cHi] =
      vagueCount ??
      (() => {
        const n = EN_NUMBERS[countWord] ?? Number(countWord);
        return [n, n];
      })();
    let lo = cLo * unit;
    let hi = cHi * unit;
    if (qualifier === 'over' || qualifier === 'more than' || suffix === 'or more' || suffix === 'plus') [lo, hi] = [hi + 1, Infinity];
    else if (qualifier === 'at least') hi = Infinity;
    else if (qualifier === 'less than' || qualifier === 'under' || qualifier === 'almost' || qualifier === 'nearly' || qualifier === 'not even')
      [lo, hi] = [qualifier === 'almost' || qualifier === 'nearly' ? Math.max(0, lo - 2) : 0, lo - 1];
    else if (qualifier?.startsWith('within') || qualifier?.startsWith('in the') || ['no more than', 'not more than', 'at most', 'up to'].includes(qualifier!))
      [lo, hi] = [0, hi];
    else if (qualifier || suffix) [lo, hi] = [Math.max(0, lo - Math.max(1, Math.round(lo * 0.25))), hi + Math.max(1, Math.round(hi * 0.25))];
    return spanResult(context, match, lo, hi);
  },
};

const countOf = (word: string) => EN_NUMBERS[word.toLowerCase()] ?? Number(word);

/** "2 or 3 days ago", "4-5 days ago", "three or four days ago". */
const enCountRange: chrono.Parser = {
  pattern: () =>
    /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:or|-|–|to)\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)(?:\s+(?:ago|back|before))?\b/i,
  extract: (context, match) => {
    const unit = UNIT_DAYS[match[3]!.toLowerCase()]!;
    const [a, b] = [countOf(match[1]!), countOf(match[2]!)];
    if (!(a < b)) return null;
    return spanResult(context, match, a * unit, b * unit);
  },
};

/** "三四天前", "五六天前", "2到3天前", "3-4天前". */
const zhCountRange: chrono.Parser = {
  pattern: () => /(?:([一二两三四五六七八九])([二三四五六七八九])|(\d{1,2})\s*(?:到|至|-|–|~)\s*(\d{1,2}))\s*(天|周|星期|个星期)(?:以|之)?前?/,
  extract: (context, match) => {
    const a = chineseNumber(match[1] ?? match[3]!)!;
    const b = chineseNumber(match[2] ?? match[4]!)!;
    if (!(a < b)) return null;
    const unit = UNIT_DAYS[match[5]!.replace('个', '')]!;
    return spanResult(context, match, a * unit, b * unit);
  },
};

/** "go back 5 days", "5 days back": plain counting back, a date like "5 days ago". */
const enCountBack: chrono.Parser = {
  pattern: () => /\bback\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\b/i,
  extract: (context, match) => {
    const date = new Date(context.refDate.getTime() - countOf(match[1]!) * 86_400_000);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  },
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "early November", "mid-Nov", "end of October". */
const enPartOfMonth: chrono.Parser = {
  pattern: () =>
    /\b(early|beginning of|start of|mid|middle of|late|end of)[\s-]+(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:the|this) month)\b/i,
  extract: (context, match) => {
    const part = match[1]!.toLowerCase();
    // "beginning of the month": this month's.
    const month = match[2] ? MONTHS.indexOf(match[2].toLowerCase()) + 1 : context.refDate.getUTCMonth() + 1;
    const [first, last] = /early|beginning|start/.test(part) ? [1, 10] : /mid|middle/.test(part) ? [11, 20] : [21, 31];
    const ref = context.refDate;
    const year = month > ref.getUTCMonth() + 1 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
    const ago = (day: number) => Math.round((ref.getTime() - Date.UTC(year, month - 1, day)) / 86_400_000);
    return spanResult(context, match, Math.max(0, ago(last)), Math.max(0, ago(first)));
  },
};

/** "in October", "back in oct": a month named with no day in it. */
const enWholeMonth: chrono.Parser = {
  pattern: () => /\b(?:back |sometime |some time )?in\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s*\d)/i,
  extract: (context, match) => wholeMonth(context, match, MONTHS.indexOf(match[1]!.toLowerCase()) + 1),
};

/** "last week", "last weekend", "earlier this week", "this week", "last month". */
const enNamedSpan: chrono.Parser = {
  pattern: () =>
    /\b(the weekend before last|last weekend|this past weekend|past weekend|over the weekend|last week|earlier this week|this week|last month|a while ago|recently)\b/i,
  extract: (context, match) => {
    const sinceMonday = daysSinceMonday(context);
    switch (match[1]!.toLowerCase()) {
      case 'the weekend before last':
        return spanResult(context, match, sinceMonday + 8, sinceMonday + 9);
      case 'last weekend':
      case 'this past weekend':
      case 'past weekend':
      case 'over the weekend':
        return spanResult(context, match, sinceMonday + 1, sinceMonday + 2);
      case 'last week':
        return spanResult(context, match, sinceMonday + 1, sinceMonday + 7);
      case 'earlier this week':
        return spanResult(context, match, Math.min(1, sinceMonday), sinceMonday);
      case 'this week':
        return spanResult(context, match, 0, sinceMonday);
      case 'last month':
        return spanResult(context, match, context.refDate.getUTCDate(), context.refDate.getUTCDate() + 31);
      default:
        return null;
    }
  },
};

export const ZH_SPAN_PARSERS = [zhBoundedSpan, zhNamedSpan, zhWholeMonth, zhCountRange, zhFuzzyCount];
export const EN_SPAN_PARSERS = [enCountRange, enFuzzyAgo, enNamedSpan, enPartOfMonth, enWholeMonth, enCountBack];
