/**
 * Issue 10, case 4: one chat never holds up another. Through the real poller and adapter, with
 * a Bot API stand-in that takes 20 ms per call (as a real one takes tens of milliseconds):
 *
 * - one person sends 100 messages in a second while another sends one every 200 ms;
 * - one person's replies hang (no answer until the call's 3 s deadline) while another talks.
 *
 * The other person's reply delay (their update available to getUpdates → their question sent)
 * must stay under a second. Before replies were sent apart from the turns, a polling batch
 * waited for its slowest update: several seconds here.
 */
import { Telegram, type Telegram as TelegramType } from 'telegraf';
import type { Update } from 'telegraf/types';
import { createCoachBot } from '../src/adapters/telegram/coach-bot';
import { Poller } from '../src/adapters/telegram/poller';
import { TelegramCalls } from '../src/adapters/telegram/telegram-calls';
import { Engine } from '../src/core/engine';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { MemoryStore } from '../src/stores/memory-store';
import { BOT_INFO, recordingLogger } from './support/fake-telegram';
import { TOKEN } from './support/emulator';
import { JOURNEY, audit, textUpdate, type SentUpdate } from './support/webhook-delivery';

const CALL_MS = 20;
const TARGET_MS = 1000;

/** getUpdates as Telegram answers it: everything from the offset on, until confirmed. */
class BotApiQueue {
  readonly pending: Update[] = [];
  readonly telegram = {
    callApi: async (method: string, payload: { offset?: number }) => {
      if (method === 'deleteWebhook') return true;
      const offset = payload.offset ?? 0;
      while (this.pending.length > 0 && this.pending[0]!.update_id < offset) this.pending.shift();
      if (this.pending.length === 0) await new Promise((r) => setTimeout(r, 5));
      return this.pending.slice(0, 100);
    },
  } as unknown as TelegramType;
}

