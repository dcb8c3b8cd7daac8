/**
 * What each state asks, as a pure function of the case file. The states attach these as
 * `meta.prompt`; the engine renders the active one at the end of every turn. A prompt ends
 * with its question as a part of its own, so notes about dates stay beside their dates.
 */
import { daysBetween } from './china-date';
import type { CaseFile } from './case-file';
import { appleSilent, appVar, caseVars, insideWindow, knownChannel, reminderLack, reminderSender, reminderSentence } from './case-vars';
import type { ProductPolicy, WalkStep } from './policy';
import type { Prompt, Say, TextVar, TextVars } from './types';
import { lastRefundDay, spanDeadline, startsInApp } from './verdict';
import { offersWindowFollowUp } from './follow-ups';
import { draftDate } from './draft-date';
import { channelVariant } from './pay-channel';

export { caseVars } from './case-vars';
export { summaryParts } from './summary';

/** Choices offered at every eligibility question besides the answers. */
const QUESTION_EXTRAS = ['why', 'back'];

export function question(key: string, answers: readonly string[], acceptsDate = false): Prompt {
  return { parts: [{ key }], choices: [...answers, ...QUESTION_EXTRAS], acceptsDate };
}

/** Verdicts that rest on the guides' 7-day refund for new members. */
const SEVEN_DAY_VERDICTS = new Set(['likely', 'lastDay', 'unsure', 'renewal']);

/**
 * The one deadline line of a verdict: where the window stands on the day of the verdict,
 * with how the days are counted. Without a date, only "today is likely the last day" can be said.
 */
function deadlineLine(c: CaseFile, policy: ProductPolicy, vars: TextVars): Say | undefined {
  const lastDay = lastRefundDay(c, policy);
  const span = spanDeadline(c, policy);
  if (span)
    return {
      key: 'verdict.deadline.bucket',
      vars: { daysAgo: span.daysAgo, earliest: { date: span.earliest }, lastDay: { date: span.lastDay } },
    };
  if (!lastDay || !c.decidedOn) return c.window === 'lastDay' ? { key: 'verdict.deadline.lastDayNoDate' } : undefined;
  const left = daysBetween(c.decidedOn, lastDay);
  if (left > 0) return { key: 'verdict.deadline.left', vars: { ...vars, count: left } };
  if (left === 0) return { key: 'verdict.deadline.today', vars };
  return { key: 'verdict.deadline.closed', vars: { ...vars, count: -left } };
}

/** The family questions the verdict is shown again after. */
const FAMILY_QUESTIONS = new Set(['askFamily', 'askChildAccount']);

/** A first sign-up within the last 7 days, as the person said (a button or a date): the next charge is about a period away. */
const JUST_SIGNED_UP = new Set(['today', 'days1to3', 'days4to6', 'day7']);
function justSignedUp(c: CaseFile): boolean {
  if (c.member !== 'firstTime') return false;
  if (c.openedOn) return c.decidedOn !== undefined && daysBetween(c.openedOn, c.decidedOn) <= 7;
  return JUST_SIGNED_UP.has(c.openedBucket ?? '');
}

/**
 * Eleventh round m3: an app the coach does not know, answers left open: a check for each one the
 * person left open (the date, from the payment record, and what it decides; a first sign-up; the
 * benefits), where they paid. Only a product whose texts use them (one that stands for many apps).
 */
function unsureChecks(c: CaseFile, policy: ProductPolicy, vars: TextVars): TextVars {
  if (!policy.appButtons) return {};
  const payment = c.payment === 'alipay' || c.payment === 'wechat' ? c.payment : c.payment === 'unsure' || c.payment === undefined ? 'unsure' : 'other';
  const where = { key: `verdict.check.where.${payment}` };
  const check = (open: boolean, which: string): TextVar => (open ? { key: `verdict.check.${which}`, vars: { where, app: vars.app! } } : '');
  const dateOpen = !c.openedOn && (c.openedBucket === undefined || c.openedBucket === 'unsure');
  return {
    checkDate: check(dateOpen, 'date'),
    checkMember: check(c.member === 'unsure', 'member'),
    checkPrivilege: check(c.privilege === 'unsure', 'privilege'),
  };
}

