/**
 * `npm run bench` (add `-- --quick` for a fast check; `-- --latency` or `-- --web` for one section): how fast refund-coach handles Telegram
 * updates compared with a bare telegraf bot, how long a turn takes, how much it stores per
 * conversation, and whether memory stays flat over a long run. Not a jest test.
 *
 * The Bot API is stubbed in the process and answers at once, so the figures are the bots' own
 * cost. The same scripted people (see journeys.ts) talk to:
 *   (a) a bare telegraf bot making the same Telegram calls with fixed text and no state,
 *   (b) refund-coach on SQLite (a temp file, WAL, as in production),
 *   (c) refund-coach on Redis (a private redis-server on a free 127.0.0.1 port).
 * Updates arrive 100 to a batch from 1,000 chats in progress; a batch is handled with
 * Promise.all(bot.handleUpdate), as telegraf's polling does. (a), (b), (c) run in the same
 * process after a warm-up, in alternating order, over several rounds; the ratio is taken per
 * round and the median reported.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import Redis from 'ioredis';
import type { SeenUpdates, Store } from '../../src/core/ports';
import { openStore } from '../../src/stores/open-store';
import { RedisStore } from '../../src/stores/redis-store';
import { redisAvailable, startRedis, type PrivateRedis } from '../support/redis';
import { bareBot, checkJourneys, coachBot, floorBot, type Handle } from './bots';
import { JOURNEYS, Workload } from './journeys';
import { latencySection } from './latency';
import { TelegramStub } from './telegram-stub';
import { webSection } from './web';

const quick = process.argv.includes('--quick');
/** Only the latency section (see latency.ts). */
const latencyOnly = process.argv.includes('--latency');
/** Only the web chat under load (see web.ts). */
const webOnly = process.argv.includes('--web');

const SETTINGS = quick
  ? {
      warmupBatches: 20,
      rounds: 2,
      batchesPerRound: 60,
      soloUpdates: 600,
      sizeChats: 500,
      longUpdates: 60_000,
      longConversations: 6_000,
      longCheckpointEvery: 20_000,
    }
  : {
      warmupBatches: 60,
      rounds: 5,
      batchesPerRound: 150,
      soloUpdates: 3_000,
      sizeChats: 2_000,
      longUpdates: 1_000_000,
      longConversations: 100_000,
      longCheckpointEvery: 200_000,
    };
const BATCH_SIZE = 100;
const ACTIVE_CHATS = 1000;
/** Updates handled before the long run's memory baseline (JIT, caches, bounded maps filled). */
const LONG_WARMUP_UPDATES = 30_000;

const TARGETS = {
  ratio: { sqlite: 0.8, redis: 0.7 },
  /** Issue 10: the coach against the floor of (d), measured in the same run. */
  floorRatio: 0.4,
  p99Ms: { sqlite: 5, redis: 15 },
  bytesAvg: 2048,
  bytesMax: 16_384,
  heapGrowthMb: 10,
};

// ---------------------------------------------------------------------------------------------
// Small helpers

/** The gc() function: --expose-gc when given, else switched on here (same V8 flag). */
const gc: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  })();

async function settledMemory(): Promise<{ heap: number; rss: number }> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, rss: usage.rss };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 0.1 ? n.toFixed(3) : n < 10 ? n.toFixed(2) : n.toFixed(1));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const signedMb = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024 / 1024).toFixed(1)} MB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function log(line: string): void {
  process.stderr.write(`  … ${line}\n`);
}

