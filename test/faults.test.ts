/**
 * Telegram misbehaving, which the emulator cannot do: rate limits with absurd waits, server
 * errors, a blocked bot, dropped connections, calls that never answer, and callback queries
 * that expired while the bot was away. Whatever happens, handling the update finishes, the
 * answer the person gave is kept, and their next message is handled as usual.
 */
import { Telegram } from 'telegraf';
import { createCoachBot } from '../src/adapters/telegram/coach-bot';
import { TelegramCalls, type RetryPolicy } from '../src/adapters/telegram/telegram-calls';
import { Engine } from '../src/core/engine';
import { silentLogger } from '../src/core/ports';
import { decodeEnvelope } from '../src/core/envelope';
import { translatorFor } from '../src/i18n';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { MemoryStore } from '../src/stores/memory-store';
import { activePrompt } from '../machines';
import { AT } from './support/explore';
import { BOT_INFO, FakeTelegram, recordingLogger, textUpdate } from './support/fake-telegram';
import { TOKEN } from './support/emulator';

const en = translatorFor('en');
/** Short enough that a hung call costs the suite little; long next to the fake's instant answers. */
const TEST_CALL_TIMEOUT_MS = 100;

function setup(policy: Partial<RetryPolicy> = {}) {
  const api = new FakeTelegram().install();
  const store = new MemoryStore();
  const { logger, lines } = recordingLogger();
  const sleeps: number[] = [];
  const calls = new TelegramCalls(logger, {
    maxAttempts: 4,
    maxRetryAfterSeconds: 30,
    callTimeoutMs: TEST_CALL_TIMEOUT_MS,
    sleep: async (ms) => void sleeps.push(ms),
    ...policy,
  });
  const coach = createCoachBot({
    token: TOKEN,
    engine: new Engine({ store, logger, now: () => AT }),
    seen: new MemorySeenUpdates(),
    logger,
    calls,
    botInfo: BOT_INFO,
  });
  // Handled, and its reply tried (telegraf's handler returns once the turn is saved).
  const handle = async (update: unknown) => {
    await coach.bot.handleUpdate(update as never);
    await coach.idle();
  };
  /** The question the stored conversation waits on. */
  const storedQuestion = async (chatId: number) => {
    const record = await store.load(`tg:${chatId}`);
    const envelope = record ? decodeEnvelope(record.data) : undefined;
    return envelope ? activePrompt(envelope.snapshot).stateId : undefined;
  };
  return { api, lines, sleeps, handle, storedQuestion };
}

/** A chat that has started and sees the greeting's buttons. */
async function started(chatId: number, policy: Partial<RetryPolicy> = {}) {
  const bot = setup(policy);
  await bot.handle(textUpdate(chatId, '/start'));
  expect(bot.api.question(chatId)?.ids).toContain('begin');
  bot.api.calls.length = 0;
  return bot;
}

/** After a fault, the person's next message gets the question their last answer led to. */
async function nextMessageShows(bot: Awaited<ReturnType<typeof started>>, chatId: number, stateId: string) {
  bot.api.calls.length = 0;
  await bot.handle(textUpdate(chatId, '/start'));
  expect(bot.api.sentTo(chatId)[0]).toBe(en('resume.welcomeBack'));
  expect(bot.api.question(chatId)?.text).toBe(en(`ask.${stateId}`));
}

afterEach(() => jest.restoreAllMocks());

describe('rate limits (429)', () => {
  it('waits the retry_after Telegram asks for, but never longer than the cap, then delivers once', async () => {
    const bot = await started(100);
    bot.api.failNext('sendMessage', 429, 'Too Many Requests: retry after 86400', { retry_after: 86_400 });
    bot.api.failNext('sendMessage', 429, 'Too Many Requests: retry after 2', { retry_after: 2 });
    await bot.handle(bot.api.press(100, 'begin'));
    expect(bot.sleeps).toEqual([30_000, 2_000]);
    expect(bot.api.sentTo(100)).toEqual([en('ask.askMember')]);
  });

  it('gives up after the last attempt, keeps the answer, and the next message carries on', async () => {
    const bot = await started(101);
    for (let i = 0; i < 4; i++) bot.api.failNext('sendMessage', 429, 'Too Many Requests', { retry_after: 5 });
    await expect(bot.handle(bot.api.press(101, 'begin'))).resolves.toBeUndefined();
    expect(bot.sleeps).toHaveLength(3);
    expect(bot.api.sentTo(101)).toEqual([]);
    expect(bot.lines.some((l) => l.level === 'warn' && l.fields.code === 429)).toBe(true);
    expect(await bot.storedQuestion(101)).toBe('askMember');
    await nextMessageShows(bot, 101, 'askMember');
  });
});

