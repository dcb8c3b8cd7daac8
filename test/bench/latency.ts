/**
 * The latency section of `npm run bench` (alone: `npm run bench -- --latency`): how long a
 * person waits from their message (or tap) to the last message of the coach's reply, with
 * Telegram's send limits kept as in production and a fake Bot API that answers every call in
 * 50 ms, for people answering every 1, 3 and 10 seconds, on memory, SQLite and Redis.
 *
 * Each cell (store × pace) is one coach bot (its own engine, store and send limits; on Redis
 * the limits live in Redis, as in production) with several people in parallel, each playing
 * a whole scripted journey (see journeys.ts) in its own chat. A person answers `pace` after
 * their previous answer, or as soon as the reply to it has fully arrived if that is later
 * (nobody presses a button they have not seen). The reply has fully arrived when as many
 * sendMessage calls as the reply has Telegram messages (telegramMessages, the adapter's own
 * rendering) have been answered; the latency ends at the last one's answer. All cells run at
 * once, so the section takes about as long as its slowest cell.
 *
 * Telegram's limits are checked afterwards over the calls each bot made, as Telegram would
 * count them: a message or an edit to a chat is a 429 when that chat already had 3 in the
 * second before it (a short burst) or 12 in the 10 seconds before it (about one a second),
 * and any call that finds 30 others of the bot in the second before it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Redis from 'ioredis';
import { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { createCoachBot, type CoachBot } from '../../src/adapters/telegram/coach-bot';
import { telegramMessages } from '../../src/adapters/telegram/render-telegram';
import { Engine, type Reply } from '../../src/core/engine';
import type { SeenUpdates, Store } from '../../src/core/ports';
import { createSendLimits, TELEGRAM_SEND_LIMITS, type SendLimits } from '../../src/kit/send-limits';
import { MemorySeenUpdates } from '../../src/stores/memory-seen-updates';
import { MemoryStore } from '../../src/stores/memory-store';
import { openStore } from '../../src/stores/open-store';
import { RedisStore } from '../../src/stores/redis-store';
import { redisAvailable, startRedis, type PrivateRedis } from '../support/redis';
import { AT, BOT_INFO, TOKEN } from './bots';
import { callbackUpdate, JOURNEYS, stickerUpdate, textUpdate, type Journey, type Step } from './journeys';

/** How long the fake Bot API takes to answer any call. */
const API_MS = 50;
/** Calls that count against Telegram's message limits (answerCallbackQuery does not). */
const LIMITED = new Set(['sendMessage', 'editMessageText', 'editMessageReplyMarkup']);
/** Telegram's guidance as counted here: see the header. */
const GUIDANCE = { chatBurst: 3, chatPer10s: 12, globalPerSecond: 30 };
/** A reply not complete after this long is counted as lost (and the person moves on). */
const GIVE_UP_MS = 30_000;

export const LATENCY_TARGETS = { paceS: 3, p50Ms: 300, p99Ms: 1500 };

type StoreKind = 'memory' | 'sqlite' | 'redis';

interface PaceSettings {
  paceS: number;
  people: number;
  answers: number;
}

export function latencySettings(quick: boolean): PaceSettings[] {
  return quick
    ? [
        { paceS: 1, people: 6, answers: 15 },
        { paceS: 3, people: 12, answers: 8 },
        { paceS: 10, people: 20, answers: 3 },
      ]
    : [
        { paceS: 1, people: 6, answers: 45 },
        { paceS: 3, people: 12, answers: 25 },
        { paceS: 10, people: 24, answers: 8 },
      ];
}

interface Call {
  method: string;
  chat: number;
  at: number;
}

interface KeyboardPayload {
  chat_id: number | string;
  text: string;
  reply_markup?: { inline_keyboard?: Array<Array<{ callback_data?: string }>> };
}

/** A chat as the fake Bot API sees it: messages answered and the question on screen. */
interface ChatScreen {
  answered: number;
  lastAnsweredAt: number;
  question?: { messageId: number; text: string; turn: number };
  waiters: Array<() => void>;
}

/** The Bot API stand-in: every call answered after API_MS; calls recorded per chat. */
class SlowBotApi {
  readonly calls: Call[] = [];
  private readonly chats = new Map<number, ChatScreen>();
  private nextMessageId = 5000;
  private original?: (method: string, payload: unknown) => Promise<unknown>;

