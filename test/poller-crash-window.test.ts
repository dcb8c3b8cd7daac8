/**
 * Issue 10, case 3: a polling process killed after handling a batch but before confirming its
 * offset. Telegram then hands the whole batch to the next process, and a batch may hold up to
 * 100 updates of one chat. Every one of them must be recognised as applied (the conversation
 * records the ids applied to it in the same write as its state): none applied twice, none lost.
 *
 * The kill is simulated in the process, deterministically: the first poller's next getUpdates
 * (the one that would confirm the offset) never reaches "Telegram", and its claims die with it.
 */
import type { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { createCoachBot } from '../src/adapters/telegram/coach-bot';
import { Poller } from '../src/adapters/telegram/poller';
import { TelegramCalls } from '../src/adapters/telegram/telegram-calls';
import { Engine } from '../src/core/engine';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { MemoryStore } from '../src/stores/memory-store';
import { BOT_INFO, FakeTelegram, recordingLogger } from './support/fake-telegram';
import { TOKEN } from './support/emulator';
import { JOURNEY, audit, figures, textUpdate, type SentUpdate } from './support/webhook-delivery';

/** Telegram's side: updates stay until an offset past them arrives from a live process. */
class BotApiQueue {
  readonly pending: Update[] = [];
  /** getUpdates calls answered, per process (by its `killed` flag). */
  telegramFor(process: { killed: boolean; polls: number }): Telegram {
    return {
      callApi: async (method: string, payload: { offset?: number }, options: { signal?: AbortSignal } = {}) => {
        if (method === 'deleteWebhook') return true;
        if (process.killed || process.polls++ >= 1) {
          // A dead process: its call never arrives (and so never confirms an offset).
          process.killed = true;
          return new Promise((_, reject) =>
            options.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))),
          );
        }
        const offset = payload.offset ?? 0;
        while (this.pending.length > 0 && this.pending[0]!.update_id < offset) this.pending.shift();
        return this.pending.slice(0, 100);
      },
    } as unknown as Telegram;
  }
}

/** Counts the conversation writes: each applied turn is one (an update seen before writes nothing). */
class CountingStore extends MemoryStore {
  writes = 0;
  override async save(key: string, data: string, expectedVersion: number): Promise<boolean> {
    const saved = await super.save(key, data, expectedVersion);
    if (saved) this.writes++;
    return saved;
  }
}

function processOn(store: MemoryStore, queue: BotApiQueue, process: { killed: boolean; polls: number }) {
  const { logger } = recordingLogger();
  const calls = new TelegramCalls(logger, { sleep: async () => undefined });
  const engine = new Engine({ store, logger });
  // Claims live in the process (as with SQLite): a new process starts with none.
  const coach = createCoachBot({ token: TOKEN, engine, seen: new MemorySeenUpdates(), logger, calls, botInfo: BOT_INFO });
  let handled = 0;
  const poller = new Poller({
    telegram: queue.telegramFor(process),
    handle: async (update) => {
      const outcome = await coach.handle(update);
      if (outcome === 'done') handled++;
      return outcome;
    },
    logger,
    allowedUpdates: ['message', 'callback_query'],
    longPollSeconds: 0,
    deadlineSlackMs: 200,
    minBackoffMs: 10,
    maxBackoffMs: 50,
  });
  return { poller, handled: () => handled };
}

/** More inputs than the journey, each changing the conversation, so a doubled one shows. */
const LONG_JOURNEY = [...JOURNEY, '/lang', '/lang', '/back', '/lang', '/back', '/lang', '/lang', '/back', '/lang', '/lang', '/back', '/lang', '/lang'];

afterEach(() => jest.restoreAllMocks());

describe('long polling: a crash before the offset is confirmed', () => {
  it.each([17, 25, 100])('%i updates of one chat, handled then redelivered to the next process: none applied twice, none lost', async (count) => {
    new FakeTelegram().install();
    const store = new CountingStore();
    const queue = new BotApiQueue();
    const chatId = 54_000 + count;
    const texts = Array.from({ length: count }, (_, i) => LONG_JOURNEY[i % LONG_JOURNEY.length]!);
    const sent: SentUpdate[] = texts.map((text) => {
      const update = textUpdate(chatId, text);
      queue.pending.push(update as unknown as Update);
      return { chatId, updateId: update.update_id, text, attempts: [] };
    });

    const first = { killed: false, polls: 0 };
    const a = processOn(store, queue, first);
    const runningA = a.poller.run();
    await waitUntil(() => a.handled() === count && first.killed);
    // Telegram still holds every update: the offset was never confirmed.
    expect(queue.pending).toHaveLength(count);

    const second = { killed: false, polls: -1_000 };
    const b = processOn(store, queue, second);
    const runningB = b.poller.run();
    await waitUntil(() => b.handled() === count);
    b.poller.stop();
    a.poller.stop();
    await Promise.all([runningA, runningB]);

    const result = await audit(sent, (key) => store.load(key));
    // Turns applied, counted apart from the record's own list (which a bug could truncate).
    const doubled = Math.max(result.doubled, store.writes - count);
    process.stdout.write(
      figures(`polling, kill with ${count} queued updates of one chat`, { ...result, doubled }).replace('\n', `, turns applied ${store.writes}\n`),
    );
    expect({ sent: result.sent, lost: result.lost, doubled, turnsApplied: store.writes, details: result.details }).toEqual({
      sent: count,
      lost: 0,
      doubled: 0,
      turnsApplied: count,
      details: [],
    });
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
