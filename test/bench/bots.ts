/**
 * The bots under measurement: a bare telegraf bot (the floor: same Telegram calls, fixed text,
 * no state) and refund-coach itself on a given store.
 */
import Database from 'better-sqlite3';
import { Telegraf } from 'telegraf';
import { initialTransition, transition } from 'xstate';
import type { Update } from 'telegraf/types';
import { createCoachBot } from '../../src/adapters/telegram/coach-bot';
import { decodeEnvelope } from '../../src/core/envelope';
import { Engine } from '../../src/core/engine';
import { activePrompt, coachMachine, MACHINE_VERSION } from '../../machines';
import type { SeenUpdates, Store } from '../../src/core/ports';
import { MemorySeenUpdates } from '../../src/stores/memory-seen-updates';
import { MemoryStore } from '../../src/stores/memory-store';
import { JOURNEYS, Workload, type Journey } from './journeys';
import type { TelegramStub } from './telegram-stub';

export const TOKEN = '123456789:BENCH-token-never-sent-anywhere';
export { BOT_INFO } from '../support/emulator';
import { BOT_INFO } from '../support/emulator';
/** The coach's clock: 2026-11-26 12:00 in China, so typed dates read the same in every run. */
export const AT = Date.parse('2026-11-26T04:00:00Z');

export type Handle = (update: unknown) => Promise<void>;

const QUESTION =
  'When did you open the membership? Pick the closest, or type the date (e.g. “3 days ago”, “Nov 20”).\n\n' +
  'Why it matters: the guide’s 7-day window counts from the day you paid.';
const KEYBOARD = {
  inline_keyboard: [
    [
      { text: 'Today', callback_data: '1:today' },
      { text: '1–3 days ago', callback_data: '1:days1to3' },
    ],
    [
      { text: '4–6 days ago', callback_data: '1:days4to6' },
      { text: 'Exactly 7 days ago', callback_data: '1:day7' },
    ],
    [
      { text: 'More than 7 days', callback_data: '1:over7' },
      { text: 'Not sure', callback_data: '1:unsure' },
    ],
    [
      { text: 'Why do you ask?', callback_data: '1:why' },
      { text: '← Back', callback_data: '1:back' },
    ],
  ],
};

/**
 * (a) The floor: a telegraf bot making the coach's Telegram calls with fixed text and no state.
 * A press: answerCallbackQuery, editMessageText (keyboard off, choice shown), sendMessage with
 * a keyboard. A typed answer: editMessageReplyMarkup (the old keyboard off), sendMessage.
 */
export function bareBot(work: (chatId: number) => void = () => {}): Handle {
  const bot = new Telegraf(TOKEN, { telegram: { webhookReply: false } });
  bot.botInfo = BOT_INFO;
  bot.on('callback_query', async (ctx) => {
    const chatId = ctx.chat?.id ?? ctx.callbackQuery.from.id;
    work(chatId);
    await ctx.answerCbQuery();
    const original = ctx.callbackQuery.message;
    if (original && 'text' in original) {
      await ctx.telegram.editMessageText(chatId, original.message_id, undefined, `${original.text}\n\n✔ Chosen`, {
        link_preview_options: { is_disabled: true },
        reply_markup: { inline_keyboard: [] },
      });
    }
    await ctx.telegram.sendMessage(chatId, QUESTION, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_markup: KEYBOARD });
  });
  bot.on('message', async (ctx) => {
    const chatId = ctx.chat.id;
    work(chatId);
    if (!('text' in ctx.message) || !ctx.message.text.startsWith('/start')) {
      await ctx.telegram.editMessageReplyMarkup(chatId, ctx.message.message_id - 1, undefined, { inline_keyboard: [] });
    }
    await ctx.telegram.sendMessage(chatId, QUESTION, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_markup: KEYBOARD });
  });
  bot.catch((error) => {
    throw error;
  });
  return (update) => bot.handleUpdate(update as Update);
}

/**
 * (d) The floor the issue names: the bare bot plus, per update, the least a stateful bot must
 * do: read the chat's record from SQLite and decode it (JSON, snapshot), one xstate
 * transition, encode it and one SQLite upsert. No understanding, rendering or checks.
 */
export function floorBot(file: string): Handle {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS floor (key TEXT PRIMARY KEY, data TEXT NOT NULL)');
  const read = db.prepare<[string], { data: string }>('SELECT data FROM floor WHERE key = ?');
  const upsert = db.prepare('INSERT INTO floor (key, data) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data');
  return bareBot((chatId) => {
    const key = `tg:${chatId}`;
    const row = read.get(key);
    const stored = row ? (JSON.parse(row.data) as { value: never; context: never }) : undefined;
    const snapshot = stored ? coachMachine.resolveState({ value: stored.value, context: stored.context }) : initialTransition(coachMachine, { lang: 'en' })[0];
    const [next] = transition(coachMachine, snapshot, { type: 'user.command', name: 'help', at: AT });
    upsert.run(key, JSON.stringify({ v: MACHINE_VERSION, value: next.value, context: next.context }));
  });
}

/** (b)/(c) refund-coach: createCoachBot with the Engine on `store`. */
export function coachBot(store: Store, seen: SeenUpdates): Handle {
  // As in production (src/main.ts): each turn's reply is kept in the outbox until sent.
  const engine = new Engine({ store, logger: failingLogger, now: () => AT, outbox: true });
  const coach = createCoachBot({ token: TOKEN, engine, seen, logger: failingLogger, botInfo: BOT_INFO });
  return (update) => coach.bot.handleUpdate(update as Update);
}

/** Nothing may go wrong during a benchmark: a failed update would be measured as a fast one. */
const failingLogger = {
  info() {},
  warn(fields: Record<string, unknown>, message: string) {
    throw new Error(`unexpected warning during the benchmark: ${message} ${JSON.stringify(fields)}`);
  },
  error(fields: Record<string, unknown>, message: string) {
    throw new Error(`unexpected error during the benchmark: ${message} ${JSON.stringify(fields)}`);
  },
};

/**
 * Plays every journey once through the coach (memory store) and checks that each press found
 * its button and each journey ended where it should, so the measured traffic is the intended
 * one. Returns one line per problem (none when all is well).
 */
export async function checkJourneys(stub: TelegramStub): Promise<string[]> {
  const problems: string[] = [];
  for (const [index, journey] of JOURNEYS.entries()) {
    stub.reset();
    const store = new MemoryStore();
    const handle = coachBot(store, new MemorySeenUpdates());
    const only: Journey = { ...journey, weight: 1 };
    const workload = new Workload(stub, { seed: 1, chatBase: 900_000_000 + index * 1000, activeChats: 1, batchSize: 1, journeys: [only], strict: true });
    for (let i = 0; i < journey.steps.length; i++) {
      for (const update of workload.nextBatch()) await handle(update);
    }
    const record = await store.load(`tg:${workload.chatIds[0]}`);
    const envelope = record ? decodeEnvelope(record.data) : undefined;
    const state = envelope ? activePrompt(envelope.snapshot).stateId : '(nothing stored)';
    if (workload.mismatches > 0) problems.push(`${journey.name}: ${workload.mismatches} press(es) found no such button`);
    if (state !== journey.ends) problems.push(`${journey.name}: ended in ${state}, expected ${journey.ends}`);
  }
  stub.reset();
  return problems;
}
