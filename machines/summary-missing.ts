/**
 * The checklist of blanks on the case card: what the drafts the person opened still need
 * that the coach does not have (a date to check, the amount, their details, the company's),
 * and for money approved but not arrived, the blanks of the texts that chase it.
 */
import type { CaseFile } from './case-file';
import { knownChannel, offersAppleAppMessage, offersRedCardFallback, signupReport } from './case-vars';
import type { ProductPolicy } from './policy';

/**
 * Twelfth review m7: approved, and the person said the money has not come: the texts the coach
 * showed to chase it (as the money-missing step shows them: for Apple, only a 12315 complaint
 * naming Apple; otherwise a message for customer service and a 12315 complaint), or undefined.
 */
export function moneyChase(c: CaseFile, policy: ProductPolicy): 'apple' | 'app' | undefined {
  if (c.outcome !== 'approved' || c.moneyArrived !== false) return undefined;
  return knownChannel(c, policy) === 'apple' ? 'apple' : 'app';
}

/** The texts prepared to chase money that has not come, as the summary's "prepared" lines. */
export const MONEY_CHASE_TEXTS = { apple: ['money12315Apple'], app: ['moneyCs', 'money12315'] } as const;

/** The blanks those texts carry: what the person has not given, the customer-service date, the 12315 details. */
function moneyChaseBlanks(c: CaseFile, policy: ProductPolicy, chase: 'apple' | 'app'): string[] {
  const missing: string[] = [];
  if (chase === 'apple') {
    if (!c.amount) missing.push('refundAmount');
    missing.push('receiptOrderNumber', 'personalDetails', 'appleEntity');
    return missing;
  }
  if (!c.orderNumber) missing.push('orderNumber');
  if (!c.amount) missing.push('refundAmount');
  // Seventeenth review m3: the approval date is always a blank (never inferred from the tap).
  missing.push(c.submittedOn ? 'approvalDate' : 'refundDates');
  missing.push('csAskedDate', 'personalDetails');
  missing.push(policy.appButtons ? 'companyName' : 'companyCheck', 'companyAddress');
  return missing;
}

/**
 * Twelfth review m6: a 举报 draft was shown: on the ladder with the 12315 complaint when no reminder
 * came before a renewal charge; after Apple's second refusal, against the app whose reminder left something out.
 */
export const ladderReport = (c: CaseFile) =>
  c.triedChannels.includes('complain12315') && ((c.member === 'renewal' && c.reminder === 'reminderNone') || signupReport(c));
export const appleAppReport = (c: CaseFile) => (c.verdict === 'apple' || c.route === 'apple') && c.appleRefusedAgain === true && offersAppleAppMessage(c);

/** Facts the drafts would need that the coach does not have yet, for the checklist. */
export function missingFacts(c: CaseFile, policy: ProductPolicy): string[] {
  // Apple decides an Apple refund on its own page: nothing to draft, nothing missing. Once
  // the refund is granted, nothing more needs drafting either.
  // Refused twice by Apple, the person has a 12315 complaint naming Apple to fill in.
  // Twelfth review m6: with a 举报 against the app, its name and phone and the operator's name and address too.
  if ((c.verdict === 'apple' || c.route === 'apple') && c.appleRefusedAgain && c.outcome === 'refused')
    return [
      ...(c.amount ? [] : ['amount']),
      appleAppReport(c) ? 'personalDetailsReport' : 'personalDetails',
      'appleEntity',
      ...(appleAppReport(c) ? ['reportOperator'] : []),
    ];
  // Twelfth review m7: approved, the money not arrived: the blanks of the texts prepared to chase it.
  const chase = moneyChase(c, policy);
  if (chase) return moneyChaseBlanks(c, policy, chase);
  if (c.verdict === 'apple' || c.route === 'apple' || c.outcome === 'approved') return [];
  const missing: string[] = [];
  // A date the person typed ("3天前" read as a date) goes into the drafts as a date: checked on the bill before sending.
  // 小红卡, seen by the person: the drafts leave a blank for that notice's or report's source and date.
  if (c.member === 'redCard' && c.redCardNotice === 'seen') missing.push('redCardSource');
  if (!c.openedOn) missing.push(c.member === 'renewal' ? 'exactChargeDate' : 'exactDate');
  else missing.push(c.member === 'renewal' ? 'checkChargeDate' : 'checkDate');
  if (!c.orderNumber) missing.push('orderNumber');
  if (knownChannel(c, policy) === 'unsure') missing.push('payment');
  // The misled reason leaves a blank for what misled them: the person fills it in.
  if (c.appealReason === 'misled' && !c.misledDetail) missing.push('misledDetail');
  // The plan changed, and what it was at sign-up and what was charged were not given: blanks.
  if (c.member === 'renewal' && c.planChange === 'changed' && !c.planDetail) missing.push('planDetail');
  // Every blank the drafts the person opened still have.
  if (c.route === 'appeal' || c.triedChannels.length > 0) {
    if (!c.amount) missing.push('amount');
    const tried = c.triedChannels;
    // Twelfth review m6: a 举报 given beside the complaint carries the same blanks: both named.
    if (tried.includes('complain12315')) missing.push(ladderReport(c) ? 'personalDetailsReport' : 'personalDetails');
    // Review 30 F8: an email step skipped (no official address) asks for nothing to fill in.
    if (tried.includes('email') && !c.emailSkipped) missing.push('accountAndName');
    // A product standing for many apps cannot name the company: its drafts leave it blank.
    if (policy.appButtons && (tried.includes('complain12315') || tried.includes('payChannel'))) missing.push('companyName');
    // The operator's name from public records (MEDIUM): checked in the user agreement before filing.
    else if (!policy.appButtons && tried.includes('complain12315')) missing.push('companyCheck');
    // Eighth round m5: a complaint needs the company's address too (guide §4): the draft leaves it blank.
    if (tried.includes('complain12315')) missing.push(ladderReport(c) ? 'companyAddressReport' : 'companyAddress');
    // Seventeenth review M1: the optional 小红卡 fallback's own blank, named apart from 【金额】.
    if (tried.includes('complain12315') && offersRedCardFallback(c)) missing.push('redCardUnusedAmount');
    // Review 50 F2: 12315 did not settle it, and a later text (黑猫, email…) says so with a
    // 【未受理／调解未成／已受理，尚无结果】 to pick from: that choice is the person's to make.
    const after12315 = tried.slice(tried.indexOf('complain12315') + 1);
    if ((c.unresolved ?? []).includes('complain12315') && after12315.length > 0) missing.push('status12315');
  }
  return missing;
}
