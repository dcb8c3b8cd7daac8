/**
 * What each state asks, as a pure function of the case file. The states attach these as
 * `meta.prompt`; the engine renders the active one at the end of every turn.
 */
import { daysBetween } from './china-date';
import type { CaseFile } from './case-file';
import type { ProductPolicy, WalkStep } from './policy';
import type { Prompt, Say, TextVars } from './types';
import { lastRefundDay, startsInApp } from './verdict';

/** Choices offered at every eligibility question besides the answers. */
const QUESTION_EXTRAS = ['why', 'back'];

export function question(key: string, answers: readonly string[], acceptsDate = false): Prompt {
  return { parts: [{ key }], choices: [...answers, ...QUESTION_EXTRAS], acceptsDate };
}

/** What the user has already tried, for the 12315 draft's account of the facts. */
function triedKey(c: CaseFile): string {
  if (c.triedChannels.some((channel) => channel !== 'cs')) return 'appeal.tried.several';
  if (c.triedChannels.includes('cs')) return 'appeal.tried.cs';
  if (c.outcome === 'refused') return 'appeal.tried.inApp';
  return 'appeal.tried.nothing';
}

/**
 * Variables every case-dependent text may use; i18next picks the ones it needs. Facts the
 * user did not give become placeholders to fill in, never guesses.
 */
export function caseVars(c: CaseFile, policy: ProductPolicy): TextVars {
  const vars: TextVars = { product: { key: `product.${policy.product}` } };
  if (c.openedOn) vars.openedOn = { date: c.openedOn };
  const lastDay = lastRefundDay(c, policy);
  if (lastDay) vars.lastDay = { date: lastDay };
  vars.opened = c.openedOn ? { date: c.openedOn } : { key: `opened.${c.openedBucket ?? 'unsure'}` };
  // A draft is read days later, so "3 days ago" would mislead: a date, or where to find it.
  vars.openedDate = c.openedOn ? { date: c.openedOn } : { key: 'opened.checkOrder' };
  vars.payment = { key: `choice.${c.payment ?? 'unsure'}` };
  // Drafts name the channel only when the user knows it; otherwise a blank to fill in.
  vars.paidWith = c.payment && policy.paymentChannels.includes(c.payment) ? vars.payment : { key: 'appeal.paymentPlaceholder' };
  vars.reason = { key: `reason.${c.appealReason ?? 'notNeeded'}` };
  vars.member = { key: `choice.${c.member ?? 'unsure'}` };
  vars.privilege = { key: `privilege.${c.privilege ?? 'unsure'}` };
  vars.orderNumber = c.orderNumber ?? { key: 'appeal.orderNumber.placeholder' };
  vars.tried = { key: triedKey(c) };
  return vars;
}

/** Where the window stands on the day of the verdict: days left, the last day, or closed. */
function windowNote(c: CaseFile, policy: ProductPolicy): Say | undefined {
  const lastDay = lastRefundDay(c, policy);
  if (!lastDay || !c.decidedOn) return undefined;
  const left = daysBetween(c.decidedOn, lastDay);
  if (left > 0) return { key: 'verdict.note.daysLeft', vars: { daysLeft: left, lastDay: { date: lastDay } } };
  if (left === 0) return { key: 'verdict.note.lastDayToday', vars: { lastDay: { date: lastDay } } };
  return { key: 'verdict.note.closedAgo', vars: { daysPast: -left, lastDay: { date: lastDay } } };
}

export function verdictPrompt(c: CaseFile, policy: ProductPolicy): Prompt {
  const vars = caseVars(c, policy);
  const parts: Say[] = [{ key: `verdict.${c.verdict}`, vars }];
  if (c.window === 'lastDay' && c.verdict !== 'lastDay' && c.verdict !== 'apple') {
    parts.push({ key: 'verdict.note.lastDay', vars });
  }
  if (c.payment === 'unsure') parts.push({ key: 'verdict.note.paymentUnsure' });
  if (c.verdict !== 'apple') {
    parts.push({ key: 'verdict.note.notALegalRight' });
    const note = windowNote(c, policy);
    if (note) parts.push({ key: 'verdict.note.counting', vars }, note);
  }
  let choices: string[];
  if (c.verdict === 'apple') choices = ['walkApple'];
  else if (startsInApp(c.verdict)) choices = ['walkApp', 'walkWeb', 'goAppeal'];
  else choices = ['goAppeal', 'walkApp'];
  return { parts, choices: [...choices, 'back'] };
}

export function stepPrompt(route: string, step: WalkStep, index: number, total: number): Prompt {
  return {
    parts: [{ key: `walk.${route}.${step.id}`, vars: { n: index + 1, total } }],
    choices: ['done', 'cantFind', 'back'],
  };
}

export function altNamesPrompt(route: string, step: WalkStep): Prompt {
  const key = step.hasAltNames ? `walk.${route}.${step.id}Alt` : 'walk.altGeneric';
  return { parts: [{ key }], choices: ['foundIt', 'stillCantFind', 'back'] };
}

