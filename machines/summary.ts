/**
 * The case card: what /summary shows at any point and what the conversation ends with. It
 * says what was answered (and "not answered yet" for what was not), the assessment, what was
 * done, what to do next for this case, what a draft still needs, and the evidence to keep.
 */
import type { CaseFile, OpenedBucket } from './case-file';
import { addDays } from './china-date';
import {
  appOf,
  appVar,
  caseVars,
  namesPricingRule,
  knownChannel,
  offersAppleAppMessage,
  offersPlanFallback,
  reminderLack,
  reminderSender,
  signupReport,
  usedPrivilege,
} from './case-vars';
import { ladderOf, rungAfter } from './next-rung';
import { spanDeadline } from './verdict';
import { appleAppReport, ladderReport, missingFacts, MONEY_CHASE_TEXTS, moneyChase } from './summary-missing';
import type { ProductPolicy } from './policy';
import type { Say, TextVar, TextVars } from './types';

/** One "question: answer" line, or "not answered yet". */
function answerLine(label: string, answered: boolean, value: TextVars[string]): Say {
  return { key: `summary.answer.${label}`, vars: { value: answered ? value : { key: 'summary.notAnswered' } }, line: true };
}

/** Days before the answer's day each bucket covers; "not sure" covers none. */
const BUCKET_DAYS: Partial<Record<OpenedBucket, readonly [number, number]>> = { today: [0, 0], days1to3: [3, 1], days4to6: [6, 4], day7: [7, 7] };

/** A bucket answered on `answeredOn` as the dates it covers ("about Nov 23 – Nov 25"), or undefined for "not sure". */
function bucketDates(bucket: OpenedBucket, answeredOn: string): TextVar | undefined {
  if (bucket === 'over7') return { key: 'summary.value.before', vars: { date: { date: addDays(answeredOn, -7) } } };
  const days = BUCKET_DAYS[bucket];
  if (!days) return undefined;
  if (days[0] === days[1]) return { date: addDays(answeredOn, -days[0]) };
  return { key: 'summary.value.between', vars: { from: { date: addDays(answeredOn, -days[0]) }, to: { date: addDays(answeredOn, -days[1]) } } };
}

function answerLines(c: CaseFile, vars: TextVars): Say[] {
  // Answers read as statements here, not as the buttons that gave them ("It was 小红卡").
  const lines = [answerLine('member', c.member !== undefined, { key: `summary.value.member.${c.member}` })];
  // A 小红卡 case asks only how the card fee was paid (tenth round m5): the other questions are about 黑卡's 7-day refund.
  // Seventeenth review m8: the membership line already names 小红卡: no type line; the card's status only where the person said it stopped working.
  if (c.member === 'redCard') {
    const status: Say[] =
      c.redCardWorks === 'stopped' ? [{ key: c.outcome === 'approved' ? 'summary.redCardStoppedRefunded' : 'summary.redCardStopped', line: true }] : [];
    return c.payment ? [...status, answerLine('payment', true, vars.payment!)] : status;
  }
  // "1–3 days ago" was true the day it was answered: a summary read later says which day that was.
  const opened = c.openedBucket && c.decidedOn ? (bucketDates(c.openedBucket, c.decidedOn) ?? vars.opened!) : vars.opened!;
  lines.push(answerLine(c.member === 'renewal' ? 'charged' : 'opened', c.openedOn !== undefined || c.openedBucket !== undefined, opened));
  // A reminder that left something out says what, as the person said.
  const lack = reminderLack(c);
  // Tenth round m8: who sent it, as an Apple payer said.
  const by = reminderSender(c) ?? '';
  const reminder = lack
    ? { key: `summary.value.reminderLacking${by ? `By${by}` : ''}`, vars: { what: { key: `reminder.lacked.${lack}` }, ...appVar(c) } }
    : { key: `summary.value.reminder.${c.reminder}` };
  if (c.member === 'renewal') lines.push(answerLine('reminder', c.reminder !== undefined, reminder));
  // Reviews 40 F6, 41 F6: used since what, said for the case (a renewal's charge, or the first payment).
  lines.push(answerLine(c.member === 'renewal' ? 'privilegeRenewal' : 'privilegeFirstTime', c.privilege !== undefined, vars.privilege!));
  // Fourteenth review m10: "another method", not the button's "Other".
  lines.push(
    answerLine(
      'payment',
      c.payment !== undefined,
      c.payment === 'otherPay' ? { key: c.otherPay ? `draft.otherPay.${c.otherPay}` : 'summary.paidOther' } : vars.payment!,
    ),
  );
  return lines;
}

