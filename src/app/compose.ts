/**
 * The composition root: what one process runs on, decided once. One store (and the one answer
 * to "is it Redis?"), counted for /metrics; one engine over it, whose outbox a push adapter
 * uses and whose turns a request/response adapter takes without it; one coach on that engine.
 */
import { createCoach, describeError, Engine, openStore, type Coach, type FollowUpMode, type Logger, type OpenedStore } from '../index';
import { createFollowUpMetrics, type FollowUpMetrics } from '../follow-ups/follow-up-metrics';
import { createMetrics, type CoachMetrics } from '../http/metrics';
import { observedStore } from '../stores/observed-store';

export interface AppSettings {
  storeUrl: string;
  conversationTtlMs?: number;
  logger: Logger;
  /** `deliver` where follow-ups are pushed or shown on a visit; `off` when switched off. */
  followUps: FollowUpMode;
  /** Save each turn's reply until it is confirmed sent (a push adapter runs in this process). */
  outbox: boolean;
  /** The clock (tests and clock-driven runs pass their own). */
  now?: () => number;
}

export interface App {
  opened: OpenedStore;
  engine: Engine;
  /** The library's coach on the same engine (the web chat's, and the readiness check's). */
  coach: Coach;
  metrics: CoachMetrics;
  followUpMetrics: FollowUpMetrics;
  /** Waits for turns in flight, then closes the store. */
  close(): Promise<void>;
}

/**
 * How often the web chat's follow-up index is swept. Its reminders are shown on a visit, so
 * nothing else reads that index: without a sweep, conversations that expired unvisited would
 * stay in it for ever (the store drops an expired member whenever the index is read). The
 * index of conversations with unsent replies is swept too: a web chat reminder waits there
 * until the page confirms it shown, and a person who never comes back never confirms it.
 */
const WEB_INDEX_SWEEP_MS = 10 * 60_000;

export async function composeApp(settings: AppSettings): Promise<App> {
  const { logger } = settings;
  const opened = await openStore(settings.storeUrl, { ...(settings.conversationTtlMs ? { ttlMs: settings.conversationTtlMs } : {}), logger });
  const metrics = createMetrics();
  const followUpMetrics = createFollowUpMetrics(metrics.registry);
  // Counted and (at debug) logged here, where the store is opened: the engine stays unaware.
  const store = observedStore(opened.store, { onConflict: metrics.saveConflict, logger });
  const engine = new Engine({
    store,
    logger,
    outbox: settings.outbox,
    followUps: settings.followUps,
    onFollowUpScheduled: (kind) => followUpMetrics.count('scheduled', kind),
    ...(settings.now ? { now: settings.now } : {}),
  });
  // The coach's conversations (the web chat's) keep reminders for the next visit, and say so.
  const coach = createCoach({ store, engine, followUps: settings.followUps === 'deliver' ? 'onVisit' : settings.followUps });
  const sweep = setInterval(() => {
    engine.dueConversations('web:', 1000).catch((error: unknown) => logger.warn(describeError(error), 'could not sweep the web chat follow-up index'));
    engine.withUnsent().catch((error: unknown) => logger.warn(describeError(error), 'could not sweep the index of unsent replies'));
  }, WEB_INDEX_SWEEP_MS);
  // The sweep never keeps a stopping process alive.
  sweep.unref();
  return {
    opened: { ...opened, store },
    engine,
    coach,
    metrics,
    followUpMetrics,
    close: async () => {
      clearInterval(sweep);
      await engine.idle();
      await store.close();
    },
  };
}
