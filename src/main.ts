/**
 * Entry point: reads the configuration, then runs the coach in the terminal (no BOT_TOKEN)
 * or on Telegram. A bad setting (a SQLite STORE_URL that cannot be used included) ends with
 * one line naming it and exit code 2.
 */
import 'dotenv/config';
import { runTerminalChat } from './adapters/terminal/terminal-chat';
import { useAppSecret } from './app/app-secret';
import { composeApp } from './app/compose';
import { runTelegram, type TelegramState } from './app/run-telegram';
import { runWeb } from './app/run-web';
import { composeWebChat } from './app/web-chat';
import { ConfigError, readConfig, type TelegramConfig } from './config';
import { opsRoutes } from './http/ops-routes';
import type { Logger } from './index';
import { createLogger, describeError, scrubSecrets } from './logging';
import { MemorySeenUpdates } from './stores/memory-seen-updates';
import { UnusableStoreError } from './stores/open-store';

// Output nobody reads must not stop the coach: a write to a closed stdout or stderr (EPIPE)
// is lost, not thrown (log lines have their own destination, see logging.ts).
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

/**
 * Said once at start when APP_SECRET is unset: the keys were drawn at random, so cookies and
 * hashed ids last only as long as this process, and other instances have keys of their own.
 */
function warnIfSecretGenerated(logger: Logger, generated: boolean): void {
  if (!generated) return;
  logger.warn(
    { setting: 'APP_SECRET' },
    'APP_SECRET unset: a random key signs web chat cookies and hashes ids; they change on restart and differ between instances',
  );
}

async function runBot(config: TelegramConfig, secretGenerated: boolean): Promise<void> {
  const logger = createLogger(config.logLevel, [
    config.token,
    config.webhook?.secret ?? '',
    config.appSecret ?? '',
    decodeURIComponent(config.proxy?.password ?? ''),
  ]);
  warnIfSecretGenerated(logger, secretGenerated);
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
  const webChat = config.webChat
    ? composeWebChat(app, { conversationTtlMs: config.conversationTtlMs, logger, followUps: config.followUps, vapidSubject: config.vapidSubject })
    : undefined;
  const routes = [
    opsRoutes({
      ready: () => coach.peek('ops:ready'),
      metrics,
      parts: () => ({ ...telegramState }),
      ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}),
    }),
    ...(webChat ? [webChat.routes] : []),
  ];
  try {
    webChat?.start();
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
    await webChat?.stop();
    await app.close();
  }
  logger.info({}, 'stopped cleanly');
}

async function main(): Promise<void> {
  const config = readConfig(process.env, process.argv.slice(2));
  if (config.mode === 'telegram') return runBot(config, useAppSecret(config.appSecret).generated);
  if (config.mode === 'web') {
    const { generated } = useAppSecret(config.appSecret);
    const logger = createLogger(config.logLevel, [config.appSecret ?? '']);
    warnIfSecretGenerated(logger, generated);
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
    const message = scrubSecrets(raw, [process.env.BOT_TOKEN, process.env.WEBHOOK_SECRET, process.env.APP_SECRET]);
    process.stderr.write(`refund-coach: ${message}\n`);
    // A setting to fix (STORE_URL naming a file that cannot be used is one) exits 2.
    process.exit(error instanceof ConfigError || error instanceof UnusableStoreError ? 2 : 1);
  },
);
