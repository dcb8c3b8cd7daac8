/**
 * The user's case file: the answers they gave and what was decided, nothing else (no
 * transcript, no rendered text), so a snapshot stays small enough to store per chat.
 */
import type { Lang } from './types';

export type MemberAnswer = 'firstTime' | 'renewal' | 'unsure';
export type OpenedBucket = 'today' | 'days1to3' | 'days4to6' | 'day7' | 'over7' | 'unsure';
export type RenewAnswer = 'renewOn' | 'renewOff' | 'unsure';
export type Route = 'app' | 'web' | 'apple' | 'appeal';
export type Outcome = 'approved' | 'refused' | 'pending';

/** Where the purchase date stands against the refund window. */
export type RefundWindow = 'open' | 'lastDay' | 'closed' | 'unknown';

export type Verdict =
  | 'likely' // first-time member, inside the window, nothing used: the guide's "high" row
  | 'lastDay' // as likely, but today is the window's last day
  | 'renewal' // a renewing member: the table does not cover it, worth a try
  | 'unsure' // some answer was "not sure": check, then try in-app first
  | 'privilegeUsed' // the guide's "low" row
  | 'late' // the guide's "very low" row
  | 'apple'; // billed by Apple: only Apple can refund

export interface CaseFile {
  lang: Lang;
  member?: MemberAnswer;
  /** Purchase date (China calendar) when the user gave or implied an exact one. */
  openedOn?: string;
  openedBucket?: OpenedBucket;
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
  /** The refusal the user last met, to answer it. */
  refusal?: string;
  outcome?: Outcome;
  appealReason?: string;
  /** Appeal channels the user has opened, in order. */
  triedChannels: string[];
  renewalOff?: 'renewDone' | 'renewLater';
  /** Question states entered, most recent last, so "back" can undo one answer. */
  trail: string[];
}

export type CaseField = Exclude<keyof CaseFile, 'lang' | 'trail' | 'triedChannels'>;

export function newCaseFile(lang: Lang): CaseFile {
  return { lang, triedChannels: [], trail: [] };
}
