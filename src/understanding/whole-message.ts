/**
 * Comparing a whole message with a phrase: a message is "第一次" whether it was typed
 * "第一次！", "第一次吧" or "First time, please". Commands count only this way.
 */
import { markers } from './lexicon';
import { ASKED, CLAUSE } from './normalise';

/**
 * The text without fillers: Latin filler words anywhere ("please", "lol"), Chinese
 * particles at the end of the sentence ("关了吧" → "关了"), clause and question marks.
 */
export function core(text: string): string {
  const fillers = markers('filler');
  let joined = text
    .split(' ')
    .filter((w) => w !== CLAUSE && w !== ASKED && !fillers.includes(w))
    .join(' ');
  const particles = fillers.filter((f) => !/^[a-z ]+$/.test(f));
  for (let stripped = true; stripped && joined.length > 0; ) {
    stripped = false;
    for (const p of particles) {
      if (joined.endsWith(p)) {
        joined = joined.slice(0, -p.length).trim();
        stripped = true;
      }
    }
  }
  return joined.trim();
}

/**
 * One answer said over and over, as people do to insist ("有有有", "没有没有", "no no no"):
 * the answer once. Only a message that is nothing but the repeats.
 */
export function saidOnce(text: string): string {
  return /^(.+?)(?:\s?\1)+$/u.exec(text)?.[1] ?? text;
}

/** Whether the normalised message, as typed, without its fillers or said once, is one of the phrases. */
export function isWholly(text: string, phrases: readonly string[]): boolean {
  const bare = core(text);
  const once = saidOnce(bare);
  return phrases.some((p) => p === text || p === bare || p === once);
}
