/**
 * The real telegraf bot against the telegram-test-api emulator on 127.0.0.1, and a client
 * that presses buttons and types the way a person does.
 */
import net from 'node:net';
import TelegramServer from 'telegram-test-api';
import { Engine } from '../../src/core/engine';
import { createCoachBot, type CoachBot } from '../../src/adapters/telegram/coach-bot';
import { silentLogger, type SeenUpdates, type Store } from '../../src/core/ports';
import { decodeCallback } from '../../src/adapters/telegram/callback-data';
import { AT } from './explore';

/** The bot's identity as getMe would give it, so no test waits on getMe. */
export const BOT_INFO = {
  id: 123456789,
  is_bot: true,
  first_name: 'Coach',
  username: 'refund_coach_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
} as never;

export const TOKEN = '123456789:TEST-token-for-the-emulator-only';

/**
 * A free loopback port below the kernel's ephemeral range (32768 and up by default). Servers
 * that tests stop and start again on their port (Redis, the web chat) need one that no other
 * test can be handed meanwhile: a port-0 listen anywhere in the run picks from the ephemeral
 * range, and could take the port in the moment between close and listen.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

export async function startEmulator(): Promise<TelegramServer> {
  const server = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  return server;
}

/** A running bot instance (polling the emulator) that can be stopped like a process. */
export class BotProcess {
  private polling?: Promise<void>;
  readonly coach: CoachBot;

  constructor(server: TelegramServer, store: Store, seen: SeenUpdates) {
    this.coach = createCoachBot({
      token: TOKEN,
      engine: new Engine({ store, now: () => AT }),
      seen,
      logger: silentLogger,
      apiRoot: server.config.apiURL,
      botInfo: BOT_INFO,
    });
  }

  async start(): Promise<void> {
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    this.polling = this.coach.bot.launch(() => started());
    await ready;
  }

  async stop(): Promise<void> {
    this.coach.bot.stop('test');
    await this.polling?.catch(() => undefined);
    await this.coach.idle();
  }
}

interface BotMessage {
  message_id: number;
  text: string;
  reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
}

export class ChatClient {
  readonly client;
  /** Every bot message this chat has received, oldest first. */
  readonly received: BotMessage[] = [];

  constructor(
    readonly server: TelegramServer,
    readonly chatId: number,
    languageCode: string,
    type: 'private' | 'group' = 'private',
  ) {
    this.client = server.getClient(TOKEN, { userId: chatId, chatId, type, firstName: 'Test', userName: `user${chatId}`, timeout: 5000, interval: 20 });
    this.languageCode = languageCode;
  }

  private readonly languageCode: string;

  private from() {
    return { id: this.chatId, is_bot: false, first_name: 'Test', language_code: this.languageCode };
  }

  /** Collects bot messages until one carries a keyboard (the question), or `count` arrive. */
  async replies(options: { until?: 'question' | number; timeoutMs?: number } = {}): Promise<BotMessage[]> {
    const until = options.until ?? 'question';
    const deadline = Date.now() + (options.timeoutMs ?? 5000);
    const fresh: BotMessage[] = [];
    for (;;) {
      const { result } = await this.client.getUpdates();
      for (const update of result as Array<{ message: BotMessage & { message_id?: number }; messageId: number }>) {
        const message = { ...update.message, message_id: update.messageId } as BotMessage;
        fresh.push(message);
        this.received.push(message);
      }
      const done = until === 'question' ? fresh.some((m) => (m.reply_markup?.inline_keyboard.length ?? 0) > 0) : fresh.length >= until;
      if (done) return fresh;
      if (Date.now() > deadline) throw new Error(`no reply; got ${JSON.stringify(fresh.map((m) => m.text.slice(0, 60)))}`);
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  async type(text: string, until?: 'question' | number): Promise<string> {
    const message = text.startsWith('/')
      ? this.client.makeCommand(text, { from: this.from() } as never)
      : this.client.makeMessage(text, { from: this.from() } as never);
    if (text.startsWith('/')) await this.client.sendCommand(message as never);
    else await this.client.sendMessage(message as never);
    return (await this.replies(until === undefined ? {} : { until })).map((m) => m.text).join('\n');
  }

  /** The latest question message, the one with a keyboard. */
  get question(): BotMessage {
    const withKeyboard = [...this.received].reverse().find((m) => (m.reply_markup?.inline_keyboard.length ?? 0) > 0);
    if (!withKeyboard) throw new Error('no question with buttons yet');
    return withKeyboard;
  }

  /** Presses the button for choice `id` on a question message (the latest by default). */
  async press(id: string, on: BotMessage = this.question): Promise<string> {
    const button = on.reply_markup?.inline_keyboard.flat().find((b) => decodeCallback(b.callback_data)?.id === id);
    if (!button) throw new Error(`no button ${id} on: ${on.text.slice(0, 80)}`);
    const query = this.client.makeCallbackQuery(button.callback_data, {
      from: this.from(),
      message: { message_id: on.message_id, text: on.text },
    } as never);
    await this.client.sendCallback(query as never);
    return (await this.replies()).map((m) => m.text).join('\n');
  }

  /** The stored (possibly edited) state of a bot message in the emulator. */
  stored(messageId: number): BotMessage & { text: string } {
    const found = this.server.storage.botMessages.find((u) => u.messageId === messageId);
    if (!found) throw new Error(`no bot message ${messageId}`);
    return found.message as never;
  }
}
