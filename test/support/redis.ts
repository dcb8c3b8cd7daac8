/**
 * A private, throwaway redis-server for tests: loopback only, on a free port, nothing written
 * to disk. Tests never touch a Redis they did not start. Without redis-server on PATH the
 * Redis suites are skipped with one warning instead of failing.
 */
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import { freePort } from './emulator';

/** True when a redis-server binary can be run here. */
export const redisAvailable: boolean = !spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).error;

let warned = false;

/** `describe` when redis-server is on PATH; otherwise `describe.skip`, saying why once. */
export function describeWithRedis(name: string, suite: () => void): void {
  if (redisAvailable) {
    describe(name, suite);
    return;
  }
  if (!warned) {
    warned = true;
    console.warn('Redis suites skipped: redis-server not on PATH (apt-get install redis-server)');
  }
  describe.skip(name, suite);
}

export interface PrivateRedis {
  /** redis://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Stops the server (SIGTERM, then SIGKILL if it lingers). */
  stop(): Promise<void>;
}

const READY_LINE = /ready to accept connections/i;
const START_TIMEOUT_MS = 10_000;

/** Starts redis-server on 127.0.0.1 and resolves once it accepts connections. */
export async function startRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', os.tmpdir(), '--loglevel', 'notice'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`redis-server did not start: ${output.slice(-500)}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (READY_LINE.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    }
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`redis-server exited (${code}): ${output.slice(-500)}`)));
  });
  child.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(killer);
    },
  };
}
