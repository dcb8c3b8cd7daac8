/**
 * The web chat on loopback for tests: the real routes on the real HTTP server, over a SQLite
 * file, so a "restart" (close, open again on the same port and file) keeps conversations.
 */
import { startHttpServer, type HttpServer } from '../../src/http/server';
import { webChatRoutes, type WebChatLimits } from '../../src/adapters/web/web-chat-routes';
import { vapidKeysFrom, WebPushReminders } from '../../src/adapters/web/web-push';
import { createCoach, Engine, openStore, type Coach, type FollowUpMode } from '../../src/index';
import { silentLogger } from '../../src/core/ports';

export interface WebUnderTest {
  server: HttpServer;
  coach: Coach;
  url: string;
  stop(): Promise<void>;
}

/**
 * As the app composes it: one engine, whose outbox keeps the web chat's reminders until the
 * page confirms them shown. `clock` (epoch ms, changed by the test) stands for the time.
 */
export async function startWeb(
  storeUrl: string,
  port = 0,
  limits?: Partial<WebChatLimits>,
  followUps?: FollowUpMode,
  clock?: { now: number },
  /** Offer reminders by Web Push (keys from a fixed test secret; nothing is sent unless ticked). */
  push = false,
): Promise<WebUnderTest> {
  const { store } = await openStore(storeUrl);
  const engine = new Engine({ store, logger: silentLogger, ...(followUps ? { followUps } : {}), ...(clock ? { now: () => clock.now } : {}) });
  const coach = createCoach({ store, engine, ...(followUps ? { followUps } : {}) });
  const pushReminders = push
    ? new WebPushReminders({
        store,
        engine,
        logger: silentLogger,
        vapid: { ...vapidKeysFrom(Buffer.from('test web push secret')), subject: 'mailto:ops@example.com' },
      })
    : undefined;
  const server = await startHttpServer({
    port,
    host: '127.0.0.1',
    logger: silentLogger,
    routes: [
      webChatRoutes({
        coach,
        engine,
        ...(pushReminders ? { push: pushReminders } : {}),
        cookieMaxAgeMs: 86_400_000,
        logger: silentLogger,
        ...(limits ? { limits } : {}),
      }),
    ],
  });
  return {
    server,
    coach,
    url: `http://127.0.0.1:${server.port}/`,
    async stop() {
      await server.close();
      await coach.close();
    },
  };
}
