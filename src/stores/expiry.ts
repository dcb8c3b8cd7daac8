/** Idle expiry, shared by every store. */

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long an idle conversation is kept when nothing else is configured (CONVERSATION_TTL_DAYS). */
export const DEFAULT_CONVERSATION_TTL_DAYS = 30;
export const DEFAULT_CONVERSATION_TTL_MS = DEFAULT_CONVERSATION_TTL_DAYS * DAY_MS;

/**
 * How every store forgets idle conversations: a conversation not saved for `ttlMs` is gone.
 * People abandon refunds half-way; keeping their answers forever would hold personal data
 * for no purpose and let the store grow without bound.
 */
export interface ExpiryOptions {
  /** Idle time after which a conversation is forgotten. Default: 30 days. */
  ttlMs?: number;
  /** The clock (epoch ms); tests move it instead of sleeping. */
  now?: () => number;
}