/** Latencies in ms, appended without allocating per update. */
class Latencies {
  private values = new Float64Array(1 << 16);
  length = 0;
  add(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  sorted(): Float64Array {
    return this.values.slice(0, this.length).sort();
  }
}

/**
 * Handles `batches` batches from `workload`, each with Promise.all of handleUpdate, timing each
 * update around handleUpdate and each batch as a whole. Returns the seconds spent handling.
 */
async function runBatches(handle: Handle, workload: Workload, batches: number, latencies?: Latencies): Promise<number> {
  let seconds = 0;
  for (let b = 0; b < batches; b++) {
    const batch = workload.nextBatch();
    const started = performance.now();
    if (latencies) {
      await Promise.all(
        batch.map(async (update) => {
          const t0 = performance.now();
          await handle(update);
          latencies.add(performance.now() - t0);
        }),
      );
    } else {
      await Promise.all(batch.map(handle));
    }
    seconds += (performance.now() - started) / 1000;
  }
  return seconds;
}

/** Handles updates one at a time (no other turn in flight): the turn's own cost. */
async function runSolo(handle: Handle, workload: Workload, updates: number, latencies: Latencies): Promise<void> {
  while (latencies.length < updates) {
    for (const update of workload.nextBatch()) {
      const t0 = performance.now();
      await handle(update);
      latencies.add(performance.now() - t0);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The machine and the command

function machine(): string[] {
  const cpus = os.cpus();
  const lines = [
    `machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.type()} ${os.release()} ${os.arch()}`,
    `node ${process.version} (V8 ${process.versions.v8}), SQLite via better-sqlite3, ${redisVersion()}`,
  ];
  return lines;
}

function redisVersion(): string {
  try {
    return execSync('redis-server --version', { encoding: 'utf8' })
      .trim()
      .replace(/\s+sha=.*$/, '');
  } catch {
    return 'redis-server not found';
  }
}

function command(): string {
  const script = path.relative(process.cwd(), process.argv[1] ?? '');
  const flags = process.execArgv.filter((f) => !/tsx[\\/]dist/.test(f) && f !== '--require' && f !== '--import');
  const direct = ['node', ...flags, '--import tsx', script, ...process.argv.slice(2)].join(' ');
  const given = process.argv.slice(2).filter((a) => a.startsWith('--'));
  const viaNpm = process.env.npm_lifecycle_event === 'bench' ? `npm run bench${given.length ? ` -- ${given.join(' ')}` : ''}  →  ` : '';
  return `${viaNpm}${direct}`;
}

// ---------------------------------------------------------------------------------------------
// Bots and their stores

interface Contender {
  key: 'bare' | 'floor' | 'sqlite' | 'redis';
  handle: Handle;
  store?: Store;
  rates: number[];
  latencies: Latencies;
  solo: Latencies;
  updates: number;
  conversations: number;
  /** Bot API calls made during the rounds. */
  apiCalls: number;
  mismatches: number;
}

function contender(key: Contender['key'], handle: Handle, store?: Store): Contender {
  return { key, handle, store, rates: [], latencies: new Latencies(), solo: new Latencies(), updates: 0, conversations: 0, apiCalls: 0, mismatches: 0 };
}

let chatRange = 0;
/** A fresh range of chat ids (10 digits, like today's Telegram user ids), so no two workloads share a conversation. */
function nextChatBase(): number {
  return 5_000_000_000 + 1_000_000 * ++chatRange;
}

interface StoredSize {
  conversations: number;
  avg: number;
  max: number;
  /** Average over conversations whose journey reached the closing summary. */
  avgFinished: number;
}

/** `chats` new chats, each playing its whole journey through `handle` (not timed). */
async function playedToTheEnd(stub: TelegramStub, handle: Handle, chats: number): Promise<Workload> {
  stub.reset();
  const workload = new Workload(stub, { seed: 4242, chatBase: nextChatBase(), activeChats: chats, batchSize: BATCH_SIZE, drain: true, strict: true });
  while (!workload.finished) await Promise.all(workload.nextBatch().map(handle));
  return workload;
}

/** Reads every conversation of the workload back from the store and measures its record. */
async function storedSizes(store: Store, workload: Workload): Promise<StoredSize> {
  let total = 0;
  let max = 0;
  let found = 0;
  let finishedTotal = 0;
  let finished = 0;
  for (const [i, id] of workload.chatIds.entries()) {
    const record = await store.load(`tg:${id}`);
    if (!record) continue;
    const bytes = Buffer.byteLength(record.data, 'utf8');
    total += bytes;
    max = Math.max(max, bytes);
    found++;
    if (workload.chatJourneys[i]!.ends === 'summary') {
      finishedTotal += bytes;
      finished++;
    }
  }
  return { conversations: found, avg: found ? total / found : 0, max, avgFinished: finished ? finishedTotal / finished : 0 };
}

/**
 * The largest record a single chat can make: a long conversation that goes everywhere (every
 * appeal channel, every refusal, back and forth, an order number, a language switch).
 */
async function worstCase(stub: TelegramStub, store: Store, seen: SeenUpdates): Promise<{ id: number; turns: number }> {
  const handle = coachBot(store, seen);
  const steps = [
    ...JOURNEYS.find((j) => j.name.startsWith('appeal with drafts'))!.steps.slice(0, 9), // …to the order-number question
    { type: 'P2026112012345678P2026112012345678' },
    ...Array.from({ length: 40 }, (_, i) => [
      { press: ['cs', 'email', 'complain12315', 'heimao', 'social'][i % 5]! },
      { press: 'notWorked' },
      { type: '/lang' },
      { type: '/summary' },
    ]).flat(),
  ];
  const workload = new Workload(stub, {
    seed: 7,
    chatBase: nextChatBase(),
    activeChats: 1,
    batchSize: 1,
    journeys: [{ name: 'worst', lang: 'en', weight: 1, ends: '', steps }],
  });
  for (let i = 0; i < steps.length; i++) for (const update of workload.nextBatch()) await handle(update);
  return { id: workload.chatIds[0]!, turns: steps.length };
}

/** What Redis itself holds: MEMORY USAGE of conversation keys and of seen-update keys. */
async function redisMemory(url: string, prefix: string, chatIds: number[]): Promise<{ convAvg: number; seenAvg: number; seenKeys: number }> {
  const client = new Redis(url, { lazyConnect: true });
  await client.connect();
  try {
    let total = 0;
    let n = 0;
    for (const id of chatIds.slice(0, 2000)) {
      const bytes = await client.memory('USAGE', `${prefix}conv:tg:${id}`);
      if (bytes) {
        total += Number(bytes);
        n++;
      }
    }
    const [, seenSample] = await client.scan('0', 'MATCH', `${prefix}seen:*`, 'COUNT', 2000);
    let seenTotal = 0;
    for (const key of seenSample) seenTotal += Number((await client.memory('USAGE', key)) ?? 0);
    let seenKeys = 0;
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}seen:*`, 'COUNT', 10_000);
      seenKeys += keys.length;
      cursor = next;
    } while (cursor !== '0');
    return { convAvg: n ? total / n : 0, seenAvg: seenSample.length ? seenTotal / seenSample.length : 0, seenKeys };
  } finally {
    client.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// The long run: memory over many conversations and many updates

interface LongRun {
  store: string;
  updates: number;
  conversations: number;
  rate: number;
  baseline: { heap: number; rss: number; updates: number };
  atConversations?: { heap: number; rss: number; updates: number; conversations: number };
  end: { heap: number; rss: number };
  samples: Array<{ updates: number; conversations: number; heap: number; rss: number }>;
}

async function longRun(stub: TelegramStub, dir: string): Promise<LongRun> {
  stub.reset();
  const file = path.join(dir, 'long.db');
  const { store, seen } = await openStore(`sqlite:${file}`);
  const handle = coachBot(store, seen);
  const workload = new Workload(stub, { seed: 99, chatBase: nextChatBase(), activeChats: ACTIVE_CHATS, batchSize: BATCH_SIZE }, false);
  await runBatches(handle, workload, LONG_WARMUP_UPDATES / BATCH_SIZE);
  const base = await settledMemory();
  const baseline = { ...base, updates: workload.updates };
  const startConversations = workload.conversations;
  const startUpdates = workload.updates;
  const samples: LongRun['samples'] = [{ updates: 0, conversations: 0, ...base }];
  let atConversations: LongRun['atConversations'];
  let seconds = 0;
  let nextCheckpoint = SETTINGS.longCheckpointEvery;
  const started = performance.now();
  while (workload.updates - startUpdates < SETTINGS.longUpdates || workload.conversations - startConversations < SETTINGS.longConversations) {
    seconds += await runBatches(handle, workload, 10);
    const updates = workload.updates - startUpdates;
    const conversations = workload.conversations - startConversations;
    if (!atConversations && conversations >= SETTINGS.longConversations) {
      const m = await settledMemory();
      atConversations = { ...m, updates, conversations };
      samples.push({ updates, conversations, ...m });
    }
    if (updates >= nextCheckpoint) {
      nextCheckpoint += SETTINGS.longCheckpointEvery;
      const m = await settledMemory();
      samples.push({ updates, conversations, ...m });
      log(
        `long run: ${int(updates)} updates, ${int(conversations)} conversations, ${int(updates / seconds)} updates/s, heap ${mb(m.heap)}, RSS ${mb(m.rss)} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
  }
  const end = await settledMemory();
  const updates = workload.updates - startUpdates;
  const conversations = workload.conversations - startConversations;
  if (samples.at(-1)!.updates !== updates) samples.push({ updates, conversations, ...end });
  const fileBytes = fs.statSync(file).size;
  await store.close();
  return {
    store: `SQLite temp file, WAL (${mb(fileBytes)} on disk at the end)`,
    updates,
    conversations,
    rate: updates / seconds,
    baseline,
    atConversations,
    end,
    samples,
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const benchStarted = performance.now();
  if (webOnly) {
    console.log([`refund-coach bench --web${quick ? ' --quick' : ''}`, ...machine(), `command: ${command()}`, ''].join('\n'));
    console.log((await webSection(quick, log, formatTable)).join('\n'));
    console.log(`\nbench took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`);
    return;
  }
  if (latencyOnly) {
    console.log([`refund-coach bench --latency${quick ? ' --quick' : ''}`, ...machine(), `command: ${command()}`, ''].join('\n'));
    console.log((await latencySection(quick, log)).join('\n'));
    console.log(`\nbench took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`);
    return;
  }
  console.log(
    [
      `refund-coach bench${quick ? ' --quick (fewer updates: a fast check, figures indicative only)' : ''}`,
      ...machine(),
      `command: ${command()}`,
      'Telegram API: stubbed in-process (Telegram.prototype.callApi answers at once; no network, no JSON)',
      '',
    ].join('\n'),
  );

  const stub = new TelegramStub().install();
  const problems = await checkJourneys(stub);
  if (problems.length > 0) {
    console.error(`The scripted journeys no longer match the coach:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    stub.uninstall();
    return;
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-bench-'));
  let redis: PrivateRedis | undefined;
  const closers: Array<() => Promise<void>> = [];
  try {
    const sqlite = await openStore(`sqlite:${path.join(dir, 'bench.db')}`);
    closers.push(() => sqlite.store.close());
    const contenders = [
      contender('bare', bareBot()),
      contender('floor', floorBot(path.join(dir, 'floor.db'))),
      contender('sqlite', coachBot(sqlite.store, sqlite.seen), sqlite.store),
    ];
    const redisPrefix = 'refund-coach-bench:';
    if (redisAvailable) {
      redis = await startRedis();
      const redisStore = await RedisStore.connect(redis.url, { prefix: redisPrefix });
      closers.push(() => redisStore.close());
      contenders.push(contender('redis', coachBot(redisStore, redisStore), redisStore));
    } else {
      console.log('(c) skipped: redis-server not on PATH\n');
    }

    // Warm-up: JIT, i18n, prepared statements, the Redis connection.
    for (const c of contenders) {
      stub.reset();
      const workload = new Workload(stub, { seed: 1000, chatBase: nextChatBase(), activeChats: ACTIVE_CHATS, batchSize: BATCH_SIZE }, false);
      await runBatches(c.handle, workload, SETTINGS.warmupBatches);
    }
    log(`warm-up done (${int(SETTINGS.warmupBatches * BATCH_SIZE)} updates per bot)`);

    // Rounds in rotating order, the same script for every bot within a round.
    const ratios = new Map<string, number[]>(contenders.map((c) => [c.key, []]));
    for (let round = 0; round < SETTINGS.rounds; round++) {
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
      const rate = new Map<string, number>();
      for (const c of order) {
        stub.reset();
        await settledMemory(); // no bot pays for another's garbage
        const workload = new Workload(
          stub,
          { seed: round + 1, chatBase: nextChatBase(), activeChats: ACTIVE_CHATS, batchSize: BATCH_SIZE, strict: c.key !== 'bare' && c.key !== 'floor' },
          false,
        );
        const seconds = await runBatches(c.handle, workload, SETTINGS.batchesPerRound, c.latencies);
        c.updates += workload.updates;
        c.conversations += workload.conversations;
        c.apiCalls += stub.totalCalls();
        c.rates.push(workload.updates / seconds);
        c.mismatches += workload.mismatches;
        rate.set(c.key, workload.updates / seconds);
      }
      for (const c of contenders) ratios.get(c.key)!.push(rate.get(c.key)! / rate.get('bare')!);
      log(`round ${round + 1}/${SETTINGS.rounds}: ${order.map((c) => `${c.key} ${int(rate.get(c.key)!)}/s`).join(', ')}`);
    }

    // Turn latency with nothing else in flight.
    for (const c of contenders) {
      stub.reset();
      const workload = new Workload(stub, { seed: 500, chatBase: nextChatBase(), activeChats: ACTIVE_CHATS, batchSize: BATCH_SIZE }, false);
      await runSolo(c.handle, workload, SETTINGS.soloUpdates, c.solo);
    }
    log('one-at-a-time latencies done');

    // Bytes stored per conversation: whole journeys played, then read back from each store.
    const sizes = new Map<string, StoredSize>();
    let redisChats: number[] = [];
    for (const c of contenders) {
      if (!c.store) continue;
      const played = await playedToTheEnd(stub, c.handle, SETTINGS.sizeChats);
      c.mismatches += played.mismatches;
      sizes.set(c.key, await storedSizes(c.store, played));
      if (c.key === 'redis') redisChats = played.chatIds;
    }
    stub.reset();
    const worst = await worstCase(stub, sqlite.store, sqlite.seen);
    const worstBytes = Buffer.byteLength((await sqlite.store.load(`tg:${worst.id}`))?.data ?? '', 'utf8');
    const redisMem = redis ? await redisMemory(redis.url, redisPrefix, redisChats) : undefined;
    log('stored sizes read back');

    const long = await longRun(stub, dir);

    const latency = await latencySection(quick, log);
    const web = await webSection(quick, log, formatTable);

    report({ contenders, ratios, sizes, worst: { ...worst, bytes: worstBytes }, redisMem, long });
    console.log(`\n${latency.join('\n')}`);
    console.log(`\n${web.join('\n')}`);
    console.log(`\nbench took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`);
  } finally {
    stub.uninstall();
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await redis?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface Results {
  contenders: Contender[];
  ratios: Map<string, number[]>;
  sizes: Map<string, StoredSize>;
  worst: { turns: number; bytes: number };
  redisMem?: { convAvg: number; seenAvg: number; seenKeys: number };
  long: LongRun;
}

function report({ contenders, ratios, sizes, worst, redisMem, long }: Results): void {
  const byKey = new Map(contenders.map((c) => [c.key, c]));
  const keys = ['bare', 'floor', 'sqlite', 'redis'] as const;
  const labels = { bare: '(a) bare telegraf', floor: '(d) floor', sqlite: '(b) coach + SQLite', redis: '(c) coach + Redis' };
  const lat = new Map(contenders.map((c) => [c.key, { batch: c.latencies.sorted(), solo: c.solo.sorted() }]));
  const pct = (key: Contender['key'], which: 'batch' | 'solo', q: number) => percentile(lat.get(key)![which], q);
  /** One cell per contender; `skipped` for a contender that did not run. */
  const row = (name: string, f: (key: (typeof keys)[number], c: Contender) => string, target = ''): string[] => [
    name,
    ...keys.map((key) => (byKey.has(key) ? f(key, byKey.get(key)!) : 'skipped')),
    target,
  ];
  const coachOnly = (f: (key: 'sqlite' | 'redis', c: Contender) => string) => (key: (typeof keys)[number], c: Contender) =>
    key === 'bare' || key === 'floor' ? '—' : f(key, c);
  const floorRatio = (key: string) => median(ratios.get(key)!.map((r, round) => r / ratios.get('floor')![round]!));
  const ratio = (key: string) => median(ratios.get(key)!);
  const size = (key: 'sqlite' | 'redis') => sizes.get(key)!;

  const rows: string[][] = [
    ['metric', ...keys.map((k) => labels[k]), 'target'],
    row('updates/s (median of rounds)', (_k, c) => int(median(c.rates))),
    row(
      'ratio to (a) (median of per-round ratios)',
      (key) => (key === 'bare' ? '1.00' : key === 'floor' ? ratio(key).toFixed(3) : `${ratio(key).toFixed(3)} ${verdict(ratio(key) >= TARGETS.ratio[key])}`),
      `≥ ${TARGETS.ratio.sqlite} (b), ≥ ${TARGETS.ratio.redis} (c)`,
    ),
    row(
      'coach ÷ floor (d) (median of per-round ratios)',
      coachOnly((key) => `${floorRatio(key).toFixed(3)} ${verdict(floorRatio(key) >= TARGETS.floorRatio)}`),
      `≥ ${TARGETS.floorRatio}`,
    ),
    row('p50 turn, in a batch of 100 (ms)', (key) => ms(pct(key, 'batch', 50))),
    row(
      'p99 turn, in a batch of 100 (ms)',
      (key) =>
        key === 'bare' || key === 'floor' ? ms(pct(key, 'batch', 99)) : `${ms(pct(key, 'batch', 99))} ${verdict(pct(key, 'batch', 99) <= TARGETS.p99Ms[key])}`,
      `≤ ${TARGETS.p99Ms.sqlite} (b), ≤ ${TARGETS.p99Ms.redis} (c)`,
    ),
    row('p50 turn, one at a time (ms)', (key) => ms(pct(key, 'solo', 50))),
    row(
      'p99 turn, one at a time (ms)',
      (key) =>
        key === 'bare' || key === 'floor' ? ms(pct(key, 'solo', 99)) : `${ms(pct(key, 'solo', 99))} ${verdict(pct(key, 'solo', 99) <= TARGETS.p99Ms[key])}`,
      `≤ ${TARGETS.p99Ms.sqlite} (b), ≤ ${TARGETS.p99Ms.redis} (c)`,
    ),
    row(
      'bytes stored / conversation, average',
      coachOnly((key) => `${int(size(key).avg)} ${verdict(size(key).avg <= TARGETS.bytesAvg)}`),
      '≤ 2 KB',
    ),
    row(
      '  … of journeys that reached the summary',
      coachOnly((key) => int(size(key).avgFinished)),
    ),
    row(
      'bytes stored / conversation, max',
      coachOnly((key) => `${int(size(key).max)} ${verdict(size(key).max <= TARGETS.bytesMax)}`),
      '≤ 16 KB (hard cap)',
    ),
    row(
      'conversations read back',
      coachOnly((key) => int(size(key).conversations)),
    ),
    row('updates / conversations in the rounds', (_k, c) => `${int(c.updates)} / ${int(c.conversations)}`),
    row('Telegram calls / update', (_k, c) => (c.apiCalls / c.updates).toFixed(2)),
  ];

  const atConv = long.atConversations;
  const memRows: string[][] = [['point (after forced GC)', 'updates', 'conversations', 'heap used', 'RSS', 'heap growth', 'RSS growth']];
  for (const [i, s] of long.samples.entries()) {
    const name =
      i === 0
        ? `baseline (after ${int(long.baseline.updates)} updates)`
        : i === long.samples.length - 1
          ? 'end'
          : atConv && s.updates === atConv.updates
            ? `${int(SETTINGS.longConversations)} conversations`
            : 'checkpoint';
    memRows.push([
      name,
      int(s.updates),
      int(s.conversations),
      mb(s.heap),
      mb(s.rss),
      i === 0 ? '' : signedMb(s.heap - long.baseline.heap),
      i === 0 ? '' : signedMb(s.rss - long.baseline.rss),
    ]);
  }

  const mismatches = contenders.reduce((n, c) => n + c.mismatches, 0);
  const lines = [
    `Throughput and latency: ${SETTINGS.rounds} rounds × ${int(SETTINGS.batchesPerRound * BATCH_SIZE)} updates per bot, after ${int(SETTINGS.warmupBatches * BATCH_SIZE)} warm-up updates each;`,
    `bots in rotating order per round; ${int(ACTIVE_CHATS)} chats in progress at once (a finished chat is replaced by a new one); batches of ${BATCH_SIZE}`,
    `handled with Promise.all(handleUpdate); "one at a time": ${int(SETTINGS.soloUpdates)} updates each awaited alone.`,
    `Traffic: ${describeMix()}`,
    '',
    formatTable(rows),
    '',
    `Stored size: the record's data in UTF-8 bytes as store.load returns it, for ${int(SETTINGS.sizeChats)} chats per store that each played their whole journey.`,
    `Largest record built on purpose (${worst.turns} turns: every appeal channel, language switches, /summary, a 34-character order number): ${int(worst.bytes)} bytes ${verdict(worst.bytes <= TARGETS.bytesMax)} (16 KB cap).`,
    ...(redisMem
      ? [
          `Redis MEMORY USAGE: ${int(redisMem.convAvg)} bytes per conversation key; each handled update also keeps a seen-id key for 24 h ` +
            `(${int(redisMem.seenAvg)} bytes each; ${int(redisMem.seenKeys)} keys after this run).`,
        ]
      : []),
    `Presses whose button was not on the coach's current question: ${int(mismatches)} (0: the script followed the coach throughout).`,
    '',
    `Memory over a long run: refund-coach on ${long.store}; same traffic, ${int(ACTIVE_CHATS)} chats at once, batches of ${BATCH_SIZE}; ${int(long.rate)} updates/s over the run.`,
    formatTable(memRows),
    '',
    ...memorySummary(long),
    '',
    'Notes: with the API answering at once, throughput is the CPU cost per update. In a batch, the 100 turns interleave on one thread at every await,',
    'so a turn in a batch takes about as long as the whole batch; "one at a time" is the cost of a turn alone.',
  ];
  console.log(lines.join('\n'));
}

function memorySummary(long: LongRun): string[] {
  const limit = TARGETS.heapGrowthMb * 1024 * 1024;
  const growth = long.end.heap - long.baseline.heap;
  const at = long.atConversations;
  const lines: string[] = [];
  if (at && at.updates !== long.updates) {
    const atGrowth = at.heap - long.baseline.heap;
    lines.push(
      `heap growth over ${int(at.conversations)} distinct conversations (${int(at.updates)} updates): ${signedMb(atGrowth)} ${verdict(atGrowth <= limit)}, RSS ${signedMb(at.rss - long.baseline.rss)}`,
    );
  }
  const both = at && at.updates === long.updates ? ` and ${int(long.conversations)} distinct conversations` : ` (${int(long.conversations)} conversations)`;
  lines.push(
    `heap growth over ${int(long.updates)} updates${both}: ${signedMb(growth)} ${verdict(growth <= limit)} (target ≤ ${TARGETS.heapGrowthMb} MB); ` +
      `RSS ${signedMb(long.end.rss - long.baseline.rss)}, of which ${signedMb(long.end.rss - long.samples[1]!.rss)} after the first checkpoint`,
  );
  return lines;
}

function describeMix(): string {
  const total = JOURNEYS.reduce((n, j) => n + j.weight, 0);
  const steps = JOURNEYS.flatMap((j) => j.steps.map((s) => ({ s, w: j.weight })));
  const weightOf = (f: (s: (typeof steps)[number]['s']) => boolean) => steps.filter((x) => f(x.s)).reduce((n, x) => n + x.w, 0);
  const all = weightOf(() => true);
  const presses = weightOf((s) => 'press' in s || 'stale' in s);
  const full = JOURNEYS.filter((j) => j.ends === 'summary').reduce((n, j) => n + j.weight, 0);
  const zh = JOURNEYS.filter((j) => j.lang === 'zh').reduce((n, j) => n + j.weight, 0);
  return (
    `${JOURNEYS.length} scripted journeys, ${Math.round((100 * full) / total)}% to the end (app, website, Apple, appeal with drafts), the rest leave early; ` +
    `${Math.round((100 * zh) / total)}% of people in Chinese; ${Math.round((100 * presses) / all)}% of updates are button presses, the rest typed ("3 days ago", "第一次", "支付宝", "yes", "/summary", a sticker …).`
  );
}

function formatTable(rows: string[][]): string {
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) && !/[—…≤≥→−×]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
