/**
 * The Telegram bot as src/main.ts runs it (runTelegram: recover the outbox, then follow-ups,
 * then long polling), but with the engine's clock set from the environment, so a child
 * process can be started "on the day" a follow-up is due, inside sending hours, whatever the
 * real time is. Run with node --import tsx; SIGKILL takes it down at once.
 *
 *   FAKE_NOW                epoch ms the clock starts at (it then runs with real time)
 *   FOLLOW_UP_INTERVAL_MS   how often the schedule is looked at (default 100)
 *   plus BOT_TOKEN, TELEGRAM_API_ROOT, STORE_URL, SEND_LIMIT_*, LOG_LEVEL as for the program.
 */
import { readConfig, type TelegramConfig } from '../../../src/config';
import { Engine } from '../../../src/core/engine';
import { runTelegram } from '../../../src/app/run-telegram';
import { openStore } from '../../../src/stores/open-store';
import { MemorySeenUpdates } from '../../../src/stores/memory-seen-updates';
import { createLogger } from '../../../src/logging';

async function main(): Promise<void> {
  const config = readConfig(process.env, []) as TelegramConfig;
  const logger = createLogger(config.logLevel, [config.token]);
  const { store, redisUrl } = await openStore(config.storeUrl, { ttlMs: config.conversationTtlMs, logger });
  const base = Number(process.env.FAKE_NOW);
  const started = Date.now();
  const now = () => base + (Date.now() - started);
  const engine = new Engine({ store, logger, outbox: true, followUps: 'deliver', now });
  const stopSignal = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  try {
    await runTelegram({
      config,
      engine,
      seen: new MemorySeenUpdates(),
      ...(redisUrl ? { redisUrl } : {}),
      logger,
      stopSignal,
      followUpIntervalMs: Number(process.env.FOLLOW_UP_INTERVAL_MS || 100),
    });
  } finally {
    await store.close();
  }
  logger.info({}, 'stopped cleanly');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bot-with-clock: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
