/**
 * Runs the real program as a child process, as `npm start` does: one node process loading
 * tsx as a hook (tsx's CLI would add a parent process that a SIGKILL would not take down).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
/** The arguments `npm start` gives node. */
export const PROGRAM = ['--import', 'tsx', 'src/main.ts'];

/** The environment with every setting of ours removed, so a developer's .env cannot leak in. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [
    'BOT_TOKEN',
    'WEBHOOK_URL',
    'WEBHOOK_SECRET',
    'PORT',
    'TELEGRAM_API_ROOT',
    'STORE_URL',
    'LOG_LEVEL',
    'CONVERSATION_TTL_DAYS',
    'WEB_CHAT',
    'APP_SECRET',
    'TRUST_PROXY',
  ])
    delete env[name];
  // The bot's tests run in parallel: none opens the web chat's port unless it asks to.
  return { ...env, WEB_CHAT: 'off', ...extra, DOTENV_CONFIG_PATH: '/nonexistent' };
}

export function runProgram(args: string[], env: Record<string, string>, input = '') {
  return spawnSync(process.execPath, [...PROGRAM, ...args], { cwd: ROOT, input, env: cleanEnv(env), encoding: 'utf8', timeout: 60_000 });
}

export function startProgram(env: Record<string, string>): ChildProcessWithoutNullStreams & { output: () => string } {
  const child = spawn(process.execPath, PROGRAM, { cwd: ROOT, env: cleanEnv(env) });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return Object.assign(child, { output: () => out });
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}
