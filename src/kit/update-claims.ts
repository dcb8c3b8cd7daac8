/**
 * Who may handle a Telegram update, as the adapter needs to know it to answer Telegram
 * honestly. A plain yes/no claim is not enough: "someone finished it" may be acknowledged
 * (2xx, or the polling offset moves on), but "someone else holds it and has not finished"
 * must not be, or Telegram never sends it again and the turn is lost when that holder died.
 */
import type { SeenUpdates } from '../core/ports';

/**
 * - `mine`: this process holds the update now; handle it, then complete or release it.
 * - `done`: it was completed before; acknowledge it and do nothing.
 * - `busy`: another process holds a live claim on it; do not acknowledge it yet.
 */
export type ClaimResult = 'mine' | 'done' | 'busy';

export interface UpdateClaims {
  take(updateId: number): Promise<ClaimResult>;
  /** The update's turn is saved: never hand it out again. */
  complete(updateId: number): Promise<void>;
  /** Handling failed: let the redelivery be taken at once (best effort; a lease lapses anyway). */
  release(updateId: number): Promise<void>;
}

/** Claims that already speak this richer language (the Redis and memory stores do). */
type RichSeenUpdates = SeenUpdates & Pick<UpdateClaims, 'take' | 'release'>;

function isRich(seen: SeenUpdates): seen is RichSeenUpdates {
  const candidate = seen as Partial<RichSeenUpdates>;
  return typeof candidate.take === 'function' && typeof candidate.release === 'function';
}

/**
 * The claims behind any SeenUpdates. A yes/no implementation cannot tell "done" from "busy",
 * nor release, so it is read as before (a refused claim is a repeat); the stores this
 * project ships implement the richer form.
 */
export function claimsFrom(seen: SeenUpdates): UpdateClaims {
  if (isRich(seen)) {
    return {
      take: (id) => seen.take(id),
      complete: (id) => seen.complete(id),
      release: (id) => seen.release(id),
    };
  }
  return {
    take: async (id) => ((await seen.claim(id)) ? 'mine' : 'done'),
    complete: (id) => seen.complete(id),
    release: async () => undefined,
  };
}
