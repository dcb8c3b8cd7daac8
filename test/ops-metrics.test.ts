/**
 * What /metrics adds for the people running the coach: store save conflicts (counted by the
 * store wrapper, not the engine), Telegram turns by outcome, failed Bot API calls by a closed
 * set of error codes, and the waits Telegram asks for with retry_after. Labels never carry a
 * chat id or anything typed.
 */
import type { Telegram } from 'telegraf';
import { TelegramError } from 'telegraf';
import { buildHttpApp } from '../src/http/server';
import { opsRoutes } from '../src/http/ops-routes';
import { botApiErrorCode } from '../src/adapters/telegram/bot-api-errors';
import { createMetrics, type CoachMetrics } from '../src/http/metrics';
import { webChatRoutes } from '../src/adapters/web/web-chat-routes';
import { createCoachBot } from '../src/adapters/telegram/coach-bot';
import { Poller } from '../src/adapters/telegram/poller';
import { TelegramCalls } from '../src/adapters/telegram/telegram-calls';
import { Engine } from '../src/core/engine';
import { createCoach, type Store } from '../src/index';
import { silentLogger } from '../src/core/ports';
import { MemoryStore } from '../src/stores/memory-store';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { observedStore } from '../src/stores/observed-store';
import { BOT_INFO, FakeTelegram, textUpdate } from './support/fake-telegram';
import { TOKEN } from './support/emulator';

/** /metrics as a scraper reads it, from the real route. */
function scraper(metrics: CoachMetrics) {
  const app = buildHttpApp({ logger: silentLogger, routes: [opsRoutes({ ready: async () => undefined, metrics })] });
  return async () => (await app.inject('/metrics')).body;
}

/** One sample's value in Prometheus text (0 when the series is absent). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/** A store where another writer saves first, once: the engine's next save then conflicts. */
function racedOnce(): Store {
  const memory = new MemoryStore();
  let raced = false;
  return {
    load: (key) => memory.load(key),
    async save(key, data, version, hints) {
      if (!raced) {
        raced = true;
        await memory.save(key, data, version, hints);
      }
      return memory.save(key, data, version, hints);
    },
    delete: (key) => memory.delete(key),
    close: () => memory.close(),
  };
}

afterEach(() => jest.restoreAllMocks());

describe('/metrics for operators', () => {
  it('counts a save that lost a race (the store wrapper, where the store is opened)', async () => {
    const metrics = createMetrics();
    const scrape = scraper(metrics);
    const coach = createCoach({ store: observedStore(racedOnce(), { onConflict: metrics.saveConflict }) });
    const web = buildHttpApp({ logger: silentLogger, routes: [webChatRoutes({ coach, cookieMaxAgeMs: 60_000, logger: silentLogger, metrics })] });
    expect(sample(await scrape(), 'refund_coach_store_save_conflicts_total')).toBe(0);
    const answer = await web.inject({ method: 'POST', url: '/api/turn', headers: { 'x-refund-coach': '1' }, payload: { text: '/start' } });
    // The engine redid the turn: the person never saw the conflict.
    expect(answer.statusCode).toBe(200);
    expect(sample(await scrape(), 'refund_coach_store_save_conflicts_total')).toBe(1);
  });

  it('counts Telegram turns by outcome, Bot API errors by code (403, 429, 5xx, network) and 429 waits', async () => {
    const api = new FakeTelegram().install();
    const metrics = createMetrics();
    const scrape = scraper(metrics);
    const calls = new TelegramCalls(silentLogger, { sleep: async () => undefined }, undefined, metrics);
    const coach = createCoachBot({
      token: TOKEN,
      engine: new Engine({ store: new MemoryStore() }),
      seen: new MemorySeenUpdates(),
      logger: silentLogger,
      calls,
      botInfo: BOT_INFO,
      metrics,
    });
    const chat = 424242;
    const before = await scrape();
    expect(before).not.toContain('refund_coach_telegram_api_errors_total{');

    await coach.bot.handleUpdate(textUpdate(chat, '/start') as never);
    api.failNext('sendMessage', 429, 'Too Many Requests: retry after 3', { retry_after: 3 });
    api.failNext('sendMessage', 429, 'Too Many Requests: retry after 90', { retry_after: 90 });
    await coach.bot.handleUpdate(api.press(chat, 'begin') as never);
    api.failNext('sendMessage', 500, 'Internal Server Error');
    await coach.bot.handleUpdate(textUpdate(chat, 'not an answer') as never);
    api.dropNext('sendMessage');
    await coach.bot.handleUpdate(textUpdate(chat, 'still not') as never);
    api.failNext('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    await coach.bot.handleUpdate(textUpdate(chat, '/help') as never);
    await coach.idle();

    const text = await scrape();
    const errors = (code: string) => sample(text, `refund_coach_telegram_api_errors_total{method="sendMessage",error_code="${code}"}`);
    expect([errors('429'), errors('5xx'), errors('network'), errors('403')]).toEqual([2, 1, 1, 1]);
    expect(sample(text, 'refund_coach_telegram_retry_after_waits_total')).toBe(2);
    // 3 s, then 90 s capped at 30 s.
    expect(sample(text, 'refund_coach_telegram_retry_after_seconds_total')).toBe(33);
    expect(sample(text, 'refund_coach_turns_total{adapter="telegram",outcome="accepted"}')).toBeGreaterThanOrEqual(4);
    expect(sample(text, 'refund_coach_turns_total{adapter="telegram",outcome="unchanged"}')).toBe(1);
    expect(sample(text, 'refund_coach_turn_duration_seconds_count{adapter="telegram"}')).toBe(5);
    // Closed label sets: no chat id, no typed word.
    expect(text).not.toContain(String(chat));
    expect(text).not.toContain('not an answer');
  });

  it('counts getUpdates errors and the retry_after a polling 429 waits', async () => {
    const metrics = createMetrics();
    const scrape = scraper(metrics);
    const answers: Array<Error | 'stop'> = [
      new TelegramError({ ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request' } as never),
      new TelegramError({ ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 0.01 } } as never),
      new TelegramError({ ok: false, error_code: 502, description: 'Bad Gateway' } as never),
      'stop',
    ];
    let poller!: Poller;
    const telegram = {
      callApi: async (method: string) => {
        if (method === 'deleteWebhook') return true;
        const next = answers.shift() ?? 'stop';
        if (next === 'stop') {
          poller.stop();
          return [];
        }
        throw next;
      },
    } as unknown as Telegram;
    poller = new Poller({ telegram, handle: async () => 'done', logger: silentLogger, allowedUpdates: ['message'], minBackoffMs: 1, maxBackoffMs: 5, metrics });
    await poller.run();
    const text = await scrape();
    const errors = (code: string) => sample(text, `refund_coach_telegram_api_errors_total{method="getUpdates",error_code="${code}"}`);
    expect([errors('409'), errors('429'), errors('5xx')]).toEqual([1, 1, 1]);
    expect(sample(text, 'refund_coach_telegram_retry_after_waits_total')).toBe(1);
  });

  it('labels Bot API errors from a closed set', () => {
    expect([400, 401, 403, 404, 409, 429, 418, 500, 503, 302].map((c) => botApiErrorCode(c))).toEqual([
      '400',
      '401',
      '403',
      '404',
      '409',
      '429',
      '4xx',
      '5xx',
      '5xx',
      'other',
    ]);
    expect([botApiErrorCode(undefined), botApiErrorCode(undefined, true)]).toEqual(['network', 'timeout']);
  });
});
