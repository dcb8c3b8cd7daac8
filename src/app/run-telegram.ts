/**
 * Runs the bot until SIGINT/SIGTERM: long polling (our own poller, which never moves its
 * offset past an update it could not handle), or a webhook route on the shared HTTP server
 * that answers 2xx only for updates durably taken. On a signal it stops taking updates, lets
 * the turns in flight finish, and returns so the caller can close the store.
 */
import type { FastifyPluginAsync } from 'fastify';
import { HttpsProxyAgent } from 'https-proxy-agent';
import Redis from 'ioredis';
import { createCoachBot, TELEGRAM_NAMESPACE } from '../adapters/telegram/coach-bot';
import { registerCommands, registerDescriptions } from '../adapters/telegram/commands';
import { Poller } from '../adapters/telegram/poller';
import { telegramWebhookRoute } from '../adapters/telegram/webhook-route';
import type { TelegramConfig } from '../config';
import { noFollowUpMetrics, type FollowUpMetrics } from '../follow-ups/follow-up-metrics';
import { startFollowUps } from '../follow-ups/start-follow-ups';
import type { CoachMetrics } from '../http/metrics';
import { startHttpServer } from '../http/server';
import { createSendLimits, describeError, TELEGRAM_SEND_LIMITS, type Engine, type Logger, type SeenUpdates } from '../index';
import { DEFAULT_REDIS_PREFIX } from '../stores/redis-store';

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
export interface RunTelegramOptions {
  config: TelegramConfig;
  engine: Engine;
  seen: SeenUpdates;
  /** The store's Redis, when it is Redis (OpenedStore.redisUrl): send limits and follow-ups share it. */
  redisUrl?: string;
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
  /** Where the connection to Telegram is reported (for /readyz): set as it changes. */
  telegramState?: TelegramState;
}

/** The bot's link to Telegram, as /readyz reports it. */
export interface TelegramState {
  telegram: 'connecting' | 'connected';
}

/**
 * The agent that takes every Bot API call through the proxy (HTTPS_PROXY): a CONNECT tunnel
 * to api.telegram.org, so the proxy sees only the host, never the token or the messages.
 * Logged by host and port only: a proxy URL may carry a password.
 */
export function botApiProxy(proxy: URL, logger: Logger, apiRoot?: string): HttpsProxyAgent<string> {
  // telegraf drops the agent for a plain-HTTP API root (a Bot API server of one's own nearby).
  if (apiRoot?.startsWith('http:')) logger.warn({ proxy: proxy.host }, 'HTTPS_PROXY is not used: TELEGRAM_API_ROOT is plain http');
  else logger.info({ proxy: proxy.host }, 'Bot API calls go through the proxy (HTTPS_PROXY)');
  return new HttpsProxyAgent(proxy, { keepAlive: true });
}

/** The longest pause between two tries to reach Telegram. */
const CONNECT_BACKOFF_MAX_MS = 60_000;

/**
 * Asks Telegram who the bot is until it answers, pausing 1 s doubling to a minute between
 * tries (a network without a route to Telegram keeps the web chat up meanwhile). A token
 * Telegram refuses (401) ends the run: retrying cannot help. False when stopped first.
 */
