/**
 * Follow-ups: reminders that arrive later, on their own. The machine stays pure: it declares a
 * follow-up as data (a `schedule` action with a kind and a time it can state without a clock
 * or a calendar), the engine stores it with the conversation's write, and when it is due the
 * engine sends a `clock.due` event. The machine then decides, from the case file alone,
 * whether it still fits (`followUpFits`) and where the conversation picks up.
 *
 * When each one comes (10:00 China time; the engine keeps quiet hours and one a day):
 * - window: the 7-day window's last day, for a first-time member who has not submitted;
 * - review: the morning after the usual 1–3 working days of review (Apple: 3 days, Apple
 *   says 24–48 hours);
 * - money: the morning after the arrival window of the person's channel (WeChat Pay: after
 *   3 working days, a bank card's check; others: 3–7 working days);
 * - escalation: the morning after the rung's "when to move on" (customer service 1–2
 *   working days, email about 3) with no answer;
 * - renewal: the next day, or 5 days before the next charge if the person gives its date
 *   (merchants may charge up to 3 days early; guide §5).
 */
import type { CaseFile } from './case-file';
import { knownChannel } from './case-vars';
import { addDays, chinaDateAt, daysBetween } from './china-date';
import type { ProductPolicy } from './policy';
import type { FollowUp, FollowUpKind } from './types';
import { lastRefundDay, startsInApp } from './verdict';

/** The morning hour (China time) a follow-up is set for. */
export const FOLLOW_UP_HOUR = 10;
/** Days before the next charge that a renewal follow-up comes, when its date is known. */
const DAYS_BEFORE_CHARGE = 5;

/** The escalation follow-up of each rung that has one: a rung where people wait for an answer. */
export const ESCALATION_OF: Readonly<Record<string, FollowUpKind>> = { cs: 'escalation_cs', email: 'escalation_email' };
/** Working days a rung is given before moving on: the upper end of its "when to move on". */
const RUNG_WAIT_WORKDAYS: Readonly<Record<string, number>> = { cs: 2, email: 3 };

/** The button that asks for each follow-up; escalation's depends on the rung it is pressed at. */
const KIND_OF_CHOICE: Readonly<Record<string, FollowUpKind>> = {
  remindWindow: 'window',
  remindReview: 'review',
  remindMoney: 'money',
  remindRenewal: 'renewal',
};

/** The follow-up a button at question `stateId` asks for, if it asks for one. */
export function followUpOfChoice(choice: string, stateId: string): FollowUpKind | undefined {
  if (choice === 'remindEscalation') return ESCALATION_OF[stateId.replace(/^appeal_/, '')];
  return KIND_OF_CHOICE[choice];
}

const workdaysAfter = (kind: FollowUpKind, from: string, add: number): FollowUp => ({
  kind,
  when: { workdaysAfter: from, add, hour: FOLLOW_UP_HOUR },
});
const onDate = (kind: FollowUpKind, date: string): FollowUp => ({ kind, when: { date, hour: FOLLOW_UP_HOUR } });

/** A first-time member with an exact purchase date, still able to submit before a later last day. */
export function offersWindowFollowUp(c: CaseFile, policy: ProductPolicy): boolean {
  const lastDay = lastRefundDay(c, policy);
  return c.member === 'firstTime' && startsInApp(c.verdict) && lastDay !== undefined && c.decidedOn !== undefined && daysBetween(c.decidedOn, lastDay) > 0;
}

export function windowFollowUp(c: CaseFile, policy: ProductPolicy): FollowUp {
  return onDate('window', lastRefundDay(c, policy) ?? c.decidedOn ?? '');
}

/** After submitting: the morning after the review's usual last working day (Apple: 3 days on). */
export function reviewFollowUp(c: CaseFile, policy: ProductPolicy, at: number): FollowUp {
  const submitted = c.submittedOn ?? chinaDateAt(at);
  if (c.route === 'apple') return onDate('review', addDays(submitted, 3));
  return workdaysAfter('review', submitted, policy.reviewWorkdays[1] + 1);
}

/** After approval: the morning after the arrival window for the person's channel. */
export function moneyFollowUp(c: CaseFile, policy: ProductPolicy, at: number): FollowUp {
  const approved = c.approvedOn ?? chinaDateAt(at);
  // WeChat Pay: a bank-card refund is worth checking after 3 working days (guide §6, HIGH).
  const window = knownChannel(c, policy) === 'wechat' ? 3 : policy.arrivalWorkdays[1];
  return workdaysAfter('money', approved, window + 1);
}

export function escalationFollowUp(channel: string, at: number): FollowUp {
  return workdaysAfter(ESCALATION_OF[channel]!, chinaDateAt(at), (RUNG_WAIT_WORKDAYS[channel] ?? 2) + 1);
}

/** Auto-renew left on "for later": tomorrow, or 5 days before a known next charge if that is later. */
export function renewalFollowUp(at: number, chargeDate?: string): FollowUp {
  const tomorrow = addDays(chinaDateAt(at), 1);
  const beforeCharge = chargeDate ? addDays(chargeDate, -DAYS_BEFORE_CHARGE) : undefined;
  return onDate('renewal', beforeCharge && daysBetween(tomorrow, beforeCharge) > 0 ? beforeCharge : tomorrow);
}

/**
 * Whether a follow-up still fits the case as it is now, on China date `today`. The engine
 * asks this after every turn (a follow-up that no longer fits is dropped from the schedule,
 * so /reminders never lists one) and the machine asks it again when one is due.
 */
export function followUpFits(kind: FollowUpKind, c: CaseFile, today: string, policy: ProductPolicy): boolean {
  switch (kind) {
    case 'window': {
      // Sent late (the bot was down on the last day), "today is the last day" would be false.
      const lastDay = lastRefundDay(c, policy);
      const open = lastDay !== undefined && daysBetween(today, lastDay) >= 0;
      return open && c.submittedOn === undefined && c.outcome === undefined && c.route !== 'apple';
    }
    case 'review':
      return c.submittedOn !== undefined && (c.outcome === undefined || c.outcome === 'pending');
    case 'money':
      return c.outcome === 'approved' && c.moneyArrived !== true;
    case 'escalation_cs':
    case 'escalation_email': {
      const channel = kind.slice('escalation_'.length);
      return c.outcome !== 'approved' && c.outcome !== 'progress' && !(c.unresolved ?? []).includes(channel) && c.waitingOn === channel;
    }
    case 'renewal':
      return c.renewalOff === 'renewLater';
  }
}
