/**
 * LOG_LEVEL=debug: each turn, Bot API call, store save and outbox try gets a line that helps
 * find a problem, and none of them carries what the person typed, their order number, a raw
 * chat id or web cookie id, or the bot token. At other levels no debug line is even built.
 */
import { createCoachBot } from '../src/adapters/telegram/coach-bot';
import { TelegramCalls } from '../src/adapters/telegram/telegram-calls';
import { webChatRoutes } from '../src/adapters/web/web-chat-routes';
import { Engine } from '../src/core/engine';
import { maskId } from '../src/core/privacy';
import { buildHttpApp } from '../src/http/server';
import { createCoach } from '../src/index';
import { createLogger } from '../src/logging';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { MemoryStore } from '../src/stores/memory-store';
import { observedStore } from '../src/stores/observed-store';
import { BOT_INFO, FakeTelegram, recordingLogger, textUpdate, type LogLine } from './support/fake-telegram';
import { TOKEN } from './support/emulator';
import { untilQuiet } from './support/quiet';

const ORDER_NUMBER = 'XHS20241125Q7731';

/** Everything a line holds, as one string to search. */
const everything = (lines: LogLine[]) => lines.map((l) => `${l.message} ${JSON.stringify(l.fields)}`).join('\n');

afterEach(() => jest.restoreAllMocks());

describe('debug logging', () => {
  it('is built only at LOG_LEVEL=debug', () => {
    expect(createLogger('info', [TOKEN]).debug).toBeUndefined();
    expect(typeof createLogger('debug', [TOKEN]).debug).toBe('function');
  });

  it('a Telegram journey: turns, Bot API calls, saves and outbox tries, without text, order number, chat id or token', async () => {
    const api = new FakeTelegram().install();
    const { logger, lines } = recordingLogger({ debug: true });
    const store = observedStore(new MemoryStore(), { logger });
    const calls = new TelegramCalls(logger, { sleep: async () => undefined });
    const coach = createCoachBot({
      token: TOKEN,
      engine: new Engine({ store, logger, outbox: true }),
      seen: new MemorySeenUpdates(),
      logger,
      calls,
      botInfo: BOT_INFO,
      sendBackoff: { minBackoffMs: 5, maxBackoffMs: 10 },
    });
    const chat = 918_273_645;
    const handle = async (update: unknown) => {
      await coach.bot.handleUpdate(update as never);
      await coach.idle();
    };
    await handle(textUpdate(chat, '/start'));
    for (const id of ['begin', 'redCard', 'redCardNotRefunded', 'redCardNoticeSeen', 'redCardWorksUnsure', 'unsure']) await handle(api.press(chat, id));
    // One send fails with a 5xx: the outbox tries it again.
    api.failNext('sendMessage', 502, 'Bad Gateway');
    await handle(textUpdate(chat, `my order is ${ORDER_NUMBER}`));
    await untilQuiet(() => api.sent().length);
    await handle(textUpdate(chat, ORDER_NUMBER));

    const debug = lines.filter((l) => l.level === 'debug');
    const turns = debug.filter((l) => l.message === 'turn');
    expect(turns.length).toBeGreaterThanOrEqual(6);
    expect(turns.at(-1)!.fields).toMatchObject({
      adapter: 'telegram',
      chat: maskId(chat),
      input: 'text',
      stateBefore: expect.any(String),
      stateAfter: expect.any(String),
      turn: expect.any(Number),
    });
    expect(turns.some((l) => l.fields.stateBefore === 'askRedCardPayment' && l.fields.stateAfter === 'askOrderNumber')).toBe(true);
    expect(debug.some((l) => l.message === 'Bot API call' && l.fields.method === 'sendMessage' && l.fields.status === '5xx')).toBe(true);
    expect(debug.some((l) => l.message === 'Bot API call' && l.fields.method === 'answerCallbackQuery' && l.fields.status === 'ok')).toBe(true);
    expect(debug.some((l) => l.message === 'store save' && l.fields.saved === true)).toBe(true);
    expect(debug.some((l) => l.message === 'outbox: reply tried' && l.fields.failed === 'retry')).toBe(true);

    const text = everything(lines);
    for (const secret of [ORDER_NUMBER, 'my order is', String(chat), TOKEN]) expect(text).not.toContain(secret);
  });

  it('a web turn: a line with the states, without the text or the cookie’s id', async () => {
    const { logger, lines } = recordingLogger({ debug: true });
    const coach = createCoach({ store: observedStore(new MemoryStore(), { logger }), logger });
    const app = buildHttpApp({ logger, routes: [webChatRoutes({ coach, cookieMaxAgeMs: 60_000, logger })] });
    const headers = { 'x-refund-coach': '1' };
    const first = await app.inject({ method: 'POST', url: '/api/turn', headers, payload: { text: '/start' } });
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    await app.inject({ method: 'POST', url: '/api/turn', headers: { ...headers, cookie }, payload: { text: `order ${ORDER_NUMBER}, three days ago` } });

    const turns = lines.filter((l) => l.level === 'debug' && l.message === 'turn');
    expect(turns).toHaveLength(2);
    expect(turns[1]!.fields).toMatchObject({
      adapter: 'web',
      input: 'text',
      stateBefore: 'greeting',
      stateAfter: expect.any(String),
      accepted: expect.any(Boolean),
    });
    expect(lines.some((l) => l.message === 'store save')).toBe(true);
    const text = everything(lines);
    const value = cookie.slice('rc_web='.length);
    // Neither the cookie nor the id in it (the part before its signature).
    for (const secret of [ORDER_NUMBER, 'three days ago', value, value.split('.')[0]!]) expect(text).not.toContain(secret);
  });
});
