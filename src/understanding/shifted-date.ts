/**
 * A day counted from another day ("早一天", "one day later", "a week before that", "the monday after",
 * "the week before"). At the date
 * confirmation ("So it was Wed, Nov 18?") it counts from the date being confirmed; anywhere
 * else there is no such day, and the answer is asked again rather than counted from today.
 */
import { chineseNumber } from './chinese-numbers';

export const SHIFTED =
  /(早|晚|前|后|提前)\s*(一|两|1|2)\s*(天|周|个星期|个礼拜)(?!前)|\b(?:one|a|two|1|2)\s+(?:days?|weeks?)\s+(?:earlier|later|before|after)\b|\bthe\s+(?:day|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:before|after)\b(?!\s+(?:yesterday|today|tomorrow|last))|(?:^|[\s,，])day\s+(?:before|after)\b(?!\s+(?:yesterday|today|tomorrow))/i;

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const EN_COUNT: Record<string, number> = { one: 1, a: 1, two: 2, '1': 1, '2': 2 };

/** The day `text` names counted from `from` (YYYY-MM-DD), or undefined when it names no such day. */
export function shiftedFrom(text: string, from: string): string | undefined {
  const m = SHIFTED.exec(text.toLowerCase());
  if (!m) return undefined;
  const base = Date.parse(from);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const zh = /^(早|晚|前|后|提前)\s*(一|两|1|2)\s*(天|周|个星期|个礼拜)$/.exec(m[0]);
  if (zh) {
    const n = (chineseNumber(zh[2]!) ?? (zh[2] === '两' ? 2 : Number(zh[2]))) * (zh[3] === '天' ? 1 : 7);
    return day(base + (/晚|后/.test(zh[1]!) ? n : -n) * DAY_MS);
  }
  const count = /^(one|a|two|1|2)\s+(days?|weeks?)\s+(earlier|later|before|after)$/.exec(m[0]);
  if (count) return day(base + (/later|after/.test(count[3]!) ? 1 : -1) * EN_COUNT[count[1]!]! * (/week/.test(count[2]!) ? 7 : 1) * DAY_MS);
  const named = /^[\s,，]*(?:the\s+)?(day|week|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\s+(before|after)$/.exec(m[0]);
  if (!named) return undefined;
  const step = named[2] === 'after' ? 1 : -1;
  if (named[1] === 'day') return day(base + step * DAY_MS);
  // "the week before": the same weekday a week away (which day of that week is a guess: asked back).
  if (named[1] === 'week') return day(base + step * 7 * DAY_MS);
  // "the monday after": the first Monday after that day (or the last one before it).
  const want = WEEKDAYS.indexOf(named[1]!);
  let at = base + step * DAY_MS;
  while (new Date(at).getUTCDay() !== want) at += step * DAY_MS;
  return day(at);
}