export function verdictPrompt(c: CaseFile, policy: ProductPolicy): Prompt {
  const vars = caseVars(c, policy);
  // Eighth round m4: back from the family questions, only what is new (the guardian's ground), and a
  // pointer to the rest above, not the whole verdict again.
  const brief = c.payer !== undefined && FAMILY_QUESTIONS.has(c.trail.at(-2) ?? '');
  // The verdict opens with one line a person can act on: the chance and, while the window is
  // open, its last day; the reasons and the counting follow.
  const lastDay = lastRefundDay(c, policy);
  const open = lastDay && c.decidedOn && daysBetween(c.decidedOn, lastDay) > 0;
  // Without the exact date (an answer such as "1–3 days ago"), the window in words.
  const span = spanDeadline(c, policy);
  const by = open
    ? { key: 'verdict.by', vars: { lastDay: { date: lastDay } } }
    : span
      ? { key: 'verdict.byBucketLast', vars: { lastDay: { date: span.lastDay }, earliest: { date: span.earliest } } }
      : !lastDay && c.window === 'open'
        ? { key: 'verdict.byBucket' }
        : '';
  const parts: Say[] = [{ key: `verdict.${c.verdict}`, vars: { ...vars, by, ...(c.verdict === 'unsure' ? unsureChecks(c, policy, vars) : {}) } }];
  if (c.verdict !== 'apple' && c.verdict !== 'noReminder') {
    const deadline = deadlineLine(c, policy, vars);
    if (deadline) parts.push(deadline);
  }
  // Said once, and only where the 7-day refund is what the advice rests on.
  if (SEVEN_DAY_VERDICTS.has(c.verdict ?? '')) parts.push({ key: 'verdict.note.sevenDayPromise' });
  if (c.member === 'renewal' && c.reminder === 'unsure' && c.verdict !== 'apple') parts.push({ key: 'verdict.note.reminderUnsure' });
  // Seventh round #1: a reminder that left out the time, the amount or how to cancel is still a ground, Apple or not.
  const lack = reminderLack(c);
  // Tenth round m8: an Apple payer said who sent it: Apple's own email, or the app's message (then the app
  // can be told too, while the refund stays Apple's; review 24 m2: the message to it and the 举报 may name the rule, hedged).
  const sender = reminderSender(c);
  if (lack)
    parts.push({ key: `verdict.note.reminderLacking${sender === 'App' ? 'ByApp' : ''}`, vars: { what: { key: `reminder.lacked.${lack}` }, ...appVar(c) } });
  if (lack && sender) parts.push({ key: `verdict.note.reminderFrom${sender}`, vars: { what: { key: `reminder.lacked.${lack}` }, ...appVar(c) } });
  if (c.payment === 'unsure') parts.push({ key: 'verdict.note.paymentUnsure' });
  // A child's purchase without consent is the guardian's claim: it does not hang on the 7 days.
  // The article cited follows the age given; with no age, the provisions on minors, per age.
  const age = c.childAge === 'under8' ? 'Under8' : c.childAge === 'from8to17' ? 'From8to17' : '';
  if (c.payer === 'minor' && c.verdict !== 'apple') {
    parts.push({ key: `verdict.note.minor${age}` });
    // Tenth round m4: a child who may be 8–17 (the age given, or skipped): the platform may answer that the
    // purchase fits the age (民法典 第十九条), and what makes the guardian's case stronger. Not for under 8.
    if (c.childAge !== 'under8') parts.push({ key: `verdict.note.minorAgeFit${age}` });
  }
  if (brief) {
    const rest = SEVEN_DAY_VERDICTS.has(c.verdict ?? '') ? 'verdict.briefRest' : 'verdict.briefRestOther';
    parts.splice(0, parts.length, ...parts.filter((part) => part.key.startsWith('verdict.note.minor')), { key: rest });
  }
  // Switching off early: another charge can land while the refund is argued (about two months
  // at 12315). Screenshots first; the end of the journey still checks it is off.
  // A first purchase about to be refunded in the app: the screenshots and the next charge date, no 12315 wait.
  // Eleventh round m2: someone who has only just signed up is a period away from the next charge: the plain reason.
  // Eighteenth review m9: not sure auto-renewal is on: check the payment channel for an auto-debit first, then switch it off.
  const switchOff =
    c.payment === 'apple' ? 'Apple' : c.autoRenew === 'unsure' ? 'Unsure' : c.member === 'renewal' ? '' : justSignedUp(c) ? 'JustSignedUp' : 'FirstTime';
  // Where to switch it off: the payment apps' settings, or for "other", wherever the person paid.
  // Twelfth review m3: Alipay or WeChat said, only that app's path; not sure, both.
  const where = c.payment === 'otherPay' || c.payment === 'alipay' || c.payment === 'wechat' ? c.payment : 'app';
  const switchWhere = { key: `verdict.note.switchWhere.${channelVariant(c, where)}` };
  // Review 31 F2: what to screenshot follows what the person said of the reminder, never "if no reminder came" after "none came".
  const messages = { key: `verdict.note.messages.${c.reminder === 'reminderNone' ? 'none' : c.reminder === 'reminderGot' ? 'got' : 'unsure'}` };
  if (c.autoRenew !== 'renewOff' && !brief) parts.push({ key: `verdict.note.switchOffEarly${switchOff}`, vars: { switchWhere, messages } });
  parts.push({ key: 'verdict.ask' });
  let choices: string[];
  if (c.verdict === 'apple') choices = ['walkApple'];
  else if (startsInApp(c.verdict)) choices = ['walkApp', 'walkWeb', 'goAppeal'];
  // Review 48 F4: a renewal may have no in-app refund entry, and the button says so.
  else choices = ['goAppeal', c.member === 'renewal' ? 'walkAppRenewal' : 'walkApp'];
  if (offersWindowFollowUp(c, policy)) choices.push('remindWindow');
  // Who paid and whose account, asked of anyone who says it was not them (guide §9).
  if (c.payer === undefined) choices.push('familyPaid');
  return { parts, choices: [...choices, 'back'] };
}

