/** The guardian's claim in what is sent, when a child paid. */
import type { CaseFile } from './case-file';
import type { Say, TextVar } from './types';

const NONE: TextVar = '';

/**
 * A child paid without the guardian's consent: the guardian's claim, resting on the article that
 * fits the age they gave (under 8: 民法典 第二十条; 8–17: 第十九条, 第一百四十五条), or on all
 * three with no age stated. Who paid is said here unless the reason already says it.
 */
export function minorClaim(c: CaseFile, full = false): TextVar {
  if (c.payer !== 'minor') return NONE;
  const age = c.childAge === 'under8' ? 'Under8' : c.childAge === 'from8to17' ? 'From8to17' : '';
  // `full`: who paid is said here, for a text whose reason comes after the claim (tenth round m9).
  const who = c.appealReason === 'childPaid' && !full ? NONE : { key: 'draft.minorWho' };
  // Eighth round m12: whose account the membership is on, as the guardian said (the payment line says whose money).
  const account = c.accountOf ? { key: `draft.minorAccount.${c.accountOf}` } : NONE;
  return { key: `draft.minorClaim${age}`, vars: { who, account } };
}

/** Rungs whose first draft carries the guardian's claim (the public 黑猫 and social posts do not). */
const CLAIM_RUNGS = new Set(['cs', 'payChannel', 'email', 'complain12315']);

/**
 * Review 26 finding 1: other payments by the child are never a blank in the draft. Beside the
 * rung's first draft, a sentence the parent may add (never asked, never written in for them).
 */
export function withMinorMore(parts: Say[], c: CaseFile, channel: string): Say[] {
  const at = parts.findIndex((p) => p.draft);
  if (c.payer !== 'minor' || !CLAIM_RUNGS.has(channel) || at < 0) return parts;
  const more: Say[] = [{ key: 'appeal.fallback.minorMore' }, { key: 'draft.minorMorePayments', draft: true }];
  return [...parts.slice(0, at + 1), ...more, ...parts.slice(at + 1)];
}
