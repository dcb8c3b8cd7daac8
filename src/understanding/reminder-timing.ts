/**
 * When the message came, at "did you get a reminder before the charge?": one that came after
 * the charge is no reminder before it.
 */
import { AFTERWARDS } from './choice-words';
import { opensWithNegation } from './negation';
import type { Match } from './phrase-matches';
import type { ChoiceReading } from './read-choice';

export function afterTheCharge(
  text: string,
  said: readonly string[],
  answered: readonly Match[],
  offered: readonly string[],
  length: number,
  hedged: boolean,
): ChoiceReading | undefined {
  if (!offered.includes('reminderNone') || !AFTERWARDS.test(text)) return undefined;
  // "收到过，但是在扣款之后", "扣完才收到", "there was a text but after": asked as "no reminder", never recorded as one.
  if (said.length === 1 && said[0] === 'reminderGot') return { kind: 'confirm', id: 'reminderNone', length };
  // "no, the sms only came after the money was gone": the "no" said first stands; what came, came after the charge.
  const first = [...answered].sort((a, b) => a.start - b.start)[0];
  if (said.length === 2 && said.includes('reminderGot') && first?.id === 'reminderNone' && opensWithNegation(first))
    return { kind: hedged ? 'confirm' : 'choice', id: 'reminderNone', length };
  return undefined;
}
