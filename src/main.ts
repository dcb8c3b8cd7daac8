/**
 * Entry point: reads the configuration, then runs the coach in the terminal (no BOT_TOKEN)
 * or on Telegram. A bad setting ends with one line naming it and exit code 2.
 */
import 'dotenv/config';
import { Engine } from './core/engine';
import { MemoryStore } from './stores/memory-store';
import { MemorySeenUpdates } from './stores/memory-seen-updates';
import { openStore } from './stores/open-store';
import { observedStore } from './stores/observed-store';
import { runTerminalChat } from './adapters/terminal/terminal-chat';
import { runTelegram } from './adapters/telegram/run-telegram';
import { runWeb } from './adapters/web/run-web';
import { webChatRoutes } from './adapters/web/web-chat-routes';
import { sharedRateLimits } from './adapters/web/rate-limit-redis';
import { createCoach } from './index';
import { createMetrics } from './http/metrics';
import { createFollowUpMetrics } from './follow-ups/follow-up-metrics';
import { opsRoutes } from './http/ops-routes';
import { ConfigError, readConfig, type TelegramConfig } from './config';
import { createLogger, describeError, scrubSecrets } from './logging';
import { useAppSecret } from './app-secret';
import type { Logger } from './core/ports';

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
  const logger = createLogger(config.logLevel, [config.token, config.webhook?.secret ?? '', config.appSecret ?? '']);
  warnIfSecretGenerated(logger, secretGenerated);
  const opened = await openStore(config.storeUrl, { ttlMs: config.conversationTtlMs, logger });
  const metrics = createMetrics();
  // Counted and (at debug) logged here, where the store is opened: the engine stays unaware.
  const store = observedStore(opened.store, { onConflict: metrics.saveConflict, logger });
  // Shared claims matter only when several instances receive webhooks at once. Telegram lets a
  // single process poll, so a poller keeps its claims in memory: an update its crashed
  // predecessor had claimed is then handled at once when redelivered, not after a lease.
  const seen = config.webhook ? opened.seen : new MemorySeenUpdates();
  // The web chat beside the bot shares its store; its coach is not closed (the store is, below).
  const followUpMetrics = createFollowUpMetrics(metrics.registry);
  const followUps = config.followUps ? 'deliver' : 'off';
  const onFollowUpScheduled = (kind: Parameters<typeof followUpMetrics.count>[1]) => followUpMetrics.count('scheduled', kind);
  const coach = createCoach({ store, logger, followUps, onFollowUpScheduled });
  const routes = [
    opsRoutes({ ready: () => coach.peek('ops:ready'), metrics, ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}) }),
    ...(config.webChat ? [webChatRoutes({ coach, cookieMaxAgeMs: config.conversationTtlMs, logger, metrics, ...sharedRateLimits(config.storeUrl) })] : []),
  ];
  try {
    const engine = new Engine({ store, logger, outbox: true, followUps, onFollowUpScheduled });
    await runTelegram({ config, engine, seen, logger, stopSignal: stopSignal(), routes, metrics, followUpMetrics });
  } catch (error) {
    logger.error(describeError(error), 'bot stopped on an error');
    throw error;
  } finally {
    await store.close();
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
  const store = new MemoryStore();
  await runTerminalChat({
    engine: new Engine({ store }),
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
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
