/**
 * Issue 10, long polling: the poller (src/adapters/telegram/poller.ts) against a Bot API
 * stand-in that keeps updates until an offset confirms them, as Telegram does. A 400 (or any
 * error) from getUpdates is retried, never fatal; a getUpdates that hangs is cut at its
 * deadline; and an update whose turn could not be saved is fetched again (the offset stays
 * before it) and applied exactly once when the store is back, later updates of its chat
 * waiting behind it. The coach's own sends go to FakeTelegram.
 */
import { TelegramError, type Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { createCoachBot } from '../src/adapters/telegram/coach-bot';
import { Poller } from '../src/adapters/telegram/poller';
import { TelegramCalls } from '../src/adapters/telegram/telegram-calls';
import { Engine } from '../src/core/engine';
import { translatorFor } from '../src/i18n';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { FlakyStore } from './support/flaky-store';
import { BOT_INFO, FakeTelegram, recordingLogger } from './support/fake-telegram';
import { TOKEN } from './support/emulator';
import { JOURNEY, audit, figures, textUpdate, type SentUpdate } from './support/webhook-delivery';

type Fault = { code: number; description: string } | 'hang';

/** getUpdates as Telegram answers it: everything from the offset on, until confirmed. */
class BotApiQueue {
  readonly pending: Update[] = [];
  readonly offsets: number[] = [];
  readonly faults: Fault[] = [];
  getUpdatesCalls = 0;
  /** Runs at every getUpdates (to let new updates arrive between polls). */
  onPoll: () => void = () => {};

  readonly telegram = {
    callApi: async (method: string, payload: { offset?: number }, options: { signal?: AbortSignal } = {}) => {
      if (method === 'deleteWebhook') return true;
      if (method !== 'getUpdates') throw new Error(`unexpected ${method}`);
      this.getUpdatesCalls++;
      this.onPoll();
      const offset = payload.offset ?? 0;
      this.offsets.push(offset);
      // Telegram forgets what an offset confirms.
      while (this.pending.length > 0 && this.pending[0]!.update_id < offset) this.pending.shift();
      const fault = this.faults.shift();
      if (fault === 'hang') {
        return new Promise((_, reject) => options.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
      }
      if (fault) throw new TelegramError({ error_code: fault.code, description: fault.description });
      // An empty long poll returns after a moment, not at once (no busy loop in the test).
      if (this.pending.length === 0) await new Promise((r) => setTimeout(r, 5));
      return this.pending.slice(0, 100);
    },
  } as unknown as Telegram;
}

function setup(wrap: (handle: (update: Update) => Promise<'done' | 'failed' | 'busy'>) => (update: Update) => Promise<'done' | 'failed' | 'busy'> = (h) => h) {
  const api = new FakeTelegram().install();
  const store = new FlakyStore();
  const { logger, lines } = recordingLogger();
  const calls = new TelegramCalls(logger, { sleep: async () => undefined });
  const coach = createCoachBot({ token: TOKEN, engine: new Engine({ store, logger }), seen: new MemorySeenUpdates(), logger, calls, botInfo: BOT_INFO });
  const queue = new BotApiQueue();
  const poller = new Poller({
    telegram: queue.telegram,
    handle: wrap((update) => coach.handle(update)),
    logger,
    allowedUpdates: ['message', 'callback_query'],
    longPollSeconds: 0,
    deadlineSlackMs: 300,
    minBackoffMs: 20,
    maxBackoffMs: 100,
  });
  return { api, store, lines, queue, poller, coach };
}

afterEach(() => jest.restoreAllMocks());

/** Queues a chat's journey as Telegram would hold it; returns what was sent, for the audit. */
function queueJourney(queue: BotApiQueue, chatId: number, texts = JOURNEY): SentUpdate[] {
  return texts.map((text) => {
    const update = textUpdate(chatId, text);
    queue.pending.push(update as unknown as Update);
    return { chatId, updateId: update.update_id, text, attempts: [] };
  });
}

describe('long polling', () => {
  it('a 400 (and 401, 409, 500, 429) from getUpdates is retried, never fatal', async () => {
    const { queue, poller, store, lines } = setup();
    queue.faults.push(
      { code: 400, description: 'Bad Request: wrong offset' },
      { code: 401, description: 'Unauthorized' },
      { code: 409, description: 'Conflict: terminated by other getUpdates request' },
      { code: 500, description: 'Internal Server Error' },
      { code: 429, description: 'Too Many Requests: retry after 0' },
    );
    const sent = queueJourney(queue, 51_000);
    const running = poller.run();
    await waitUntil(() => queue.pending.length === 0 && queue.getUpdatesCalls > 6);
    poller.stop();
    await running;
    const result = await audit(sent, (key) => store.inner.load(key));
    process.stdout.write(figures('polling, getUpdates errors', result));
    expect({ lost: result.lost, doubled: result.doubled }).toEqual({ lost: 0, doubled: 0 });
    expect(lines.filter((l) => l.message === 'getUpdates failed; retrying')).toHaveLength(5);
  });

  it('a getUpdates that never answers is cut at its deadline and polling goes on', async () => {
    const { queue, poller, store } = setup();
    queue.faults.push('hang');
    const sent = queueJourney(queue, 51_100, JOURNEY.slice(0, 3));
    const started = Date.now();
    const running = poller.run();
    await waitUntil(() => queue.pending.length === 0 && queue.getUpdatesCalls > 2);
    poller.stop();
    await running;
    // Deadline 300 ms (long poll 0 s + grace), then a short pause: well under a second.
    expect(Date.now() - started).toBeLessThan(2000);
    const result = await audit(sent, (key) => store.inner.load(key));
    expect({ lost: result.lost, doubled: result.doubled }).toEqual({ lost: 0, doubled: 0 });
  });

  it('a store failure keeps the offset before the failed update: it comes back and is applied once; the person is told once', async () => {
    const { api, queue, poller, store, lines } = setup();
    const chats = [52_000, 52_001, 52_002];
    const first = chats.flatMap((chatId) => queueJourney(queue, chatId, JOURNEY.slice(0, 4)));
    const running = poller.run();
    await waitUntil(() => queue.pending.length === 0);
    store.down = true;
    const during = chats.flatMap((chatId) => queueJourney(queue, chatId, JOURNEY.slice(4)));
    const firstDuring = Math.min(...during.map((s) => s.updateId));
    // Polls go on during the outage, and none confirms the failed update.
    // More attempts than an update that fails alone is given; in an outage none is given up.
    await waitUntil(() => lines.filter((l) => l.message.startsWith('update not handled')).length >= 15);
    expect(Math.max(...queue.offsets)).toBeLessThanOrEqual(firstDuring);
    store.down = false;
    await waitUntil(() => queue.pending.length === 0);
    poller.stop();
    await running;
    const result = await audit([...first, ...during], (key) => store.inner.load(key));
    process.stdout.write(figures('polling, store down', result));
    expect({ lost: result.lost, doubled: result.doubled, details: result.details }).toEqual({ lost: 0, doubled: 0, details: [] });
    const trouble = translatorFor('en')('telegram:storeTrouble');
    for (const chatId of chats) expect(api.sentTo(chatId).filter((t) => t === trouble)).toHaveLength(1);
    expect(lines.some((l) => /given up/.test(l.message))).toBe(false);
  });

  it('an update that keeps failing while others succeed is given up after 10 tries; its chat goes on', async () => {
    let poisoned = -1;
    const { queue, poller, store, lines } = setup((handle) => async (update) => (update.update_id === poisoned ? 'failed' : handle(update)));
    const stuck = queueJourney(queue, 53_000, JOURNEY.slice(0, 2));
    poisoned = stuck[1]!.updateId;
    const after = queueJourney(queue, 53_000, JOURNEY.slice(2, 3));
    // Another chat keeps talking, one update per poll, so the store is seen working.
    const others: SentUpdate[] = [];
    queue.onPoll = () => {
      if (others.length < 20) others.push(...queueJourney(queue, 53_001 + others.length, JOURNEY.slice(0, 1)));
    };
    const running = poller.run();
    await waitUntil(() => lines.some((l) => /given up/.test(l.message)) && queue.pending.length === 0);
    poller.stop();
    await running;
    const result = await audit([stuck[0]!, ...after, ...others], (key) => store.inner.load(key));
    expect({ lost: result.lost, doubled: result.doubled }).toEqual({ lost: 0, doubled: 0 });
    expect(lines.filter((l) => /given up/.test(l.message)).map((l) => l.fields.update)).toEqual([poisoned]);
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
