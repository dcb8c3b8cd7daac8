/**
 * Holidays people date things by ("国庆的时候", "过年那会儿", "over Christmas") as chrono-node
 * parsers. A holiday of several days is a vague time: its result is tagged with the days ago
 * it covers (day-spans.ts), so the caller turns it into a bucket or asks, never into one day.
 * A one-day holiday (圣诞, 情人节) is that day. Each means its latest time not after today;
 * the lunar ones (春节, 中秋, 端午, 七夕) come from the chinese-days calendar.
 */
import { getSolarDateFromLunar } from 'chinese-days';
import type * as chrono from 'chrono-node';
import { spanResult } from './day-spans';

const DAY_MS = 86_400_000;

interface Holiday {
  /** The holiday's first day in `year` (YYYY-MM-DD). */
  start(year: number): string;
  /** How many days it runs, counting its first. */
  days: number;
}

const fixed = (monthDay: string, days = 1): Holiday => ({ start: (year) => `${year}-${monthDay}`, days });
const lunar = (monthDay: string, days = 1, from = 0): Holiday => ({
  start: (year) => new Date(Date.parse(`${getSolarDateFromLunar(`${year}-${monthDay}`).date}T00:00:00Z`) + from * DAY_MS).toISOString().slice(0, 10),
  days,
});

/** Each holiday with the ways it is said; the long holidays as their usual days off. */
const HOLIDAYS: Array<[RegExp, Holiday]> = [
  [/国庆(?:节|假期|长假|黄金周|那几天)?|十一(?:假期|长假|黄金周)|黄金周|\bnational day(?: holidays?)?\b|\bgolden week\b/i, fixed('10-01', 7)],
  [/五一(?:假期|长假|小长假)?|劳动节|\bmay day\b|\blabou?r day\b/i, fixed('05-01', 5)],
  [/元旦|\bnew year'?s day\b/i, fixed('01-01')],
  // 除夕 to 初六, the usual days off.
  [/春节|过年(?:的时候|那会儿?|期间)?|大年(?:三十|初[一二三四五六])|除夕|\b(?:chinese|lunar) new year\b|\bspring festival\b/i, lunar('01-01', 7, -1)],
  [/元宵(?:节)?|\blantern festival\b/i, lunar('01-15')],
  [/中秋(?:节)?|\bmid-?autumn(?: festival)?\b/i, lunar('08-15', 3, -1)],
  [/端午(?:节)?|\bdragon boat(?: festival)?\b/i, lunar('05-05', 3, -1)],
  [/七夕|\bqixi\b/i, lunar('07-07')],
  [/情人节|\bvalentine'?s?(?: day)?\b/i, fixed('02-14')],
  [/平安夜|\bchristmas eve\b/i, fixed('12-24')],
  [/圣诞(?:节)?|\bchristmas(?: day)?\b|\bxmas\b/i, fixed('12-25')],
];

const PATTERN = new RegExp(HOLIDAYS.map(([said]) => `(${said.source})`).join('|'), 'i');

const daysBetween = (from: string, to: Date) => Math.round((to.getTime() - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Every holiday above, in both languages (one list: the English names are unambiguous in Chinese text too). */
export const holidayParser: chrono.Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const holiday = HOLIDAYS[index]?.[1];
    if (!holiday) return null;
    const ref = context.refDate;
    const today = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()));
    let start = holiday.start(today.getUTCFullYear());
    if (daysBetween(start, today) < 0) start = holiday.start(today.getUTCFullYear() - 1);
    const sinceStart = daysBetween(start, today);
    if (holiday.days === 1) {
      const [year, month, day] = start.split('-').map(Number) as [number, number, number];
      return context.createParsingComponents({ year, month, day });
    }
    return spanResult(context, match, Math.max(0, sinceStart - holiday.days + 1), sinceStart);
  },
};
