/**
 * One conversation's due follow-up, from the engine to the person: the engine decides and
 * saves (in one write the follow-up leaves the schedule and its reply enters the outbox);
 * the adapter delivers the saved reply like any other (retries, limits, blocked bots).
 */
import type { Engine, Reply } from '../core/engine';
import { LATE_AFTER_MS } from '../core/engine';
import type { Logger } from '../core/ports';
import { maskId } from '../core/privacy';
import type { FollowUpMetrics } from './follow-up-metrics';

export interface FollowUpDelivery {
  engine: Pick<Engine, 'fireDue' | 'dueConversations'>;
  /** The adapter's conversation namespace, e.g. "tg:": only its conversations are pushed. */
  namespace: string;
  /** Sends a follow-up's reply (saved in the outbox) to the conversation's chat. */
  deliver(conversation: string, reply: Reply): Promise<void>;
  logger: Logger;
  metrics: FollowUpMetrics;
}

export async function fireFollowUp(delivery: FollowUpDelivery, conversation: string): Promise<void> {
  const run = await delivery.engine.fireDue(conversation);
  if (!run) return;
  for (const kind of run.dropped) delivery.metrics.count('dropped', kind);
  const { reply } = run;
  if (!reply?.followUp) return;
  if ((run.lateMs ?? 0) > LATE_AFTER_MS) {
    delivery.metrics.count('late', reply.followUp);
    delivery.logger.info({ chat: maskId(conversation), kind: reply.followUp, lateMinutes: Math.round((run.lateMs ?? 0) / 60_000) }, 'follow-up sent late');
  }
  await delivery.deliver(conversation, reply);
  delivery.metrics.count('sent', reply.followUp);
}
