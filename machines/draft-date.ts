/**
 * The charge date as a draft writes it. Drafts are read later and elsewhere, so they carry a
 * date (with its year), never "3 days ago". A date the coach worked out from a day said
 * relative to today ("3天前", the Today button) is a blank to check against the bill or order
 * before sending (review 32 F1): said loosely, it could be a day off under the person's name.
 */
import type { CaseFile } from './case-file';
import type { TextVar } from './types';

/** The date for a draft, or undefined when the person gave none (each draft has its own blank). */
export function draftDate(c: CaseFile): TextVar | undefined {
  if (!c.openedOn) return undefined;
  const day: TextVar = { date: c.openedOn };
  if (!c.openedRelative) return day;
  // What to check it against: Apple's receipt email, the bill for a renewal, the order for a sign-up.
  const record = c.payment === 'apple' ? 'Receipt' : c.member === 'renewal' ? 'Charge' : 'Order';
  return { key: `opened.worked${record}`, vars: { date: day } };
}
