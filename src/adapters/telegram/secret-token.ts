/**
 * Telegram's webhook secret (X-Telegram-Bot-Api-Secret-Token), compared in constant time so
 * response timing does not reveal how much of a guess was right. Both sides are hashed first:
 * timingSafeEqual needs equal lengths, and the hashes also hide the secret's length.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function secretMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  return timingSafeEqual(digest(expected), digest(given));
}
