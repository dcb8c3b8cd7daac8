/**
 * Issue 10, case 7 (polling side), through the real program: a Bot API whose getUpdates
 * answers 400 a few times must not end the process; it retries with a pause and then answers
 * the person. A small Bot API stand-in on loopback plays Telegram (the emulator cannot fail
 * on demand); it hands out one /start update once getUpdates works again.
 */
import http from 'node:http';
import { TOKEN, freePort } from './support/emulator';
import { exitOf, startProgram, waitFor } from './support/program';

interface FakeBotApi {
  url: string;
  getUpdatesCalls: number;
  sent: Array<{ chat_id: number; text: string }>;
  close(): Promise<void>;
}

/** Answers every method; getUpdates fails `failures` times with a 400, then serves one update. */
async function startFakeBotApi(failures: number): Promise<FakeBotApi> {
  const port = await freePort();
  const update = {
    update_id: 900,
    message: {
      message_id: 1,
      date: 0,
      chat: { id: 61_000, type: 'private' },
      from: { id: 61_000, is_bot: false, first_name: 'T', language_code: 'en' },
      text: '/start',
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
    },
  };
  const api: FakeBotApi = { url: `http://127.0.0.1:${port}`, getUpdatesCalls: 0, sent: [], close: async () => undefined };
  let nextMessageId = 1;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const method = req.url!.split('/').pop()!;
      const payload = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      const answer = (status: number, json: object) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      if (method === 'getMe') return answer(200, { ok: true, result: { id: 1, is_bot: true, first_name: 'Coach', username: 'refund_coach_bot' } });
      if (method === 'getUpdates') {
        api.getUpdatesCalls++;
        if (api.getUpdatesCalls <= failures) return answer(400, { ok: false, error_code: 400, description: 'Bad Request: something went wrong' });
        const offset = Number(payload.offset ?? 0);
        const pending = offset <= update.update_id ? [update] : [];
        // An empty long poll holds a moment, as Telegram's does.
        return setTimeout(() => answer(200, { ok: true, result: pending }), pending.length ? 0 : 50);
      }
      if (method === 'sendMessage') {
        api.sent.push({ chat_id: Number(payload.chat_id), text: String(payload.text) });
        return answer(200, { ok: true, result: { message_id: nextMessageId++, date: 0, chat: { id: payload.chat_id, type: 'private' }, text: payload.text } });
      }
      return answer(200, { ok: true, result: true });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  api.close = () => new Promise((resolve) => server.close(() => resolve()));
  return api;
}

describe('long polling through the program', () => {
  it('a 400 from getUpdates is retried, not fatal: the person is answered afterwards', async () => {
    const api = await startFakeBotApi(3);
    const program = startProgram({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, STORE_URL: 'memory:', LOG_LEVEL: 'info' });
    try {
      await waitFor(() => api.sent.some((m) => m.chat_id === 61_000) || program.exitCode !== null, 30_000);
      expect(program.exitCode).toBeNull();
      expect(api.getUpdatesCalls).toBeGreaterThan(3);
      expect(program.output()).toContain('getUpdates failed; retrying');
      program.kill('SIGTERM');
      expect(await exitOf(program)).toBe(0);
    } finally {
      program.kill('SIGKILL');
      await api.close();
    }
  }, 40_000);
});
