/**
 * Reads a typed purchase date ("前天", "3天前", "11月20号", "last Friday", "2026-11-20") into a
 * China calendar date, with chrono-node. Its Chinese parser lacks "N天前 / 两周前" and reads
 * Chinese numerals only in some places, so one small parser is added for those spans.
 */
import * as chrono from 'chrono-node';


const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to 99 (十, 十五, 二十, 两), enough for "how many days/weeks ago". */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (m) return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[2] ? DIGITS[m[2]]! : 0);
  return text.length === 1 ? DIGITS[text] : undefined;
}

const SPAN_DAYS: Record<string, number> = { 天: 1, 日: 1, 周: 7, 星期: 7, 个星期: 7, 礼拜: 7, 个礼拜: 7, 个月: 30 };

const spanAgoParser: chrono.Parser = {
  pattern: () => /(\d{1,3}|[零一二两三四五六七八九十]{1,3})\s*(个星期|个礼拜|个月|天|日|周|星期|礼拜)(?:以|之)?前/,
  extract: (context, match) => {
    const count = chineseNumber(match[1]!);
    const unit = SPAN_DAYS[match[2]!];
    if (count === undefined || unit === undefined) return null;
    const date = new Date(context.refDate.getTime() - count * unit * DAY_MS);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  },
};

/** "20号", "the 20th": a day of the month with no month; the latest such day not in the future. */
const dayOnlyPattern = /^(?:the\s+)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:号|日|st|nd|rd|th)$/i;

const zhParser = chrono.zh.casual.clone();
zhParser.parsers.push(spanAgoParser);
const parsers = [zhParser, chrono.en.casual];

export interface ReadDate {
  /** China calendar date, YYYY-MM-DD. */
  date: string;
  /** The reading involved a guess the user should confirm. */
  confirm: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The text names a previous week's day explicitly ("上周五", "last Friday"). */
const explicitlyPast = /(last|previous|上个?(周|星期|礼拜))/i;

function dayOfMonth(text: string, today: Date): ReadDate | undefined {
  const match = dayOnlyPattern.exec(text.trim());
  const day = match ? chineseNumber(match[1]!) : undefined;
  if (!day || day > 31) return undefined;
  let year = today.getUTCFullYear();
  let month = today.getUTCMonth() + 1;
  if (day > today.getUTCDate()) {
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  return { date: iso(year, month, day), confirm: true };
}

/**
 * The China calendar date a text names, or undefined. Parsing runs on China wall-clock time
 * presented as UTC, so "昨天" at 01:00 in Shanghai is Shanghai's yesterday in every parser.
 * A purchase lies in the past, so a guess that lands in the future is moved back (a bare
 * weekday to last week, a month and day to last year) and marked for confirmation.
 */
export function readDate(text: string, at: number): ReadDate | undefined {
  const today = new Date(at + CHINA_OFFSET_MS);
  const reference = { instant: today, timezone: 0 };
  for (const parser of parsers) {
    const [result] = parser.parse(text, reference);
    if (!result) continue;
    const start = result.start;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (!year || !month || !day) continue;
    const parsed = new Date(Date.UTC(year, month - 1, day));
    const inFuture = parsed.getTime() > Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    const bareWeekday = start.isCertain('weekday') && !start.isCertain('day') && !explicitlyPast.test(text);
    if (bareWeekday) {
      const moved = inFuture ? new Date(parsed.getTime() - 7 * DAY_MS) : parsed;
      return { date: moved.toISOString().slice(0, 10), confirm: true };
    }
    if (inFuture && !start.isCertain('year')) return { date: iso(year - 1, month, day), confirm: true };
    // "3/4" could be 3 April or 4 March.
    const slashed = /^\s*(\d{1,2})[/.](\d{1,2})\s*$/.exec(text);
    const ambiguous = slashed !== null && Number(slashed[1]) <= 12 && Number(slashed[2]) <= 12 && slashed[1] !== slashed[2];
    return { date: iso(year, month, day), confirm: ambiguous };
  }
  return dayOfMonth(text, today);
}
