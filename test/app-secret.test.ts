/**
 * APP_SECRET: ids in logs are keyed hashes (HMAC-SHA-256), so a logged hash cannot be turned
 * back into a chat id by hashing candidates; the secret is checked at start, never logged, and
 * when it is unset a random one is used with one warning saying what that costs.
 */
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { maskId } from '../src/core/privacy';
import { appKeys, useAppSecret } from '../src/app/app-secret';
import { ConfigError, readConfig } from '../src/config';
import { PROGRAM, ROOT, cleanEnv, exitOf, waitFor } from './support/program';
import { freePort } from './support/emulator';

const SECRET = 'k3y-for-tests_0123456789abcdefghijklmnopqrstuvwxyz';

describe('APP_SECRET', () => {
  it('is read when set, and refused (naming it) when too short or holding spaces', () => {
    expect(readConfig({ APP_SECRET: SECRET }, ['--web'])).toMatchObject({ mode: 'web', appSecret: SECRET });
    expect(readConfig({}, ['--web'])).not.toHaveProperty('appSecret');
    for (const bad of ['short', 'x'.repeat(31), `${'x'.repeat(20)} ${'y'.repeat(20)}`]) {
      expect(() => readConfig({ APP_SECRET: bad }, ['--web'])).toThrow(ConfigError);
      expect(() => readConfig({ APP_SECRET: bad }, ['--web'])).toThrow(/APP_SECRET/);
    }
  });

  it('keys the hashes of ids: trying candidate ids with a plain hash finds nothing', () => {
    useAppSecret(SECRET);
    const chat = 918_273_645;
    const logged = maskId(chat);
    expect(logged).toMatch(/^[0-9a-f]{10}$/);
    // What reversed a logged hash before: hashing every plausible chat id until one matches.
    const candidates = Array.from({ length: 1000 }, (_, i) => chat - 500 + i);
    const plain = (id: number) => createHash('sha256').update(String(id)).digest('hex').slice(0, 10);
    expect(candidates.filter((id) => plain(id) === logged)).toEqual([]);
    // Stable for one secret (logs can be followed across restarts), different for another.
    expect(maskId(chat)).toBe(logged);
    useAppSecret(`${SECRET}-other`);
    expect(maskId(chat)).not.toBe(logged);
    useAppSecret(SECRET);
    expect(maskId(chat)).toBe(logged);
  });

  it('derives two different keys, one for cookies and one for hashes', () => {
    useAppSecret(SECRET);
    const { idHash, cookie } = appKeys();
    expect(idHash).toHaveLength(32);
    expect(cookie).toHaveLength(32);
    expect(idHash.equals(cookie)).toBe(false);
    expect(idHash.equals(Buffer.from(SECRET).subarray(0, 32))).toBe(false);
  });

  /** `npm start -- --web` with `env`, until SIGTERM; returns what it printed and its hashed conversation. */
  async function webRun(env: Record<string, string>): Promise<{ output: string; conversation: unknown; id: string }> {
    const port = await freePort();
    const child = spawn(process.execPath, [...PROGRAM, '--web'], {
      cwd: ROOT,
      env: cleanEnv({ PORT: String(port), STORE_URL: 'memory:', LOG_LEVEL: 'debug', ...env }),
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    try {
      await waitFor(() => output.includes(`http://localhost:${port}/`), 30_000);
      const response = await fetch(`http://127.0.0.1:${port}/api/turn`, {
        method: 'POST',
        headers: { 'x-refund-coach': '1', 'content-type': 'application/json' },
        body: JSON.stringify({ text: '/start' }),
      });
      expect(response.status).toBe(200);
      const id = /rc_web=([A-Za-z0-9_-]{32})/.exec(response.headers.get('set-cookie') ?? '')![1]!;
      await waitFor(() => output.includes('"msg":"turn"'));
      const turn = output
        .split('\n')
        .filter((l) => l.includes('"msg":"turn"'))
        .map((l) => JSON.parse(l) as { conversation: unknown })[0]!;
      return { output, conversation: turn.conversation, id };
    } finally {
      child.kill('SIGTERM');
      expect(await exitOf(child)).toBe(0);
    }
  }

  it('the program: logs the keyed hash, never the secret, and warns only when it is unset', async () => {
    const set = await webRun({ APP_SECRET: SECRET });
    useAppSecret(SECRET);
    expect(set.conversation).toBe(maskId(`web:${set.id}`));
    expect(set.output).not.toContain(SECRET);
    expect(set.output).not.toContain(set.id);
    expect(set.output).not.toMatch(/APP_SECRET unset/);

    const unset = await webRun({});
    const warnings = unset.output.split('\n').filter((l) => l.includes('APP_SECRET unset'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 40, setting: 'APP_SECRET' });
    // A random key: not the one of the secret above.
    expect(unset.conversation).not.toBe(maskId(`web:${unset.id}`));
  }, 60_000);
});
