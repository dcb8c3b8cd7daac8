import type { CaseFile } from './case-file';
import { goodwillOnly } from './case-vars';
import type { ProductPolicy } from './policy';

/**
 * The person's ladder: the product's rungs, without the payment-app complaint where there is none
 * to make: Apple collected the money (its refund is Apple's), or a bank card was debited directly
 * for a purchase the person asks back only as a favour (money tight, not needed): a bank has no
 * ground to dispute that; it can only stop later debits, which the switch-off step covers (review 45 F2).
 */
export function ladderOf(c: CaseFile, policy: ProductPolicy): string[] {
  const noPaymentRung = c.payment === 'apple' || (c.otherPay === 'bankCard' && goodwillOnly(c));
  return policy.appealLadder.filter((rung) => rung !== 'payChannel' || !noPaymentRung);
}

/**
 * Where the ladder goes after a rung that did not solve it: the rung after the highest one
 * tried. The social post is the last resort, so while a rung before it is still untried (黑猫
 * aside: it runs alongside, no rung), that rung comes first (review 41 F4).
 */
export function rungAfter(ladder: readonly string[], tried: readonly string[]): string | undefined {
  const highest = Math.max(...tried.map((rung) => ladder.indexOf(rung)));
  const next = ladder[highest + 1];
  if (next !== 'social') return next;
  return ladder.find((rung) => rung !== 'heimao' && rung !== 'social' && !tried.includes(rung)) ?? next;
}
