/**
 * Crash safety: the real program, long polling the emulator with its conversations in SQLite
 * (and in Redis, where redis-server is installed), is killed with SIGKILL at seeded points
 * while people are mid-journey, and restarted on the same store. After every kill each
 * conversation must decode and stand where the answers the person saw acknowledged put it (or
 * one step on, for the turn in flight at the kill); no reply may come twice; and every
 * journey must reach its planned end.
 *
 * The emulator hands an update to the bot once (it ignores getUpdates offsets), so an update
 * the killed process took but did not finish is gone: the person, seeing no answer, sends
 * /start and carries on from the question shown. One the process never took is handled by
 * the next one. (Real Telegram would redeliver the taken update; the seen-updates table then
 * skips it, which comes to the same.)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type TelegramServer from 'telegram-test-api';
import { initialTransition, transition } from 'xstate';
import { decodeCallback } from '../src/adapters/telegram/callback-data';
import { toHtmlMessages } from '../src/adapters/telegram/render-telegram';
import { Engine, type Inbound } from '../src/core/engine';
import { decodeEnvelope } from '../src/core/envelope';
import type { Store } from '../src/core/ports';
import { MemoryStore } from '../src/stores/memory-store';
import { openStore } from '../src/stores/open-store';
import { activePrompt, coachMachine, type CoachSnapshot } from '../machines';
import { TOKEN, startEmulator } from './support/emulator';
import { seededRandom } from './support/fuzz-inputs';
import { describeWithRedis, startRedis, type PrivateRedis } from './support/redis';
import { ROOT, cleanEnv, exitOf, waitFor } from './support/program';

const SEED = 5_2026;
const JOURNEYS = 100;
const PARALLEL_CHATS = 8;
const KILLS = 6;
const FIRST_CHAT_ID = 8_000;
const POLL_MS = 20;
/** A reply slower than this means the bot is stuck, not slow: fail with what is known. */
const REPLY_DEADLINE_MS = 20_000;
const COMMANDS = new Set(['back', 'restart', 'help', 'why', 'summary', 'lang']);

type Random = () => number;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

// ---- what each person will do, and where that must leave their conversation ----

const press = (snapshot: CoachSnapshot, id: string): CoachSnapshot => transition(coachMachine, snapshot, { type: 'user.choice', id, at: Date.now() })[0];
const start = (): CoachSnapshot => initialTransition(coachMachine, { lang: 'en' })[0];

/** A short walk over the buttons (no commands), each press moving on to a new question. */
function planPresses(random: Random): string[] {
  const presses: string[] = [];
  let snapshot = start();
  for (let length = between(random, 2, 7); presses.length < length; ) {
    const movesOn = activePrompt(snapshot).choices.filter(
      (id) => !COMMANDS.has(id) && JSON.stringify(press(snapshot, id).context.trail) !== JSON.stringify(snapshot.context.trail),
    );
    if (movesOn.length === 0) break;
    const id = movesOn[Math.floor(random() * movesOn.length)]!;
    presses.push(id);
    snapshot = press(snapshot, id);
  }
  return presses;
}

/**
 * The stored conversation after `applied` journey inputs (the /start, then presses), in a
 * form that compares: dates depend on the day the test runs, so they are masked.
 */
function expectedAfter(presses: string[], applied: number): unknown {
  if (applied === 0) return undefined;
  const snapshot = presses.slice(0, applied - 1).reduce(press, start());
  return comparable(snapshot);
}

