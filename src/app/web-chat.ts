/**
 * The web chat as the app runs it (beside the bot, or alone): its routes on the coach's engine
 * (reminders kept until the page confirms them shown) and, with follow-ups on, reminders by
 * Web Push signed with the deployment's VAPID keys (derived from APP_SECRET).
 */
import type { FastifyPluginAsync } from 'fastify';
import { sharedRateLimits } from '../adapters/web/rate-limit-redis';
import { webChatRoutes } from '../adapters/web/web-chat-routes';
import { WebPushReminders } from '../adapters/web/web-push';
import type { Logger } from '../index';
import { appKeys } from './app-secret';
import type { App } from './compose';

export interface WebChatSettings {
  conversationTtlMs: number;
  logger: Logger;
  followUps: boolean;
  vapidSubject: string;
}

export interface ComposedWebChat {
  routes: FastifyPluginAsync;
  /** Starts sending reminders by Web Push (when follow-ups are on). */
  start(): void;
  stop(): Promise<void>;
}

export function composeWebChat(app: App, settings: WebChatSettings): ComposedWebChat {
  const { logger } = settings;
  const keys = appKeys();
  const push = settings.followUps
    ? new WebPushReminders({ store: app.opened.store, engine: app.engine, vapid: { ...keys.vapid, subject: settings.vapidSubject }, logger })
    : undefined;
  const routes = webChatRoutes({
    coach: app.coach,
    engine: app.engine,
    cookieMaxAgeMs: settings.conversationTtlMs,
    cookieKey: keys.cookie,
    logger,
    metrics: app.metrics,
    ...(push ? { push } : {}),
    ...sharedRateLimits(app.opened),
  });
  return {
    routes,
    start: () => push?.start(),
    stop: async () => push?.stop(),
  };
}