/**
 * Tenth round m4: who paid, as the person answered: a child's purchase without consent (the guardian's
 * case, not ratified), the child's age, whose account paid and whose holds the membership, each only
 * when answered (an age skipped stays unsaid); or another adult, whose request it is.
 */
function payerLines(c: CaseFile, policy: ProductPolicy): Say[] {
  if (c.payer === 'family') return [{ key: 'summary.family.adult', line: true }];
  if (c.payer !== 'minor') return [];
  const lines: Say[] = [{ key: 'summary.family.minor', line: true }];
  if (c.childAge) lines.push({ key: `summary.family.age.${c.childAge}`, line: true });
  if (c.paidFrom) {
    const channel = knownChannel(c, policy);
    const payment = channel === 'unsure' || channel === 'otherPay' ? { key: 'summary.family.yourAccount' } : { key: `choice.${channel}` };
    lines.push({ key: `summary.family.paidFrom.${c.paidFrom}`, vars: { payment }, line: true });
  }
  if (c.accountOf) lines.push({ key: `summary.family.account.${c.accountOf}`, line: true });
  return lines;
}

/** Evidence worth keeping for this case: always the order and payment, plus what applies. */
function evidenceFor(c: CaseFile, policy: ProductPolicy): string[] {
  const channel = knownChannel(c, policy);
  // Apple's record of a charge is its receipt email; anyone else keeps the order and their own channel's record.
  const apple = channel === 'apple' || c.route === 'apple';
  const items = apple ? ['appleReceipt'] : ['orderScreenshot', `paymentRecord.${channel}`];
  // Apple keeps no deduction agreement of the app's: its subscriptions page and receipts are the record.
  if (c.member === 'renewal' && !apple) items.push('deductionAgreement');
  if (c.reminder === 'reminderNone') items.push('messageCentre');
  // A reminder that left something out is itself the record of what it left out.
  if (reminderLack(c)) items.push('reminderMessage');
  // Apple said no: its answer is what a second request and a 12315 complaint point to.
  if (apple && c.outcome === 'refused') items.push(c.appleRefusedAgain ? 'appleRefusals' : 'appleRefusal');
  if (c.triedChannels.includes('cs') || c.refusal) items.push('csChat');
  // Review 37 F11: each rung tried leaves its own record, the one a later complaint attaches.
  // (An email step skipped sent nothing.)
  for (const rung of ['payChannel', 'email', 'complain12315', 'heimao'])
    if (c.triedChannels.includes(rung) && !(rung === 'email' && c.emailSkipped)) items.push(`tried.${rung}`);
  if (c.appealReason === 'misled') items.push('offerScreenshot');
  if (c.submittedOn) items.push('requestScreenshot');
  // Ninth review: approved in the app, the approval is what a chase for the money points to.
  // Eleventh round m5: refunded on a rung instead, their agreement is the one record (below), not an in-app approval too.
  if (c.outcome === 'approved' && !apple && !c.refundedAt) items.push('approvalRecord');
  if (c.payer === 'minor') items.push('guardianProof');
  // Sixth review #9: refunded on a rung, the coach asked for their agreement to be kept.
  if (c.refundedAt) items.push(c.refundedAt === 'complain12315' ? 'refundAgreement12315' : 'refundAgreement');
  // 小红卡: the platform's statement, as the person saw it, is what the drafts cite; not seen, worth keeping if found.
  if (c.member === 'redCard') items.push(c.redCardNotice === 'seen' ? 'redCardNews' : 'redCardNewsLater');
  return items;
}

/** The rung after the highest one opened (next-rung.ts), once a rung has been reported as not solving it. */
function nextRung(c: CaseFile, policy: ProductPolicy): string | undefined {
  if (!(c.unresolved ?? []).some((channel) => channel !== 'inApp')) return undefined;
  return rungAfter(ladderOf(c, policy), c.triedChannels);
}

/**
 * Where the person stands, when they have moved past the verdict: "request it in the app" is no
 * advice to someone the app refused, nor to someone already refunded.
 */
function standing(c: CaseFile): string | undefined {
  if (c.member === 'redCard') return undefined;
  if (c.outcome === 'approved') return c.moneyArrived === false ? 'moneyMissing' : 'approved';
  if (c.outcome === 'refused' && (c.verdict === 'apple' || c.route === 'apple')) return c.appleRefusedAgain ? 'appleRefusedTwice' : 'appleRefused';
  // Review 37 F4: after the in-app refusal, a rung tried since that did not solve it either.
  if (c.unresolved?.includes('inApp')) return c.unresolved.some((channel) => channel !== 'inApp') ? 'inAppThenMore' : 'inAppRefused';
  return undefined;
}

