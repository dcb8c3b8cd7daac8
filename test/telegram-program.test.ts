/**
 * The program as operators run it: settings checked up front, long polling against the
 * emulator, a webhook that insists on Telegram's secret token, and a clean stop on SIGTERM.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type TelegramServer from 'telegram-test-api';
import { SqliteStore } from '../src/stores/sqlite-store';
import { ChatClient, TOKEN, freePort, startEmulator } from './support/emulator';
import { exitOf, runProgram, startProgram, waitFor } from './support/program';

describe('settings', () => {
  it.each([
    [{ BOT_TOKEN: 'not-a-token' }, 'BOT_TOKEN'],
    [{ BOT_TOKEN: TOKEN, STORE_URL: 'mysql://x' }, 'STORE_URL'],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_URL: 'https://bot.example/hook' }, 'WEBHOOK_SECRET'],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_URL: 'not a url', WEBHOOK_SECRET: 's'.repeat(20) }, 'WEBHOOK_URL'],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_URL: 'https://bot.example/hook', WEBHOOK_SECRET: 's'.repeat(20), PORT: '99999' }, 'PORT'],
    [{ BOT_TOKEN: TOKEN, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])(
    '%p → one line naming %s, exit code 2',
    (env, name) => {
      const run = runProgram([], env);
      expect(run.status).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(name);
      expect(run.stderr).not.toContain(TOKEN);
    },
    30_000,
  );
});

describe('running on Telegram', () => {
  let server: TelegramServer;
  let dir: string;

  beforeEach(async () => {
    server = await startEmulator();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-'));
  });

  afterEach(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('polls, answers, and on SIGTERM finishes, closes the store and exits 0 without logging the token', async () => {
    const db = path.join(dir, 'coach.db');
    const bot = startProgram({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.config.apiURL, STORE_URL: `sqlite:${db}`, LOG_LEVEL: 'info' });
    try {
      await waitFor(() => bot.output().includes('long polling started'));
      const chat = new ChatClient(server, 5000, 'en');
      expect(await chat.type('/start')).toMatch(/refund coach/i);
      bot.kill('SIGTERM');
      expect(await exitOf(bot)).toBe(0);
      expect(bot.output()).toContain('stopped cleanly');
      expect(bot.output()).not.toContain(TOKEN);
      const store = new SqliteStore(db);
      expect(store.countRows('tg:5000')).toBe(1);
      await store.close();
    } finally {
      bot.kill('SIGKILL');
    }
  }, 40_000);

  it('serves a webhook that refuses requests without the right secret token', async () => {
    const port = await freePort();
    const secret = 'a-secret-token-for-tests_123';
    const bot = startProgram({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: server.config.apiURL,
      STORE_URL: 'memory:',
      WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/hook`,
      WEBHOOK_SECRET: secret,
      PORT: String(port),
    });
    try {
      await waitFor(() => bot.output().includes('webhook server listening'));
      const chat = new ChatClient(server, 5001, 'en');
      const update = {
        update_id: 77,
        message: {
          message_id: 1,
          date: 0,
          chat: { id: 5001, type: 'private' },
          from: { id: 5001, is_bot: false, first_name: 'T' },
          text: '/start',
          entities: [{ type: 'bot_command', offset: 0, length: 6 }],
        },
      };
      const post = (headers: Record<string, string>) =>
        fetch(`http://127.0.0.1:${port}/telegram/hook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(update),
        });
      expect((await post({})).status).toBe(403);
      expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong-secret-wrong-secret' })).status).toBe(403);
      expect(server.storage.botMessages).toHaveLength(0);
      expect((await post({ 'x-telegram-bot-api-secret-token': secret })).status).toBe(200);
      expect((await chat.replies()).map((m) => m.text).join('\n')).toMatch(/refund coach/i);
      bot.kill('SIGTERM');
      expect(await exitOf(bot)).toBe(0);
      expect(bot.output()).not.toContain(secret);
    } finally {
      bot.kill('SIGKILL');
    }
  }, 40_000);
});

describe('Telegram out of reach', () => {
  it('keeps the web chat serving, says so in /readyz, tries again, and stops cleanly on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-offline-'));
    // A Bot API address where nothing listens: every call to Telegram fails at once.
    const nowhere = await freePort();
    const port = await freePort();
    const bot = startProgram({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${nowhere}`,
      STORE_URL: `sqlite:${path.join(dir, 'coach.db')}`,
      PORT: String(port),
      WEB_CHAT: 'on',
      LOG_LEVEL: 'info',
    });
    try {
      await waitFor(() => bot.output().includes('telegram unreachable') || bot.exitCode !== null);
      expect(bot.exitCode).toBeNull();
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${base}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', telegram: 'connecting' }]);
      // A person on the web chat is answered meanwhile.
      const turn = await fetch(`${base}/api/turn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-refund-coach': '1' },
        body: JSON.stringify({ text: '/start', key: 'k1' }),
      });
      expect(turn.status).toBe(200);
      expect(JSON.stringify(await turn.json())).toMatch(/refund coach/i);
      // It tries again (a second warning after the first pause).
      await waitFor(() => bot.output().split('telegram unreachable').length > 2);
      bot.kill('SIGTERM');
      expect(await exitOf(bot)).toBe(0);
      expect(bot.output()).not.toContain(TOKEN);
    } finally {
      if (bot.exitCode === null) bot.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