/** What to expect after submitting, with the review window as working-day dates. */
export function afterSubmitPrompt(c: CaseFile, policy: ProductPolicy, key: string): Prompt {
  const from = c.submittedOn ?? c.decidedOn;
  const [soonest, latest] = policy.reviewWorkdays;
  const vars: TextVars = from
    ? { reviewFrom: { workdaysAfter: from, add: soonest }, reviewTo: { workdaysAfter: from, add: latest } }
    : {};
  return { parts: [{ key, vars }], choices: ['approved', 'refused', 'pending', 'back'] };
}

/** When an approved refund should arrive, for the way the user paid. */
function arrivalPart(c: CaseFile, policy: ProductPolicy): Say | undefined {
  if (c.outcome !== 'approved' || !c.approvedOn) return undefined;
  const [soonest, latest] = policy.arrivalWorkdays;
  const channel = c.payment && policy.paymentChannels.includes(c.payment) ? c.payment : 'unsure';
  return {
    key: `refund.arrival.${channel}`,
    vars: {
      arrivalFrom: { workdaysAfter: c.approvedOn, add: soonest },
      arrivalTo: { workdaysAfter: c.approvedOn, add: latest },
      // WeChat Pay: a bank-card refund is worth checking after 3 working days (HIGH).
      bankCardCheck: { workdaysAfter: c.approvedOn, add: 3 },
    },
  };
}

export function renewalPrompt(c: CaseFile, policy: ProductPolicy): Prompt {
  const channel = c.payment && policy.paymentChannels.includes(c.payment) ? c.payment : 'unsure';
  const parts: Say[] = [];
  const arrival = arrivalPart(c, policy);
  if (arrival) parts.push(arrival);
  parts.push({ key: `renew.status.${c.autoRenew ?? 'unsure'}` }, { key: `renew.channel.${channel}` });
  // Apple subscriptions renew through Apple only; for the others the app has its own switch.
  if (channel !== 'apple') parts.push({ key: 'renew.inApp' });
  parts.push({ key: 'renew.timing' });
  return { parts, choices: ['renewDone', 'renewLater', 'back'] };
}

/** Facts the drafts would need that the coach does not have yet, for the checklist. */
function missingFacts(c: CaseFile): string[] {
  // The Apple route drafts nothing, so nothing is missing for a draft.
  if (c.route === 'apple') return [];
  const missing: string[] = [];
  if (!c.openedOn) missing.push('exactDate');
  if (!c.orderNumber) missing.push('orderNumber');
  if (!c.payment || c.payment === 'unsure') missing.push('payment');
  return missing;
}

/** Evidence worth keeping for this case: always the order and payment, plus what applies. */
function evidenceFor(c: CaseFile): string[] {
  const items = ['orderScreenshot', 'paymentRecord'];
  if (c.triedChannels.includes('cs') || c.refusal) items.push('csChat');
  if (c.appealReason === 'misled') items.push('offerScreenshot');
  if (c.submittedOn) items.push('requestScreenshot');
  return items;
}

/** The closing case card; also what /summary shows at any point. */
export function summaryParts(c: CaseFile, policy: ProductPolicy): Say[] {
  const vars = caseVars(c, policy);
  const parts: Say[] = [{ key: 'summary.title' }];
  parts.push({ key: 'summary.answers', vars });
  if (c.orderNumber) parts.push({ key: 'summary.orderNumber', vars, line: true });
  if (c.verdict) parts.push({ key: `summary.verdict.${c.verdict}`, vars });
  // Apple decides an Apple refund by its own rules: the platform's 7-day window is beside the point.
  if (vars.lastDay && c.verdict !== 'apple') parts.push({ key: 'summary.lastDay', vars, line: true });
  if (c.route) parts.push({ key: `summary.route.${c.route}` });
  if (c.submittedOn) parts.push({ key: 'summary.submitted', vars: { submittedOn: { date: c.submittedOn } }, line: true });
  for (const channel of c.triedChannels) parts.push({ key: `summary.tried.${channel}`, line: true });
  if (c.outcome) parts.push({ key: `summary.outcome.${c.outcome}`, line: true });
  parts.push({ key: 'summary.nextTitle' });
  for (const step of nextSteps(c)) parts.push({ key: `summary.next.${step}`, vars, line: true });
  // Once the refund is approved, nothing more needs to be drafted.
  const missing = c.outcome === 'approved' ? [] : missingFacts(c);
  if (missing.length > 0) {
    parts.push({ key: 'summary.missingTitle' });
    for (const fact of missing) parts.push({ key: `summary.missing.${fact}`, line: true });
  }
  parts.push({ key: 'summary.evidenceTitle' });
  for (const item of evidenceFor(c)) parts.push({ key: `summary.evidence.${item}`, line: true });
  return parts;
}

function nextSteps(c: CaseFile): string[] {
  const steps: string[] = [];
  if (!c.verdict) return ['finishQuestions'];
  if (!c.route) steps.push('chooseRoute');
  if (c.outcome === 'pending') steps.push(c.route === 'apple' ? 'waitApple' : 'waitReview');
  if (c.outcome === 'refused' && c.triedChannels.length === 0) steps.push('appeal');
  if (c.outcome === 'approved') steps.push('watchRefund');
  if (c.renewalOff !== 'renewDone') steps.push('switchOffRenewal');
  steps.push('checkRenewalAfterRefund');
  return steps;
}
