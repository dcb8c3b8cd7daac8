/**
 * The web section of `npm run bench` (alone: `npm run bench -- --web`): the web chat under a
 * crowd, as when a post about the coach brings many people at once. No Telegram in front: the
 * visitors' turns reach the fastify server as fast as it answers them.
 *
 * One process: the server (the production web chat: composeApp, webChatRoutes with its rate
 * limits and headers, on SQLite or on a private Redis) runs on the main thread, and autocannon
 * drives it from one worker thread, so the load generator has the machine's other core. Each
 * autocannon connection is a visitor playing a scripted journey (journeys.ts, the Telegram
 * bench's mix) through POST /api/turn as the page does: no cookie at first (the server issues
 * one), then the cookie with each button press (the token from the last reply's choices) or
 * typed answer; a finished visitor is followed on the same connection by a new one.
 *
 * Side by side on the same server, the floor: POST /floor/turn does only what any web chat turn
 * must: read the signed cookie (or issue one), one store read and one upsert (SQLite: a prepared
 * SELECT and INSERT … ON CONFLICT in a table of its own; Redis: GET and SET with a TTL), and a
 * reply of the same shape and size as the coach's, as JSON. The coach and the floor take turns
 * at each number of visitors (floor first in odd rounds, coach first in even ones), and coach ÷
 * floor is taken per round, so a busy neighbour on the machine slows both alike.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import Redis from 'ioredis';
import { cookieHeader, newWebId, readCookieId, signWebId } from '../../src/adapters/web/conversation-cookie';
import { pageTexts } from '../../src/adapters/web/page-texts';
import { sharedRateLimits } from '../../src/adapters/web/rate-limit-redis';
import { webChatRoutes } from '../../src/adapters/web/web-chat-routes';
import { composeApp, type App } from '../../src/app/compose';
import type { Logger } from '../../src/core/ports';
import { buildHttpApp } from '../../src/http/server';
import { redisAvailable, startRedis, type PrivateRedis } from '../support/redis';
import { AT } from './bots';
import { JOURNEYS } from './journeys';

// The visitor as autocannon's worker loads it (plain CommonJS), and its functions for the check.
const VISITOR = path.join(__dirname, 'web-visitor');
const visitor = require('./web-visitor/visitor.cjs') as {
  setupRequest(request: VisitorRequest, context: VisitorContext): VisitorRequest | undefined;
  onResponse(status: number, body: string, context: VisitorContext, headers: Record<string, string | string[]>): void;
};

interface VisitorRequest {
  turnPath: string;
  journeys: typeof JOURNEYS;
  total: number;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

interface VisitorContext {
  journey?: (typeof JOURNEYS)[number];
  state?: string;
  mismatches?: number;
}

export const WEB_TARGETS = { visitors: 200, floorRatio: 0.5, p99Ms: 100 };

export function webSettings(quick: boolean) {
  return quick
    ? { seconds: 2, rounds: 1, warmupSeconds: 2, visitors: [50, 200, 1000] }
    : { seconds: 4, rounds: 2, warmupSeconds: 3, visitors: [50, 200, 1000] };
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The store's idle time (CONVERSATION_TTL_DAYS's default): how long cookies and floor records live. */
const TTL_MS = 30 * DAY_MS;
/** Rate limits far above the load: their bookkeeping is measured, not their refusals. */
const NO_REFUSALS = { perIp: 1e9, perConversation: 1e9, pagePerIp: 1e9, newPerIp: 1e9 };

export type Route = 'floor' | 'coach';
export type StoreKind = 'sqlite' | 'redis';

/** The floor's one read and one upsert. */
interface FloorKv {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}

function sqliteKv(file: string): FloorKv {
  const db = new Database(file);
  // As the coach's SQLite store opens its file (WAL, synchronous NORMAL).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS floor (key TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at INTEGER NOT NULL)');
  const read = db.prepare<[string], { data: string }>('SELECT data FROM floor WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO floor (key, data, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
  );
  return {
    get: async (key) => read.get(key)?.data,
    set: async (key, value) => {
      upsert.run(key, value, Date.now());
    },
    close: async () => {
      db.close();
    },
  };
}

function redisKv(url: string): FloorKv {
  // As the coach's Redis store connects (auto-pipelining on).
  const client = new Redis(url, { enableAutoPipelining: true });
  return {
    get: async (key) => (await client.get(key)) ?? undefined,
    set: async (key, value) => {
      await client.set(key, value, 'PX', TTL_MS);
    },
    close: async () => {
      client.disconnect();
    },
  };
}

