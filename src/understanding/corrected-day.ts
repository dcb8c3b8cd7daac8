/**
 * A day said against another day in the same message, or against the day being confirmed:
 * "not yesterday, the day before" (不是昨天，是前一天) is the day before yesterday; and at
 * "So it was Wed, Nov 18?", a weekday said alone ("no, tuesday", 不是周三 好像是周二) is that
 * day of the same week (weeks start on Monday in China), not of this week; "the day before
 * singles day" (双十一前一天) is counted from the day named.
 */
import { chinaDateAt } from '../../machines';
import { readDate } from './dates';

const DAY_MS = 86_400_000;

/** Days back from today of the day named first. */
const DAYS_BACK: Record<string, number> = { today: 0, yesterday: 1, 今天: 0, 昨天: 1, 前天: 2 };
const NOT_THAT_DAY =
  /(?:\bnot|不是)\s*(today|yesterday|今天|昨天|前天)\s*[,，、]?\s*(?:but\s+|it was\s+|是\s*|而是\s*)?(?:the\s+day\s+(before|after)\b(?!\s*(?:yesterday|today|tomorrow))|(前|后)一天)/;

/** "not yesterday, the day before": the day meant, counted from the day denied; undefined when none is said so. */
export function dayBesideDenied(raw: string, at: number): string | undefined {
  const m = NOT_THAT_DAY.exec(raw.toLowerCase());
  if (!m) return undefined;
  const back = DAYS_BACK[m[1]!]! + (m[2] === 'after' || m[3] === '后' ? -1 : 1);
  return back < 0 ? undefined : chinaDateAt(at - back * DAY_MS);
}

/** "the day before singles day", "双十一前一天": a day counted from a named day. */
const NEXT_TO = /\b(?:the\s+)?day\s+(before|after)\s+(?!yesterday|today|tomorrow|last|that)(.{3,})$|^\s*(?:是\s*)?(\S{2,8}?)的?(前|后)一天\s*$/i;

/** The day before or after a day named ("the day before singles day"), asked back; undefined when none. */
export function dayNextToNamed(raw: string, at: number): string | undefined {
  const m = NEXT_TO.exec(raw.toLowerCase().trim());
  if (!m) return undefined;
  const named = readDate(m[2] ?? m[3]!, at);
  if (named?.kind !== 'date') return undefined;
  const step = m[1] === 'after' || m[4] === '后' ? 1 : -1;
  return new Date(Date.parse(named.date) + step * DAY_MS).toISOString().slice(0, 10);
}

const ZH_WEEKDAY = /(?<![上下这本])(?:周|星期|礼拜)([一二三四五六日天1-7])/g;
/** A weekday whole or short ("wednesday", "wed", "weds", "thurs"). */
const EN_WEEKDAY = /\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|rs|r|urday)?\b/g;
const ZH_INDEX: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };
const EN_INDEX: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
/** Anything that places a weekday in a week of its own ("上周二", "last tuesday", "this week", a date). */
const PLACED = /[上下这本]\s*(周|个?星期|个?礼拜)|\b(last|this|next|previous)\b|\d|号|月|日期/;
/** "not", "not that", "不是那个" just before a weekday: that day is the one denied. */
const DENIED_BEFORE = /(不是|不对|\bnot|没)\s*(that\s+|the\s+|那个|这个|那|这)?$/;
/** "Wednesday the week before", "再前一周的周三": the week before the one being confirmed. */
const WEEK_BEFORE =
  /\b(the )?week (before|earlier|prior)\b|\bprevious week\b|\bweek before that\b|(再)?(前|早)一(个)?(周|星期|礼拜)|再往前一(个)?(周|星期|礼拜)/;
/** "Wednesday the week after", "后一周的周三": the week after it. */
const WEEK_AFTER = /\b(the )?week (after|later)\b|\bfollowing week\b|(再)?(后|晚)一(个)?(周|星期|礼拜)/;
/** A week before or after the one confirmed is said: a weekday with it is read in that week. */
export const WEEK_NAMED_FROM_IT = new RegExp(`${WEEK_BEFORE.source}|${WEEK_AFTER.source}`);

/**
 * At the date confirmation, the one weekday said and not denied, read in the week of `about`
 * (YYYY-MM-DD), or in the week before or after it when that is said; undefined when none, several, one placed in a week of its own, or one ahead of
 * today. Which week is the coach's reading, so the caller asks it back.
 */
export function weekdayInWeekOf(raw: string, about: string, at: number): string | undefined {
  const text = raw.toLowerCase();
  // "你说的是哪个周五？", "which friday do you mean?": asked, not said.
  const weeks = WEEK_BEFORE.test(text) ? -1 : WEEK_AFTER.test(text) ? 1 : 0;
  const unplaced = text
    .replace(/\bthat week\b/, '')
    .replace(WEEK_BEFORE, ' ')
    .replace(WEEK_AFTER, ' ');
  if (PLACED.test(unplaced) || /[?？]|哪|吗|嘛|\bwhich\b/.test(text)) return undefined;
  const said = [
    ...[...text.matchAll(ZH_WEEKDAY)].map((m) => ({ at: m.index!, day: ZH_INDEX[m[1]!]! })),
    ...[...text.matchAll(EN_WEEKDAY)].map((m) => ({ at: m.index!, day: EN_INDEX[m[1]!]! })),
  ].filter((w) => !DENIED_BEFORE.test(text.slice(Math.max(0, w.at - 11), w.at)));
  if (new Set(said.map((w) => w.day)).size !== 1) return undefined;
  const base = Date.parse(about);
  const monday = base - ((new Date(base).getUTCDay() + 6) % 7) * DAY_MS + weeks * 7 * DAY_MS;
  const day = new Date(monday + (said[0]!.day - 1) * DAY_MS).toISOString().slice(0, 10);
  return day > chinaDateAt(at) ? undefined : day;
}
