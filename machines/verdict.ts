/**
 * The eligibility decision, as pure functions of the case file and today's China date.
 * Follows the guide's table (section 1) and decides the cases it leaves out, in this order:
 * Apple billing first (only Apple can refund), then a renewal charge with no reminder, then the
 * window, then privileges, then the uncertain answers.
 */
import { addDays, daysBetween } from './china-date';
import type { CaseFile, OpenedBucket, RefundWindow, Verdict } from './case-file';
import type { ProductPolicy } from './policy';

const BUCKET_WINDOW: Record<OpenedBucket, RefundWindow> = {
  today: 'open',
  days1to3: 'open',
  days4to6: 'open',
  day7: 'lastDay',
  over7: 'closed',
  unsure: 'unknown',
};

/**
 * The day of purchase is not counted; the window's last day is purchase + windowDays and
 * ends at 24:00 China time (民法典 第二百零一条/第二百零三条).
 */
export function refundWindow(c: CaseFile, today: string, policy: ProductPolicy): RefundWindow {
  if (policy.windowDays === undefined) return 'unknown';
  if (c.openedOn) {
    const since = daysBetween(c.openedOn, today);
    if (since < policy.windowDays) return 'open';
    return since === policy.windowDays ? 'lastDay' : 'closed';
  }
  return c.openedBucket ? BUCKET_WINDOW[c.openedBucket] : 'unknown';
}

export function lastRefundDay(c: CaseFile, policy: ProductPolicy): string | undefined {
  return c.openedOn && policy.windowDays !== undefined ? addDays(c.openedOn, policy.windowDays) : undefined;
}

/** The most days ago a purchase said as a span ("1–3 days ago") can have been: the safe day to count from. */
const SPAN_EARLIEST: Record<string, number> = { days1to3: 3, days4to6: 6 };

/**
 * Eleventh round m6: a purchase said as a span, the window still open: its last day counted from the
 * span's earliest day (the safe one), to be said hedged ("if you paid 3 days ago").
 */
export function spanDeadline(c: CaseFile, policy: ProductPolicy): { daysAgo: number; earliest: string; lastDay: string } | undefined {
  const daysAgo = SPAN_EARLIEST[c.openedBucket ?? ''];
  if (c.openedOn || !daysAgo || !c.decidedOn || policy.windowDays === undefined || c.window !== 'open') return undefined;
  const earliest = addDays(c.decidedOn, -daysAgo);
  return { daysAgo, earliest, lastDay: addDays(earliest, policy.windowDays) };
}

export function decideVerdict(c: CaseFile, window: RefundWindow, policy: ProductPolicy): Verdict {
  if (c.payment === 'apple') return 'apple';
  // The 7-day question is about new members; a renewal charge with no reminder before it
  // rests on the notice rules, whatever the date or use (guide §7).
  if (c.member === 'renewal' && c.reminder === 'reminderNone') return 'noReminder';
  // The 7 days are counted from a first sign-up: a renewal charge is not a late sign-up.
  if (window === 'closed' && c.member !== 'renewal') return 'late';
  if (c.privilege && policy.privileges.includes(c.privilege)) return 'privilegeUsed';
  if (c.member === 'renewal') return 'renewal';
  if (c.member === 'unsure' || c.privilege === 'unsure' || window === 'unknown') return 'unsure';
  return window === 'lastDay' ? 'lastDay' : 'likely';
}

/** Verdicts where the in-app request is the first thing to try. */
export function startsInApp(v: Verdict | undefined): boolean {
  return v === 'likely' || v === 'lastDay' || v === 'renewal' || v === 'unsure';
}
