/**
 * What each state asks, as a pure function of the case file. The machine attaches these to
 * its states as `meta.prompt`; the engine renders the active one at the end of every turn.
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

/** Variables every case-dependent text may use; i18next picks the ones it needs. */
export function caseVars(c: CaseFile, policy: ProductPolicy): TextVars {
  const vars: TextVars = { product: { key: `product.${policy.product}` } };
  if (c.openedOn) vars.openedOn = { date: c.openedOn };
  const lastDay = lastRefundDay(c, policy);
  if (lastDay) {
    vars.lastDay = { date: lastDay };
    if (c.decidedOn) {
      const left = daysBetween(c.decidedOn, lastDay);
      vars.daysLeft = Math.max(left, 0);
      vars.daysPast = Math.max(-left, 0);
    }
  }
  vars.opened = c.openedOn ? { date: c.openedOn } : { key: `opened.${c.openedBucket ?? 'unsure'}` };
  // A draft is read days later, so "3 days ago" would mislead: a date, or where to find it.
  vars.openedDate = c.openedOn ? { date: c.openedOn } : { key: 'opened.checkOrder' };
  vars.payment = { key: `choice.${c.payment ?? 'unsure'}` };
  vars.reason = { key: `reason.${c.appealReason ?? 'notNeeded'}` };
  vars.member = { key: `choice.${c.member ?? 'unsure'}` };
  vars.privilege = { key: `privilege.${c.privilege ?? 'unsure'}` };
  return vars;
}

export function verdictPrompt(c: CaseFile, policy: ProductPolicy): Prompt {
  const vars = caseVars(c, policy);
  const parts: Say[] = [{ key: `verdict.${c.verdict}`, vars }];
  if (c.window === 'lastDay' && c.verdict !== 'lastDay' && c.verdict !== 'apple') {
    parts.push({ key: 'verdict.note.lastDay', vars });
  }
  if (c.payment === 'unsure') parts.push({ key: 'verdict.note.paymentUnsure' });
  if (c.verdict !== 'apple') parts.push({ key: 'verdict.note.notALegalRight' });
  if (c.openedOn && c.verdict !== 'apple') parts.push({ key: 'verdict.note.counting', vars });
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

export function renewalPrompt(c: CaseFile, policy: ProductPolicy): Prompt {
  const channel = c.payment && policy.paymentChannels.includes(c.payment) ? c.payment : 'unsure';
  const parts: Say[] = [{ key: `renew.status.${c.autoRenew ?? 'unsure'}` }, { key: `renew.channel.${channel}` }];
  // Apple subscriptions renew through Apple only; for the others the app has its own switch.
  if (channel !== 'apple') parts.push({ key: 'renew.inApp' });
  parts.push({ key: 'renew.timing' });
  return { parts, choices: ['renewDone', 'renewLater', 'back'] };
}

/** The closing case card; also what /summary shows at any point. */
export function summaryParts(c: CaseFile, policy: ProductPolicy): Say[] {
  const vars = caseVars(c, policy);
  const parts: Say[] = [{ key: 'summary.title' }];
  parts.push({ key: 'summary.answers', vars });
  if (c.verdict) parts.push({ key: `summary.verdict.${c.verdict}`, vars });
  if (vars.lastDay) parts.push({ key: 'summary.lastDay', vars });
  if (c.route) parts.push({ key: `summary.route.${c.route}` });
  for (const channel of c.triedChannels) parts.push({ key: `summary.tried.${channel}` });
  if (c.outcome) parts.push({ key: `summary.outcome.${c.outcome}` });
  parts.push({ key: 'summary.nextTitle' });
  for (const step of nextSteps(c)) parts.push({ key: `summary.next.${step}`, vars });
  parts.push({ key: 'summary.evidence' });
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
