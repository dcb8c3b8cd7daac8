/**
 * The user's case file: the answers they gave and what was decided, nothing else (no
 * transcript, no rendered text), so a snapshot stays small enough to store per chat.
 */
import type { Lang } from './types';

/** `redCard`: the person's membership was 小红卡, which ended on 2026-01-01 (guide section 7). */
export type MemberAnswer = 'firstTime' | 'renewal' | 'redCard' | 'unsure';
/** Whether a reminder came before the renewal charge (asked of renewing members only). */
export type ReminderAnswer = 'reminderNone' | 'reminderGot' | 'unsure';
/**
 * What a reminder that came left out of the three things to be notified before each automatic
 * charge (the time, the amount, how to cancel): `none` when it gave all three, `several` when
 * more than one was missing (which ones stay a blank).
 */
export type ReminderLack = 'none' | 'time' | 'amount' | 'cancel' | 'several';
export type OpenedBucket = 'today' | 'days1to3' | 'days4to6' | 'day7' | 'over7' | 'unsure';
export type RenewAnswer = 'renewOn' | 'renewOff' | 'unsure';
export type Route = 'app' | 'web' | 'apple' | 'appeal';
/**
 * `approved`: the refund was granted (money on its way). `progress`: something moved (a
 * complaint accepted, a case passed on) but no refund yet: a different answer with different
 * next steps, and no arrival dates.
 */
export type Outcome = 'approved' | 'refused' | 'pending' | 'progress';

/** Where the purchase date stands against the refund window. */
export type RefundWindow = 'open' | 'lastDay' | 'closed' | 'unknown';

export type Verdict =
  | 'likely' // first-time member, inside the window, nothing used: the guide's "high" row
  | 'lastDay' // as likely, but today is the window's last day
  | 'renewal' // a renewing member: the table does not cover it, worth a try
  | 'noReminder' // a renewing member who got no reminder before the charge: the notice rules lead
  | 'unsure' // some answer was "not sure": check, then try in-app first
  | 'privilegeUsed' // the guide's "low" row
  | 'late' // the guide's "very low" row
  | 'apple' // billed by Apple: only Apple can refund
  | 'redCard'; // 小红卡, ended 2026-01-01 with refunds promised: a missing refund to chase

/** The ways of paying behind the Other button that the coach names (others stay a blank). */
export const OTHER_PAY_KINDS = ['bankCard', 'unionPay', 'phoneBill', 'appStore'] as const;
export type OtherPayKind = (typeof OTHER_PAY_KINDS)[number];

/** The reasons an app gives for refusing an in-app refund request that the drafts answer. */
export const IN_APP_REFUSALS = ['used', 'late', 'account', 'noReason'] as const;
export type InAppRefusal = (typeof IN_APP_REFUSALS)[number];

