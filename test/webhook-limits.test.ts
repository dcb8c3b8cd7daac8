/**
 * Issue 10, case 7: the webhook behind a real server. The program runs as a child process
 * (SQLite store) and is sent what Telegram never sends: JSON null, arrays, strings, bodies
 * without an update_id, a wrong or missing secret, a 200 MB chunked body (no Content-Length)
 * and a body trickled a byte at a time. Each is refused without a crash, memory stays flat,
 * the slow connection is cut within ~10 s, and real updates sent in between are all applied once.
 */
import { untilQuiet } from './support/quiet';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type TelegramServer from 'telegram-test-api';
import { SqliteStore } from '../src/stores/sqlite-store';
import { TOKEN, freePort, startEmulator } from './support/emulator';
import { exitOf, startProgram, waitFor } from './support/program';
import { audit, deliver, figures, textUpdate, type SentUpdate } from './support/webhook-delivery';

const SECRET = 'limits-secret_0123456789abcdef';
const CHAT = 41_000;

type Program = ReturnType<typeof startProgram>;

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

describe('webhook limits', () => {
  let server: TelegramServer;
  let program: Program;
  let port: number;
  let dir: string;
  const sent: SentUpdate[] = [];
  const url = () => `http://127.0.0.1:${port}/hook`;

  /** A real update, which must be acknowledged and applied (proves the process is fine). */
  async function realUpdate(): Promise<void> {
    const { JOURNEY } = await import('./support/webhook-delivery');
    const text = JOURNEY[sent.filter((s) => s.chatId === CHAT).length % JOURNEY.length]!;
    const update = textUpdate(CHAT, text);
    const record: SentUpdate = { chatId: CHAT, updateId: update.update_id, text, attempts: [] };
    sent.push(record);
    await deliver({ url: url(), secret: SECRET, giveUpMs: 5000 }, record, update);
  }

  const post = (body: string, headers: Record<string, string> = { 'x-telegram-bot-api-secret-token': SECRET }) =>
    fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then((r) => r.status);

  beforeAll(async () => {
    server = await startEmulator();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-limits-'));
    port = await freePort();
    program = startProgram({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: server.config.apiURL,
      STORE_URL: `sqlite:${path.join(dir, 'coach.db')}`,
      WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      LOG_LEVEL: 'info',
    });
    await waitFor(() => program.output().includes('webhook server listening') || program.exitCode !== null, 30_000);
    await realUpdate();
  }, 40_000);

  afterAll(async () => {
    program.kill('SIGKILL');
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['an array of updates', '[{"update_id":1}]'],
    ['a string', '"update"'],
    ['a number', '42'],
    ['an object without update_id', '{}'],
    ['a string update_id', '{"update_id":"7"}'],
    ['a negative update_id', '{"update_id":-1}'],
    ['broken JSON', '{"update_id":'],
  ])('%s with the right secret → 400, and the process carries on', async (_name, body) => {
    expect(await post(body)).toBe(400);
    await realUpdate();
  });

  it.each([
    ['no secret', {}],
    ['a wrong secret', { 'x-telegram-bot-api-secret-token': 'wrong-secret-wrong-secret-0000' }],
    ['a prefix of the secret', { 'x-telegram-bot-api-secret-token': SECRET.slice(0, -1) }],
  ])('%s → 403, nothing handled', async (_name, headers) => {
    // Counted for the refused update's own chat: replies to earlier updates (sent after their
    // 200, perhaps late on a loaded machine) go to another chat and cannot blur the count.
    const toRefusedChat = () => server.storage.botMessages.filter((u) => String((u.message as { chat_id?: unknown }).chat_id) === String(CHAT + 1)).length;
    expect(await post(JSON.stringify(textUpdate(CHAT + 1, '/start')), headers)).toBe(403);
    await untilQuiet(toRefusedChat);
    expect(toRefusedChat()).toBe(0);
  });

  it('a 200 MB chunked body is cut at 1 MB: refused, memory flat, process fine', async () => {
    const pid = program.pid!;
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
    const total = 200 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    const outcome = await new Promise<{ status?: number; error?: string }>((resolve) => {
      const request = http.request(url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', 'x-telegram-bot-api-secret-token': SECRET },
      });
      let done = false;
      const finish = (result: { status?: number; error?: string }) => {
        if (done) return;
        done = true;
        request.destroy();
        resolve(result);
      };
      request.on('response', (response) => {
        response.resume();
        finish({ status: response.statusCode });
      });
      request.on('error', (error) => finish({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
      request.write('{"update_id":1,"pad":"');
      const pump = () => {
        while (!done && written < total) {
          written += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        if (!done) request.end('"}');
      };
      pump();
    });
    clearInterval(sampler);
    const growth = peak - before;
    process.stdout.write(
      `[limits] chunked 200 MB: ${outcome.status ?? outcome.error} after ${(written / 1048576).toFixed(1)} MB written; RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB (+${growth.toFixed(1)})\n`,
    );
    expect(outcome.status === 413 || outcome.error !== undefined).toBe(true);
    expect(written).toBeLessThan(total);
    expect(growth).toBeLessThan(50);
    await realUpdate();
  }, 60_000);

  it('a body trickled a byte at a time is cut within ~10 s', async () => {
    const started = Date.now();
    const closedAfter = await new Promise<number>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\nContent-Length: 1000\r\n\r\n{`,
        );
      });
      const trickle = setInterval(() => socket.writable && socket.write(' '), 500);
      const giveUp = setTimeout(() => socket.destroy(), 20_000);
      socket.on('data', () => undefined);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(trickle);
        clearTimeout(giveUp);
        resolve(Date.now() - started);
      });
    });
    process.stdout.write(`[limits] slow body: connection cut after ${(closedAfter / 1000).toFixed(1)} s\n`);
    expect(closedAfter).toBeLessThanOrEqual(11_000);
    await realUpdate();
  }, 30_000);

  it('every real update sent between the bad ones was applied once', async () => {
    program.kill('SIGTERM');
    expect(await exitOf(program)).toBe(0);
    const store = new SqliteStore(path.join(dir, 'coach.db'));
    try {
      const result = await audit(sent, (key) => store.load(key));
      process.stdout.write(figures('limits (SQLite)', result));
      expect({ lost: result.lost, doubled: result.doubled }).toEqual({ lost: 0, doubled: 0 });
    } finally {
      await store.close();
    }
  }, 30_000);
});
