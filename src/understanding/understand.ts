/**
 * Turns typed text into the event a button would have sent: a command word, one of the
 * question's choices (by its label or a synonym, in either language), or a date where the
 * question asks for one. Anything else stays `user.text`, which the machine answers with a
 * friendly "I didn't get that" and the question again.
 */
import { PERSON_COMMANDS, type ActivePrompt, type CoachEvent, type CommandName } from '../../machines';
import { texts, LANGS } from '../i18n';
import { readDate } from './dates';


/** Case, width, spaces and punctuation do not change what an answer means. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/** Every way of saying `key` in either language: the label plus the synonyms. */
function phrasesFor(labelKey: string | undefined, synonymKey: string): string[] {
  const i18n = texts();
  const phrases: string[] = [];
  for (const lng of LANGS) {
    if (labelKey) phrases.push(i18n.t(labelKey, { lng, ns: 'coach' }));
    const synonyms = i18n.t(synonymKey, { lng, ns: 'understand', defaultValue: '' });
    phrases.push(...synonyms.split('|'));
  }
  return [...new Set(phrases.map(normalise).filter((p) => p.length > 0))];
}

const phraseCache = new Map<string, string[]>();
function cachedPhrases(labelKey: string | undefined, synonymKey: string): string[] {
  let phrases = phraseCache.get(synonymKey);
  if (!phrases) {
    phrases = phrasesFor(labelKey, synonymKey);
    phraseCache.set(synonymKey, phrases);
  }
  return phrases;
}

type Candidate = { id: string; phrases: string[] };

/** The one candidate whose phrase the text is exactly, if there is exactly one. */
function exactMatch(text: string, candidates: Candidate[]): string | undefined {
  const exact = candidates.filter((c) => c.phrases.includes(text));
  return exact.length === 1 ? exact[0]!.id : undefined;
}

/**
 * The candidate whose longest phrase the text contains ("我是第一次开" → firstTime). A tie
 * between two candidates is no answer: better to ask again than to guess.
 */
function containedMatch(text: string, candidates: Candidate[]): string | undefined {
  let best: { id: string; length: number } | undefined;
  let tie = false;
  for (const candidate of candidates) {
    for (const phrase of candidate.phrases) {
      if (!containsPhrase(text, phrase)) continue;
      if (!best || phrase.length > best.length) {
        tie = false;
        best = { id: candidate.id, length: phrase.length };
      } else if (phrase.length === best.length && best.id !== candidate.id) {
        tie = true;
      }
    }
  }
  return best && !tie ? best.id : undefined;
}

/** Latin phrases must match whole words ("no" is not in "know"); Chinese has no spaces. */
function containsPhrase(text: string, phrase: string): boolean {
  if (/^[a-z0-9 ]+$/.test(phrase)) return ` ${text} `.includes(` ${phrase} `);
  return text.includes(phrase);
}

export function understand(raw: string, prompt: ActivePrompt, at: number): CoachEvent {
  const text = normalise(raw);
  // Only a whole-text command word counts: "back" inside a sentence is probably an answer.
  const commands = PERSON_COMMANDS.map((name) => ({ id: name, phrases: cachedPhrases(undefined, `command.${name}`) }));
  const command = exactMatch(text, commands);
  if (command) return { type: 'user.command', name: command as CommandName, at };
  const choices = prompt.choices.map((id) => ({ id, phrases: cachedPhrases(`choice.${id}`, `choice.${id}`) }));
  const exact = exactMatch(text, choices);
  if (exact) return { type: 'user.choice', id: exact, at };
  // A date is more specific than a word inside it ("two weeks ago" is a date, not "over 7 days").
  if (prompt.acceptsDate) {
    const read = readDate(raw, at);
    if (read) return { type: 'user.date', date: read.date, ...(read.confirm ? { confirm: true } : {}), at };
  }
  const contained = containedMatch(text, choices);
  if (contained) return { type: 'user.choice', id: contained, at };
  // Free-text answers (an order number) are kept as typed; nothing needs more than this.
  return { type: 'user.text', text: raw.slice(0, 200), at };
}
