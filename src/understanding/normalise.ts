/**
 * Puts typed text into one form before anything is read from it: full-width and half-width
 * alike, lower case, English contractions spelled out (so "n't" is a "not" the negation rule
 * can see), punctuation and spaces reduced to one space, and clause breaks kept as " / " so
 * a negation never reaches across a comma or a "but".
 */

import { CASUAL } from './casual-words';

/**
 * Where one clause ends and another starts: punctuation, the words that turn a sentence,
 * and a space between Chinese words, which Chinese writers use as a comma. A dash between
 * words is a break too ("not done - will do it later", "没关——明天弄"), not one between numbers ("1 - 3");
 * nor is a colon in a time of day ("11月20日 14:32").
 */
const CLAUSE_BREAK =
  /([,，。;；!！?？、\n]+|(?<!\d)[:：]+|[:：]+(?!\d)|\.(?!\d)|(?<!\d)\s+-{1,2}\s+(?!\d)|(?<!\d)\s*[—–]+\s*(?!\d)|\s+but\s+|\s+though\s+|但是|不过|可是|但|(?<=\p{Script=Han})\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s*[+＋&＆]\s*(?=\p{Script=Han}))/u;

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bain'?t\b/g, 'is not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must)n'?t\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\b(it|that|there|what)'s\b/g, '$1 is'],
  // Typed without the apostrophe: "thats it", "its off" ("its" as "of it" reads the same here).
  [/\b(that|there|what|it)s\b/g, '$1 is'],
  [/\b(i|you|we|they)'ve\b/g, '$1 have'],
  [/\b(i|you|we|they)'ll\b/g, '$1 will'],
  [/\b(you|they)ll\b/g, '$1 will'], // (not "well", "hell", "shell")
  [/\b(i|you|we|they)'d\b/g, '$1 would'],
  [/\blet'?s (?=(start|restart|go|begin|do|try|redo|reset))/g, 'let us '],
];

/** A clause break as it appears in normalised text. */
export const CLAUSE = '/';
/** Ends a clause that was asked as a question ("what reminder?"), as the word `?`. */
export const ASKED = '?';

function simplify(text: string): string {
  return text.replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
}

export function casual(text: string): string {
  let t = text;
  for (const [pattern, standard] of CASUAL) t = typeof standard === 'string' ? t.replace(pattern, standard) : t.replace(pattern, standard);
  return t;
}

/**
 * Case, width, spaces and punctuation do not change what an answer means; clause breaks
 * are kept as `/` between spaces (e.g. "no / it is off").
 */
export function normalise(text: string): string {
  let t = casual(
    text
      .normalize('NFKC')
      // Emoji presentation selectors and joiners ("✌️" is ✌ and U+FE0F) are no words.
      .replace(/[\uFE0E\uFE0F\u200D]/gu, '')
      .toLowerCase()
      .replace(/[’‘`´]/g, "'"),
  );
  if (/[a-z]/.test(t)) for (const [pattern, replacement] of CONTRACTIONS) t = t.replace(pattern, replacement);
  // "没有没有", "有的有的": a reply said twice over to insist, said once (so the first 没有 is no
  // negator of the second). ("不是不是" stays: it takes back what came before.)
  t = t.replace(/(没有|有的|对的|是的|好的)(?:\s?\1)+/gu, '$1');
  // "微信、支付宝都没用": a list closed by 都 is one clause (、 lists here; it ends no clause).
  t = t.replace(/、(?=[^,，。;；!！?？\s]*都)/gu, '和');
  const pieces = t.split(CLAUSE_BREAK);
  const clauses: string[] = [];
  // split() with a capture group alternates clause, break, clause, break…
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = simplify(pieces[i]!);
    if (!clause) continue;
    clauses.push(/[?？]/.test(pieces[i + 1] ?? '') ? `${clause} ${ASKED}` : clause);
  }
  return clauses.join(` ${CLAUSE} `);
}

/** A phrase from a list, in the same form as normalised text but without clause marks. */
export function normalisePhrase(phrase: string): string {
  return normalise(phrase)
    .split(' ')
    .filter((w) => w !== CLAUSE && w !== ASKED)
    .join(' ');
}
