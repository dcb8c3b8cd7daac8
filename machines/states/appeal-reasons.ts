/**
 * The reasons a refund is asked for, per case: a product's own, a renewing member's in place of
 * "signed up by mistake", a guardian's. Shared by the ladder and Apple's refusal.
 */
import type { CaseFile } from '../case-file';
import type { ProductPolicy } from '../policy';

/** A renewing member's reasons in place of "signed up by mistake": never meant to renew, or did not know it renews. */
export const RENEWAL_REASONS = ['notMeantRenew', 'unawareRenew'] as const;

/** A guardian's reasons: their child paid without their consent, or the money is needed back. */
export const MINOR_REASONS = ['childPaid', 'money'] as const;

/**
 * The reasons offered for a refund: a renewing member did not sign up by mistake, they did not
 * mean to renew (or did not know it renews); a guardian did not sign up at all, their child paid.
 */
export function appealReasonsFor(c: CaseFile, policy: ProductPolicy): string[] {
  if (c.payer === 'minor') return [...MINOR_REASONS];
  return c.member === 'renewal' ? policy.appealReasons.flatMap((r) => (r === 'accidental' ? [...RENEWAL_REASONS] : [r])) : [...policy.appealReasons];
}

/**
 * Review 21 m5: Apple's second request, the person said a reminder came before the renewal: "I didn't
 * know it renews" would contradict them. A reminder that gave no amount offers that instead.
 */
export function appleSecondReasons(c: CaseFile, policy: ProductPolicy): string[] {
  const reasons = appealReasonsFor(c, policy);
  if (c.member !== 'renewal' || c.reminder !== 'reminderGot') return reasons;
  return reasons.flatMap((r) => (r !== 'unawareRenew' ? [r] : c.reminderLacks === 'amount' ? ['unawareAmount'] : []));
}

/** Every reason any case may give, for the buttons a question accepts. */
export const allAppealReasons = (policy: ProductPolicy): string[] => [...new Set([...policy.appealReasons, ...RENEWAL_REASONS, ...MINOR_REASONS])];
