/**
 * Signs in the whole message that what was read from it must be asked about, never recorded,
 * however clearly the words themselves read: words quoted from a notice, two things named where
 * one is asked, two sums where the money is asked, two payments told where one date is asked.
 */
import { QUOTES } from './not-their-answer';

/** What was read, as the engine would record it: a choice's id, or a date. */
export type Recorded = { choice: string } | { date: string };

/** "both", "两个都": more than one thing named. */
const BOTH = /\bboth\b|两个都|两个app都|俩都|两家都|两边都/;
const MONEY_STATES = new Set(['moneyArrived', 'moneyNotArrived']);
const BUCKETS = new Set(['today', 'days1to3', 'days4to6', 'day7', 'over7']);
/** A first sign-up and a renewal both told ("首月六块我就开了 … 今天扣的续费"). */
const TWO_PAYMENTS = [/开通|开了|开的|首月|第一次|signed up|subscribed|first (month|time)/, /续费|续了|renew/];

/** How many different sums a message names: dates, times and counts of time left out ("11-25", "14:30", "3到5个工作日", "1 hour ago"). */
function sumsIn(text: string): number {
  const sums = text
    .replace(/\d{1,4}\s*[-/年月]\s*\d{1,2}(\s*[-/月]\s*\d{1,2})?\s*[日号]?|\d{1,2}[:：]\d{2}/g, ' ')
    .replace(
      /第?\d+(\s*(到|至|-|~|to)\s*\d+)?\s*(个)?\s*(工作日|天|日|号|小时|分钟|周|星期|礼拜|个月|月|年|点|(business |working )?days?|hours?|hrs?|mins?|minutes?|weeks?|months?|years?|am|pm|th|st|nd|rd)/g,
      ' ',
    )
    .match(/\d+(?:\.\d+)?/g);
  return new Set(sums ?? []).size;
}

/** Whether the whole of `raw` puts what was read from it in doubt. */
export function doubtedAsAWhole(raw: string, read: Recorded): boolean {
  const text = raw.toLowerCase();
  // "the sms said 'auto-renewal cancelled', is that real?": words quoted from a message.
  if (QUOTES.test(raw)) return true;
  if ('date' in read) return TWO_PAYMENTS.every((p) => p.test(text));
  // "both RED and Bilibili charged me", "两个都扣了": two things where one is asked ("两个都绑了 不清楚扣的哪个" is "not sure").
  if (BOTH.test(text) && read.choice !== 'unsure') return true;
  // "got 9.90 back but they took 25", "退了15，还差10块": part of the money, asked.
  if (MONEY_STATES.has(read.choice) && sumsIn(text) >= 2) return true;
  // "开的是那天，续费是今天", "signed up back then, renewed today": which payment is meant, asked.
  return BUCKETS.has(read.choice) && TWO_PAYMENTS.every((p) => p.test(text));
}
