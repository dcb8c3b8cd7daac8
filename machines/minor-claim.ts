/** The guardian's claim in what is sent, when a child paid. */
import type { CaseFile } from './case-file';
import type { TextVar } from './types';

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
  // Review 25 F3: an optional blank for other payments by the child (fill in or delete; never asked, never stated).
  return { key: `draft.minorClaim${age}`, vars: { who, account, more: { key: 'draft.minorMorePayments' } } };
}
