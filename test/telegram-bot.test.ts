/**
 * The Telegram adapter through bot.handleUpdate with the Bot API faked in-process: message
 * kinds, repeated updates, callback answers, Telegram's errors, and splitting long texts.
 */
import { createCoachBot } from '../src/adapters/telegram/coach-bot';
import { TelegramCalls } from '../src/adapters/telegram/telegram-calls';
import { Engine } from '../src/core/engine';
import type { Logger } from '../src/core/ports';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { MemoryStore } from '../src/stores/memory-store';
import { translatorFor } from '../src/i18n';
import { AT } from './support/explore';
import { BOT_INFO, FakeTelegram, callbackUpdate, messageUpdate, textUpdate } from './support/fake-telegram';
import { TOKEN } from './support/emulator';

function recordingLogger() {
  const lines: Array<{ level: string; fields: Record<string, unknown>; message: string }> = [];
  const logger: Logger = {
    info: (fields, message) => lines.push({ level: 'info', fields, message }),
    warn: (fields, message) => lines.push({ level: 'warn', fields, message }),
    error: (fields, message) => lines.push({ level: 'error', fields, message }),
  };
  return { logger, lines };
}

function setup() {
  const api = new FakeTelegram().install();
  const store = new MemoryStore();
  const { logger, lines } = recordingLogger();
  const sleeps: number[] = [];
  const calls = new TelegramCalls(logger, { maxAttempts: 4, maxRetryAfterSeconds: 30, sleep: async (ms) => void sleeps.push(ms) });
  const coach = createCoachBot({
    token: TOKEN,
    engine: new Engine({ store, logger, now: () => AT }),
    seen: new MemorySeenUpdates(),
    logger,
    calls,
    botInfo: BOT_INFO,
  });
  const handle = (update: unknown) => coach.bot.handleUpdate(update as never);
  return { api, store, lines, sleeps, handle };
}

afterEach(() => jest.restoreAllMocks());

const en = translatorFor('en');

describe('messages the coach cannot read', () => {
  it.each([
    ['a sticker', { sticker: { file_id: 's', file_unique_id: 'u', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } }],
    ['a photo', { photo: [{ file_id: 'p', file_unique_id: 'u', width: 1, height: 1 }] }],
    ['a voice note', { voice: { file_id: 'v', file_unique_id: 'u', duration: 1 } }],
    ['a location', { location: { latitude: 31.2, longitude: 121.5 } }],
  ])('answers %s with "use the buttons or words" and asks the question again', async (_name, content) => {
    const { api, handle } = setup();
    await handle(textUpdate(10, '/start'));
    api.calls.length = 0;
    await handle(messageUpdate(10, content));
    expect(api.sent()[0]).toBe(en('engine:unsupported'));
    expect(api.calls.at(-1)!.payload.reply_markup).toBeDefined();
  });
});

describe('updates', () => {
  it('handles a repeated update_id once', async () => {
    const { api, handle } = setup();
    const update = textUpdate(11, '/start');
    await handle(update);
    const after = api.calls.length;
    await handle(update);
    expect(api.calls.length).toBe(after);
  });

  it('ignores edited messages and channel posts on purpose', async () => {
    const { api, handle } = setup();
    await handle({ update_id: 9_000_001, edited_message: { ...textUpdate(12, 'hi').message, edit_date: 1 } });
    await handle({ update_id: 9_000_002, channel_post: { message_id: 1, date: 0, chat: { id: -100, type: 'channel', title: 'c' }, text: 'hi' } });
    expect(api.calls).toEqual([]);
  });

  it('answers every callback query first, then replies, then edits the question (nobody waits for the edit)', async () => {
    const { api, handle } = setup();
    await handle(textUpdate(13, '/start'));
    const turn = /"callback_data":"(\d+):begin"/.exec(JSON.stringify(api.calls.at(-1)!.payload))![1];
    api.calls.length = 0;
    await handle(callbackUpdate(13, `${turn}:begin`));
    expect(api.methods()).toEqual(['answerCallbackQuery', 'sendMessage', 'editMessageText']);
    expect(api.calls[2]!.payload).toMatchObject({ reply_markup: { inline_keyboard: [] } });
  });

  it('treats forged callback data like a stale button', async () => {
    const { api, handle } = setup();
    await handle(textUpdate(14, '/start'));
    api.calls.length = 0;
    await handle(callbackUpdate(14, 'x'.repeat(64)));
    expect(api.methods()[0]).toBe('answerCallbackQuery');
    expect(api.sent()[0]).toBe(en('engine:staleButton'));
  });
});

