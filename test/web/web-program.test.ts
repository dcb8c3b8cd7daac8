/**
 * The newcomer's command: `npm start -- --web` with no BOT_TOKEN starts the web chat, prints
 * its URL, serves the page and the probes, and stops cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { PROGRAM, ROOT, cleanEnv, exitOf, waitFor } from '../support/program';
import { freePort } from '../support/emulator';

describe('npm start -- --web', () => {
  it('prints the URL, serves the page and /healthz, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [...PROGRAM, '--web'], {
      cwd: ROOT,
      env: cleanEnv({ PORT: String(port), STORE_URL: 'memory:', LOG_LEVEL: 'silent' }),
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    try {
      await waitFor(() => out.includes(`http://localhost:${port}/`), 30_000);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ status: 'ok' });
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exitOf(child)).toBe(0);
  }, 45_000);
});
