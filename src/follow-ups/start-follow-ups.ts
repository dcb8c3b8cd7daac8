/**
 * Starts pushing follow-ups for an adapter: BullMQ when the store is Redis (several instances
 * share it), else a timer over the store's due index (one process owns a SQLite file).
 */
import { DEFAULT_REDIS_PREFIX } from '../stores/redis-store';
import { BullmqFollowUps } from './bullmq-follow-ups';
import type { FollowUpDelivery } from './fire-follow-up';
import { PollingFollowUps } from './polling-follow-ups';

export interface RunningFollowUps {
  stop(): Promise<void>;
}

/** `redisUrl`: the opened store's (see OpenedStore.redisUrl); undefined off Redis. */
export async function startFollowUps(delivery: FollowUpDelivery, redisUrl: string | undefined, intervalMs?: number): Promise<RunningFollowUps> {
  if (redisUrl) {
    const runner = new BullmqFollowUps(delivery, { redisUrl, prefix: DEFAULT_REDIS_PREFIX, ...(intervalMs ? { intervalMs } : {}) });
    await runner.start();
    return runner;
  }
  const runner = new PollingFollowUps(delivery, intervalMs);
  runner.start();
  return runner;
}