  install(): this {
    const proto = Telegram.prototype as unknown as { callApi: (method: string, payload: unknown) => Promise<unknown> };
    this.original = proto.callApi;
    proto.callApi = (method, payload) => this.answer(method, payload as KeyboardPayload);
    return this;
  }

  uninstall(): void {
    if (this.original) (Telegram.prototype as unknown as { callApi: unknown }).callApi = this.original;
  }

  screen(chat: number): ChatScreen {
    let screen = this.chats.get(chat);
    if (!screen) this.chats.set(chat, (screen = { answered: 0, lastAnsweredAt: 0, waiters: [] }));
    return screen;
  }

  /** Resolves once the chat has had `count` sendMessage calls answered (false after GIVE_UP_MS). */
  answeredAtLeast(chat: number, count: number): Promise<boolean> {
    const screen = this.screen(chat);
    if (screen.answered >= count) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), GIVE_UP_MS);
      const check = () => {
        if (screen.answered < count) return screen.waiters.push(check);
        clearTimeout(timer);
        resolve(true);
      };
      screen.waiters.push(check);
    });
  }

  private async answer(method: string, payload: KeyboardPayload): Promise<unknown> {
    const chat = Number(payload.chat_id);
    this.calls.push({ method, chat, at: performance.now() });
    const messageId = method === 'sendMessage' ? this.nextMessageId++ : 0;
    await new Promise((resolve) => setTimeout(resolve, API_MS));
    if (method !== 'sendMessage') return true;
    const screen = this.screen(chat);
    const first = payload.reply_markup?.inline_keyboard?.flat()[0]?.callback_data;
    if (first) screen.question = { messageId, text: payload.text, turn: Number(/^(\d+):/.exec(first)?.[1] ?? 0) };
    screen.answered++;
    screen.lastAnsweredAt = performance.now();
    const waiters = screen.waiters.splice(0);
    for (const waiter of waiters) waiter();
    return { message_id: messageId, date: 0, chat: { id: chat, type: 'private', first_name: 'T' }, text: payload.text };
  }
}

/** Telegram's 429s the calls would have met (see the header), and the busiest chat second. */
function guidanceCheck(calls: Call[]): { tooMany: number; busiestChatSecond: number; busiestSecond: number } {
  const limited = calls.filter((c) => LIMITED.has(c.method)).sort((a, b) => a.at - b.at);
  const byChat = new Map<number, number[]>();
  for (const call of limited) {
    const times = byChat.get(call.chat) ?? [];
    times.push(call.at);
    byChat.set(call.chat, times);
  }
  let tooMany = 0;
  let busiestChatSecond = 0;
  for (const times of byChat.values()) {
    for (let j = 0, i1 = 0, i10 = 0; j < times.length; j++) {
      while (times[j]! - times[i1]! >= 1000) i1++;
      while (times[j]! - times[i10]! >= 10_000) i10++;
      busiestChatSecond = Math.max(busiestChatSecond, j - i1 + 1);
      if (j - i1 >= GUIDANCE.chatBurst || j - i10 >= GUIDANCE.chatPer10s) tooMany++;
    }
  }
  let busiestSecond = 0;
  for (let j = 0, i = 0; j < limited.length; j++) {
    while (limited[j]!.at - limited[i]!.at >= 1000) i++;
    busiestSecond = Math.max(busiestSecond, j - i + 1);
    if (j - i >= GUIDANCE.globalPerSecond) tooMany++;
  }
  return { tooMany, busiestChatSecond, busiestSecond };
}

