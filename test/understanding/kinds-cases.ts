/**
 * How a list of kinds is checked (kinds.test.ts, kinds-later-tables.test.ts): each case at its
 * question, recorded as said, asked about with the coach's reading, or recording nothing.
 */
import { QUESTIONS, outcomeOf } from './table';

export interface Kinds {
  /** Read and recorded as this: [question, typed, recorded]. */
  read: ReadonlyArray<[string, string, string]>;
  /** Asked about ("Do you mean …?"), never recorded: [question, typed, the coach's reading]. */
  confirmed: ReadonlyArray<[string, string, string]>;
  /** Nothing recorded: asked again or asked back. */
  nothing: ReadonlyArray<[string, string]>;
}

export function checkKinds({ read, confirmed, nothing }: Kinds): void {
  // (jest fails an it.each over an empty list, so a list with no cases is left out)
  if (read.length > 0)
    it.each(read)('at %s, "%s" is recorded as %s', (q, input, want) => {
      expect(outcomeOf(input, QUESTIONS[q]!)).toEqual({ recorded: want });
    });
  if (confirmed.length > 0)
    it.each(confirmed)('at %s, "%s" is asked about as %s', (q, input, want) => {
      expect(outcomeOf(input, QUESTIONS[q]!)).toEqual({ confirmed: want });
    });
  if (nothing.length > 0)
    it.each(nothing)('at %s, "%s" records nothing', (q, input) => {
      expect(outcomeOf(input, QUESTIONS[q]!)).not.toHaveProperty('recorded');
    });
}
