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

/** Whether the normalised message, as typed or without its fillers, is one of the phrases. */
export function isWholly(text: string, phrases: readonly string[]): boolean {
  const bare = core(text);
  return phrases.some((p) => p === text || p === bare);
}
