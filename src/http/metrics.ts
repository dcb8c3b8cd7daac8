/**
 * What the coach counts for Prometheus (prom-client), in a registry of its own so tests and a
 * host application never share the global one. Labels are closed sets (adapter, outcome):
 * never an id, a language tag from outside, or any text a person typed.
 */
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export type TurnOutcome = 'accepted' | 'unchanged' | 'error';

export interface CoachMetrics {
  registry: Registry;
  /** Times one turn and counts it by adapter and outcome. */
  timeTurn(adapter: string): (outcome: TurnOutcome) => void;
  /** A new anonymous web conversation (a cookie issued). */
  webSessionStarted(): void;
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
  };
}
