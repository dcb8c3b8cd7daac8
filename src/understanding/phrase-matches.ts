/**
 * Finds where known phrases occur in normalised text. Chinese has no spaces and people glue
 * Latin words to it ("在app store买的", "wx付的"), so a phrase may start and end anywhere in
 * Chinese, but a Latin or digit edge must sit on a word boundary ("no" is not in "know"):
 * the character beside it must not be a Latin letter or digit, and a Chinese character or a
 * space both qualify.
 *
 * Intl.Segmenter (ICU word boundaries) was tried for this and measured: for Latin edges it
 * gives the same boundaries as the rule above at about 25 µs a message, and its Chinese
 * dictionary splits cut short phrases inconsistently ("付|费", "我没|开"), where plain
 * substrings are exact. So Chinese phrases match as substrings and Latin edges by the rule.
 */

export interface Match {
  start: number;
  end: number;
  phrase: string;
  /** The choice id, or the marker name, the phrase belongs to. */
  id: string;
}

const LATIN = /[a-z0-9]/;

/** How far a Latin phrase reaches: to its word's end, taking a plural "s"/"es" ("vip shows" for "vip show"). */
function endOf(text: string, start: number, phrase: string): number | undefined {
  const end = start + phrase.length;
  if (!LATIN.test(phrase.at(-1)!) || !LATIN.test(text[end] ?? ' ')) return end;
  const plural = /^(e?s)(?![a-z0-9])/.exec(text.slice(end));
  return plural && /[a-z]{3}$/.test(phrase) ? end + plural[1]!.length : undefined;
}

function fits(text: string, start: number, phrase: string): number | undefined {
  if (LATIN.test(phrase[0]!) && LATIN.test(text[start - 1] ?? ' ')) return undefined;
  return endOf(text, start, phrase);
}

/** Every occurrence of every phrase of every entry. */
export function findAll(text: string, entries: ReadonlyArray<{ id: string; phrases: readonly string[] }>): Match[] {
  const found: Match[] = [];
  for (const { id, phrases } of entries) {
    for (const phrase of phrases) {
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const end = fits(text, at, phrase);
        if (end !== undefined) found.push({ start: at, end, phrase, id });
      }
    }
  }
  return found;
}

const overlaps = (a: Match, b: Match) => a.start < b.end && b.start < a.end;

/**
 * The longest readings, none overlapping: "不是第一次" swallows "第一次", "没有兑换礼品"
 * swallows "兑换礼品". Equal spans of different ids are all kept (the caller sees the tie).
 */
export function longestFirst(matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  for (const m of sorted) {
    const clash = kept.filter((k) => overlaps(k, m));
    if (clash.every((k) => k.start === m.start && k.end === m.end)) kept.push(m);
  }
  // "没有提醒也没有短信": the 没有 closing "提醒也没有" also negates the 短信 glued after it, so a
  // negator at the very end of a longer reading stays a negator when another reading starts there.
  const tailNegators = sorted.filter(
    (m) => m.id === '#negator' && !kept.includes(m) && kept.some((k) => k.start < m.start && k.end === m.end) && kept.some((k) => k.start === m.end),
  );
  return [...kept, ...tailNegators].sort((a, b) => a.start - b.start);
}