/**
 * Sixth review #14: at the first Apple request, the facts the person already gave (the charge
 * date, nothing used since) for the note field; nothing when they gave neither, or as a guardian.
 */
function appleFirstNote(route: string, step: WalkStep, c: CaseFile): Say[] {
  if (route !== 'apple' || step.id !== 'pick' || c.payer === 'minor') return [];
  const chargeDate = draftDate(c);
  const charged = chargeDate ? { key: 'apple.chargedOn', vars: { chargeDate } } : '';
  const notUsed = c.privilege === 'noneUsed' ? { key: c.member === 'renewal' ? 'draft.notUsedRenewal' : 'draft.notUsed' } : '';
  const noReminder = reminderSentence(c, 'plain');
  const appleNoReminder = appleSilent(c) ? { key: 'draft.appleNoReminder' } : '';
  if (!charged && !notUsed && !noReminder && !appleNoReminder) return [];
  return [{ key: 'apple.firstNote' }, { key: 'apple.firstNoteDraft', vars: { charged, notUsed, noReminder, appleNoReminder }, draft: true }];
}

/**
 * Review 17 m5: the guardian's in-app note leads with the facts the platform's own route rests on,
 * each only as the person said it: a first sign-up, still inside the 7 days, nothing used.
 */
function minorFacts(c: CaseFile): TextVars {
  // Eighteenth review m11: the facts said run as one sentence (「这是首次开通，付款至今不到7天，开通后没有使用过任何会员权益。」).
  const code = [c.member === 'firstTime' ? 'f' : '', insideWindow(c) ? 'w' : '', c.privilege === 'noneUsed' && c.member !== 'renewal' ? 'n' : ''].join('');
  return { facts: code ? { key: `walk.minorFacts.${code}` } : '' };
}

export function stepPrompt(route: string, step: WalkStep, index: number, total: number, c: CaseFile): Prompt {
  // A guardian's request rests on the child's purchase, not on "it doesn't fit my needs": the note that says so.
  // A guardian sees only the guardian's note: the step's own "it doesn't fit my needs" is not shown and withdrawn.
  const asGuardian = step.asksReason === true && c.payer === 'minor';
  const guardian: Say[] = asGuardian ? [{ key: 'walk.reasonMinor' }, { key: 'walk.reasonMinorNote', vars: minorFacts(c), draft: true }] : [];
  // A child paid: the steps are done from the account the membership is on, as the guardian said.
  // Review 41 F14: the child's account, the guardian's money: the app may refuse anyone but the account holder.
  const accountKey = c.accountOf === 'child' && c.paidFrom === 'guardian' ? 'childPaidByGuardian' : (c.accountOf ?? 'unsure');
  const account: Say[] = index === 0 && route !== 'apple' && c.payer === 'minor' ? [{ key: `walk.account.${accountKey}` }] : [];
  return {
    parts: [
      ...account,
      { key: `walk.${route}.${step.id}${asGuardian ? 'Guardian' : ''}`, vars: { n: index + 1, total } },
      ...guardian,
      ...appleFirstNote(route, step, c),
    ],
    choices: ['done', 'cantFind', 'back'],
  };
}

