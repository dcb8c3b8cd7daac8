/**
 * Long polling that never acknowledges an update it has not durably taken. telegraf's own
 * loop moves its offset past every update it fetched, even one whose handling failed, and
 * stops the process on an error such as a 400; its getUpdates may hang for 500 s. Here:
 *
 * - the offset (which tells Telegram what is acknowledged) moves only up to the first update
 *   not handled: a failed update, and every later one of its chat, is fetched again after a
 *   pause (later updates of other chats, already done, are then recognised as repeats);
 * - updates of one chat are handled in order and stop at a failure, so a later answer is
 *   never applied before an earlier one;
 * - every getUpdates has a deadline, and any error is retried with a capped backoff;
 * - an update that keeps failing while others succeed (a bug, not an outage) is given up after
 *   `giveUpAfterAttempts`, as Telegram gives up on a webhook update "after a reasonable amount
 *   of attempts"; otherwise it would hold the offset, and with it every chat, for good. While
 *   nothing succeeds (the store is down) nothing is given up.
 */
import type { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { describeError, type Logger } from '../../index';
import { botApiErrorCode } from './bot-api-errors';
import type { UpdateOutcome } from './coach-bot';
import { apiErrorCode, type BotApiMetrics } from './telegram-calls';

export interface PollerOptions {
  telegram: Telegram;
  handle(update: Update): Promise<UpdateOutcome>;
  logger: Logger;
  allowedUpdates: readonly string[];
  /** Seconds Telegram holds a getUpdates open when there is nothing new. */
  longPollSeconds?: number;
  /** Grace beyond the long poll before a getUpdates is abandoned, in milliseconds. */
  deadlineSlackMs?: number;
  /** First pause after an error; doubled on each error in a row up to `maxBackoffMs`. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Failed attempts, while other updates succeed, after which an update is given up. */
  giveUpAfterAttempts?: number;
  /** Counts failed getUpdates/deleteWebhook calls and retry_after waits. */
  metrics?: BotApiMetrics;
}

// A 20 s long poll plus 10 s of grace: a getUpdates that hangs is cut after 30 s, not 500.
const DEFAULTS = { longPollSeconds: 20, deadlineSlackMs: 10_000, minBackoffMs: 500, maxBackoffMs: 30_000, giveUpAfterAttempts: 10 };

/** Which updates must keep their order: one chat's (or the person's, for a button press). */
function orderKey(update: Update): string {
  const u = update as Partial<Update.MessageUpdate & Update.CallbackQueryUpdate>;
  const chat = u.message?.chat.id ?? u.callback_query?.message?.chat.id ?? u.callback_query?.from.id;
  return chat === undefined ? `update:${update.update_id}` : `chat:${chat}`;
}

export class Poller {
  private readonly settings: typeof DEFAULTS;
  private offset = 0;
  private stopped = false;
  private controller?: AbortController;
  private wake?: () => void;
  /** getUpdates failures in a row, and batches in a row that left an update unhandled. */
  private fetchErrorsInARow = 0;
  private unhandledInARow = 0;
  /** Updates handled while the offset stays behind them (they are fetched again; skip them). */
  private readonly doneBehindOffset = new Set<number>();
  /** Failed attempts of updates not yet handled, counted only in batches where others succeeded. */
  private readonly failedAttempts = new Map<number, number>();

  constructor(private readonly options: PollerOptions) {
    this.settings = { ...DEFAULTS, ...options };
  }

  /** Polls until stop(); resolves once the batch in hand is handled and the offset confirmed. */
  async run(): Promise<void> {
    let webhookCleared = false;
    while (!this.stopped) {
      let updates: Update[];
      try {
        // A webhook left set makes getUpdates fail (409); clearing it is retried like any call.
        if (!webhookCleared) await this.withDeadline((signal) => this.options.telegram.callApi('deleteWebhook', {}, { signal: signal as never }));
        webhookCleared = true;
        updates = await this.fetch();
        this.fetchErrorsInARow = 0;
      } catch (error) {
        if (this.stopped) break;
        await this.pauseAfterError(error);
        continue;
      }
      const unfinished = await this.handleBatch(updates);
      if (unfinished === undefined) {
        const last = updates.at(-1);
        if (last) this.offset = last.update_id + 1;
      } else {
        this.offset = unfinished;
      }
      for (const id of this.doneBehindOffset) if (id < this.offset) this.doneBehindOffset.delete(id);
      if (unfinished === undefined) {
        this.unhandledInARow = 0;
      } else {
        const waitMs = this.backoffMs(++this.unhandledInARow);
        this.options.logger.warn({ update: unfinished, retryInMs: waitMs }, 'update not handled; fetching it again after a pause');
        await this.pause(waitMs);
      }
    }
    await this.confirmOffset();
  }

  /** Stops polling: the getUpdates in flight is aborted; updates being handled finish. */
  stop(): void {
    this.stopped = true;
    this.controller?.abort();
    this.wake?.();
  }

  private async fetch(): Promise<Update[]> {
    const start = performance.now();
    const updates = await this.withDeadline((signal) =>
      this.options.telegram.callApi(
        'getUpdates',
        { timeout: this.settings.longPollSeconds, offset: this.offset, allowed_updates: [...this.options.allowedUpdates] as never },
        { signal: signal as never },
      ),
    );
    this.options.logger.debug?.(
      { method: 'getUpdates', status: 'ok', offset: this.offset, updates: updates.length, ms: Math.round(performance.now() - start) },
      'Bot API call',
    );
    return updates;
  }

  /** Handles a batch; resolves to the lowest update id that must be fetched again, if any. */
  private async handleBatch(updates: Update[]): Promise<number | undefined> {
    const byKey = new Map<string, Update[]>();
    for (const update of updates) {
      const key = orderKey(update);
      byKey.set(key, [...(byKey.get(key) ?? []), update]);
    }
    let anyDone = false;
    // Per chat: the update that failed, and the chat's next one (not tried: order comes first).
    const stuck = await Promise.all(
      [...byKey.values()].map(async (inOrder) => {
        for (const [i, update] of inOrder.entries()) {
          // Fetched again behind a failed one: done already, nothing to do or to learn from.
          if (this.doneBehindOffset.has(update.update_id)) continue;
          const outcome = await this.options.handle(update);
          if (outcome !== 'done') return { failed: update.update_id, next: inOrder[i + 1]?.update_id };
          // Something new was handled: the store works, so a failure next to it is the update's own.
          anyDone = true;
          this.doneBehindOffset.add(update.update_id);
          this.failedAttempts.delete(update.update_id);
        }
        return undefined;
      }),
    );
    const refetch: number[] = [];
    for (const chat of stuck) {
      if (!chat) continue;
      if (anyDone) this.noteFailure(chat.failed);
      if ((this.failedAttempts.get(chat.failed) ?? 0) < this.settings.giveUpAfterAttempts) {
        refetch.push(chat.failed);
        continue;
      }
      this.failedAttempts.delete(chat.failed);
      this.options.logger.error({ update: chat.failed, attempts: this.settings.giveUpAfterAttempts }, 'update keeps failing while others succeed; given up');
      // The chat's later updates were never tried: they must still be fetched again.
      if (chat.next !== undefined) refetch.push(chat.next);
    }
    return refetch.length > 0 ? Math.min(...refetch) : undefined;
  }

  private noteFailure(updateId: number): void {
    this.failedAttempts.set(updateId, (this.failedAttempts.get(updateId) ?? 0) + 1);
    // Bounded: only updates still being retried are kept, and there are at most a batch of them.
    if (this.failedAttempts.size > 1000) this.failedAttempts.delete(this.failedAttempts.keys().next().value as number);
  }

  /** Tells Telegram what is handled, so the next process does not fetch it again. */
  private async confirmOffset(): Promise<void> {
    if (this.offset === 0) return;
    this.controller = undefined;
    await this.withDeadline((signal) =>
      this.options.telegram.callApi('getUpdates', { offset: this.offset, limit: 1, timeout: 0 }, { signal: signal as never }),
    ).catch((error: unknown) => this.options.logger.warn(describeError(error), 'could not confirm the polling offset'));
  }

  private async pauseAfterError(error: unknown): Promise<void> {
    const failures = ++this.fetchErrorsInARow;
    const retryAfter = (error as { parameters?: { retry_after?: number } }).parameters?.retry_after;
    const waitMs = retryAfter !== undefined ? Math.min(retryAfter * 1000, this.settings.maxBackoffMs) : this.backoffMs(failures);
    const code = apiErrorCode(error);
    // Aborted by the deadline (stop() aborts too, but then nothing is counted: the loop ended).
    const timedOut = (error as { name?: string }).name === 'AbortError';
    const method = (error as { on?: { method?: string } }).on?.method ?? 'getUpdates';
    this.options.metrics?.botApiError(botApiErrorCode(code, timedOut), method);
    if (retryAfter !== undefined) this.options.metrics?.retryAfterWaited(waitMs / 1000);
    // 401 (token revoked) and 409 (another poller, or a webhook set) need a person; say so loudly.
    const log = code === 401 || code === 409 ? this.options.logger.error : this.options.logger.warn;
    log.call(this.options.logger, { ...describeError(error), retryInMs: waitMs }, 'getUpdates failed; retrying');
    await this.pause(waitMs);
  }

  /** The pause after the n-th failure in a row: doubling from the minimum, capped. */
  private backoffMs(failuresInARow: number): number {
    return Math.min(this.settings.minBackoffMs * 2 ** Math.min(30, Math.max(0, failuresInARow - 1)), this.settings.maxBackoffMs);
  }

  /** A call with a deadline; stop() aborts it too. */
  private async withDeadline<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    this.controller = controller;
    const deadlineMs = this.settings.longPollSeconds * 1000 + this.settings.deadlineSlackMs;
    const timer = setTimeout(() => controller.abort(), deadlineMs);
    try {
      return await call(controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sleeps, but wakes at once on stop(). */
  private pause(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
