/**
 * Entry point: reads the configuration, then runs the coach in the terminal (no BOT_TOKEN)
 * or on Telegram. A bad setting ends with one line naming it and exit code 2.
 */
import 'dotenv/config';
import { runTerminalChat } from './adapters/terminal/terminal-chat';
import { sharedRateLimits } from './adapters/web/rate-limit-redis';
import { webChatRoutes } from './adapters/web/web-chat-routes';
import { composeApp } from './app/compose';
import { runTelegram, type TelegramState } from './app/run-telegram';
import { runWeb } from './app/run-web';
import { ConfigError, readConfig, type TelegramConfig } from './config';
import { opsRoutes } from './http/ops-routes';
import { createLogger, describeError, scrubSecrets } from './logging';
import { MemorySeenUpdates } from './stores/memory-seen-updates';

function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

async function runBot(config: TelegramConfig): Promise<void> {
  const logger = createLogger(config.logLevel, [config.token, config.webhook?.secret ?? '']);
  // One engine for the bot and the web chat beside it: the bot's turns keep the outbox.
  const app = await composeApp({
    storeUrl: config.storeUrl,
    conversationTtlMs: config.conversationTtlMs,
    logger,
    followUps: config.followUps ? 'deliver' : 'off',
    outbox: true,
  });
  const { coach, metrics, opened } = app;
  // Shared claims matter only when several instances receive webhooks at once. Telegram lets a
  // single process poll, so a poller keeps its claims in memory: an update its crashed
  // predecessor had claimed is then handled at once when redelivered, not after a lease.
  const seen = config.webhook ? opened.seen : new MemorySeenUpdates();
  const telegramState: TelegramState = { telegram: 'connecting' };
  const routes = [
    opsRoutes({
      ready: () => coach.peek('ops:ready'),
      metrics,
      parts: () => ({ ...telegramState }),
      ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}),
    }),
    ...(config.webChat ? [webChatRoutes({ coach, cookieMaxAgeMs: config.conversationTtlMs, logger, metrics, ...sharedRateLimits(opened) })] : []),
  ];
  try {
    await runTelegram({
      config,
      engine: app.engine,
      seen,
      ...(opened.redisUrl ? { redisUrl: opened.redisUrl } : {}),
      logger,
      stopSignal: stopSignal(),
      routes,
      metrics,
      followUpMetrics: app.followUpMetrics,
      telegramState,
    });
  } catch (error) {
    logger.error(describeError(error), 'bot stopped on an error');
    throw error;
  } finally {
    await app.close();
  }
  logger.info({}, 'stopped cleanly');
}

async function main(): Promise<void> {
  const config = readConfig(process.env, process.argv.slice(2));
  if (config.mode === 'telegram') return runBot(config);
  if (config.mode === 'web') {
    const logger = createLogger(config.logLevel, []);
    return runWeb({ config, logger, stopSignal: stopSignal(), print: (line) => process.stdout.write(`${line}\n`) });
  }
  // Nothing to keep after the chat ends: a memory store, and no one there later for follow-ups.
  const app = await composeApp({ storeUrl: 'memory:', logger: createLogger('silent', []), followUps: 'unavailable', outbox: false });
  await runTerminalChat({
    engine: app.engine,
    lang: config.lang,
    input: process.stdin,
    output: process.stdout,
    echo: !process.stdin.isTTY,
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const raw = error instanceof Error ? error.message : String(error);
    const message = scrubSecrets(raw, [process.env.BOT_TOKEN, process.env.WEBHOOK_SECRET]);
    process.stderr.write(`refund-coach: ${message}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
