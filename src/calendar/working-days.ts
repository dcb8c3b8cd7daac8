/**
 * Working days in mainland China, from the State Council's holiday notices with their 调休
 * makeup working days (the chinese-days package carries them). A year whose notice is not
 * published yet can only be estimated Monday–Friday; results say when that happened.
 */
import { findWorkday, getHolidaysInRange } from 'chinese-days';

export interface WorkdayResult {
  /** YYYY-MM-DD */
  date: string;
  /** The official calendar for a year this count crossed is not published: Monday–Friday assumed. */
  estimated: boolean;
  /** Years counted through without an official calendar. */
  yearsWithoutCalendar: number[];
}

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

/** The `count`-th working day after `from` (from itself not counted), e.g. 2026-09-30 + 3 → 2026-10-10. */
export function addWorkingDays(from: string, count: number): WorkdayResult {
  const date = findWorkday(count, from);
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(date.slice(0, 4)); year++) {
    if (!hasOfficialCalendar(year)) years.push(year);
  }
  return { date, estimated: years.length > 0, yearsWithoutCalendar: years };
}
