import type { CaseFile } from '../case-file';
import { misledFacts, recordsKind, usedPrivilege } from '../case-vars';
import type { ProductPolicy } from '../policy';
import type { TextVars } from '../types';

/**
 * The refusals offered as buttons fit how the person paid (reviews 18 and 27): "please contact
 * Apple" is offered to someone Apple billed or who is not sure how they paid, never to someone
 * who said Alipay, WeChat Pay or another way; if they hear it anyway, "another reason" asks for
 * the basis.
 */
export function refusalsHeard(c: CaseFile, policy: ProductPolicy): readonly string[] {
  const mayBeApple = c.payment === undefined || c.payment === 'apple' || c.payment === 'unsure';
  return mayBeApple ? policy.refusals : policy.refusals.filter((r) => r !== 'refusedApple');
}

/**
 * The answer to a refusal fits the person's own answers: "it's past 7 days" said to someone
 * still inside them is answered with their date; the reminder rules are cited only by someone
 * who said no reminder came; "privileges were used" said to someone who used none is answered
 * with that.
 */
export function refusalKeys(c: CaseFile, policy: ProductPolicy): { explain: string; polite: string; firm: string } {
  const refusal = c.refusal ?? 'refusedRule';
  const base = `appeal.refusal.${refusal}`;
  const keys = { explain: `${base}.explain`, polite: `${base}.polite`, firm: `${base}.firm` };
  if (refusal === 'refusedLate') {
    if (c.member === 'firstTime' && (c.window === 'open' || c.window === 'lastDay')) {
      return { explain: `${base}.inWindow.explain`, polite: `${base}.inWindow.polite`, firm: `${base}.inWindow.firm` };
    }
    if (c.reminder !== 'reminderNone') keys.firm = `${base}.firmAskBasis`;
    // The renewal-reminder rule is about renewal charges: not offered to someone whose first sign-up is past the days.
    if (c.member !== 'renewal') keys.explain = `${base}.explainFirstTime`;
  }
  if (refusal === 'refusedUsed' && c.privilege === 'noneUsed') keys.explain = `${base}.explainNotUsed`;
  // Misled, not a mistaken tap: what the page said against what was delivered.
  else if (refusal === 'refusedUsed' && c.appealReason === 'misled') keys.explain = `${base}.explainMisled`;
  // Twelfth round m4: misled, with the page's promise cited (实施条例 第十二条): the firm reply makes
  // that argument and asks for a full refund; a partial refund stays in the polite one.
  if (refusal === 'refusedUsed' && c.appealReason === 'misled' && recordsKind(c) === 'Misled') keys.firm = `${base}.firmMisled`;
  // Review 23 m4: a renewal with no reminder: the firm reply leads with that ground (实施条例 第十条), not a standard-terms argument.
  else if (refusal === 'refusedUsed' && c.member === 'renewal' && c.reminder === 'reminderNone') keys.firm = `${base}.firmReminder`;
  // Tenth round m9: a privilege used, the customer-service step already said a partial refund is to
  // negotiate, not a right: not said again here.
  if (refusal === 'refusedUsed' && usedPrivilege(c, policy)) keys.explain += 'AfterPartial';
  return keys;
}

/**
 * Review 23 m4 / review 25 F1+F2: the firm reply to "privileges were used" asks which clause, then
 * gives the person's own ground and asks for a full refund, then the standard-terms sentence
 * (消保法 第二十六条, 实施条例 第十七条); a privilege used, a partial refund only as a request (the
 * sheet: a negotiating option, not a right). The misled reply states the page's facts first.
 */
export function firmVars(c: CaseFile, policy: ProductPolicy, firm: string, v: TextVars): TextVars {
  if (!firm.startsWith('appeal.refusal.refusedUsed.')) return v;
  const terms: TextVars = { ...v, termsVoid: { key: 'draft.termsVoid' } };
  if (!firm.endsWith('.firmReminder') && !firm.endsWith('.firmMisled')) return terms;
  const ask: TextVars = { ...terms, usedAsk: usedPrivilege(c, policy) ? { key: 'draft.usedAskPartial' } : '' };
  if (firm.endsWith('.firmReminder')) return ask;
  const out: TextVars = { ...ask, misledFacts: misledFacts(c) };
  if (typeof v.records === 'object' && 'key' in v.records) out.records = { ...v.records, key: 'draft.recordsMisledCheck' };
  return out;
}