/** The coach's own calls: each answers after CALL_MS, except sends to `hungChat`, which never do. */
function slowBotApi(hungChat?: number) {
  const sendsAt = new Map<number, number[]>();
  jest.spyOn(Telegram.prototype, 'callApi').mockImplementation((async (method: string, payload: unknown, options?: { signal?: AbortSignal }) => {
    const p = payload as { chat_id?: number; text?: string };
    if (method === 'sendMessage' && p.chat_id === hungChat) {
      return new Promise((_, reject) => options?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
    }
    await new Promise((r) => setTimeout(r, CALL_MS));
    if (method !== 'sendMessage') return true as never;
    const chat = p.chat_id!;
    sendsAt.set(chat, [...(sendsAt.get(chat) ?? []), Date.now()]);
    return { message_id: Math.floor(Math.random() * 1e9), date: 0, chat: { id: chat, type: 'private' }, text: p.text } as never;
  }) as never);
  return { sendsAt };
}

function setup() {
  const store = new MemoryStore();
  const { logger } = recordingLogger();
  const calls = new TelegramCalls(logger, { sleep: async () => undefined, callTimeoutMs: 3000 });
  const engine = new Engine({ store, logger, outbox: true });
  const coach = createCoachBot({ token: TOKEN, engine, seen: new MemorySeenUpdates(), logger, calls, botInfo: BOT_INFO });
  const queue = new BotApiQueue();
  const poller = new Poller({
    telegram: queue.telegram,
    handle: (u) => coach.handle(u),
    logger,
    allowedUpdates: ['message'],
    longPollSeconds: 0,
    deadlineSlackMs: 1000,
  });
  return { store, queue, poller, coach };
}

/**
 * The other person: one message every 200 ms; the delay of each is the time from its update
 * being available to the first message of its reply sent (a journey step sends one message).
 */
async function otherPerson(
  queue: BotApiQueue,
  sendsAt: Map<number, number[]>,
  chatId: number,
  texts: string[],
): Promise<{ sent: SentUpdate[]; delays: number[] }> {
  const sent: SentUpdate[] = [];
  const delays: number[] = [];
  for (const text of texts) {
    const before = sendsAt.get(chatId)?.length ?? 0;
    const update = textUpdate(chatId, text);
    const at = Date.now();
    queue.pending.push(update as unknown as Update);
    sent.push({ chatId, updateId: update.update_id, text, attempts: [] });
    await waitUntil(() => (sendsAt.get(chatId)?.length ?? 0) > before, 20_000);
    delays.push(sendsAt.get(chatId)![before]! - at);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { sent, delays };
}

afterEach(() => jest.restoreAllMocks());

describe('one chat never holds up another', () => {
  it(`a chat sending 100 messages in a second: the other chat's worst reply delay stays under ${TARGET_MS} ms`, async () => {
    const { sendsAt } = slowBotApi();
    const { queue, poller, store, coach } = setup();
    const flooder = 61_000;
    const other = 61_001;
    const running = poller.run();
    const flood: SentUpdate[] = [];
    const flooding = (async () => {
      for (let tick = 0; tick < 10; tick++) {
        for (let i = 0; i < 10; i++) {
          const text = JOURNEY[(tick * 10 + i) % JOURNEY.length]!;
          const update = textUpdate(flooder, text);
          queue.pending.push(update as unknown as Update);
          flood.push({ chatId: flooder, updateId: update.update_id, text, attempts: [] });
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await new Promise((r) => setTimeout(r, 150));
    const { sent, delays } = await otherPerson(queue, sendsAt, other, JOURNEY.slice(0, 5));
    await flooding;
    await waitUntil(() => queue.pending.length === 0);
    poller.stop();
    await running;
    await coach.idle();
    const worst = Math.max(...delays);
    const result = await audit(sent, (key) => store.load(key));
    const floodApplied = await audit(flood, (key) => store.load(key));
    process.stdout.write(
      `[one-chat-apart] flood 100 msg/s: other chat sent ${sent.length}, lost ${result.lost}, doubled ${result.doubled}; reply delays ${delays.join(', ')} ms, worst ${worst} ms; flooding chat sent ${flood.length}, lost ${floodApplied.lost}, doubled ${floodApplied.doubled}\n`,
    );
    expect({ lost: result.lost + floodApplied.lost, doubled: result.doubled + floodApplied.doubled }).toEqual({ lost: 0, doubled: 0 });
    expect(worst).toBeLessThan(TARGET_MS);
  }, 60_000);

  it(`a chat whose sends hang: the other chat's worst reply delay stays under ${TARGET_MS} ms`, async () => {
    const hung = 62_000;
    const other = 62_001;
    const { sendsAt } = slowBotApi(hung);
    const { queue, poller, store, coach } = setup();
    const running = poller.run();
    // The hung chat talks first and keeps talking: each of its replies hangs for 3 s.
    const hungSent: SentUpdate[] = [];
    for (const text of JOURNEY.slice(0, 4)) {
      const update = textUpdate(hung, text);
      queue.pending.push(update as unknown as Update);
      hungSent.push({ chatId: hung, updateId: update.update_id, text, attempts: [] });
    }
    await new Promise((r) => setTimeout(r, 50));
    const { sent, delays } = await otherPerson(queue, sendsAt, other, JOURNEY.slice(0, 5));
    poller.stop();
    await running;
    (coach as { stop?: () => void }).stop?.();
    const worst = Math.max(...delays);
    const result = await audit(sent, (key) => store.load(key));
    const hungApplied = await audit(hungSent, (key) => store.load(key));
    process.stdout.write(
      `[one-chat-apart] hung sends: other chat sent ${sent.length}, lost ${result.lost}, doubled ${result.doubled}; reply delays ${delays.join(', ')} ms, worst ${worst} ms; hung chat sent ${hungSent.length}, lost ${hungApplied.lost}, doubled ${hungApplied.doubled}\n`,
    );
    expect({ lost: result.lost + hungApplied.lost, doubled: result.doubled + hungApplied.doubled }).toEqual({ lost: 0, doubled: 0 });
    expect(worst).toBeLessThan(TARGET_MS);
  }, 60_000);
});

async function waitUntil(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
