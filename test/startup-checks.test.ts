/**
 * Start-up checks and stopping, on the real program (`npm start`): a port or a TTL written as
 * something other than plain digits, or a TTL too short to keep a conversation, is refused
 * with one line naming it and exit code 2; so is a SQLite file that cannot be used; and the
 * program stops on SIGTERM whether its output is read, closed, or left unread until the pipe
 * is full.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PROGRAM, ROOT, cleanEnv, exitOf, runProgram, waitFor } from './support/program';
import { TOKEN, freePort } from './support/emulator';

const TURNS = 35;

describe('settings written as a person means them', () => {
  // How each setting is read is tested in stores.test.ts; here, what the program does with it.
  it.each([
    ['PORT', { PORT: '0x6D9D' }],
    ['PORT', { PORT: '2.8021e4' }],
    ['CONVERSATION_TTL_DAYS', { CONVERSATION_TTL_DAYS: '1e-9' }],
  ])('the program stops with one line naming %s and exit code 2', (name, env) => {
    const run = runProgram(['--web'], { STORE_URL: 'memory:', ...env });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(name)]);
  });
});

describe('a store file that cannot be used', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-unusable-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const garbage = path.join(dir, 'not-a-database.db');
  fs.writeFileSync(garbage, 'this is not a SQLite file, just text that happens to sit where one should be\n'.repeat(100));
  const aFile = path.join(dir, 'a-file');
  fs.writeFileSync(aFile, '');

  it.each([
    ['a directory', dir],
    ['not a database', garbage],
    ['under a file', path.join(aFile, 'coach.db')],
  ])('%s: one line naming STORE_URL, exit code 2 (web chat and bot)', (_what, file) => {
    for (const [args, env] of [
      [['--web'], {}],
      [[], { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:9' }],
    ] as const) {
      const run = runProgram([...args], { STORE_URL: `sqlite:${file}`, LOG_LEVEL: 'silent', APP_SECRET: 'x'.repeat(40), ...env });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^refund-coach: STORE_URL names a SQLite file that cannot be used/)]);
    }
  });
});

/** A request from a loopback address of its own (each counts apart in the rate limits). */
function request(port: number, from: string, pathname: string, body?: object, cookie?: string): Promise<{ status: number; cookie?: string }> {
  return new Promise((resolve, reject) => {
    const sent = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        localAddress: from,
        method: body ? 'POST' : 'GET',
        headers: { 'x-refund-coach': '1', 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          const set = response.headers['set-cookie'];
          resolve({ status: response.statusCode ?? 0, ...(set ? { cookie: String(set).split(';')[0]! } : {}) });
        });
      },
    );
    sent.on('error', reject);
    sent.end(body ? JSON.stringify(body) : undefined);
  });
}

/** Resolves with the exit code, or 'still running' if SIGTERM has not ended it within 10 s. */
async function stopped(child: ReturnType<typeof spawn>): Promise<number | null | 'still running'> {
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), 10_000)));
  const outcome = await Promise.race([exitOf(child as never), late]);
  clearTimeout(timer);
  if (outcome === 'still running') child.kill('SIGKILL');
  return outcome;
}

describe('output nobody reads', () => {
  async function webProgram(logLevel: string) {
    const port = await freePort();
    const child = spawn(process.execPath, [...PROGRAM, '--web'], {
      cwd: ROOT,
      env: cleanEnv({ PORT: String(port), STORE_URL: 'memory:', LOG_LEVEL: logLevel }),
    });
    const up = async () => (await request(port, '127.0.0.1', '/healthz').catch(() => ({ status: 0 }))).status === 200;
    return { child, port, up };
  }

  /** People from 20 addresses, 35 turns each (under the per-conversation limit): about 700 turns, 500 KB of debug lines. */
  async function busy(port: number): Promise<number[]> {
    return Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const from = `127.0.3.${i + 1}`;
        let cookie: string | undefined;
        let ok = 0;
        for (let turn = 0; turn < TURNS; turn++) {
          const answer = await request(port, from, '/api/turn', { text: turn === 0 ? '/start' : '/help' }, cookie);
          cookie = answer.cookie ?? cookie;
          if (answer.status === 200) ok++;
        }
        return ok;
      }),
    );
  }

  it('closed: the program goes on serving, and exits 0 on SIGTERM', async () => {
    const { child, port, up } = await webProgram('debug');
    // Closed before the program wrote a byte: its URL line and every log line meet a closed pipe.
    child.stdout!.destroy();
    child.stderr!.destroy();
    await waitFor(up, 30_000);
    expect((await busy(port)).every((ok) => ok === TURNS)).toBe(true);
    expect(await up()).toBe(true);
    expect(await stopped(child)).toBe(0);
  }, 60_000);

  it('left unread until the pipe is full: requests are still answered, and SIGTERM ends the program', async () => {
    const { child, port, up } = await webProgram('debug');
    // Never read: once the pipe's buffer is full, every write meets a full pipe.
    child.stdout!.pause();
    child.stderr!.pause();
    await waitFor(up, 30_000);
    expect((await busy(port)).every((ok) => ok === TURNS)).toBe(true);
    expect(await up()).toBe(true);
    expect(await stopped(child)).toBe(0);
  }, 60_000);
});
