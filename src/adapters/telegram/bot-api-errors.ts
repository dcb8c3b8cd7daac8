/**
 * Telegram's Bot API failures as the metrics count them: the codes that mean something
 * distinct (400 bad request, 401 token, 403 blocked, 404, 409 another poller, 429 too many
 * requests), other 4xx and 5xx grouped, and failures with no answer (network, timeout).
 */
export type BotApiErrorCode = '400' | '401' | '403' | '404' | '409' | '429' | '4xx' | '5xx' | 'other' | 'network' | 'timeout';

/** The label for an HTTP-like error code from the Bot API, or for a failure without one. */
export function botApiErrorCode(code: number | undefined, timedOut = false): BotApiErrorCode {
  if (code === undefined) return timedOut ? 'timeout' : 'network';
  if ([400, 401, 403, 404, 409, 429].includes(code)) return String(code) as BotApiErrorCode;
  if (code >= 500 && code < 600) return '5xx';
  if (code >= 400 && code < 500) return '4xx';
  return 'other';
}

/** What the Telegram adapter reports for Prometheus: failed calls by code, and waits on retry_after. */
export interface BotApiMetrics {
  /** One failed Bot API call (each attempt counts: a 429 retried twice is two). */
  botApiError(code: BotApiErrorCode, method: string): void;
  /** A wait Telegram asked for with retry_after (a 429), in seconds actually waited. */
  retryAfterWaited(seconds: number): void;
}