/**
 * Thirteenth review m7: the rungs below the highest one opened that the person passed over (黑猫 aside:
 * it is no rung), still open to them, once a rung has been reported as not solving it.
 */
function skippedRungs(c: CaseFile, policy: ProductPolicy): string[] {
  if (!(c.unresolved ?? []).some((channel) => channel !== 'inApp')) return [];
  const ladder = ladderOf(c, policy);
  const highest = Math.max(...c.triedChannels.map((rung) => ladder.indexOf(rung)));
  const next = nextRung(c, policy);
  return ladder.slice(0, Math.max(highest, 0)).filter((rung) => rung !== 'heimao' && rung !== next && !c.triedChannels.includes(rung));
}

/** After rungs that did not solve it: the routes beyond 12315 once it failed, the next untried rung, and the ones skipped. */
function afterTried(c: CaseFile, policy: ProductPolicy): string[] {
  const steps: string[] = [];
  if (c.unresolved?.includes('complain12315')) steps.push('after12315');
  // Ninth round m1: 黑猫 runs alongside 12315, never "the next step" after it.
  const next = nextRung(c, policy);
  if (next) steps.push(next === 'heimao' ? 'heimaoAlongside' : 'nextRung');
  // Review 20 m7: never "alongside the others" where the list says go in order; an untried email, for a written record.
  const skipped = skippedRungs(c, policy);
  if (skipped.join() === 'email') steps.push(c.unresolved?.includes('complain12315') ? 'skippedEmailAfter12315' : 'skippedEmail');
  else if (skipped.length > 0) steps.push('skippedRungs');
  return steps;
}

function nextSteps(c: CaseFile, policy: ProductPolicy): string[] {
  if (!c.verdict) return ['finishQuestions'];
  // 小红卡 has ended: a refund received closes the case; a missing one is chased on the ladder.
  // What was already done is not advised again: after 12315, the routes beyond it; otherwise the next rung.
  if (c.member === 'redCard') {
    if (c.outcome === 'approved') return ['redCardDone'];
    if (c.outcome === 'progress') return ['followProgress'];
    const after = afterTried(c, policy);
    return after.length > 0 ? after : ['redCardChase'];
  }
  const apple = c.verdict === 'apple' || c.route === 'apple';
  const steps: string[] = [];
  if (!c.route) steps.push(apple ? 'askApple' : 'chooseRoute');
  if (c.verdict === 'lastDay' && !c.submittedOn && !c.outcome) steps.push('submitToday');
  if (c.outcome === 'pending') steps.push(apple ? 'waitApple' : 'waitReview');
  if (c.outcome === 'progress') steps.push('followProgress');
  // Apple refused: a second request, Apple support and 12315 (guide §9), not "ask Apple" again;
  // refused twice, the 12315 complaint already drafted, and Apple support with both refusals.
  if (c.outcome === 'refused' && (c.unresolved ?? []).every((ch) => ch === 'inApp')) {
    if (apple && c.appleRefusedAgain)
      steps.push('appleSupportTwice', 'apple12315'); // Review 39 F3: Apple's own support, quicker and free, before a complaint 12315 may not accept.
    else steps.push(apple ? 'appleRefused' : 'appeal');
  }
  // Apple's page would not take the request (nothing submitted, no answer): Apple's support, not "wait".
  if (apple && c.appleStuck && c.outcome === undefined) steps.push('appleStuck');
  // A rung that did not solve it, and nothing awaited: the routes beyond 12315, or the next untried rung, by name.
  if (c.outcome !== 'approved' && c.outcome !== 'progress' && c.outcome !== 'pending' && !c.waitingOn) steps.push(...afterTried(c, policy));
  // Money that did not come is chased, not waited for: "usually 3–7 working days" is past.
  // Apple refunds what Apple took: its support, then 12315 naming Apple; never the app's customer service.
  // Fifteenth review m7: an Alipay payer was given Alipay's complaint text too; the step names it, before 12315.
  const channel = knownChannel(c, policy);
  const chaseMoney = apple ? 'chaseMoneyApple' : channel === 'alipay' ? 'chaseMoneyAlipay' : channel === 'wechat' ? 'chaseMoneyWechat' : 'chaseMoney';
  if (c.outcome === 'approved') steps.push(c.moneyArrived === false ? chaseMoney : `watchRefund.${knownChannel(c, policy)}`);
  // Fourteenth review m7: the sign-up page did not show the auto-renewal plainly: a 举报, the person's option.
  if (signupReport(c) && c.outcome !== 'approved') steps.push(ladderReport(c) ? 'reportSignupDrafted' : 'reportSignup');
  // The latest answer wins: after "Cancelled it" the summary does not ask to cancel again.
  if (c.renewalOff !== 'renewDone' && !(apple && c.appleCancelled)) steps.push(apple ? 'cancelApple' : 'switchOffRenewal');
  // Only a refund that is coming makes "check once more after it arrives" meaningful.
  if (c.outcome === 'approved') steps.push('checkRenewalAfterRefund');
  // On the ladder with no answer yet: never an empty list.
  if (steps.length === 0) steps.push('continueAppeal');
  return steps;
}