/** What a cell's bot logged: warnings and errors by message (a benchmark run should have none). */
class CountingLogger {
  readonly counts = new Map<string, number>();
  info() {}
  warn(_fields: unknown, message: string) {
    this.counts.set(`warn: ${message}`, (this.counts.get(`warn: ${message}`) ?? 0) + 1);
  }
  error(fields: { name?: string } | undefined, message: string) {
    const key = `error: ${message}${fields?.name ? ` (${fields.name})` : ''}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

export interface CellResult {
  store: StoreKind;
  paceS: number;
  people: number;
  samples: number[];
  lost: number;
  tooMany: number;
  busiestChatSecond: number;
  busiestSecond: number;
  sends: number;
  edits: number;
  turns: number;
  logged: Map<string, number>;
  seconds: number;
}

const FULL_JOURNEYS: Journey[] = JOURNEYS.filter((j) => j.ends === 'summary');

let chatRange = 0;

async function runCell(api: SlowBotApi, store: StoreKind, pace: PaceSettings, open: () => Promise<Opened>): Promise<CellResult> {
  const opened = await open();
  const logger = new CountingLogger();
  const engine = new Engine({ store: opened.store, logger, now: () => AT, outbox: true });
  /** The reply each conversation's latest turn returned, for the person waiting on it. */
  const replyWaiters = new Map<string, (reply: Reply) => void>();
  const turn = engine.turn.bind(engine);
  engine.turn = async (conversation, inbound, options) => {
    const reply = await turn(conversation, inbound, options);
    replyWaiters.get(conversation)?.(reply);
    return reply;
  };
  const coach: CoachBot = createCoachBot({ token: TOKEN, engine, seen: opened.seen, logger, botInfo: BOT_INFO, sendLimits: opened.limits });
  const base = 7_000_000_000 + 100_000 * ++chatRange;
  const samples: number[] = [];
  let lost = 0;
  let turns = 0;
  const started = performance.now();

  async function person(index: number): Promise<void> {
    let journey = FULL_JOURNEYS[index % FULL_JOURNEYS.length]!;
    let chat = base + index * 100;
    let step = 0;
    // People do not start in step: spread over the first pace.
    await sleep(Math.random() * pace.paceS * 1000);
    for (let answer = 0; answer < pace.answers; answer++) {
      if (step >= journey.steps.length) {
        journey = FULL_JOURNEYS[(index + answer) % FULL_JOURNEYS.length]!;
        chat++;
        step = 0;
      }
      const update = updateFor(api, chat, journey, journey.steps[step++]!);
      const conversation = `tg:${chat}`;
      const before = api.screen(chat).answered;
      const replied = new Promise<Reply>((resolve) => replyWaiters.set(conversation, resolve));
      const t0 = performance.now();
      const outcome = await coach.handle(update as Update);
      if (outcome !== 'done') logger.error(undefined, `update not taken: ${outcome}`);
      const reply = await Promise.race([replied, sleep(GIVE_UP_MS).then(() => undefined)]);
      turns++;
      const arrived = reply ? await api.answeredAtLeast(chat, before + telegramMessages(reply).length) : false;
      if (arrived) samples.push(api.screen(chat).lastAnsweredAt - t0);
      else lost++;
      const next = t0 + pace.paceS * 1000 - performance.now();
      if (next > 0) await sleep(next);
    }
  }

  await Promise.all(Array.from({ length: pace.people }, (_, i) => person(i)));
  const seconds = (performance.now() - started) / 1000;
  await coach.idle();
  coach.stop();
  await opened.close();
  const mine = api.calls.filter((c) => c.chat >= base && c.chat < base + 100_000);
  return {
    store,
    paceS: pace.paceS,
    people: pace.people,
    samples: samples.sort((a, b) => a - b),
    lost,
    turns,
    sends: mine.filter((c) => c.method === 'sendMessage').length,
    edits: mine.filter((c) => c.method.startsWith('edit')).length,
    ...guidanceCheck(mine),
    logged: logger.counts,
    seconds,
  };
}

function updateFor(api: SlowBotApi, chat: number, journey: Journey, step: Step): unknown {
  const shown = api.screen(chat).question;
  if ('type' in step) return textUpdate(chat, step.type, journey.lang);
  if ('sticker' in step) return stickerUpdate(chat, journey.lang);
  if ('stale' in step)
    return callbackUpdate(
      chat,
      `${Math.max(0, (shown?.turn ?? 1) - 1)}:${step.stale}`,
      Math.max(1, (shown?.messageId ?? 2) - 1),
      'an earlier question',
      journey.lang,
    );
  return callbackUpdate(chat, `${shown?.turn ?? 0}:${step.press}`, shown?.messageId ?? 1, shown?.text ?? 'question', journey.lang);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Opened {
  store: Store;
  seen: SeenUpdates;
  limits: SendLimits;
  close(): Promise<void>;
}

/** Runs every cell at once; returns the report's lines. */
export async function latencySection(quick: boolean, log: (line: string) => void): Promise<string[]> {
  const api = new SlowBotApi().install();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-latency-'));
  let redis: PrivateRedis | undefined;
  try {
    if (redisAvailable) redis = await startRedis();
    let n = 0;
    const openers: Record<StoreKind, (() => Promise<Opened>) | undefined> = {
      memory: async () => {
        const limits = createSendLimits(TELEGRAM_SEND_LIMITS);
        return { store: new MemoryStore(), seen: new MemorySeenUpdates(), limits, close: () => limits.close() };
      },
      sqlite: async () => {
        const { store, seen } = await openStore(`sqlite:${path.join(dir, `latency-${++n}.db`)}`);
        const limits = createSendLimits(TELEGRAM_SEND_LIMITS);
        return {
          store,
          seen,
          limits,
          close: async () => {
            await limits.close();
            await store.close();
          },
        };
      },
      redis: redis
        ? async () => {
            const prefix = `refund-coach-latency-${++n}:`;
            const store = await RedisStore.connect(redis!.url, { prefix });
            const limits = createSendLimits(TELEGRAM_SEND_LIMITS, { redis: new Redis(redis!.url, { maxRetriesPerRequest: 3 }), prefix });
            return {
              store,
              seen: store,
              limits,
              close: async () => {
                await limits.stop();
                await limits.close();
                await store.close();
              },
            };
          }
        : undefined,
    };
    const settings = latencySettings(quick);
    const cells: Array<Promise<CellResult>> = [];
    for (const kind of ['memory', 'sqlite', 'redis'] as const) {
      const open = openers[kind];
      if (!open) continue;
      for (const pace of settings) cells.push(runCell(api, kind, pace, open));
    }
    const started = performance.now();
    const results = await Promise.all(cells);
    log(`latency cells done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    return report(results, settings, redis === undefined);
  } finally {
    api.uninstall();
    await redis?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function report(results: CellResult[], settings: PaceSettings[], redisSkipped: boolean): string[] {
  const ms = (n: number) => (Number.isNaN(n) ? '—' : String(Math.round(n)));
  const rows: string[][] = [
    [
      'store',
      'answers every',
      'people',
      'replies',
      'p50 (ms)',
      'p99 (ms)',
      'max (ms)',
      'lost',
      'msgs / edits per turn',
      'busiest chat second',
      'busiest second',
      '429s',
    ],
  ];
  let verdicts: string[] = [];
  for (const r of results) {
    const p50 = pct(r.samples, 50);
    const p99 = pct(r.samples, 99);
    const target = r.paceS === LATENCY_TARGETS.paceS;
    const ok = p50 < LATENCY_TARGETS.p50Ms && p99 < LATENCY_TARGETS.p99Ms;
    rows.push([
      r.store,
      `${r.paceS} s`,
      String(r.people),
      String(r.samples.length),
      ms(p50),
      `${ms(p99)}${target ? (ok ? ' PASS' : ' FAIL') : ''}`,
      ms(r.samples.at(-1) ?? NaN),
      String(r.lost),
      `${(r.sends / r.turns).toFixed(2)} / ${(r.edits / r.turns).toFixed(2)}`,
      String(r.busiestChatSecond),
      String(r.busiestSecond),
      `${r.tooMany}${r.tooMany === 0 ? ' PASS' : ' FAIL'}`,
    ]);
    for (const [message, count] of r.logged) verdicts.push(`${r.store}, every ${r.paceS} s: ${count} × ${message}`);
  }
  if (verdicts.length > 20) verdicts = [...verdicts.slice(0, 20), `… and ${verdicts.length - 20} more`];
  const paces = settings.map((s) => `${s.paceS} s: ${s.people} people × ${s.answers} answers`).join('; ');
  return [
    "Latency: from a person's message to the last message of the reply, with Telegram's send limits kept as in production",
    `(global 30/s; per chat a burst of ${TELEGRAM_SEND_LIMITS.chatBurst}, then ${TELEGRAM_SEND_LIMITS.chatPerSecond}/s; on Redis the limits live in Redis) and a fake Bot API answering every call in ${API_MS} ms.`,
    `People in parallel, each in their own chat, playing whole journeys; one bot per row, all rows at once (${paces}).`,
    `429s: sends (messages and edits) Telegram would have refused: a chat's ${GUIDANCE.chatBurst + 1}th in a second or ${GUIDANCE.chatPer10s + 1}th in 10 s, or the bot's ${GUIDANCE.globalPerSecond + 1}th in a second.`,
    `Goal at one answer every ${LATENCY_TARGETS.paceS} s: p50 < ${LATENCY_TARGETS.p50Ms} ms, p99 < ${LATENCY_TARGETS.p99Ms} ms, on every store; no 429s anywhere.`,
    ...(redisSkipped ? ['(Redis rows skipped: redis-server not on PATH)'] : []),
    '',
    formatTable(rows),
    '',
    verdicts.length ? `Logged by the bots: ${verdicts.join('; ')}` : 'Logged by the bots: no warnings or errors.',
  ];
}

export function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
