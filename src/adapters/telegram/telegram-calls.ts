/**
 * Calling the Bot API the way Telegram asks: on 429 wait the `retry_after` it sends (capped,
 * since servers have sent a day) and try again; on 403 (the user blocked the bot) stop and
 * log once per chat; anything else is logged and the conversation, already saved, is kept.
 *
 * Every call also has a deadline. telegraf sets none that matters (500 s), and a call that
 * never answers would otherwise hold its chat's queue, and with long polling the whole batch
 * of updates, for good. A call past its deadline is aborted (when the caller passed the
 * signal on to telegraf) and abandoned, never retried: it may have reached Telegram, and a
 * second send would show the person the same message twice.
 */
import { describeError, maskId, RecipientGone, type Logger, type SendLimits } from '../../index';
import { botApiErrorCode, type BotApiMetrics } from './bot-api-errors';

export type { BotApiMetrics } from './bot-api-errors';

export interface CallOptions {
  /** False for calls outside the message limits (answering a button press). */
  limited?: boolean;
  /** The Bot API method, for metrics and debug lines (the call itself is opaque here). */
  method?: string;
}

export interface RetryPolicy {
  /** Longest wait honoured for one 429, in seconds. */
  maxRetryAfterSeconds: number;
  maxAttempts: number;
  /** Longest one call may take before it is abandoned, in milliseconds. */
  callTimeoutMs: number;
  /** Waits; tests replace it so no test sleeps. */
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRetryAfterSeconds: 30,
  maxAttempts: 4,
  // Telegram answers in well under a second; 15 s is long enough for a slow network and short
  // enough that a person waiting on the next question is not left wondering for long.
  callTimeoutMs: 15_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface ApiErrorShape {
  response?: { error_code?: number; parameters?: { retry_after?: number } };
}

export function apiErrorCode(error: unknown): number | undefined {
  return (error as ApiErrorShape | undefined)?.response?.error_code;
}

/** The person blocked the bot (403): their replies are dropped (see OutboxSender). */
export class BlockedByUser extends RecipientGone {}

/** A call that did not answer within the policy's deadline. */
export class CallTimedOut extends Error {
  override readonly name = 'CallTimedOut';
}

/** One API call; pass `signal` to telegraf's `callApi(method, payload, { signal })` to abort it. */
export type ApiCall<T> = (signal: AbortSignal) => Promise<T>;

/**
 * How a call ended. `retry` says whether trying again later may succeed and cannot show the
 * person a message twice: Telegram answered 5xx or 429 (after the attempts here), or the
 * connection failed before any answer. A call past its deadline may have reached Telegram,
 * and a 4xx will fail the same way again, so neither is retried.
 */
export type CallResult<T> = { ok: true; value: T } | { ok: false; retry: boolean };

export class TelegramCalls {
  private readonly blockedLogged = new Set<string>();
  private readonly policy: RetryPolicy;

  private limitsTroubleLogged = false;
  private stopped = false;
  /** The deadline slot calls starting now join (see deadlineSlot). */
  private slot?: DeadlineSlot;

  /**
   * Fields left out of `policy` keep their defaults. `limits`: Telegram's send limits, waited
   * for before every call that sends or edits a message (none: calls go at once). `metrics`:
   * where failed calls and retry_after waits are counted.
   */
  constructor(
    private readonly logger: Logger,
    policy: Partial<RetryPolicy> = {},
    private readonly limits?: SendLimits,
    private readonly metrics?: BotApiMetrics,
  ) {
    this.policy = { ...defaultRetryPolicy, ...policy };
  }

  /**
   * Runs one API call with Telegram's retry rules. Resolves undefined when it gave up.
   * `limited: false` for calls outside the message limits (answering a button press).
   */
  async call<T>(chat: number | string, call: ApiCall<T>, options: CallOptions = {}): Promise<T | undefined> {
    const result = await this.attempt(chat, call, options);
    return result.ok ? result.value : undefined;
  }

