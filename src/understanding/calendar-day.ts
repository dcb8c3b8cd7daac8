/**
 * Whether a message names a day of the month ("11月23日", "23号", "11.23", "Nov 23", "the
 * 23rd"), as opposed to a day said relative to today ("3天前", "上周三", "yesterday", "last
 * Wednesday"). A date worked out from a relative day is kept, but drafts leave it to be checked
 * against the bill (review 32 F1): "3 days ago" said loosely is a day off under the person's name.
 */
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';

const CALENDAR_DAY = new RegExp(
  [
    // 11月23日, 十一月二十三, 23号, 二十三日, 廿三号
    String.raw`[0-9０-９一二三四五六七八九十两廿卅]+\s*[号號日]`,
    String.raw`[0-9０-９一二三四五六七八九十]+\s*月\s*[0-9０-９一二三四五六七八九十廿卅]+`,
    // 11.23, 11/23, 2026-11-23
    String.raw`\b\d{1,4}\s*[./\-]\s*\d{1,2}\b`,
    // Nov 23, 23 November, the 23rd
    String.raw`\b(${MONTHS})[a-z]*\.?\s*\d{1,2}\b`,
    String.raw`\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(${MONTHS})`,
    String.raw`\b\d{1,2}(st|nd|rd|th)\b`,
  ].join('|'),
  'i',
);

export function namesCalendarDay(raw: string): boolean {
  return CALENDAR_DAY.test(raw);
}
