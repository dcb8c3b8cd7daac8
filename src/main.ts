/**
 * Entry point: reads the configuration and starts the coach in the terminal (no BOT_TOKEN)
 * or on Telegram.
 */
import 'dotenv/config';
import { Engine } from './core/engine';
import { MemoryStore } from './stores/memory-store';
import { runTerminalChat } from './adapters/terminal/terminal-chat';
import { ConfigError, readConfig } from './config';

async function main(): Promise<void> {
  const config = readConfig(process.env, process.argv.slice(2));
  const store = new MemoryStore();
  const engine = new Engine({ store });
  await runTerminalChat({
    engine,
    lang: config.lang,
    input: process.stdin,
    output: process.stdout,
    echo: !process.stdin.isTTY,
  });
  await store.close();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`refund-coach: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`refund-coach: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