  /** Like `call`, but says whether a failed call is worth trying again later (see CallResult). */
  async attempt<T>(chat: number | string, call: ApiCall<T>, options: CallOptions = {}): Promise<CallResult<T>> {
    const method = options.method ?? 'other';
    for (let attempt = 1; ; attempt++) {
      // Shutting down: nothing more goes out; a saved reply stays saved for the next process.
      if (this.stopped) return { ok: false, retry: true };
      if (options.limited !== false) await this.withinLimits(chat);
      if (this.stopped) return { ok: false, retry: true };
      const start = performance.now();
      const debug = (status: string) =>
        this.logger.debug?.({ chat: maskId(chat), method, attempt, status, ms: Math.round(performance.now() - start) }, 'Bot API call');
      try {
        const value = await this.withDeadline(call);
        debug('ok');
        return { ok: true, value };
      } catch (error) {
        const code = apiErrorCode(error);
        const label = botApiErrorCode(code, error instanceof CallTimedOut);
        this.metrics?.botApiError(label, method);
        debug(label);
        if (error instanceof CallTimedOut) {
          this.logger.warn({ chat: maskId(chat), method, attempt, timeoutMs: this.policy.callTimeoutMs }, 'Telegram call timed out; abandoned');
          return { ok: false, retry: false };
        }
        if (code === 429 && attempt < this.policy.maxAttempts) {
          const retryAfter = (error as ApiErrorShape).response?.parameters?.retry_after ?? 1;
          const waitSeconds = Math.min(retryAfter, this.policy.maxRetryAfterSeconds);
          this.logger.debug?.({ chat: maskId(chat), method, attempt, retryAfter, waitSeconds }, 'Bot API asked to wait (429)');
          await this.policy.sleep(waitSeconds * 1000);
          this.metrics?.retryAfterWaited(waitSeconds);
          continue;
        }
        if (code === 403) throw new BlockedByUser(String(chat));
        this.logger.warn({ chat: maskId(chat), attempt, ...describeError(error), ...(options.method ? { method } : {}) }, 'Telegram call failed');
        return { ok: false, retry: code === undefined || code === 429 || code >= 500 };
      }
    }
  }

  /** Stops sending: calls waiting for the limits, and any later ones, end unsent. */
  stop(): void {
    this.stopped = true;
  }

  /** Waits for the send limits; if they cannot be read (Redis down), sends anyway: 429s still slow us. */
  private async withinLimits(chat: number | string): Promise<void> {
    if (!this.limits) return;
    try {
      await this.limits.acquire(chat);
    } catch (error) {
      if (this.stopped || this.limitsTroubleLogged) return;
      this.limitsTroubleLogged = true;
      this.logger.warn(describeError(error), 'send limits unavailable; sending without them');
    }
  }

  /** Logs a blocked chat once; later sends to it are skipped quietly by the caller. */
  noteBlocked(chat: number | string): void {
    const key = maskId(chat);
    if (this.blockedLogged.has(key)) return;
    if (this.blockedLogged.size > 10_000) this.blockedLogged.clear();
    this.blockedLogged.add(key);
    this.logger.warn({ chat: key }, 'user blocked the bot; not retrying');
  }

  /** The call's result, or CallTimedOut once the deadline passes (the call is then aborted). */
  private async withDeadline<T>(call: ApiCall<T>): Promise<T> {
    const slot = this.deadlineSlot();
    let timedOut!: (error: Error) => void;
    const deadline = new Promise<never>((_, reject) => (timedOut = reject));
    slot.waiting.add(timedOut);
    try {
      return await Promise.race([call(slot.controller.signal), deadline]);
    } finally {
      slot.waiting.delete(timedOut);
      // A slot with nothing left in flight needs no timer: it would keep a stopping process alive.
      if (slot.waiting.size === 0 && slot !== this.slot) clearTimeout(slot.timer);
    }
  }

  /**
   * The deadline shared by calls starting now. Calls that start within a tenth of the timeout
   * of each other share one AbortController and one timer, which fires when the last of them
   * can reach its deadline: an AbortController and a timer per call were about 3% of a
   * turn's CPU. A call thus gets its timeout and at most a tenth more; aborting the slot's
   * signal touches only calls past their deadline (the others have finished).
   */
  private deadlineSlot(): DeadlineSlot {
    const now = Date.now();
    const current = this.slot;
    const width = Math.max(1, Math.floor(this.policy.callTimeoutMs / 10));
    if (current && now - current.opened < width) return current;
    if (current && current.waiting.size === 0) clearTimeout(current.timer);
    const slot: DeadlineSlot = { opened: now, controller: new AbortController(), waiting: new Set(), timer: undefined };
    slot.timer = setTimeout(() => {
      if (this.slot === slot) this.slot = undefined;
      const error = new CallTimedOut(`no answer within ${this.policy.callTimeoutMs} ms`);
      for (const timedOut of slot.waiting) timedOut(error);
      slot.controller.abort();
    }, this.policy.callTimeoutMs + width);
    // It must not keep a stopping process alive; a call in flight does that by itself.
    slot.timer.unref();
    this.slot = slot;
    return slot;
  }
}

/** Calls that started within one slot's width: their shared signal, and who still waits. */
interface DeadlineSlot {
  opened: number;
  controller: AbortController;
  waiting: Set<(error: Error) => void>;
  timer: NodeJS.Timeout | undefined;
}
