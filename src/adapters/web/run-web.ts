/**
 * `npm start -- --web` with no BOT_TOKEN: the web chat alone on the shared HTTP server, until
 * SIGINT/SIGTERM. It prints the page's URL, so a newcomer knows where to point a browser.
 */
import type { WebConfig } from '../../config';
import { startHttpServer } from '../../http/server';
import { createMetrics } from '../../http/metrics';
import { opsRoutes } from '../../http/ops-routes';
import { createCoach, openStore, type Logger } from '../../index';
import { observedStore } from '../../stores/observed-store';
import { createFollowUpMetrics } from '../../follow-ups/follow-up-metrics';
import { webChatRoutes } from './web-chat-routes';
import { sharedRateLimits } from './rate-limit-redis';

export interface RunWebOptions {
  config: WebConfig;
  logger: Logger;
  stopSignal: Promise<string>;
  /** Where the URL line goes (stdout). */
  print: (line: string) => void;
}

export async function runWeb({ config, logger, stopSignal, print }: RunWebOptions): Promise<void> {
  const opened = await openStore(config.storeUrl, { ttlMs: config.conversationTtlMs, logger });
  const metrics = createMetrics();
  // Counted and (at debug) logged here, where the store is opened: the engine stays unaware.
  const store = observedStore(opened.store, { onConflict: metrics.saveConflict, logger });
  const followUpMetrics = createFollowUpMetrics(metrics.registry);
  const coach = createCoach({
    store,
    logger,
    // Shown on the next visit: the web chat cannot call on anyone.
    followUps: config.followUps ? 'deliver' : 'off',
    onFollowUpScheduled: (kind) => followUpMetrics.count('scheduled', kind),
  });
  try {
    const server = await startHttpServer({
      port: config.port,
      logger,
      routes: [
        webChatRoutes({ coach, cookieMaxAgeMs: config.conversationTtlMs, logger, metrics, ...sharedRateLimits(config.storeUrl) }),
        // Ready when the store answers a read (of a key no conversation uses).
        opsRoutes({ ready: () => coach.peek('ops:ready'), metrics, ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}) }),
      ],
    });
    print(`refund-coach web chat: http://localhost:${server.port}/`);
    logger.info({ port: server.port }, 'web chat listening');
    const signal = await stopSignal;
    logger.info({ signal }, 'stopping: finishing requests in flight');
    // Requests in flight finish (and their turns are saved) before the store closes.
    await server.close();
  } finally {
    await coach.close();
  }
  logger.info({}, 'stopped cleanly');
}
