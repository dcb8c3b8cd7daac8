/**
 * Runs the bot until SIGINT/SIGTERM: long polling (our own poller, which never moves its
 * offset past an update it could not handle), or a webhook route on the shared HTTP server
 * that answers 2xx only for updates durably taken. On a signal it stops taking updates, lets
 * the turns in flight finish, and returns so the caller can close the store.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Engine } from '../../core/engine';
import type { Logger, SeenUpdates } from '../../core/ports';
import type { TelegramConfig } from '../../config';
import type { CoachMetrics } from '../../http/metrics';
import { startHttpServer } from '../../http/server';
import { describeError } from '../../logging';
import { registerCommands } from './commands';
import { createCoachBot } from './coach-bot';
import { Poller } from './poller';
import Redis from 'ioredis';
import { DEFAULT_REDIS_PREFIX } from '../../stores/redis-store';
import { createSendLimits, TELEGRAM_SEND_LIMITS } from './send-limits';
import { telegramWebhookRoute } from './webhook-route';
import { startFollowUps } from '../../follow-ups/start-follow-ups';
import { noFollowUpMetrics, type FollowUpMetrics } from '../../follow-ups/follow-up-metrics';
import { TELEGRAM_NAMESPACE } from './coach-bot';

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
export interface RunTelegramOptions {
  config: TelegramConfig;
  engine: Engine;
  seen: SeenUpdates;
  logger: Logger;
  /** Resolves when the process is asked to stop. */
  stopSignal: Promise<string>;
  /** Other routes for the shared HTTP server (the web chat), served on PORT in both modes. */
  routes?: FastifyPluginAsync[];
  /** Where Telegram turns, failed Bot API calls and retry_after waits are counted (/metrics). */
  metrics?: CoachMetrics;
  followUpMetrics?: FollowUpMetrics;
  /** How often follow-ups due are looked for (tests shorten it). */
  followUpIntervalMs?: number;
}

export async function runTelegram(options: RunTelegramOptions): Promise<void> {
  const { config, logger } = options;
  // On Redis the limits are shared by every instance; otherwise this process is the only sender.
  const redisUrl = /^rediss?:/.test(config.storeUrl) ? config.storeUrl : undefined;
  const sendLimits = createSendLimits(
    { ...TELEGRAM_SEND_LIMITS, ...config.sendLimits },
    // A deadline on each command: with Redis frozen, acquire() fails and the message goes without waiting.
    redisUrl ? { redis: new Redis(redisUrl, { maxRetriesPerRequest: 3, commandTimeout: 5000 }), prefix: DEFAULT_REDIS_PREFIX } : undefined,
    (error) => logger.warn(describeError(error), 'send limits: redis trouble'),
  );
  const coach = createCoachBot({
    token: config.token,
    engine: options.engine,
    seen: options.seen,
    logger,
    sendLimits,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
  });
  const { bot } = coach;
  bot.botInfo = await bot.telegram.getMe();
  await registerCommands(bot.telegram).catch((error: unknown) =>
    logger.warn(describeError(error), 'could not register the command menu; continuing without it'),
  );

  // Replies a previous process saved but did not send (it crashed, or Telegram failed them)
  // are queued before any update is taken, so each chat's replies stay in order.
  const recovered = await coach.recover().catch((error: unknown) => {
    logger.error(describeError(error), 'could not send replies left unsent');
    return undefined;
  });
  const recovering = recovered?.tried;

  // Follow-ups go out through the same outbox and sender as replies, after the recovered ones.
  const followUps = config.followUps
    ? await startFollowUps(
        {
          engine: options.engine,
          namespace: TELEGRAM_NAMESPACE,
          deliver: (conversation, reply) => coach.deliverFollowUp(conversation, reply),
          logger,
          metrics: options.followUpMetrics ?? noFollowUpMetrics,
        },
        config.storeUrl,
        options.followUpIntervalMs,
      )
    : undefined;

  if (config.webhook) {
    const { url, secret, port } = config.webhook;
    const hookPath = url.pathname === '/' ? '/telegram' : url.pathname;
    const server = await startHttpServer({
      port,
      logger,
      routes: [telegramWebhookRoute({ path: hookPath, secret, handle: coach.handle }), ...(options.routes ?? [])],
    });
    await bot.telegram.setWebhook(new URL(hookPath, url).toString(), {
      secret_token: secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    logger.info({ port: server.port, path: hookPath }, 'webhook server listening');
    const signal = await options.stopSignal;
    logger.info({ signal }, 'stopping: no new updates, finishing turns in flight');
    // Waits for requests in flight, whose turns are then done; new ones get 503.
    await server.close();
  } else {
    // Polling needs no server; other routes (the web chat) get one of their own on PORT.
    const extra = options.routes?.length && config.webChat ? await startHttpServer({ port: config.webChat.port, logger, routes: options.routes }) : undefined;
    if (extra) logger.info({ port: extra.port }, 'http server listening');
    const poller = new Poller({
      telegram: bot.telegram,
      handle: (update) => coach.handle(update),
      logger,
      allowedUpdates: ALLOWED_UPDATES,
      ...(options.metrics ? { metrics: options.metrics } : {}),
    });
    const polling = poller.run();
    logger.info({}, 'long polling started');
    const signal = await options.stopSignal;
    logger.info({ signal }, 'stopping: no new updates, finishing turns in flight');
    poller.stop();
    await Promise.all([polling, extra?.close()]);
  }
  await followUps?.stop();
  // Replies not yet sent (queued behind the limits, or failed) are not waited for: they stay
  // saved and the next process sends them.
  coach.stop();
  await sendLimits.stop();
  await recovering;
  await coach.idle();
  await options.engine.idle();
  await sendLimits.close();
}
