/**
 * When a turn cannot be saved (the store is down, frozen or full) but Telegram still takes
 * messages, the person is told "having trouble, one moment" instead of silence. Telegram
 * redelivers a refused update every few seconds, so the note is rate-limited per chat, or a
 * redelivery loop would repeat it on every attempt.
 */

/** About a minute: long enough to cover Telegram's retries, short enough to speak again later. */
export const TROUBLE_NOTE_INTERVAL_MS = 60_000;
/** Chats remembered at most; beyond it the oldest are dropped (memory stays bounded). */
const MAX_CHATS = 10_000;

export class TroubleNotes {
  private readonly lastSent = new Map<string | number, number>();

  constructor(
    private readonly intervalMs = TROUBLE_NOTE_INTERVAL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** True (and remembered) if this chat may be told now; false within the interval. */
  shouldTell(chatId: string | number): boolean {
    const now = this.now();
    const last = this.lastSent.get(chatId);
    if (last !== undefined && now - last < this.intervalMs) return false;
    // Re-inserting moves the chat to the end, so iteration order is oldest first.
    this.lastSent.delete(chatId);
    this.lastSent.set(chatId, now);
    if (this.lastSent.size > MAX_CHATS) this.lastSent.delete(this.lastSent.keys().next().value as string | number);
    return true;
  }
}