export interface CaseFile {
  lang: Lang;
  /** The app whose membership it is, for a product that stands for many: a known app's id… */
  appId?: string;
  /** …or its name as the person typed it (trimmed; never an account name or number). */
  appName?: string;
  member?: MemberAnswer;
  /**
   * Date of the charge in question (China calendar) when the user gave or implied an exact
   * one: the first purchase for a new member, the renewal charge for a renewing one.
   */
  openedOn?: string;
  /**
   * Review 32 F1: `openedOn` was worked out from a day said relative to today ("3天前", "上周三",
   * the Today button), not a calendar day the person named or confirmed: drafts write it as a
   * blank to check against the bill, since a day off would go out under their name.
   */
  openedRelative?: boolean;
  openedBucket?: OpenedBucket;
  /**
   * Which "other" way paid (review 30 F5, review 33 F2), asked after the Other button: named in the
   * drafts' payment line; an app store is usually the one to ask for the refund. Skipped: a blank.
   */
  otherPay?: OtherPayKind;
  /**
   * The reason the app gave for refusing the in-app request (reviews 31 F5, 32 F8, 33 F4): the
   * drafts state it and answer it from the case, never beyond it. Skipped: not mentioned.
   */
  inAppRefusal?: InAppRefusal;
  reminder?: ReminderAnswer;
  /** What the reminder left out, as the person said; not asked, or "not sure": undefined (nothing is said of it). */
  reminderLacks?: ReminderLack;
  /**
   * Who sent a reminder that left something out, asked of an Apple payer (tenth round m8): the app
   * (its SMS, push or in-app message) or Apple (by email); "not sure": undefined (a blank where it matters).
   */
  reminderFrom?: 'app' | 'apple';
  /** Thirteenth review m5: the reminder came from the app; whether Apple itself sent a renewal email before the charge. */
  appleReminder?: 'sent' | 'none' | 'unsure';
  privilege?: string;
  payment?: string;
  autoRenew?: RenewAnswer;
  verdict?: Verdict;
  window?: RefundWindow;
  /** China date on which the verdict was given; "days left" counts from it. */
  decidedOn?: string;
  /** A typed date read with a guess, waiting for the user to confirm it. */
  pendingDate?: string;
  route?: Route;
  /** China date the in-app (or Apple) request was submitted; review estimates count from it. */
  submittedOn?: string;
  /** China date the user reported the refund approved; arrival estimates count from it. */
  approvedOn?: string;
  /** Offered by the user for the drafts; validated, never logged. */
  orderNumber?: string;
  /** The amount charged, in yuan as the person typed it (asked once, at the appeal; skipping leaves a blank). */
  amount?: string;
  /** A renewing member said the amount or plan charged differed from what they signed up for. */
  planChange?: 'changed';
  /** What the sign-up plan and this charge were, as the person typed it (optional; never worked out). */
  planDetail?: string;
  /** Review 28 F9: what the sign-up page said and what it really was, as typed (misled). */
  misledDetail?: string;
  /**
   * Thirteenth review M1: a first-time member said whether the sign-up page showed plainly that it
   * auto-renews and at what price (asked once, at the first sight of the ladder; skippable).
   */
  signupNotice?: 'shown' | 'notShown' | 'unsure';
  /** The refusal the user last met, to answer it. */
  refusal?: string;
  outcome?: Outcome;
  appealReason?: string;
  /** Appeal channels the user has opened (drafts prepared), in order. */
  triedChannels: string[];
  /** At the email step, no official address was found: the step was skipped, nothing sent. */
  emailSkipped?: true;
  /**
   * Channels the person said did not solve it (refused, or no luck): the only contacts a
   * draft may say were made. Opening a channel is not using it.
   */
  unresolved?: string[];
  /**
   * Who paid, when it was not the person themself: their under-age child without their consent
   * (the guardian's claim), or another adult in the family (the payer should ask).
   */
  payer?: 'minor' | 'family';
  /** The child's age band, only when the person gave it (a draft states no age otherwise). */
  childAge?: 'under8' | 'from8to17';
  /** Apple's refund page would not take the request ("still can't find it"): Apple's support is the way on. */
  appleStuck?: true;
  /** Apple refused a second time: the 12315 complaint naming Apple was drafted (the summary says so). */
  appleRefusedAgain?: true;
  /**
   * 小红卡: whether the person saw the platform's notice or a report of the card ending and the
   * refund promised. Seen: the drafts state it in their voice, with its source as a blank; not seen:
   * texts to the company or the regulator attribute it to public reports, public texts leave it out.
   */
  redCardNotice?: 'seen' | 'notSeen';
  /** Fifteenth review M2: 小红卡: whether the card still worked after 2026-01-01, as the person knows it first-hand. */
  redCardWorks?: 'stopped' | 'works' | 'unsure';
  /** Apple refused and the person says they cancelled the subscription before asking again. */
  appleCancelled?: true;
  /**
   * Something was answered at Apple's refusal itself (the amount, a changed plan, the
   * cancellation): it is shown again briefly, with only what changed.
   */
  appleRefusalAnswered?: true;
  /** Twelfth review m6: the message for the app's customer service (Apple refused, the app's reminder lacking) was shown. */
  appMessageShown?: true;
  /** A child paid: whose account the money came from, only when the person said (a blank otherwise). */
  paidFrom?: 'guardian' | 'child';
  /** A child paid: whose account the membership is on, only when the person said. */
  accountOf?: 'guardian' | 'child';
  /** The rung where the person said the refund was granted: the summary says the refund came there. */
  refundedAt?: string;
  /** The channel where the person reported progress without a refund yet. */
  progressAt?: string;
  renewalOff?: 'renewDone' | 'renewLater';
  /** The person said the approved refund has arrived (or has not): the money follow-up is done. */
  moneyArrived?: boolean;
  /** A review follow-up came: "no answer yet" now means the usual time has passed. */
  reviewChased?: boolean;
  /** The rung whose answer the person is waiting for, having asked to be reminded to move on. */
  waitingOn?: string;
  /** Question states entered, most recent last, so "back" can undo one answer. */
  trail: string[];
}

export type CaseField = Exclude<keyof CaseFile, 'lang' | 'trail' | 'triedChannels'>;

export function newCaseFile(lang: Lang): CaseFile {
  return { lang, triedChannels: [], trail: [] };
}
