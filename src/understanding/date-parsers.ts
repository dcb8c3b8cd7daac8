/**
 * Dates chrono-node's own parsers miss, as chrono parsers: "11-21" and "11.21" (month and
 * day), "the 21st" / "on the 21st" (a day with no month), "N天前 / 两周前" (Chinese spans
 * with Chinese numerals) and 双十一 / 双11 / 双十二 (shopping-festival days).
 */
import type * as chrono from 'chrono-node';
import { chineseNumber } from './chinese-numbers';

const DAY_MS = 86_400_000;

/** Marks results of these parsers, which chrono's "unlikely format" filter must let through. */
export const OWN = 'refundCoach/own';

/** Marks a reading with no month given, which the caller places in the latest past month. */
export const MONTH_GUESSED = 'refundCoach/monthGuessed';

const SPAN_DAYS: Record<string, number> = { 天: 1, 日: 1, 周: 7, 星期: 7, 个星期: 7, 礼拜: 7, 个礼拜: 7, 个月: 30 };

/** "3天前", "十天前", "两周前", "5天之前". */
const zhCountAgo: chrono.Parser = {
  pattern: () => /(?<![\d.])(\d{1,3}|[零一二两三四五六七八九十]{1,3})\s*(个星期|个礼拜|个月|天|日|周|星期|礼拜)(?:以|之)?前/,
  extract: (context, match) => {
    const count = chineseNumber(match[1]!);
    const unit = SPAN_DAYS[match[2]!];
    if (count === undefined || unit === undefined) return null;
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

/** 双十一 (11 Nov) and 双十二 (12 Dec), the shopping festivals. */
const doubleDay: chrono.Parser = {
  pattern: () => /双\s*(十一|11|十二|12)/,
  extract: (context, match) => {
    const month = /十一|11/.test(match[1]!) ? 11 : 12;
    const components = context.createParsingComponents({ month, day: month });
    components.imply('year', context.refDate.getUTCFullYear());
    return components;
  },
};

export const ZH_DATE_PARSERS = [zhCountAgo, monthDashDay, dayWithoutMonth, doubleDay];
export const EN_DATE_PARSERS = [monthDashDay, dayWithoutMonth];
