/**
 * What the coach counts for Prometheus (prom-client), in a registry of its own so tests and a
 * host application never share the global one. Labels are closed sets (adapter, outcome, a Bot
 * API method from a fixed list, an error class): never an id, a language tag from outside, or
 * any text a person typed.
 */
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export type TurnOutcome = 'accepted' | 'unchanged' | 'error';

/**
 * How a Bot API call failed, as a closed set: the codes that each call for a different action
 * (400 a bug, 401 a revoked token, 403 a blocked bot, 404 a wrong API root, 409 a second
 * poller or a webhook left set, 429 too fast), the rest of a class together, and failures with
 * no answer from Telegram (`network`) or none in time (`timeout`).
 */

/** The Bot API methods the coach calls; any other is counted as `other`, so the set stays closed. */
const BOT_API_METHODS = new Set([
  'sendMessage',
  'editMessageText',
  'editMessageReplyMarkup',
  'answerCallbackQuery',
  'getUpdates',
  'deleteWebhook',
  'setWebhook',
  'getMe',
  'setMyCommands',
]);

export interface CoachMetrics {
  registry: Registry;
  /** Times one turn and counts it by adapter and outcome. */
  timeTurn(adapter: string): (outcome: TurnOutcome) => void;
  /** A new anonymous web conversation (a cookie issued). */
  webSessionStarted(): void;
  /** A store save refused because another writer got there first (the turn is then redone). */
  saveConflict(): void;
  /** One failed Bot API call (each attempt counts: a 429 retried twice is two). */
  botApiError(code: string, method: string): void;
  /** A wait Telegram asked for with retry_after (a 429), in seconds actually waited. */
  retryAfterWaited(seconds: number): void;
}

export function createMetrics(): CoachMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'refund_coach_' });
  const turns = new Counter({
    name: 'refund_coach_turns_total',
    help: 'Turns handled, by adapter and outcome (accepted, unchanged: a stale or repeated input, error).',
    labelNames: ['adapter', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'refund_coach_turn_duration_seconds',
    help: 'Time to handle one turn: load, transition, save, render.',
    labelNames: ['adapter'] as const,
    // A turn is a few milliseconds on SQLite; the tail shows a slow store.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const webSessions = new Counter({
    name: 'refund_coach_web_sessions_total',
    help: 'Web chat conversations started (anonymous cookies issued).',
    registers: [registry],
  });
  const conflicts = new Counter({
    name: 'refund_coach_store_save_conflicts_total',
    help: 'Store saves refused because the conversation changed meanwhile (another instance or turn); the turn is redone.',
    registers: [registry],
  });
  const apiErrors = new Counter({
    name: 'refund_coach_telegram_api_errors_total',
    help: 'Failed Bot API calls, by method and error code (400, 401, 403, 404, 409, 429, 4xx, 5xx, other, network, timeout).',
    labelNames: ['method', 'error_code'] as const,
    registers: [registry],
  });
  const waits = new Counter({
    name: 'refund_coach_telegram_retry_after_waits_total',
    help: 'Waits Telegram asked for with retry_after (429 Too Many Requests).',
    registers: [registry],
  });
  const waited = new Counter({
    name: 'refund_coach_telegram_retry_after_seconds_total',
    help: 'Seconds spent waiting on retry_after (after the cap).',
    registers: [registry],
  });
  return {
    registry,
    timeTurn(adapter) {
      const end = latency.startTimer({ adapter });
      return (outcome) => {
        end();
        turns.inc({ adapter, outcome });
      };
    },
    webSessionStarted: () => webSessions.inc(),
    saveConflict: () => conflicts.inc(),
    botApiError: (code, method) => apiErrors.inc({ method: BOT_API_METHODS.has(method) ? method : 'other', error_code: code }),
    retryAfterWaited(seconds) {
      waits.inc();
      waited.inc(seconds);
    },
  };
}
