/**
 * One route of the web bench alone, for a CPU profile of the web turn:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/bench/web-profile.ts [coach|floor] [sqlite|redis] [visitors] [seconds]
 *
 * Default: the coach on SQLite, 200 visitors, 10 s (after a 3 s warm-up). The main thread's
 * profile (…0.001.cpuprofile, the first) is the server's; the others are autocannon's worker.
 * Open it in Chrome DevTools (Performance tab) or `npx speedscope`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startRedis } from '../support/redis';
import { load, startServer, type Route, type StoreKind } from './web';

async function main(): Promise<void> {
  const route = (process.argv[2] ?? 'coach') as Route;
  const kind = (process.argv[3] ?? 'sqlite') as StoreKind;
  const visitors = Number(process.argv[4] ?? 200);
  const seconds = Number(process.argv[5] ?? 10);
  if (!['coach', 'floor'].includes(route) || !['sqlite', 'redis'].includes(kind)) throw new Error('usage: [coach|floor] [sqlite|redis] [visitors] [seconds]');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-web-profile-'));
  const redis = kind === 'redis' ? await startRedis() : undefined;
  const server = await startServer(kind, dir, redis);
  try {
    await load(server, route, 50, 3);
    const cell = await load(server, route, visitors, seconds);
    console.log(
      `${route} on ${kind}, ${visitors} visitors, ${seconds} s: ${Math.round(cell.turnsPerSecond)} turns/s, p50 ${cell.p50} ms, p99 ${cell.p99} ms, ${cell.non2xx} non-2xx`,
    );
  } finally {
    await server.close();
    await redis?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