function comparable(snapshot: CoachSnapshot): unknown {
  const masked = JSON.parse(JSON.stringify(snapshot.context), (_key, value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'DATE' : value,
  );
  return { value: snapshot.value, context: masked };
}

/** How many messages the bot sends for each input, from an engine run in this process. */
async function messageCounts(presses: string[], thenStart = false): Promise<number[]> {
  const engine = new Engine({ store: new MemoryStore() });
  const inputs: Array<(turn: number) => Inbound> = [
    () => ({ kind: 'command', name: 'start' }),
    ...presses.map((id) => (turn: number) => ({ kind: 'choice' as const, id, turn })),
    ...(thenStart ? [() => ({ kind: 'command' as const, name: 'start' })] : []),
  ];
  const counts: number[] = [];
  let turn = 0;
  for (const input of inputs) {
    const reply = await engine.turn('oracle', input(turn), 'en');
    turn = reply.turn;
    counts.push(reply.messages.reduce((n, message) => n + toHtmlMessages(message.blocks).length, 0));
  }
  return counts;
}

// ---- the bot, as a process that can be killed and started again ----

/**
 * The program (src/main.ts) as startProgram runs it, but in one process. startProgram goes
 * through tsx's CLI, which runs the program in a child process of its own: SIGKILL to the CLI
 * cannot be passed on, and leaves the real bot running, still polling.
 */
function startProgramInOneProcess(env: Record<string, string>) {
  const loader = pathToFileURL(require.resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', loader, 'src/main.ts'], { cwd: ROOT, env: cleanEnv(env) });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return Object.assign(child, { output: () => out });
}

class BotUnderTest {
  down = false;
  kills = 0;
  private child?: ReturnType<typeof startProgramInOneProcess>;
  private up: Promise<void> = Promise.resolve();
  private release = () => {};
  readonly outputs: string[] = [];

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    const child = startProgramInOneProcess(this.env);
    this.child = child;
    await waitFor(() => child.output().includes('long polling started') || child.exitCode !== null);
    if (child.exitCode !== null) throw new Error(`the bot did not start: ${child.output()}`);
  }

  /** Resolves at once while the bot runs; during a kill, once it runs again. */
  whenUp(): Promise<void> {
    return this.up;
  }

  /** SIGKILL; `inspect` runs while it is down; then the bot starts again on the same store. */
  async killAndRestart(inspect: () => Promise<void>): Promise<void> {
    this.down = true;
    this.up = new Promise((resolve) => (this.release = resolve));
    const child = this.child!;
    child.kill('SIGKILL');
    await exitOf(child);
    this.outputs.push(child.output());
    this.kills++;
    await inspect();
    await this.start();
    this.down = false;
    this.release();
  }

  async stop(): Promise<number | null> {
    const child = this.child!;
    child.kill('SIGTERM');
    const code = await exitOf(child);
    this.outputs.push(child.output());
    return code;
  }

  forceStop(): void {
    this.child?.kill('SIGKILL');
  }
}

// ---- a person, talking to the bot through the emulator ----

interface BotMessage {
  text: string;
  message_id: number;
  reply_markup?: { inline_keyboard: Array<Array<{ callback_data?: string }>> };
}
/** The emulator's record of one update a person sent; `isRead` once a bot has taken it. */
interface EmulatorUpdate {
  isRead: boolean;
  message?: { chat: { id: number } };
  callbackQuery?: { message: { chat: { id: number } } };
}

/** One input a person sent, and every message that came back for it. */
interface Sent {
  what: string;
  /** Index among the journey's inputs (0 = /start), or undefined for a /start sent to catch up. */
  index?: number;
  update: EmulatorUpdate;
  messages: BotMessage[];
  expected: number;
  /**
   * Replies the next process sends from the store's outbox (a dead process saved them and
   * did not finish sending them): wait for all `expected` messages, not the first question.
   */
  recovered?: boolean;
}

const questionIn = (messages: BotMessage[]) => [...messages].reverse().find((m) => (m.reply_markup?.inline_keyboard.length ?? 0) > 0);
/** The reply in flight is complete: it ends with its question (all of them, when recovered). */
const answered = (sent: Sent) => questionIn(sent.messages) !== undefined && (!sent.recovered || sent.messages.length >= sent.expected);
// The first button with data: a draft's copy button (copy_text) carries none.
const turnOf = (question: BotMessage) => decodeCallback(question.reply_markup!.inline_keyboard.flat().find((b) => b.callback_data)!.callback_data)!.turn;

class Person {
  private readonly client;
  /** How many journey inputs the conversation may have taken: known exactly, or a range after a kill. */
  appliedMin = 0;
  appliedMax = 0;
  /** Journey inputs the store held at the last look (after a kill, or as replies showed). */
  storedApplied = 0;
  question?: BotMessage;
  inFlight?: Sent;
  readonly sent: Sent[] = [];
  /** Messages the next process sent from the outbox after a kill (the dead one may have sent some of them already). */
  recovered = 0;

  constructor(
    private readonly server: TelegramServer,
    readonly chatId: number,
    readonly presses: string[],
    readonly counts: number[],
  ) {
    this.client = server.getClient(TOKEN, { userId: chatId, chatId, firstName: 'Test', userName: `user${chatId}` });
  }

  get done(): boolean {
    return this.appliedMin === this.appliedMax && this.appliedMin === this.presses.length + 1;
  }

  /** Sends the next journey input, or /start to see where things stand after a lost turn. */
  async sendNext(): Promise<void> {
    const catchingUp = this.appliedMin !== this.appliedMax;
    const index = catchingUp ? undefined : this.appliedMin;
    if (index === 0 || index === undefined) {
      await this.client.sendCommand(this.client.makeCommand('/start') as never);
    } else {
      const id = this.presses[index - 1]!;
      const button = this.question!.reply_markup!.inline_keyboard.flat().find((b) => decodeCallback(b.callback_data)?.id === id);
      if (!button)
        throw new Error(
          `chat ${this.chatId}: no button ${id} for input ${index} of ${this.presses.join(',')}; question ${JSON.stringify(this.question)}; sent ${JSON.stringify(this.sent.map((x) => [x.what, x.messages.map((m) => m.text.slice(0, 30))]))}`,
        );
      const query = this.client.makeCallbackQuery(button.callback_data!, {
        message: { message_id: this.question!.message_id, text: this.question!.text },
      } as never);
      await this.client.sendCallback(query as never);
    }
    const expected = index !== undefined ? this.counts[index]! : await this.catchUpCount();
    const sent: Sent = {
      what: index === undefined ? 'catch-up /start' : index === 0 ? '/start' : this.presses[index - 1]!,
      index,
      update: this.latestUpdate(),
      messages: [],
      expected,
    };
    this.sent.push(sent);
    this.inFlight = sent;
  }

  /** Bot messages that arrived since the last look. */
  async newMessages(): Promise<BotMessage[]> {
    const response = await fetch(`${this.server.config.apiURL}/getUpdates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: TOKEN, chatId: this.chatId }),
    });
    const { result } = (await response.json()) as { result: Array<{ message: BotMessage; messageId: number }> };
    return result.map((u) => ({ ...u.message, message_id: u.messageId }));
  }

  /** The reply to the input in flight is complete (it ends with the question): take it in. */
  settle(): void {
    const sent = this.inFlight!;
    const question = questionIn(sent.messages)!;
    const applied = turnOf(question); // greeting is turn 1; each press moves on one
    if (sent.messages.length !== sent.expected)
      throw new Error(
        `chat ${this.chatId}: ${sent.messages.length} messages for ${sent.what}, ${sent.expected} expected (turn ${applied}, allowed ${this.appliedMin}..${this.appliedMax}): ${JSON.stringify(sent.messages.map((m) => m.text.slice(0, 60)))}; before: ${JSON.stringify(this.sent.slice(-4, -1).map((x) => [x.what, x.messages.length, x.expected]))}`,
      );
    expect({
      chat: this.chatId,
      sent: sent.what,
      messages: sent.messages.length,
      inRange: applied >= this.appliedMin && applied <= this.appliedMax + (sent.index === undefined ? 0 : 1),
    }).toEqual({ chat: this.chatId, sent: sent.what, messages: sent.expected, inRange: true });
    if (sent.index !== undefined && !sent.recovered) expect({ chat: this.chatId, applied }).toEqual({ chat: this.chatId, applied: sent.index + 1 });
    this.appliedMin = this.appliedMax = applied;
    this.storedApplied = applied;
    this.question = question;
    this.inFlight = undefined;
  }

  /** /start to a stored conversation says "welcome back" and asks again; to none, it greets. */
  private async catchUpCount(): Promise<number> {
    if (this.storedApplied === 0) return this.counts[0]!;
    return (await messageCounts(this.presses.slice(0, this.storedApplied - 1), true)).at(-1)!;
  }

  private latestUpdate(): EmulatorUpdate {
    const mine = (this.server.storage.userMessages as EmulatorUpdate[]).filter((u) => (u.message?.chat.id ?? u.callbackQuery?.message.chat.id) === this.chatId);
    return mine.at(-1)!;
  }
}

interface Progress {
  answered: number;
  /** Set when the test fails, so drivers and kills stop instead of running on. */
  halted: boolean;
}

/** Drives a few people, one after another, each through their journey; parks during kills. */
class Driver {
  parked = false;
  finished = false;
  current?: Person;

  constructor(
    private readonly bot: BotUnderTest,
    private readonly progress: Progress,
  ) {}

  async run(people: Person[]): Promise<void> {
    for (const person of people) {
      this.current = person;
      while (!person.done && !this.progress.halted) {
        await this.whenUp();
        if (person.done) break; // settled while the bot was down
        if (!person.inFlight) await person.sendNext();
        if ((await this.collect(person)) === 'answered') {
          person.settle();
          this.progress.answered++;
        }
      }
    }
    this.finished = true;
  }

  private async whenUp(): Promise<void> {
    if (!this.bot.down) return;
    this.parked = true;
    await this.bot.whenUp();
    this.parked = false;
  }

  private async collect(person: Person): Promise<'answered' | 'interrupted'> {
    const sent = person.inFlight!;
    const deadline = Date.now() + REPLY_DEADLINE_MS;
    for (;;) {
      if (this.bot.down || this.progress.halted) return 'interrupted';
      sent.messages.push(...(await person.newMessages()));
      if (answered(sent)) return 'answered';
      if (Date.now() > deadline)
        throw new Error(`chat ${person.chatId}: no answer to ${sent.what}; got ${JSON.stringify(sent.messages.map((m) => m.text.slice(0, 40)))}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
}

/**
 * After a kill, for one person: what came back for the input in flight, whether the dead
 * process had taken it, and whether the stored conversation is one the person's acknowledged
 * answers allow.
 */
async function inspectAfterKill(person: Person, store: Store): Promise<void> {
  const sent = person.inFlight;
  if (sent) {
    sent.messages.push(...(await person.newMessages()));
    if (answered(sent)) {
      person.settle();
    } else if (sent.update.isRead) {
      // Taken by the dead process: it may have been saved, and part of its reply sent, once.
      expect({ chat: person.chatId, sent: sent.what, atMost: sent.messages.length <= sent.expected }).toEqual({
        chat: person.chatId,
        sent: sent.what,
        atMost: true,
      });
      if (sent.index !== undefined) person.appliedMax = sent.index + 1;
      person.inFlight = undefined;
    }
    // Otherwise no process took it yet: the restarted one will, and its answer is awaited.
  }
  const record = await store.load(`tg:${person.chatId}`);
  const envelope = record ? decodeEnvelope(record.data) : undefined;
  expect({ chat: person.chatId, decodes: record === undefined || envelope !== undefined }).toEqual({ chat: person.chatId, decodes: true });
  const stored = envelope ? comparable(envelope.snapshot) : undefined;
  let matching: number | undefined;
  for (let applied = person.appliedMin; applied <= person.appliedMax; applied++) {
    if (JSON.stringify(expectedAfter(person.presses, applied)) === JSON.stringify(stored)) matching = applied;
  }
  expect({ chat: person.chatId, stored, allowed: `${person.appliedMin}..${person.appliedMax} inputs`, matches: matching !== undefined }).toEqual({
    chat: person.chatId,
    stored,
    allowed: `${person.appliedMin}..${person.appliedMax} inputs`,
    matches: true,
  });
  person.storedApplied = matching!;
  // Replies saved and not (all) sent: the next process sends them from the outbox, whole,
  // before taking new updates. Whatever of them the dead process had sent comes again.
  const unsent = record ? await new Engine({ store }).unsent(`tg:${person.chatId}`) : [];
  if (unsent.length === 0) return;
  const recoveredCount = unsent.reduce((n, { reply }) => n + reply.messages.reduce((m, message) => m + toHtmlMessages(message.blocks).length, 0), 0);
  const inFlight = person.inFlight;
  if (inFlight && !inFlight.update.isRead) {
    // Not taken yet: the recovered replies come first, then the answer to it.
    inFlight.expected += recoveredCount;
    inFlight.recovered = true;
    person.recovered += recoveredCount;
    return;
  }
  person.recovered += recoveredCount;
  const recovered: Sent = { what: 'recovered after a kill', update: { isRead: true }, messages: [], expected: recoveredCount, recovered: true };
  person.sent.push(recovered);
  person.inFlight = recovered;
}

/**
 * The whole run against one store: people drive their journeys in parallel while the bot is
 * killed at the seeded points and restarted, then every conversation is checked.
 */
async function journeysThroughKills(server: TelegramServer, storeUrl: string): Promise<void> {
  const random = seededRandom(SEED);
  const plans = Array.from({ length: JOURNEYS }, () => planPresses(random));
  const people = await Promise.all(plans.map(async (presses, i) => new Person(server, FIRST_CHAT_ID + i, presses, await messageCounts(presses))));
  const totalInputs = plans.reduce((n, presses) => n + presses.length + 1, 0);
  // Kill after a seeded number of answered inputs, then a seeded few milliseconds more, so
  // kills land anywhere in a turn: before it is taken, mid-save, mid-reply.
  const killAt = Array.from({ length: KILLS }, () => between(random, Math.floor(totalInputs * 0.05), Math.floor(totalInputs * 0.9))).sort((a, b) => a - b);
  const killDelays = killAt.map(() => between(random, 0, 40));

  // Scripted people press at machine speed; Telegram's one message a second per chat would
  // make the run take minutes (the limits have tests of their own: send-limits.test.ts).
  const bot = new BotUnderTest({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: server.config.apiURL,
    STORE_URL: storeUrl,
    LOG_LEVEL: 'info',
    SEND_LIMIT_CHAT: '1000',
    SEND_LIMIT_GLOBAL: '1000',
  });
  const progress: Progress = { answered: 0, halted: false };
  const drivers = Array.from({ length: PARALLEL_CHATS }, () => new Driver(bot, progress));
  await bot.start();
  try {
    const driving = Promise.all(drivers.map((driver, d) => driver.run(people.filter((_, i) => i % PARALLEL_CHATS === d))));
    const killing = (async () => {
      for (const [k, threshold] of killAt.entries()) {
        await waitFor(() => progress.answered >= threshold || progress.halted, 60_000);
        if (progress.halted) return;
        await new Promise((r) => setTimeout(r, killDelays[k]));
        await bot.killAndRestart(async () => {
          await waitFor(() => drivers.every((d) => d.parked || d.finished));
          const { store } = await openStore(storeUrl);
          try {
            for (const driver of drivers) if (driver.current) await inspectAfterKill(driver.current, store);
          } finally {
            await store.close();
          }
        });
      }
    })();
    await Promise.all([driving, killing]);
    expect(bot.kills).toBe(KILLS);
    expect(await bot.stop()).toBe(0);
  } finally {
    progress.halted = true;
    bot.forceStop();
  }

  // Every journey ended where its presses lead, and nothing was sent twice along the way.
  const { store } = await openStore(storeUrl);
  try {
    for (const person of people) {
      const record = await store.load(`tg:${person.chatId}`);
      const stored = record ? decodeEnvelope(record.data) : undefined;
      expect({ chat: person.chatId, stored: stored && comparable(stored.snapshot) }).toEqual({
        chat: person.chatId,
        stored: expectedAfter(person.presses, person.presses.length + 1),
      });
      for (const sent of person.sent)
        expect({ chat: person.chatId, sent: sent.what, tooMany: sent.messages.length > sent.expected }).toEqual({
          chat: person.chatId,
          sent: sent.what,
          tooMany: false,
        });
    }
  } finally {
    await store.close();
  }
  expect(bot.outputs.join('\n')).not.toMatch(/update failed|bot stopped on an error/);
  const inputs = people.reduce((n, p) => n + p.sent.filter((x) => x.index !== undefined).length, 0);
  const recovered = people.reduce((n, p) => n + p.recovered, 0);
  process.stdout.write(
    `[crash-safety] ${storeUrl.split(':')[0]}: ${KILLS} kills, ${inputs} inputs sent, 0 lost, 0 applied twice; ${recovered} reply messages sent from the outbox by the next process\n`,
  );
}

const TITLE = `loses and repeats nothing across ${KILLS} SIGKILLs during ${JOURNEYS} journeys`;

describe('crash safety', () => {
  let server: TelegramServer;

  beforeEach(async () => {
    server = await startEmulator();
  });

  afterEach(async () => {
    await server.stop();
  });

  it(`${TITLE} (SQLite)`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-crash-'));
    try {
      await journeysThroughKills(server, `sqlite:${path.join(dir, 'coach.db')}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  describeWithRedis('on Redis', () => {
    let redis: PrivateRedis;
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      await redis?.stop();
    });

    it(`${TITLE} (Redis)`, () => journeysThroughKills(server, redis.url), 120_000);
  });
});