export function altNamesPrompt(route: string, step: WalkStep): Prompt {
  // Apple's page has its own answers to "can't find it"; the app's generic ones would mislead.
  const key = step.hasAltNames ? `walk.${route}.${step.id}Alt` : route === 'apple' ? 'walk.apple.alt' : 'walk.altGeneric';
  return { parts: [{ key }], choices: route === 'web' ? ['foundIt', 'walkApp', 'stillCantFind', 'back'] : ['foundIt', 'stillCantFind', 'back'] };
}

/** What to expect after an in-app (or web) request, with the review window as working-day dates. */
export function afterSubmitPrompt(c: CaseFile, policy: ProductPolicy): Prompt {
  const from = c.submittedOn ?? c.decidedOn;
  const [soonest, latest] = policy.reviewWorkdays;
  const vars: TextVars = from ? { reviewFrom: { workdaysAfter: from, add: soonest }, reviewTo: { workdaysAfter: from, add: latest } } : {};
  return {
    parts: [
      { key: from ? 'afterSubmit.expect' : 'afterSubmit.expectNoDate', vars },
      // How the money comes back depends on the channel: only the person's own is described.
      { key: `afterSubmit.money.${knownChannel(c, policy)}` },
      { key: 'afterSubmit.ask' },
    ],
    choices: ['approved', 'refused', 'pending', 'remindReview', 'back'],
  };
}

export function appleAfterSubmitPrompt(): Prompt {
  return { parts: [{ key: 'afterSubmit.appleExpect' }, { key: 'afterSubmit.ask' }], choices: ['approved', 'refused', 'pending', 'remindReview', 'back'] };
}

/** When a granted refund should arrive, for the way the user paid. */
function arrivalPart(c: CaseFile, policy: ProductPolicy): Say | undefined {
  if (c.outcome !== 'approved' || !c.approvedOn) return undefined;
  const [soonest, latest] = policy.arrivalWorkdays;
  return {
    key: `refund.arrival.${knownChannel(c, policy)}`,
    vars: {
      arrivalFrom: { workdaysAfter: c.approvedOn, add: soonest },
      arrivalTo: { workdaysAfter: c.approvedOn, add: latest },
      // WeChat Pay: a bank-card refund is worth checking after 3 working days (HIGH).
      bankCardCheck: { workdaysAfter: c.approvedOn, add: 3 },
    },
  };
}

/** What to screenshot before switching off: Apple's pages, or the deduction records (and, after a renewal, the reminders). */
function evidenceKey(c: CaseFile, channel: string): string {
  if (channel === 'apple') return 'renew.evidenceApple';
  return c.member === 'renewal' ? 'renew.evidenceRenewal' : 'renew.evidence';
}

export function renewalPrompt(c: CaseFile, policy: ProductPolicy): Prompt {
  const channel = knownChannel(c, policy);
  const parts: Say[] = [];
  const arrival = arrivalPart(c, policy);
  if (arrival) parts.push(arrival);
  // 小红卡 has ended: nothing renews, but a leftover auto-deduct is worth a look.
  // Tenth round m5: in the channel the card fee was paid with, once known.
  if (c.member === 'redCard') {
    const where = channel === 'alipay' || channel === 'wechat' || channel === 'apple' ? `renew.redCardPaid.${channel}` : 'renew.redCard';
    return { parts: [{ key: where }, { key: 'renew.ask' }], choices: ['renewDone', 'renewLater', 'back'] };
  }
  // The person said, after an Apple refusal, that they cancelled the subscription: the latest
  // answer wins over the earlier "it's on". Confirm what a cancelled one looks like and keep the
  // page; no "before you cancel" and no switch-off steps (guide §3).
  if (channel === 'apple' && c.appleCancelled) {
    parts.push({ key: 'renew.appleCancelled' }, { key: 'renew.askCancelled' });
    // Fourteenth review m8: a subscription is cancelled, not "switched off": the button says so.
    return { parts, choices: ['cancelConfirmed', 'back'] };
  }
  // Evidence first: switching off can remove the very records a dispute needs (guide §7).
  if (c.outcome !== 'approved') parts.push({ key: evidenceKey(c, channel) });
  parts.push({ key: `renew.status.${c.autoRenew ?? 'unsure'}` }, { key: `renew.channel.${channelVariant(c, channel)}` });
  // Apple subscriptions renew through Apple only; for the others the app has its own switch.
  if (channel !== 'apple') parts.push({ key: 'renew.inApp' });
  parts.push({ key: c.outcome === 'approved' ? 'renew.timing.afterRefund' : 'renew.timing.now' }, { key: 'renew.ask' });
  return { parts, choices: ['renewDone', 'renewLater', 'back'] };
}
