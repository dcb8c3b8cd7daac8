/**
 * The benchmark's traffic through refund-coach alone, for a CPU profile:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/bench/profile.ts [updates] [sqlite|memory|redis]
 *
 * then open the .cpuprofile in Chrome DevTools (Performance tab) or `npx speedscope`.
 * Default: 50,000 updates on SQLite (a temp file). `redis` starts a private redis-server on a
 * free 127.0.0.1 port (never a Redis someone else runs).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../../src/stores/open-store';
import { startRedis, type PrivateRedis } from '../support/redis';
import { coachBot } from './bots';
import { Workload } from './journeys';
import { TelegramStub } from './telegram-stub';

async function main(): Promise<void> {
  const updates = Number(process.argv[2] ?? 50_000);
  const where = process.argv[3] ?? 'sqlite';
  if (!['sqlite', 'memory', 'redis'].includes(where)) throw new Error('store: sqlite, memory or redis');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-profile-'));
  const redis: PrivateRedis | undefined = where === 'redis' ? await startRedis() : undefined;
  const url = redis ? redis.url : where === 'sqlite' ? `sqlite:${path.join(dir, 'profile.db')}` : 'memory:';
  const { store, seen } = await openStore(url);
  const stub = new TelegramStub().install();
  try {
    const handle = coachBot(store, seen);
    const workload = new Workload(stub, { seed: 3, chatBase: 5_000_000_000, activeChats: 1000, batchSize: 100 }, false);
    let seconds = 0;
    while (workload.updates < updates) {
      const batch = workload.nextBatch();
      const started = performance.now();
      await Promise.all(batch.map(handle));
      seconds += (performance.now() - started) / 1000;
    }
    console.log(`${workload.updates} updates on ${where}: ${Math.round(workload.updates / seconds)} updates/s`);
  } finally {
    stub.uninstall();
    await store.close();
    await redis?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
