/**
 * `npm start -- --web` with no BOT_TOKEN: the web chat alone on the shared HTTP server, until
 * SIGINT/SIGTERM. It prints the page's URL, so a newcomer knows where to point a browser.
 */
import type { WebConfig } from '../config';
import { opsRoutes } from '../http/ops-routes';
import { startHttpServer } from '../http/server';
import type { Logger } from '../index';
import { composeApp } from './compose';
import { composeWebChat } from './web-chat';

export interface RunWebOptions {
  config: WebConfig;
  logger: Logger;
  stopSignal: Promise<string>;
  /** Where the URL line goes (stdout). */
  print: (line: string) => void;
}

export async function runWeb({ config, logger, stopSignal, print }: RunWebOptions): Promise<void> {
  // Shown on the next visit: the web chat cannot call on anyone, and answers in the response.
  const app = await composeApp({
    storeUrl: config.storeUrl,
    conversationTtlMs: config.conversationTtlMs,
    logger,
    followUps: config.followUps ? 'deliver' : 'off',
    outbox: false,
  });
  const { coach, metrics } = app;
  const webChat = composeWebChat(app, { conversationTtlMs: config.conversationTtlMs, logger, followUps: config.followUps, vapidSubject: config.vapidSubject });
  try {
    const server = await startHttpServer({
      port: config.port,
      logger,
      ...(config.trustProxy !== undefined ? { trustProxy: config.trustProxy } : {}),
      routes: [
        webChat.routes,
        // Ready when the store answers a read (of a key no conversation uses).
        opsRoutes({ ready: () => coach.peek('ops:ready'), metrics, ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}) }),
      ],
    });
    webChat.start();
    print(`refund-coach web chat: http://localhost:${server.port}/`);
    logger.info({ port: server.port }, 'web chat listening');
    const signal = await stopSignal;
    logger.info({ signal }, 'stopping: finishing requests in flight');
    // Requests in flight finish (and their turns are saved) before the store closes.
    await server.close();
  } finally {
    await webChat.stop();
    await app.close();
  }
  logger.info({}, 'stopped cleanly');
}
