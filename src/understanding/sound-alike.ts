/**
 * The text as it was most likely meant, when it reads as nothing: typed pinyin put back
 * into the words it spells ("zhifubao" → 支付宝, "dui de" → 对的), characters that sound like
 * a known word replaced by it ("支负宝", "微心", "昨填", "关调了"), and Latin typos of a
 * known word corrected ("frist", "aliapy", "yesterdya"). Only words of the question's own
 * lexicon are put in, and what this yields is always asked about, never recorded: it is a
 * guess at what was meant.
 */
import { editsBetween, readingsOf, isTypoOf, spelledOut, syllablesOf } from './sounds';

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_RUN = /[a-z]+(?: [a-z]+)*/g;
const PARTICLES: Record<string, string> = { de: '的', le: '了', la: '啦', a: '啊', ne: '呢', ba: '吧', ya: '呀' };

interface Vocabulary {
  /** Chinese words with their syllables and their joined spelling. */
  han: Array<{ phrase: string; syllables: string[]; spelled: string }>;
  /** One-character words ("对", "是"), spelled: read from pinyin only as the whole message ("dui"). */
  single: Array<{ phrase: string; spelled: string }>;
  /** Latin words of three letters or more. */
  latin: Set<string>;
}

const cache = new Map<string, Vocabulary>();
function vocabularyOf(phrases: readonly string[]): Vocabulary {
  const key = phrases.join('|');
  let vocabulary = cache.get(key);
  if (!vocabulary) {
    const han = phrases
      .filter((p) => /^\p{Script=Han}{2,}$/u.test(p))
      .map((phrase) => ({ phrase, syllables: syllablesOf(phrase), spelled: spelledOut(phrase)! }))
      .sort((a, b) => b.phrase.length - a.phrase.length);
    const latin = new Set(phrases.flatMap((p) => p.split(' ')).filter((w) => /^[a-z]{3,}$/.test(w)));
    const single = phrases.filter((p) => /^\p{Script=Han}$/u.test(p)).map((phrase) => ({ phrase, spelled: spelledOut(phrase)! }));
    vocabulary = { han, latin, single };
    cache.set(key, vocabulary);
  }
  return vocabulary;
}

/** Latin runs that spell a known Chinese word in pinyin: the whole run, or one word of it. */
function fromPinyin(text: string, v: Vocabulary): string {
  return text.replace(LATIN_RUN, (run) => {
    const whole = v.han.find((h) => h.spelled === run.replace(/ /g, '')) ?? (run === text ? v.single.find((h) => h.spelled === run) : undefined);
    if (whole) return whole.phrase;
    // "wu kai de", "guan diao le": a known word spelled out, then a closing particle.
    const particle = / ?(de|le|la|a|ne|ba|ya)$/.exec(run);
    const stem = particle && v.han.find((h) => h.spelled === run.slice(0, particle.index).replace(/ /g, ''));
    if (particle && stem) return stem.phrase + PARTICLES[particle[1]!];
    return run
      .split(' ')
      .map((word) => v.han.find((h) => h.spelled === word && word.length >= 4)?.phrase ?? word)
      .join(' ');
  });
}

/**
 * A syllable as a southern ear hears it: zh/z, ch/c, sh/s, and -ng/-n alike ("赠瓶" for 赠品).
 * Used only beside one syllable that matches exactly, so a word is never guessed from blur alone.
 */
const blurred = (syllable: string) => syllable.replace(/^([zcs])h/, '$1').replace(/ng$/, 'n');

/** Chinese characters that sound like a known word but are written otherwise. */
function fromSameSound(text: string, v: Vocabulary): string {
  return text.replace(HAN_RUN, (run) => {
    const chars = [...run];
    let out = '';
    for (let i = 0; i < chars.length; ) {
      const hit = v.han.find(
        (h) =>
          i + h.syllables.length <= chars.length &&
          h.syllables.length === h.phrase.length &&
          h.syllables.every((s, j) => readingsOf(chars[i + j]!).some((r) => blurred(r) === blurred(s))) &&
          h.syllables.some((s, j) => readingsOf(chars[i + j]!).includes(s)),
      );
      if (hit) {
        out += hit.phrase;
        i += hit.phrase.length;
      } else out += chars[i++];
    }
    return out;
  });
}

/**
 * Latin words not known, corrected when exactly one known word is one typo away; of several,
 * the nearest; of two as near ("remindr": remind, reminder), the one ending as typed. A longer
 * word with no typo match ("accidently") goes to the known word it shares the longest start
 * with (seven letters or more), the shortest of those ("accident").
 */
function fromTypos(text: string, v: Vocabulary): string {
  return text.replace(/[a-z]{3,}/g, (word) => {
    if (v.latin.has(word)) return word;
    const near = [...v.latin].filter((known) => isTypoOf(word, known));
    if (near.length === 1) return near[0]!;
    // ("cancled": canceled is one edit away, cancelled two: the nearer one.)
    const fewest = Math.min(...near.map((known) => editsBetween(word, known)));
    const nearest = near.filter((known) => editsBetween(word, known) === fewest);
    if (nearest.length === 1) return nearest[0]!;
    const sameEnd = near.filter((known) => known.at(-1) === word.at(-1));
    if (sameEnd.length === 1) return sameEnd[0]!;
    // ("tody": today, not the short form tdy: a typo is likelier of the whole word.)
    const longer = nearest.filter((known) => known.length > word.length);
    if (longer.length === 1) return longer[0]!;
    if (near.length > 0 || word.length < 8) return word;
    return sharedStart(word, v.latin) ?? word;
  });
}

function sharedStart(word: string, known: ReadonlySet<string>): string | undefined {
  const shared = (k: string) => {
    let n = 0;
    while (n < k.length && n < word.length && k[n] === word[n]) n++;
    return n;
  };
  const best = Math.max(0, ...[...known].map(shared));
  if (best < 7) return undefined;
  return [...known].filter((k) => shared(k) === best && Math.abs(k.length - word.length) <= 3).sort((a, b) => a.length - b.length)[0];
}

/** The text with pinyin, same-sound characters and typos put back to `phrases`, or undefined if none. */
export function soundAlike(text: string, phrases: readonly string[]): string | undefined {
  const v = vocabularyOf(phrases);
  // "队" for 对: one character alone, sounding exactly like a one-character answer.
  const single = /^\p{Script=Han}$/u.test(text) ? v.single.find((s) => readingsOf(text).includes(s.spelled)) : undefined;
  if (single) return single.phrase !== text ? single.phrase : undefined;
  const meant = fromTypos(fromSameSound(fromPinyin(text, v), v), v);
  return meant !== text ? meant : undefined;
}