describe('Telegram errors', () => {
  it('waits retry_after on 429 and sends again', async () => {
    const { api, sleeps, handle } = setup();
    api.failNext('sendMessage', 429, 'Too Many Requests: retry after 3', { retry_after: 3 });
    await handle(textUpdate(20, '/start'));
    expect(sleeps).toEqual([3000]);
    expect(api.sent()).toHaveLength(1);
  });

  it('caps a huge retry_after', async () => {
    const { api, sleeps, handle } = setup();
    api.failNext('sendMessage', 429, 'Too Many Requests', { retry_after: 86_400 });
    await handle(textUpdate(21, '/start'));
    expect(sleeps).toEqual([30_000]);
  });

  it('stops sending to a user who blocked the bot, logging it once', async () => {
    const { api, lines, handle } = setup();
    api.failNext('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    api.failNext('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    await handle(textUpdate(22, '/start'));
    await handle(textUpdate(22, '/help'));
    expect(api.sent()).toHaveLength(0);
    expect(api.methods().filter((m) => m === 'sendMessage')).toHaveLength(2); // no retries
    expect(lines.filter((l) => l.message.includes('blocked'))).toHaveLength(1);
  });

  it('logs other failures without losing the conversation', async () => {
    const { api, store, lines, handle } = setup();
    api.failNext('sendMessage', 500, 'Internal Server Error');
    await handle(textUpdate(23, '/start'));
    expect(lines.some((l) => l.level === 'warn' && l.fields.code === 500)).toBe(true);
    expect(await store.load('tg:23')).toBeDefined();
  });
});

describe('long texts and drafts', () => {
  it('keeps every message under 4,096 characters and drafts in escaped <pre> blocks', async () => {
    const { api, handle } = setup();
    await handle(textUpdate(30, '/start'));
    for (const text of ['start', 'first time', 'over 7 days', 'none', 'wechat', 'yes', 'customer service', 'money', 'skip', 'customer service chat']) {
      await handle(textUpdate(30, text));
    }
    const sent = api.sent();
    expect(sent.some((t) => t.includes('<pre>'))).toBe(true);
    for (const text of sent) {
      expect(text.length).toBeLessThan(4096);
      expect(text.replace(/<\/?pre>/g, '')).not.toMatch(/<(?!\/?pre>)/);
    }
  });
});

describe('ordering', () => {
  it('handles two messages of one chat arriving at once one after the other, replies in order', async () => {
    const { api, handle } = setup();
    await handle(textUpdate(40, '/start'));
    api.calls.length = 0;
    await Promise.all([handle(textUpdate(40, 'start')), handle(textUpdate(40, 'first time'))]);
    const texts = api.sent();
    expect(texts).toHaveLength(2);
    expect(texts[0]).toBe(en('ask.askMember'));
    expect(texts[1]).toContain(en('ask.askOpened').slice(0, 20));
  });
});

describe('command menu', () => {
  it('registers the commands in English for everyone and in Chinese for Chinese users', async () => {
    const api = new FakeTelegram().install();
    const { Telegram } = await import('telegraf');
    const { registerCommands, BOT_COMMANDS } = await import('../src/adapters/telegram/commands');
    await registerCommands(new Telegram(TOKEN));
    const calls = api.calls.filter((c) => c.method === 'setMyCommands');
    expect(calls).toHaveLength(2);
    const zh = calls.find((c) => c.payload.language_code === 'zh')!;
    const all = calls.find((c) => c.payload.language_code === undefined)!;
    for (const call of [zh, all]) {
      expect((call.payload.commands as Array<{ command: string }>).map((c) => c.command)).toEqual([...BOT_COMMANDS]);
    }
    expect(JSON.stringify(zh.payload.commands)).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('bot descriptions', () => {
  it('sets the description and short description in English for everyone and in Chinese for Chinese users, within Telegram limits', async () => {
    const api = new FakeTelegram().install();
    const { Telegram } = await import('telegraf');
    const { registerDescriptions, DESCRIPTION_LIMITS } = await import('../src/adapters/telegram/commands');
    await registerDescriptions(new Telegram(TOKEN));
    for (const [method, key, limit] of [
      ['setMyDescription', 'description', DESCRIPTION_LIMITS.description],
      ['setMyShortDescription', 'short_description', DESCRIPTION_LIMITS.shortDescription],
    ] as const) {
      const calls = api.calls.filter((c) => c.method === method);
      expect(calls.map((c) => c.payload.language_code ?? 'all').sort()).toEqual(['all', 'zh']);
      const all = String(calls.find((c) => c.payload.language_code === undefined)!.payload[key]);
      const zh = String(calls.find((c) => c.payload.language_code === 'zh')!.payload[key]);
      expect(all).toBe(en(method === 'setMyDescription' ? 'telegram:description' : 'telegram:shortDescription'));
      expect(zh).toMatch(/[\u4e00-\u9fff]{10}/);
      for (const text of [all, zh]) {
        expect(text.length).toBeGreaterThan(20);
        expect(text.length).toBeLessThanOrEqual(limit);
      }
    }
  });
});

describe('drafts', () => {
  type Button = { text: string; callback_data?: string; copy_text?: { text: string } };
  const fromHtml = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

  /** Answers up to the appeal's drafts for `rung`; returns the sent message holding the draft. */
  async function draftFor(rung: string, lang: 'en' | 'zh') {
    const { api, handle } = setup();
    const chat = lang === 'en' ? 61 : 62;
    await handle(textUpdate(chat, '/start', lang));
    for (const step of [
      'begin',
      'firstTime',
      { type: '2026-11-20' },
      'gift',
      'wechat',
      'renewOn',
      'goAppeal',
      'misled',
      'skipMisledDetail',
      { type: 'P2026112055667788' },
      rung,
    ]) {
      await handle(typeof step === 'string' ? api.press(chat, step) : textUpdate(chat, step.type, lang));
    }
    const call = api.calls.filter((c) => c.method === 'sendMessage' && String(c.payload.text).includes('<pre>')).at(-1)!;
    const draft = fromHtml(/<pre>([\s\S]*?)<\/pre>/.exec(String(call.payload.text))![1]!);
    const rows = (call.payload.reply_markup as { inline_keyboard: Button[][] }).inline_keyboard;
    return { api, chat, draft, rows };
  }

  it.each(['en', 'zh'] as const)('offers a one-tap copy button (%s) above the question, copying exactly the draft the message shows', async (lang) => {
    const { draft, rows, api, chat } = await draftFor('cs', lang);
    expect(draft.length).toBeLessThanOrEqual(256);
    expect(rows[0]).toEqual([{ text: translatorFor(lang)('telegram:copyDraft'), copy_text: { text: draft } }]);
    // The question's own buttons follow, and pressing one still works.
    expect(
      rows
        .slice(1)
        .flat()
        .every((b) => b.callback_data),
    ).toBe(true);
    expect(api.question(chat)!.ids).toHaveLength(rows.slice(1).flat().length);
  });

  it('keeps a draft longer than a copy button may carry (256 characters) in the message alone, without a button', async () => {
    const { draft, rows } = await draftFor('email', 'en');
    expect(draft.length).toBeGreaterThan(256);
    expect(rows.flat().some((b) => b.copy_text)).toBe(false);
  });
});

describe('language', () => {
  it.each([
    ['zh', 'zh'],
    ['zh-hans', 'zh'],
    ['zh-hant', 'zh'],
    ['zh-CN', 'zh'],
    ['zh_TW', 'zh'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ru', 'en'],
    [undefined, 'en'],
    ['zu', 'en'],
  ])('reads Telegram language %p as %s', async (code, lang) => {
    const { langFromTelegram } = await import('../src/adapters/telegram/language');
    expect(langFromTelegram(code)).toBe(lang);
  });
});

describe('privacy in logs', () => {
  it('never logs what people type, order numbers included, nor raw chat ids', async () => {
    const { api, lines, handle } = setup();
    api.failNext('sendMessage', 500, 'Internal Server Error'); // something worth logging happens too
    const order = 'P2026112055667788';
    for (const text of ['/start', 'start', 'first time', 'over 7 days', 'none', 'wechat', 'yes', 'customer service', 'money', order, 'customer service chat']) {
      await handle(textUpdate(4242, text));
    }
    expect(api.sent().some((t) => t.includes(order))).toBe(true); // it did reach the drafts
    expect(lines.length).toBeGreaterThan(0);
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain(order);
    expect(logged).not.toContain('4242');
    expect(logged).not.toMatch(/first time|wechat/);
  });
});
