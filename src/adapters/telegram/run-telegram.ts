/**
 * Runs the bot until SIGINT/SIGTERM: long polling, or a webhook server that accepts only
 * requests carrying Telegram's secret token. On a signal it stops taking updates, lets the
 * turns in flight finish, and returns so the caller can close the store.
 */
import http from 'node:http';
import type { Engine } from '../../core/engine';
import type { Logger, SeenUpdates } from '../../core/ports';
import type { TelegramConfig } from '../../config';
import { describeError } from '../../logging';
import { registerCommands } from './commands';
import { createCoachBot } from './coach-bot';

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
/** Telegram sends small JSON updates; anything far larger is not from Telegram. */
const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

export interface RunTelegramOptions {
  config: TelegramConfig;
  engine: Engine;
  seen: SeenUpdates;
  logger: Logger;
  /** Resolves when the process is asked to stop. */
  stopSignal: Promise<string>;
}

export async function runTelegram(options: RunTelegramOptions): Promise<void> {
  const { config, logger } = options;
  const coach = createCoachBot({
    token: config.token,
    engine: options.engine,
    seen: options.seen,
    logger,
    ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
  });
  const { bot } = coach;
  bot.botInfo = await bot.telegram.getMe();
  await registerCommands(bot.telegram).catch((error: unknown) =>
    logger.warn(describeError(error), 'could not register the command menu; continuing without it'),
  );

  if (config.webhook) {
    const { url, secret, port } = config.webhook;
    const hookPath = url.pathname === '/' ? '/telegram' : url.pathname;
    const callback = bot.webhookCallback(hookPath, { secretToken: secret });
    const server = http.createServer((req, res) => {
      if (Number(req.headers['content-length'] ?? 0) > MAX_WEBHOOK_BODY_BYTES) {
        res.writeHead(413).end();
        return;
      }
      void callback(req, res);
    });
    await new Promise<void>((resolve) => server.listen(port, resolve));
    await bot.telegram.setWebhook(new URL(hookPath, url).toString(), {
      secret_token: secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    logger.info({ port, path: hookPath }, 'webhook server listening');
    const signal = await options.stopSignal;
    logger.info({ signal }, 'stopping: no new updates, finishing turns in flight');
    await new Promise<void>((resolve) => server.close(() => resolve()));
  } else {
    let launched!: () => void;
    const started = new Promise<void>((resolve) => (launched = resolve));
    const polling = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }, () => launched());
    await Promise.race([started, polling]);
    logger.info({}, 'long polling started');
    const signal = await Promise.race([options.stopSignal, polling.then(() => 'polling ended')]);
    logger.info({ signal }, 'stopping: no new updates, finishing turns in flight');
    bot.stop(signal);
    await polling.catch(() => undefined);
  }
  await coach.idle();
  await options.engine.idle();
}
