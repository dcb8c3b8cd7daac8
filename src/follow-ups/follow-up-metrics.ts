/**
 * Follow-ups counted for Prometheus: scheduled, sent, dropped (no longer fitting the case, or
 * the person blocked the bot) and late (sent more than 15 minutes after their time: the bot
 * was down, quiet hours, one a day). Labels are the follow-up kind, a closed set.
 */
import { Counter, type Registry } from 'prom-client';
import type { FollowUpKind } from '../../machines';

export type FollowUpEvent = 'scheduled' | 'sent' | 'dropped' | 'late';

export interface FollowUpMetrics {
  count(event: FollowUpEvent, kind: FollowUpKind): void;
}

export const noFollowUpMetrics: FollowUpMetrics = { count() {} };

export function createFollowUpMetrics(registry: Registry): FollowUpMetrics {
  const counter = new Counter({
    name: 'refund_coach_follow_ups_total',
    help: 'Follow-ups by event (scheduled, sent, dropped, late) and kind.',
    labelNames: ['event', 'kind'] as const,
    registers: [registry],
  });
  return { count: (event, kind) => counter.inc({ event, kind }) };
}
