/**
 * The person's button presses and typed answers through one product's machine, without the
 * engine: what is shown at the end (its parts, text and drafts) and what the last step said.
 */
import { initialTransition, transition } from 'xstate';
import { activePrompt, anyMembership, createCoachMachine, saidBy, xhsBlackCard, type Lang, type Product } from '../../machines';
import { renderParts } from '../../src/core/render';
import { translatorFor } from '../../src/i18n';
import { assertOffered, paid, toEvent, type Step } from './drive';

const machines = new Map<Product, ReturnType<typeof createCoachMachine>>();

/** One machine per product, made once. */
export function machineOf(product: Product): ReturnType<typeof createCoachMachine> {
  if (!machines.has(product)) machines.set(product, createCoachMachine(product));
  return machines.get(product)!;
}

/** A step that presses "done" at every walkthrough step shown, however many the product has. */
export const EVERY_STEP_DONE = 'done (every walkthrough step)';

const choicesOf = (snapshot: unknown) => activePrompt(snapshot as never).choices;

export function walk(product: Product, steps: Step[], lang: Lang = 'zh') {
  const machine = machineOf(product);
  let [snapshot] = initialTransition(machine, { lang });
  let said: string[] = [];
  let saidText = '';
  const t = translatorFor(lang, product.texts);
  const press = (step: Step) => {
    assertOffered(snapshot, step);
    const [next, actions] = transition(machine, snapshot, toEvent(step));
    snapshot = next;
    const parts = saidBy(actions).flat();
    said = parts.map((p) => p.key);
    saidText = renderParts(parts, t, lang);
  };
  for (const step of steps) {
    if (step !== EVERY_STEP_DONE) press(step);
    else
      do press('done');
      while (choicesOf(snapshot).includes('done'));
  }
  const prompt = activePrompt(snapshot as never);
  const drafts = prompt.parts.filter((p) => p.draft).map((p) => renderParts([p], t, lang));
  return { snapshot, prompt, keys: prompt.parts.map((p) => p.key), said, saidText, drafts, text: renderParts(prompt.parts, t, lang) };
}

/** 黑卡, refund agreed through customer service, the money follow-up answered "not arrived": the text shown. */
export function moneyMissing(payment: string, lang: Lang): string {
  const product = xhsBlackCard;
  const machine = machineOf(product);
  let [snapshot] = initialTransition(machine, { lang });
  const steps: Step[] = [
    'begin',
    'firstTime',
    'over7',
    'noneUsed',
    ...paid(payment),
    'renewOn',
    'goAppeal',
    'money',
    'skipOrder',
    'cs',
    'refunded',
    'renewDone',
  ];
  for (const step of steps) [snapshot] = transition(machine, snapshot, toEvent(step));
  [snapshot] = transition(machine, snapshot, { type: 'clock.due', kind: 'money', at: Date.parse('2026-12-07T02:00:00Z') });
  [snapshot] = transition(machine, snapshot, toEvent('moneyNotArrived'));
  return renderParts(activePrompt(snapshot as never).parts, translatorFor(lang, product.texts), lang);
}

/**
 * A renewal with no reminder, a privilege used, and customer service refusing because privileges
 * were used: the steps for 黑卡 and for any membership (iQIYI), where the firm reply is read.
 */
export function renewalsRefusedUsed(): Array<[Product, Step[]]> {
  const rest: Step[] = [
    'renewal',
    'days1to3',
    'reminderNone',
    'otherPrivilege',
    'wechat',
    'renewOn',
    'goAppeal',
    'notNeeded',
    'skipOrder',
    'cs',
    'theyRefused',
    'refusedUsed',
  ];
  return [
    [xhsBlackCard, ['begin', ...rest]],
    [anyMembership, ['begin', 'app_iqiyi', ...rest]],
  ];
}