/** The floor's reply: the shape and size of the coach's answer to a question with six choices. */
function floorAnswer(lang: 'en' | 'zh') {
  const choices = ['today', 'days1to3', 'days4to6', 'day7', 'over7', 'unsure'].map((id) => ({ label: id, token: `1:${id}` }));
  const text =
    'When did you open the membership? Pick the closest, or type the date (e.g. “3 days ago”, “Nov 20”).\n\n' +
    'Why it matters: the guide’s 7-day window counts from the day you paid.';
  return { lang, ui: pageTexts(lang), reply: { messages: [{ blocks: [{ text, draft: false }], choices }], choices, state: 'askOpened' } };
}

/** POST /floor/turn: the cookie, one read, one upsert, JSON out. Nothing else. */
function floorRoutes(kv: FloorKv, cookieKey: Uint8Array): FastifyPluginAsync {
  const answers = { en: floorAnswer('en'), zh: floorAnswer('zh') };
  return async (app: FastifyInstance) => {
    app.post<{ Body: { text?: string; choice?: string; lang?: 'en' | 'zh' } }>('/floor/turn', { bodyLimit: 4 * 1024 }, async (request, reply) => {
      let id = readCookieId(request, cookieKey).id;
      if (!id) {
        id = newWebId();
        void reply.header('set-cookie', cookieHeader(signWebId(id, cookieKey), TTL_MS, false));
      }
      const key = `floor:${id}`;
      const stored = await kv.get(key);
      const turns = stored ? (JSON.parse(stored) as { turns: number }).turns + 1 : 1;
      const { text, choice, lang } = request.body;
      await kv.set(key, JSON.stringify({ turns, last: text ?? choice ?? '' }));
      return answers[lang === 'zh' ? 'zh' : 'en'];
    });
  };
}

/** Counts what the coach logs as a problem (a warning or error during the load is reported). */
function countingLogger(): Logger & { problems: string[] } {
  const problems: string[] = [];
  return {
    problems,
    info() {},
    warn(_fields, message) {
      problems.push(`warn: ${message}`);
    },
    error(_fields, message) {
      problems.push(`error: ${message}`);
    },
  };
}

export interface Server {
  kind: StoreKind;
  url: string;
  app: FastifyInstance;
  composed: App;
  logger: ReturnType<typeof countingLogger>;
  close(): Promise<void>;
}