async function connectToTelegram(
  bot: ReturnType<typeof createCoachBot>['bot'],
  logger: Logger,
  stopSignal: Promise<string>,
  state?: TelegramState,
): Promise<boolean> {
  let stopped = false;
  void stopSignal.then(() => {
    stopped = true;
  });
  for (let waitMs = 1000; !stopped; waitMs = Math.min(waitMs * 2, CONNECT_BACKOFF_MAX_MS)) {
    try {
      bot.botInfo = await bot.telegram.getMe();
      if (state) state.telegram = 'connected';
      if (waitMs > 1000) logger.info({}, 'telegram reached');
      return true;
    } catch (error) {
      if ((error as { response?: { error_code?: number } }).response?.error_code === 401) throw error;
      logger.warn({ ...describeError(error), retryInMs: waitMs }, 'telegram unreachable; the web chat keeps serving; trying again');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([stopSignal, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
      clearTimeout(timer);
    }
  }
  return false;
}

export async function runTelegram(options: RunTelegramOptions): Promise<void> {
  const { config, logger } = options;
  // On Redis the limits are shared by every instance; otherwise this process is the only sender.
  const { redisUrl } = options;
  const sendLimits = createSendLimits(
    { ...TELEGRAM_SEND_LIMITS, ...config.sendLimits },
    // A deadline on each command: with Redis frozen, acquire() fails and the message goes without waiting.
    redisUrl ? { redis: new Redis(redisUrl, { maxRetriesPerRequest: 3, commandTimeout: 5000 }), prefix: DEFAULT_REDIS_PREFIX } : undefined,
    (error: unknown) => logger.warn(describeError(error), 'send limits: redis trouble'),
  );
  const coach = createCoachBot({
    token: config.token,
    engine: options.engine,
    seen: options.seen,
    logger,
    sendLimits,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
    ...(config.proxy ? { agent: botApiProxy(config.proxy, logger, config.apiRoot) } : {}),
  });
  const { bot } = coach;

  // The HTTP server first: the web chat (and /healthz) serve people even while Telegram cannot
  // be reached, and a webhook has its route ready for when it can.
  const hook = config.webhook ? { ...config.webhook, path: config.webhook.url.pathname === '/' ? '/telegram' : config.webhook.url.pathname } : undefined;
  const serverRoutes = [...(hook ? [telegramWebhookRoute({ path: hook.path, secret: hook.secret, handle: coach.handle })] : []), ...(options.routes ?? [])];
  const port = hook?.port ?? config.webChat?.port;
  const server =
    serverRoutes.length > 0 && port !== undefined
      ? await startHttpServer({ port, logger, routes: serverRoutes, ...(config.trustProxy !== undefined ? { trustProxy: config.trustProxy } : {}) })
      : undefined;
  if (server) logger.info({ port: server.port }, 'http server listening');

  let stopping: string | undefined;
  void options.stopSignal.then((signal) => {
    stopping = signal;
  });
  const connected = await connectToTelegram(bot, logger, options.stopSignal, options.telegramState);
  let recovering: Promise<void> | undefined;
  let followUps: Awaited<ReturnType<typeof startFollowUps>> | undefined;
  if (connected) {
    await registerCommands(bot.telegram).catch((error: unknown) =>
      logger.warn(describeError(error), 'could not register the command menu; continuing without it'),
    );
    await registerDescriptions(bot.telegram).catch((error: unknown) =>
      logger.warn(describeError(error), 'could not set the bot descriptions; continuing without them'),
    );

    // Replies a previous process saved but did not send (it crashed, or Telegram failed them)
    // are queued before any update is taken, so each chat's replies stay in order.
    const recovered = await coach.recover().catch((error: unknown) => {
      logger.error(describeError(error), 'could not send replies left unsent');
      return undefined;
    });
    recovering = recovered?.tried;

    // Follow-ups go out through the same outbox and sender as replies, after the recovered ones.
    followUps = config.followUps
      ? await startFollowUps(
          {
            engine: options.engine,
            namespace: TELEGRAM_NAMESPACE,
            deliver: (conversation, reply) => coach.deliverFollowUp(conversation, reply),
            logger,
            metrics: options.followUpMetrics ?? noFollowUpMetrics,
          },
          redisUrl,
          options.followUpIntervalMs,
        )
      : undefined;
  }

  if (connected && hook) {
    await bot.telegram.setWebhook(new URL(hook.path, hook.url).toString(), {
      secret_token: hook.secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    logger.info({ port: server?.port, path: hook.path }, 'webhook server listening');
    const signal = await options.stopSignal;
    logger.info({ signal }, 'stopping: no new updates, finishing turns in flight');
    // Waits for requests in flight, whose turns are then done; new ones get 503.
    await server?.close();
  } else if (connected) {
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
    await Promise.all([polling, server?.close()]);
  } else {
    logger.info({ signal: stopping }, 'stopping before Telegram could be reached');
    await server?.close();
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
