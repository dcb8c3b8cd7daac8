/**
 * Working days in mainland China, from the State Council's holiday notices with their 调休
 * makeup working days (the chinese-days package carries them). A year whose notice is not
 * published yet can only be estimated: Monday–Friday without the statutory holidays of the
 * national rules (全国年节及纪念日放假办法, as amended for 2025), whose dates are fixed or follow
 * the lunar calendar; only the 调休 swaps are unknown. Results say when that happened.
 */
import { findWorkday, getHolidaysInRange, getSolarDateFromLunar, getSolarTermsInRange, isWorkday } from 'chinese-days';

export interface WorkdayResult {
  /** YYYY-MM-DD */
  date: string;
  /** The official calendar for a year this count crossed is not published: estimated. */
  estimated: boolean;
  /** Years counted through without an official calendar. */
  yearsWithoutCalendar: number[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => iso(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);

const calendarKnown = new Map<number, boolean>();

/** Whether the holiday notice for `year` is in the calendar data. */
export function hasOfficialCalendar(year: number): boolean {
  let known = calendarKnown.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    calendarKnown.set(year, known);
  }
  return known;
}

const lunar = (year: number, monthDay: string) => getSolarDateFromLunar(`${year}-${monthDay}`).date;

/**
 * The statutory holidays of `year` by date: 元旦 1 Jan; 春节 除夕 to 初三; 清明 (the solar term's
 * day); 劳动节 1–2 May; 端午 (lunar 5/5); 中秋 (lunar 8/15); 国庆 1–3 Oct.
 */
export function statutoryHolidays(year: number): Set<string> {
  const springFestival = lunar(year, '01-01');
  const qingming = getSolarTermsInRange(`${year}-04-01`, `${year}-04-10`).find((d) => d.term === 'pure_brightness' && d.index === 1)?.date;
  return new Set([
    `${year}-01-01`,
    plusDays(springFestival, -1),
    springFestival,
    plusDays(springFestival, 1),
    plusDays(springFestival, 2),
    ...(qingming ? [qingming] : []),
    `${year}-05-01`,
    `${year}-05-02`,
    lunar(year, '05-05'),
    lunar(year, '08-15'),
    `${year}-10-01`,
    `${year}-10-02`,
    `${year}-10-03`,
  ]);
}

const holidayCache = new Map<number, Set<string>>();

/** A working day by the official calendar, or by the estimate for a year without one. */
function isWorkingDay(date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (hasOfficialCalendar(year)) return isWorkday(date);
  let holidays = holidayCache.get(year);
  if (!holidays) holidayCache.set(year, (holidays = statutoryHolidays(year)));
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** The `count`-th working day after `from` (from itself not counted), e.g. 2026-09-30 + 3 → 2026-10-10. */
export function addWorkingDays(from: string, count: number): WorkdayResult {
  const fast = findWorkday(count, from);
  const startYear = Number(from.slice(0, 4));
  const years: number[] = [];
  for (let year = startYear; year <= Number(fast.slice(0, 4)) + 1; year++) if (!hasOfficialCalendar(year)) years.push(year);
  if (years.length === 0) return { date: fast, estimated: false, yearsWithoutCalendar: [] };
  // Some year on the way has no official calendar: count day by day with the estimate.
  let date = from;
  for (let found = 0; found < count; ) {
    date = plusDays(date, 1);
    if (isWorkingDay(date)) found++;
  }
  const crossed = years.filter((year) => year <= Number(date.slice(0, 4)));
  return { date, estimated: crossed.length > 0, yearsWithoutCalendar: crossed };
}