export async function startServer(kind: StoreKind, dir: string, redis?: PrivateRedis): Promise<Server> {
  const logger = countingLogger();
  const storeUrl = kind === 'sqlite' ? `sqlite:${path.join(dir, 'web-coach.db')}` : redis!.url;
  // As runWeb composes it: follow-ups shown on a visit, no outbox (the reply is the response).
  const composed = await composeApp({ storeUrl, conversationTtlMs: TTL_MS, logger, followUps: 'deliver', outbox: false, now: () => AT });
  const kv = kind === 'sqlite' ? sqliteKv(path.join(dir, 'web-floor.db')) : redisKv(redis!.url);
  const cookieKey = new Uint8Array(32).fill(7);
  const app = buildHttpApp({
    logger,
    // 1,000 visitors at once need 1,000 connections (the default cap is 256: see README, Performance).
    limits: { maxConnections: 4096 },
    routes: [
      webChatRoutes({
        coach: composed.coach,
        cookieMaxAgeMs: TTL_MS,
        cookieKey,
        logger,
        metrics: composed.metrics,
        limits: NO_REFUSALS,
        ...sharedRateLimits(composed.opened),
      }),
      floorRoutes(kv, cookieKey),
    ],
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    kind,
    url: `http://127.0.0.1:${port}`,
    app,
    composed,
    logger,
    close: async () => {
      await app.close();
      await kv.close();
      await composed.close();
    },
  };
}

const TURN_PATH: Record<Route, string> = { floor: '/floor/turn', coach: '/api/turn' };
/** Requests in a visitor's pipeline: more than the longest journey has steps. */
const PIPELINE = Math.max(...JOURNEYS.map((j) => j.steps.length)) + 1;

interface Cell {
  turnsPerSecond: number;
  p50: number;
  p99: number;
  /** Highest RSS sampled during the run, and RSS just before it. */
  rssPeak: number;
  rssBefore: number;
  non2xx: number;
  errors: number;
  visitorsStarted: number;
}

/** `paced`: each visitor sends at most one turn a second (autocannon's connectionRate), as a brisk person would. */
export async function load(server: Server, route: Route, visitors: number, seconds: number, paced = false): Promise<Cell> {
  const total = JOURNEYS.reduce((n, j) => n + j.weight, 0);
  const request = {
    turnPath: TURN_PATH[route],
    journeys: JOURNEYS,
    total,
    setupRequest: path.join(VISITOR, 'setup-request.cjs'),
    onResponse: path.join(VISITOR, 'on-response.cjs'),
  };
  const rssBefore = process.memoryUsage.rss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  }, 100);
  try {
    const result = await autocannon({
      url: server.url,
      connections: visitors,
      duration: seconds,
      // The load generator in a worker thread: the server keeps the main thread to itself.
      workers: 1,
      timeout: 30,
      ...(paced ? { connectionRate: 1 } : {}),
      // The extra fields (turnPath, journeys, total) reach the visitor's setupRequest.
      requests: Array.from({ length: PIPELINE }, () => request as autocannon.Request),
    });
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    return {
      turnsPerSecond: result['2xx'] / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      rssPeak,
      rssBefore,
      non2xx: result.non2xx,
      errors: result.errors,
      visitorsStarted: visitors + ((result as { resets?: number }).resets ?? 0),
    };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Every journey once through the coach's web route, one request at a time with the visitor's
 * own functions: each press finds its button and each journey ends where it should, so the
 * load is the intended traffic. Returns one line per problem.
 */
async function checkVisitor(server: Server): Promise<string[]> {
  const problems: string[] = [];
  for (const journey of JOURNEYS) {
    const context: VisitorContext = {};
    const base = { turnPath: TURN_PATH.coach, journeys: [journey], total: journey.weight };
    for (;;) {
      const request = visitor.setupRequest({ ...base }, context);
      if (!request) break;
      const response = await server.app.inject({ method: 'POST', url: request.path!, headers: request.headers!, payload: request.body! });
      if (response.statusCode !== 200) problems.push(`${journey.name}: HTTP ${response.statusCode}`);
      visitor.onResponse(response.statusCode, response.body, context, response.headers as Record<string, string | string[]>);
    }
    if (context.mismatches) problems.push(`${journey.name}: ${context.mismatches} press(es) found no such button`);
    if (context.state !== journey.ends) problems.push(`${journey.name}: ended in ${context.state}, expected ${journey.ends}`);
  }
  return problems;
}

interface Row {
  store: StoreKind;
  visitors: number;
  paced: boolean;
  floor: Cell[];
  coach: Cell[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

export async function webSection(quick: boolean, log: (line: string) => void, formatTable: (rows: string[][]) => string): Promise<string[]> {
  const settings = webSettings(quick);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-web-bench-'));
  const rows: Row[] = [];
  const notes: string[] = [];
  let redis: PrivateRedis | undefined;
  try {
    const kinds: StoreKind[] = redisAvailable ? ['sqlite', 'redis'] : ['sqlite'];
    if (!redisAvailable) notes.push('Redis skipped: redis-server not on PATH.');
    for (const kind of kinds) {
      if (kind === 'redis') redis = await startRedis();
      const server = await startServer(kind, dir, redis);
      try {
        const problems = await checkVisitor(server);
        if (problems.length > 0) throw new Error(`The web visitor's journeys no longer match the coach:\n  ${problems.join('\n  ')}`);
        // Warm-up: JIT, prepared statements, connections, caches.
        for (const route of ['floor', 'coach'] as const) await load(server, route, 50, settings.warmupSeconds);
        const runs = [...settings.visitors.map((visitors) => ({ visitors, paced: false })), { visitors: WEB_TARGETS.visitors, paced: true }];
        for (const { visitors, paced } of runs) {
          const row: Row = { store: kind, visitors, paced, floor: [], coach: [] };
          for (let round = 0; round < settings.rounds; round++) {
            const order: Route[] = round % 2 === 0 ? ['floor', 'coach'] : ['coach', 'floor'];
            for (const route of order) {
              (globalThis as { gc?: () => void }).gc?.();
              const cell = await load(server, route, visitors, settings.seconds, paced);
              row[route].push(cell);
              log(
                `web ${kind}, ${visitors} visitors${paced ? ' (1 turn/s each)' : ''}, ${route}: ${int(cell.turnsPerSecond)} turns/s, p50 ${cell.p50} ms, p99 ${cell.p99} ms, RSS ${mb(cell.rssPeak)}` +
                  (cell.non2xx || cell.errors ? `, ${cell.non2xx} non-2xx, ${cell.errors} errors` : ''),
              );
            }
          }
          rows.push(row);
        }
        if (server.logger.problems.length > 0)
          notes.push(`${kind}: the coach logged ${server.logger.problems.length} problem(s), first: ${server.logger.problems[0]}`);
      } finally {
        await server.close();
        await redis?.stop();
        redis = undefined;
      }
    }
  } finally {
    await redis?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return report(rows, settings, notes, formatTable);
}

function report(rows: Row[], settings: ReturnType<typeof webSettings>, notes: string[], formatTable: (rows: string[][]) => string): string[] {
  const table: string[][] = [
    [
      'store',
      'visitors',
      'floor turns/s',
      'coach turns/s',
      `coach ÷ floor (≥ ${WEB_TARGETS.floorRatio} at ${WEB_TARGETS.visitors}, SQLite)`,
      'floor p50 / p99 (ms)',
      `coach p50 / p99 (ms) (p99 < ${WEB_TARGETS.p99Ms} at ${WEB_TARGETS.visitors}, SQLite)`,
      'RSS peak floor / coach',
      'non-2xx / errors',
    ],
  ];
  for (const row of rows) {
    const ratio = median(row.coach.map((c, i) => c.turnsPerSecond / row.floor[i]!.turnsPerSecond));
    const p99 = median(row.coach.map((c) => c.p99));
    const goal = row.store === 'sqlite' && row.visitors === WEB_TARGETS.visitors && !row.paced;
    const med = (cells: Cell[], f: (c: Cell) => number) => median(cells.map(f));
    const bad = [...row.floor, ...row.coach].reduce((n, c) => n + c.non2xx, 0);
    const errors = [...row.floor, ...row.coach].reduce((n, c) => n + c.errors, 0);
    table.push([
      row.store === 'sqlite' ? 'SQLite' : 'Redis',
      `${int(row.visitors)}${row.paced ? ', 1 turn/s each' : ''}`,
      int(med(row.floor, (c) => c.turnsPerSecond)),
      int(med(row.coach, (c) => c.turnsPerSecond)),
      `${ratio.toFixed(2)}${goal ? ` ${verdict(ratio >= WEB_TARGETS.floorRatio)}` : ''}`,
      `${med(row.floor, (c) => c.p50)} / ${med(row.floor, (c) => c.p99)}`,
      `${med(row.coach, (c) => c.p50)} / ${p99}${goal ? ` ${verdict(p99 < WEB_TARGETS.p99Ms)}` : ''}`,
      `${mb(Math.max(...row.floor.map((c) => c.rssPeak)))} / ${mb(Math.max(...row.coach.map((c) => c.rssPeak)))}`,
      `${bad} / ${errors}`,
    ]);
  }
  const visitors = rows.filter((r) => r.store === rows[0]?.store).reduce((n, r) => n + r.coach.reduce((m, c) => m + c.visitorsStarted, 0), 0);
  return [
    `Web chat under a crowd (${rows.length ? rows[0]!.store : ''}${rows.some((r) => r.store === 'redis') ? ' and Redis' : ''}): autocannon in a worker thread of this process, each connection a visitor with its own`,
    "cookie playing the journeys above through POST /api/turn (presses by the reply's tokens, typed answers); the floor on the same server",
    'reads the cookie, does one store read and one upsert and answers JSON of the same size. Medians of ' +
      `${settings.rounds} round(s) of ${settings.seconds} s per cell, floor and coach in turn; coach ÷ floor per round. ` +
      `RSS is the whole process (server and load generator), sampled every 100 ms. About ${int(visitors)} conversations started on the first store.`,
    '',
    formatTable(table),
    'Visitors send their next turn as soon as the reply arrives (no time to read), so each row is the server saturated and',
    `latency ≈ visitors ÷ turns/s; the row "1 turn/s each" paces every visitor to at most one turn a second (still faster than people read).`,
    ...notes,
  ];
}
