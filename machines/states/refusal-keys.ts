import type { CaseFile } from '../case-file';
import { recordsKind, usedPrivilege } from '../case-vars';
import type { ProductPolicy } from '../policy';

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
  // Tenth round m9: a privilege used, the customer-service step already said a partial refund is to
  // negotiate, not a right: not said again here.
  if (refusal === 'refusedUsed' && usedPrivilege(c, policy)) keys.explain += 'AfterPartial';
  return keys;
}
