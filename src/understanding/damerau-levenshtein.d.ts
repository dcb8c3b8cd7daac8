/** damerau-levenshtein ships no types: the one function it exports. */
declare module 'damerau-levenshtein' {
  function damerauLevenshtein(a: string, b: string, limit?: number): { steps: number; relative: number; similarity: number };
  export = damerauLevenshtein;
}
