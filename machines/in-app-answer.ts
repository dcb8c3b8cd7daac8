/**
 * What the drafts say after "I requested a refund in the app and was refused": the reason the app
 * gave, as the person chose it, answered only from what they already said (reviews 31 F5, 32 F8,
 * 33 F4). "Used a privilege" is contradicted only when they said none was used; a time limit is
 * put to the company to check, not disputed; "account holder only" gets the guardian's offer of
 * proof only when a child paid. Nothing chosen: nothing said.
 */
import type { CaseFile } from './case-file';
import type { TextVar } from './types';

export function inAppAnswer(c: CaseFile): TextVar {
  switch (c.inAppRefusal) {
    case undefined:
      return '';
    case 'used':
      return {
        key:
          c.privilege !== 'noneUsed'
            ? 'draft.inAppAnswer.used'
            : c.member === 'renewal'
              ? 'draft.inAppAnswer.usedNotUsedRenewal'
              : 'draft.inAppAnswer.usedNotUsed',
      };
    case 'account':
      return { key: c.payer === 'minor' ? 'draft.inAppAnswer.accountGuardian' : 'draft.inAppAnswer.account' };
    default:
      return { key: `draft.inAppAnswer.${c.inAppRefusal}` };
  }
}
