/**
 * How typed words sound and how far apart they are spelled, for tolerance of pinyin,
 * same-sound characters and Latin typos. Chinese characters are read with pinyin-pro (every
 * reading of a character that has several, so 关调了 sounds like 关掉了); Latin words are
 * compared with a bounded Damerau–Levenshtein distance (damerau-levenshtein: a swap of two
 * letters, "frist", "aliapy", costs one edit, where plain Levenshtein counts two).
 */
import dl from 'damerau-levenshtein';
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** A phrase's pinyin, toneless, one syllable per character ("支付宝" → zhi fu bao); Latin kept. */
export function syllablesOf(phrase: string): string[] {
  return pinyin(phrase, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
}

const readingCache = new Map<string, string[]>();
/** Every reading of one character (调 → tiao, diao, zhou). */
export function readingsOf(char: string): string[] {
  let readings = readingCache.get(char);
  if (!readings) {
    readings = HAN.test(char) ? pinyin(char, { toneType: 'none', type: 'array', multiple: true }) : [char];
    readingCache.set(char, readings);
  }
  return readings;
}

/** The Latin spelling of a Chinese phrase, joined ("支付宝" → "zhifubao"), or undefined if not all Chinese. */
export function spelledOut(phrase: string): string | undefined {
  if (!/^\p{Script=Han}+$/u.test(phrase)) return undefined;
  return syllablesOf(phrase).join('');
}

/**
 * Whether a typed Latin word is a typo of a known one: one edit for words of up to six
 * letters, two for longer ones, never for words under three letters, and the first letter
 * kept (people rarely mistype the first letter; "on" is not a typo of "no").
 */
export function isTypoOf(typed: string, known: string): boolean {
  if (typed === known || typed.length < 3 || known.length < 3 || typed[0] !== known[0]) return false;
  const bound = Math.max(typed.length, known.length) <= 6 ? 1 : 2;
  if (Math.abs(typed.length - known.length) > bound) return false;
  return dl(typed, known).steps <= bound;
}

/** How many edits turn one word into the other. */
export const editsBetween = (typed: string, known: string) => dl(typed, known).steps;
