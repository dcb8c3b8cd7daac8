/**
 * Telegram's side of a webhook, for tests of "exactly once": each chat's updates are
 * delivered in order, and an update is sent again (with a growing pause, as Telegram does)
 * until the bot answers 2xx. Afterwards `audit` reads every conversation from the store and
 * counts, per update sent, whether its turn was applied: lost (never) or doubled (more than
 * once, or a final state that a one-at-a-time replay of the inputs does not reach).
 */
import { isDeepStrictEqual } from 'node:util';
import { Engine } from '../../src/core/engine';
import { decodeEnvelope } from '../../src/core/envelope';
import type { StoredRecord } from '../../src/core/ports';
import { MemoryStore } from '../../src/stores/memory-store';

/**
 * Twelve typed inputs (fewer than the 128 update ids a conversation remembers, so its record
 * holds the whole history). Every one changes the conversation, and /back and /lang change it
 * again if repeated, so a lost or doubled turn shows in the final state too.
 */
export const JOURNEY = ['/start', "let's start", 'first time', '3 days ago', '/back', '2 days ago', '/lang', '没有', '/lang', 'alipay', 'on', '/back'];

export interface SentUpdate {
  chatId: number;
  updateId: number;
  text: string;
  /** HTTP statuses (or "error") of every attempt, in order. */
  attempts: Array<number | 'error'>;
}

export interface DeliveryOptions {
  url: string;
  secret: string;
  /** First pause before a redelivery; grows ×1.5 up to `maxPauseMs`. */
  firstPauseMs?: number;
  maxPauseMs?: number;
  /** Give up on an update after this long (the test then fails with the figures). */
  giveUpMs?: number;
}

let nextUpdateId = 500_000;
let nextMessageId = 1;

export function textUpdate(chatId: number, text: string) {
  const command = /^\/\w+/.exec(text);
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'Test' },
      from: { id: chatId, is_bot: false, first_name: 'Test', language_code: 'en' },
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  };
}

async function post(options: DeliveryOptions, body: string): Promise<number | 'error'> {
  try {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': options.secret },
      body,
      signal: AbortSignal.timeout(90_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 'error';
  }
}

/** Delivers one update until it is acknowledged with a 2xx. */
export async function deliver(options: DeliveryOptions, sent: SentUpdate, update: object): Promise<void> {
  const body = JSON.stringify(update);
  const giveUpAt = Date.now() + (options.giveUpMs ?? 120_000);
  let pause = options.firstPauseMs ?? 200;
  for (;;) {
    const status = await post(options, body);
    sent.attempts.push(status);
    if (typeof status === 'number' && status >= 200 && status < 300) return;
    if (Date.now() > giveUpAt) throw new Error(`update ${sent.updateId} never acknowledged: ${sent.attempts.join(',')}`);
    await new Promise((r) => setTimeout(r, pause));
    pause = Math.min(pause * 1.5, options.maxPauseMs ?? 1500);
  }
}

export interface JourneyHooks {
  /** Sees the running count of acknowledged updates (to time a fault). */
  onAcknowledged?: (count: number) => void;
  /** Runs before an update's first delivery (to plant a dead process's claim, say). */
  beforeDeliver?: (sent: SentUpdate, index: number) => Promise<void>;
}

/** Runs `JOURNEY` for each chat: chats in parallel, each chat's inputs in order. */
export async function runJourneys(options: DeliveryOptions, chatIds: number[], hooks: JourneyHooks = {}): Promise<SentUpdate[]> {
  const all: SentUpdate[] = [];
  let acknowledged = 0;
  await Promise.all(
    chatIds.map(async (chatId) => {
      for (const [index, text] of JOURNEY.entries()) {
        const update = textUpdate(chatId, text);
        const sent: SentUpdate = { chatId, updateId: update.update_id, text, attempts: [] };
        all.push(sent);
        await hooks.beforeDeliver?.(sent, index);
        await deliver(options, sent, update);
        hooks.onAcknowledged?.(++acknowledged);
      }
    }),
  );
  return all;
}

/** One line of figures for the test log (the issue asks for them per suite). */
export function figures(suite: string, result: Audit): string {
  return `[exactly-once] ${suite}: sent ${result.sent}, lost ${result.lost}, doubled ${result.doubled}, refused at first ${result.refusedFirst}\n`;
}

export interface Audit {
  sent: number;
  lost: number;
  doubled: number;
  /** Updates refused at least once before being acknowledged (the fault was felt). */
  refusedFirst: number;
}

/** What a single engine, taking the inputs one at a time, ends with (dates masked). */
async function replay(texts: string[]): Promise<unknown> {
  const store = new MemoryStore();
  const engine = new Engine({ store });
  for (const [i, text] of texts.entries()) await engine.turn('c', { kind: 'text', text }, 'en', i + 1);
  return comparable((await store.load('c'))!.data);
}

function comparable(data: string): unknown {
  const envelope = decodeEnvelope(data);
  if (!envelope) return undefined;
  const context = JSON.parse(JSON.stringify(envelope.snapshot.context), (_key, value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'DATE' : value,
  );
  return { turn: envelope.turn, value: envelope.snapshot.value, context };
}

/**
 * Counts lost and doubled turns. The record's `applied` list holds the ids of the updates
 * applied to it, in order (all of them: a journey is shorter than the list): an id missing is
 * a lost turn, an id twice a doubled one; a state a serial replay does not reach counts as
 * doubled when no id is missing (the ids alone would not show a turn applied twice).
 */
export async function audit(sent: SentUpdate[], load: (key: string) => Promise<StoredRecord | undefined>): Promise<Audit & { details: string[] }> {
  const result = { sent: sent.length, lost: 0, doubled: 0, refusedFirst: 0, details: [] as string[] };
  for (const chatId of [...new Set(sent.map((s) => s.chatId))]) {
    const mine = sent.filter((s) => s.chatId === chatId);
    result.refusedFirst += mine.filter((s) => s.attempts.length > 0 && s.attempts[0] !== 200).length;
    const record = await load(`tg:${chatId}`);
    const applied = record ? (decodeEnvelope(record.data)?.applied ?? []) : [];
    const missing = mine.filter((s) => !applied.includes(s.updateId));
    const twice = applied.length - new Set(applied).size;
    result.lost += missing.length;
    result.doubled += twice;
    const end = record ? comparable(record.data) : undefined;
    if (missing.length === 0 && twice === 0 && !isDeepStrictEqual(end, await replay(mine.map((s) => s.text)))) result.doubled++;
    if (missing.length > 0 || twice > 0) result.details.push(`chat ${chatId}: lost ${missing.map((m) => m.text).join('|')}; doubled ${twice}`);
  }
  return result;
}