describe('server errors and dropped connections', () => {
  it.each([
    ['sendMessage', 500, 'Internal Server Error'],
    ['sendMessage', 502, 'Bad Gateway'],
    ['editMessageText', 503, 'Service Unavailable'],
    ['answerCallbackQuery', 504, 'Gateway Timeout'],
  ])('%s answering %i: the press still counts and the next message carries on', async (method, code, description) => {
    const bot = await started(110 + code);
    bot.api.failNext(method, code, description);
    await expect(bot.handle(bot.api.press(110 + code, 'begin'))).resolves.toBeUndefined();
    expect(bot.lines.some((l) => l.level === 'warn' && l.fields.code === code)).toBe(true);
    expect(await bot.storedQuestion(110 + code)).toBe('askMember');
    await nextMessageShows(bot, 110 + code, 'askMember');
  });

  it('a connection reset mid-reply is logged, and the rest of the reply still goes out', async () => {
    const bot = await started(120);
    bot.api.dropNext('editMessageText');
    await bot.handle(bot.api.press(120, 'begin'));
    expect(bot.lines.some((l) => l.level === 'warn' && l.fields.error === 'FetchError')).toBe(true);
    expect(bot.api.sentTo(120)).toEqual([en('ask.askMember')]);
  });
});

describe('a blocked bot (403)', () => {
  it('stops replying, keeps the conversation, and picks up where it was once unblocked', async () => {
    const bot = await started(130);
    bot.api.failNext('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    await expect(bot.handle(bot.api.press(130, 'begin'))).resolves.toBeUndefined();
    expect(bot.api.methods().filter((m) => m === 'sendMessage')).toHaveLength(1); // not retried
    expect(await bot.storedQuestion(130)).toBe('askMember');
    await nextMessageShows(bot, 130, 'askMember');
  });
});

describe('calls that never answer', () => {
  it('abandons a hung send, logs it, and does not hold the chat: the message behind it is answered', async () => {
    const bot = await started(140);
    bot.api.hangNext('sendMessage');
    const pressed = bot.handle(bot.api.press(140, 'begin'));
    // The person writes again while the reply to their press hangs: it waits in the chat's queue.
    while (!bot.api.calls.some((c) => c.method === 'sendMessage')) await new Promise((r) => setImmediate(r));
    const typed = bot.handle(textUpdate(140, '/start'));
    await expect(Promise.all([pressed, typed])).resolves.toEqual([undefined, undefined]);
    expect(bot.lines.some((l) => l.level === 'warn' && /timed out/.test(l.message))).toBe(true);
    expect(await bot.storedQuestion(140)).toBe('askMember');
    expect(bot.api.sentTo(140)).toEqual([en('resume.welcomeBack'), en('ask.askMember')]);
  });

  it('does not send a hung message again: it may have reached the person already', async () => {
    const bot = await started(141);
    bot.api.hangNext('sendMessage');
    await bot.handle(bot.api.press(141, 'begin'));
    expect(bot.api.methods().filter((m) => m === 'sendMessage')).toHaveLength(1);
  });

  it('a hung callback answer does not stop the press from counting', async () => {
    const bot = await started(142);
    bot.api.hangNext('answerCallbackQuery');
    await bot.handle(bot.api.press(142, 'begin'));
    expect(bot.api.sentTo(142)).toEqual([en('ask.askMember')]);
    expect(await bot.storedQuestion(142)).toBe('askMember');
  });

  it('a hung edit of the old question does not stop the next question', async () => {
    const bot = await started(143);
    bot.api.hangNext('editMessageText');
    await bot.handle(bot.api.press(143, 'begin'));
    expect(bot.api.sentTo(143)).toEqual([en('ask.askMember')]);
  });
});

describe('the deadline itself', () => {
  it('ends the abandoned request when the call hands the signal on to telegraf, so no connection stays open', async () => {
    const { api } = setup();
    api.hangNext('sendMessage');
    const calls = new TelegramCalls(silentLogger, { callTimeoutMs: TEST_CALL_TIMEOUT_MS });
    let request: Promise<unknown> | undefined;
    const result = await calls.call(160, (signal) => {
      request = new Telegram(TOKEN).callApi('sendMessage', { chat_id: 160, text: 'hello' }, { signal: signal as never });
      return request;
    });
    expect(result).toBeUndefined();
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('callback queries that expired while the bot was away', () => {
  it('still takes the press when Telegram says the query is too old to answer', async () => {
    const bot = await started(150);
    bot.api.failNext('answerCallbackQuery', 400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
    await expect(bot.handle(bot.api.press(150, 'begin'))).resolves.toBeUndefined();
    expect(bot.api.methods()).toEqual(['answerCallbackQuery', 'sendMessage', 'editMessageText']);
    expect(bot.api.sentTo(150)).toEqual([en('ask.askMember')]);
    expect(await bot.storedQuestion(150)).toBe('askMember');
    // The next press works like any other.
    bot.api.calls.length = 0;
    await bot.handle(bot.api.press(150, 'firstTime'));
    expect(await bot.storedQuestion(150)).toBe('askOpened');
  });
});