/**
 * The summary's verdict line. Fifteenth review m1: no reminder, and a plan change the person reported:
 * both grounds (review 24 M1: the pricing rule hedged; not for an Apple charge). Review 47 F2: a
 * 小红卡 case already taken up the ladder is not told to start with the bill.
 */
const verdictLine = (c: CaseFile) =>
  c.verdict === 'noReminder' && c.member === 'renewal' && c.planChange === 'changed'
    ? `noReminderPlan${namesPricingRule(c) ? 'Cited' : ''}`
    : c.verdict === 'redCard' && c.triedChannels.length > 0
      ? 'redCardTried'
      : c.verdict;

/**
 * Sixteenth review m10: the membership the summary is about, its first line (a summary is screenshot and
 * sent on): this product's own membership, or the app as the person named it; none before an app is named.
 */
function membershipLine(c: CaseFile, policy: ProductPolicy, vars: TextVars): Say[] {
  if (policy.appButtons && appOf(c) === undefined) return [];
  return [{ key: 'summary.membership', vars: { product: vars.product!, ...appVar(c) }, line: true }];
}

/** The closing case card; also what /summary shows at any point. */
export function summaryParts(c: CaseFile, policy: ProductPolicy): Say[] {
  const vars = caseVars(c, policy);
  const parts: Say[] = [{ key: 'summary.title' }, ...membershipLine(c, policy, vars), ...answerLines(c, vars), ...payerLines(c, policy)];
  if (c.orderNumber) parts.push({ key: 'summary.orderNumber', vars, line: true });
  if (c.amount) parts.push({ key: 'summary.amount', vars: { amount: c.amount }, line: true });
  // Skipped what changed: said as the person's unchecked impression, not as a fact.
  if (c.member === 'renewal' && c.planChange === 'changed')
    parts.push({ key: c.planDetail ? 'summary.planChange' : 'summary.planChangeUnverified', line: true });
  // Eighth round M3: the fallback the coach offered beside the drafts, as the person's option.
  if (offersPlanFallback(c)) parts.push({ key: 'summary.planFallback', line: true });
  const now = standing(c);
  if (now) parts.push({ key: `summary.now.${now}`, vars });
  else if (c.verdict) parts.push({ key: `summary.verdict.${verdictLine(c)}`, vars });
  // Apple decides an Apple refund by its own rules, and a renewal without a reminder rests
  // on the notice rules: the 7-day window is beside the point for both, and for a granted refund.
  const windowMatters = c.verdict !== 'apple' && c.verdict !== 'noReminder' && c.outcome !== 'approved';
  if (vars.lastDay && windowMatters) parts.push({ key: 'summary.lastDay', vars, line: true });
  // Review 54 F1: paid "1–3 days ago", the safe last day stays on the card (after an in-app refusal too).
  const span = spanDeadline(c, policy);
  if (span && windowMatters)
    parts.push({ key: 'summary.lastDaySpan', vars: { lastDay: { date: span.lastDay }, earliest: { date: span.earliest } }, line: true });
  // Review 58 F9: a guardian's ground is not bound to the 7 days, as the chat said.
  if ((span || vars.lastDay) && windowMatters && c.payer === 'minor') parts.push({ key: 'summary.lastDayGuardian', line: true });
  // How the refund actually came, when it came on the ladder: not "on the website" when 12315 got it.
  // Agreed is not arrived: the money's state is said only as the person reported it.
  if (c.refundedAt && c.outcome === 'approved') {
    const money = c.moneyArrived === true ? 'Arrived' : c.moneyArrived === false ? 'Missing' : '';
    parts.push({ key: `summary.route.refundedAt${money}`, vars: { channel: { key: `summary.channel.${c.refundedAt}` } } });
  }
  // Refused in the app and on to other channels: the route is both, in that order.
  else if (c.route)
    parts.push({ key: c.unresolved?.includes('inApp') && c.triedChannels.length > 0 ? 'summary.route.afterInApp' : `summary.route.${c.route}` });
  if (c.submittedOn) parts.push({ key: 'summary.submitted', vars: { submittedOn: { date: c.submittedOn } }, line: true });
  for (const channel of c.triedChannels) {
    // Review 28 F8: an email step skipped for want of an address is not a draft prepared.
    const skipped = channel === 'email' && c.emailSkipped;
    parts.push({ key: `summary.tried.${skipped ? 'emailSkipped' : channel}`, line: true });
    // Thirteenth review m7: what was shown with the customer-service message, said as prepared too.
    if (channel === 'cs' && usedPrivilege(c, policy)) parts.push({ key: 'summary.tried.proRata', line: true });
  }
  if (c.refusal && !(c.refusal === 'refusedApple' && c.payment === 'apple')) parts.push({ key: 'summary.tried.refusalReplies', line: true });
  // Apple refused: the second request was drafted there; refused again, the 12315 complaint naming Apple.
  if ((c.verdict === 'apple' || c.route === 'apple') && c.outcome === 'refused') {
    parts.push({ key: 'summary.tried.appleSecondRequest', line: true });
    // Twelfth review m6: the message for the app, when it was shown, and the 举报 against the app.
    if (c.appMessageShown && offersAppleAppMessage(c)) parts.push({ key: 'summary.tried.appleAppMessage', line: true });
    if (c.appleRefusedAgain) parts.push({ key: 'summary.tried.apple12315', line: true });
    if (appleAppReport(c)) parts.push({ key: 'summary.tried.appleAppReport', line: true });
  }
  // Twelfth review m7: money approved but not arrived: the texts shown to chase it.
  const chase = moneyChase(c, policy);
  if (chase) {
    // Fourteenth review m5: an Alipay (or WeChat Pay) payer was also given the text for the payment app's complaint.
    const channel = knownChannel(c, policy);
    const payText = channel === 'alipay' ? 'moneyPay' : channel === 'wechat' ? 'moneyPayWechat' : undefined;
    const texts = chase === 'app' && payText ? ['moneyCs', payText, 'money12315'] : MONEY_CHASE_TEXTS[chase];
    for (const text of texts) parts.push({ key: `summary.tried.${text}`, line: true });
  }
  // The 举报 goes with the 12315 draft when no reminder came before a renewal charge.
  if (ladderReport(c)) parts.push({ key: 'summary.tried.report', line: true });
  if (c.outcome === 'progress')
    parts.push({ key: 'summary.outcome.progress', vars: { channel: { key: `summary.channel.${c.progressAt ?? 'cs'}` } }, line: true });
  // Refused in the app, then other channels did not solve it either: both said (once: reviews 51
  // F4, 53 F8, the "now" line above says it already after an in-app refusal).
  else if (c.outcome === 'refused' && (c.unresolved ?? []).some((channel) => channel !== 'inApp')) {
    if (standing(c) !== 'inAppThenMore') parts.push({ key: 'summary.outcome.refusedStill', line: true });
  } else if (c.outcome === 'refused' && c.appleRefusedAgain) parts.push({ key: 'summary.outcome.refusedTwice', line: true });
  else if (c.outcome) parts.push({ key: `summary.outcome.${c.outcome}`, line: true });
  parts.push({ key: 'summary.nextTitle' });
  const next = nextRung(c, policy);
  const skipped = skippedRungs(c, policy).map((rung): TextVar => ({ key: `summary.channel.${rung}` }));
  const stepVars = { ...vars, ...(next ? { channel: { key: `summary.channel.${next}` } } : {}), skipped: { list: skipped, and: true as const } };
  for (const step of nextSteps(c, policy)) parts.push({ key: `summary.next.${step}`, vars: stepVars, line: true });
  const missing = missingFacts(c, policy);
  if (missing.length > 0) {
    parts.push({ key: 'summary.missingTitle' });
    const dated = { openedDate: c.openedOn ? { date: c.openedOn } : '' };
    for (const fact of missing) parts.push({ key: `summary.missing.${fact}`, vars: dated, line: true });
  }
  parts.push({ key: 'summary.evidenceTitle' });
  for (const item of evidenceFor(c, policy)) parts.push({ key: `summary.evidence.${item}`, line: true });
  return parts;
}
