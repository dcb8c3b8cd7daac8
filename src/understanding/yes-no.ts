/**
 * Yes or no, typed in answer to "Do you mean …?" ("对", "是的", "yes", "没错" / "不是",
 * "no", "不对"), read with the same rules as any answer, so "not really" is not a yes.
 */
import { normalise } from './normalise';
import { readChoice } from './read-choice';

const YES_NO = ['yes', 'no'];

export function readYesNo(text: string): 'yes' | 'no' | undefined {
  const reading = readChoice(normalise(text), YES_NO);
  return reading.kind === 'choice' ? (reading.id as 'yes' | 'no') : undefined;
}
