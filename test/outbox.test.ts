/**
 * Issue 10, case 5: a reply that fails to send is not dropped. Each turn's reply is saved with
 * its state in the same write (the outbox), sent afterwards, removed once Telegram took it,
 * retried with a pause when a send fails (5xx, a reset), and sent by the next process when
 * this one stops first. The person must see exactly the messages a faultless run shows, in
 * order: none lost, none twice.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCoachBot } from '../src/adapters/telegram/coach-bot';
import { toHtmlMessages } from '../src/adapters/telegram/render-telegram';
import { TelegramCalls } from '../src/adapters/telegram/telegram-calls';
import { Engine } from '../src/core/engine';
import { decodeEnvelope } from '../src/core/envelope';
import type { Store } from '../src/core/ports';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { MemoryStore } from '../src/stores/memory-store';
import { SqliteStore } from '../src/stores/sqlite-store';
import { AT } from './support/explore';
import { BOT_INFO, FakeTelegram, recordingLogger, textUpdate } from './support/fake-telegram';
import { TOKEN } from './support/emulator';

const INPUTS = ['/start', "let's start", 'first time', '3 days ago', 'no', 'alipay', 'on', '/summary'];

/** What a faultless run sends, message by message. */
async function expectedTexts(inputs: string[]): Promise<string[]> {
  const engine = new Engine({ store: new MemoryStore(), now: () => AT });
  const texts: string[] = [];
  for (const [i, text] of inputs.entries()) {
    const reply = await engine.turn('c', { kind: 'text', text }, 'en', i + 1);
    for (const message of reply.messages) texts.push(...toHtmlMessages(message.blocks));
  }
  return texts;
}

function process_(store: Store) {
  const { logger, lines } = recordingLogger();
  const calls = new TelegramCalls(logger, { sleep: async () => undefined, callTimeoutMs: 200 });
  const engine = new Engine({ store, logger, now: () => AT, outbox: true });
  const coach = createCoachBot({
    token: TOKEN,
    engine,
    seen: new MemorySeenUpdates(),
    logger,
    calls,
    botInfo: BOT_INFO,
    sendBackoff: { minBackoffMs: 20, maxBackoffMs: 80 },
  });
  return { coach, lines };
}

/** Lost and doubled messages against the faultless run (as multisets), and whether the order holds. */
function compare(expected: string[], got: string[]) {
  const left = [...got];
  let lost = 0;
  for (const text of expected) {
    const at = left.indexOf(text);
    if (at === -1) lost++;
    else left.splice(at, 1);
  }
  return { sent: expected.length, lost, doubled: left.length, inOrder: JSON.stringify(got) === JSON.stringify(expected) };
}

async function outboxOf(store: Store, chatId: number): Promise<number> {
  const record = await store.load(`tg:${chatId}`);
  return (record && decodeEnvelope(record.data)?.outbox?.length) ?? 0;
}

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

afterEach(() => jest.restoreAllMocks());

describe('the outbox: replies that fail to send', () => {
  it('5xx and connection resets: every reply arrives once, in order, after retries', async () => {
    const api = new FakeTelegram().install();
    const store = new MemoryStore();
    const { coach, lines } = process_(store);
    const chatId = 71_000;
    for (const [i, text] of INPUTS.entries()) {
      // Every other input meets a failing Bot API: a 502, a reset, then a 500 and a reset in a row.
      if (i === 1) api.failNext('sendMessage', 502, 'Bad Gateway');
      if (i === 3) api.dropNext('sendMessage');
      if (i === 5) {
        api.failNext('sendMessage', 500, 'Internal Server Error');
        api.dropNext('sendMessage');
      }
      if (i === 7) api.failNext('sendMessage', 503, 'Service Unavailable');
      expect(await coach.handle(textUpdate(chatId, text) as never)).toBe('done');
    }
    await waitUntil(async () => (await outboxOf(store, chatId)) === 0);
    await coach.idle();
    const result = compare(await expectedTexts(INPUTS), api.sentTo(chatId));
    process.stdout.write(
      `[outbox] send 5xx/reset: replies ${result.sent} messages, lost ${result.lost}, doubled ${result.doubled}, in order ${result.inOrder}; failed sends ${api.calls.filter((c) => c.method === 'sendMessage' && !c.ok).length}\n`,
    );
    expect(result).toEqual({ sent: result.sent, lost: 0, doubled: 0, inOrder: true });
    expect(lines.some((l) => l.message.startsWith('reply not sent; trying again'))).toBe(true);
  });

  it('a process that stops while Telegram fails its sends: the next one sends them (SQLite), then carries on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-outbox-'));
    const file = path.join(dir, 'coach.db');
    try {
      const api = new FakeTelegram().install();
      const chatId = 72_000;
      const first = new SqliteStore(file);
      const a = process_(first);
      for (let i = 0; i < 40; i++) api.failNext('sendMessage', 502, 'Bad Gateway');
      for (const text of INPUTS.slice(0, 5)) expect(await a.coach.handle(textUpdate(chatId, text) as never)).toBe('done');
      a.coach.stop();
      await a.coach.idle();
      expect(api.sentTo(chatId)).toEqual([]);
      expect(await first.withUnsent()).toEqual([`tg:${chatId}`]);
      await first.close();

      // Telegram works again; a new process on the same file.
      api.uninstall();
      const api2 = new FakeTelegram().install();
      const second = new SqliteStore(file);
      const b = process_(second);
      const recovered = await b.coach.recover();
      expect(recovered.chats).toBe(1);
      await recovered.tried;
      for (const text of INPUTS.slice(5)) expect(await b.coach.handle(textUpdate(chatId, text) as never)).toBe('done');
      await b.coach.idle();
      await waitUntil(async () => (await outboxOf(second, chatId)) === 0);
      expect(await second.withUnsent()).toEqual([]);
      const result = compare(await expectedTexts(INPUTS), api2.sentTo(chatId));
      process.stdout.write(
        `[outbox] stop while sends fail, restart (SQLite): replies ${result.sent} messages, lost ${result.lost}, doubled ${result.doubled}, in order ${result.inOrder}\n`,
      );
      expect(result).toEqual({ sent: result.sent, lost: 0, doubled: 0, inOrder: true });
      await second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a blocked bot (403) drops the chat's unsent replies instead of retrying them forever", async () => {
    const api = new FakeTelegram().install();
    const store = new MemoryStore();
    const { coach } = process_(store);
    const chatId = 73_000;
    api.failNext('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    await coach.handle(textUpdate(chatId, '/start') as never);
    await coach.idle();
    expect(await outboxOf(store, chatId)).toBe(0);
    expect(api.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
  });
});
