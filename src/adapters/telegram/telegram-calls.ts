/**
 * Calling the Bot API the way Telegram asks: on 429 wait the `retry_after` it sends (capped,
 * since servers have sent a day) and try again; on 403 (the user blocked the bot) stop and
 * log once per chat; anything else is logged and the conversation, already saved, is kept.
 */
import type { Logger } from '../../core/ports';
import { maskId } from '../../core/privacy';
import { describeError } from '../../logging';

export interface RetryPolicy {
  /** Longest wait honoured for one 429, in seconds. */
  maxRetryAfterSeconds: number;
  maxAttempts: number;
  /** Waits; tests replace it so no test sleeps. */
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRetryAfterSeconds: 30,
  maxAttempts: 4,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface ApiErrorShape {
  response?: { error_code?: number; parameters?: { retry_after?: number } };
}

export function apiErrorCode(error: unknown): number | undefined {
  return (error as ApiErrorShape | undefined)?.response?.error_code;
}

export class BlockedByUser extends Error {}

export class TelegramCalls {
  private readonly blockedLogged = new Set<string>();

  constructor(
    private readonly logger: Logger,
    private readonly policy: RetryPolicy = defaultRetryPolicy,
  ) {}

  /** Runs one API call with Telegram's retry rules. Resolves undefined when it gave up. */
  async call<T>(chat: number | string, call: () => Promise<T>): Promise<T | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const code = apiErrorCode(error);
        if (code === 429 && attempt < this.policy.maxAttempts) {
          const retryAfter = (error as ApiErrorShape).response?.parameters?.retry_after ?? 1;
          await this.policy.sleep(Math.min(retryAfter, this.policy.maxRetryAfterSeconds) * 1000);
          continue;
        }
        if (code === 403) throw new BlockedByUser(String(chat));
        this.logger.warn({ chat: maskId(chat), attempt, ...describeError(error) }, 'Telegram call failed');
        return undefined;
      }
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
}
