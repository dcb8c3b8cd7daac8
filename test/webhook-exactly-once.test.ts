/**
 * Issue 10, webhook: an update is acknowledged (2xx) only once its turn is saved, whatever
 * fails. The real program runs as a child process on the webhook, with Telegram played by
 * test/support/webhook-delivery.ts (each update sent again until a 2xx) and replies going to
 * the emulator. Faults: a dead process's live claim on Redis, Redis stopped and restarted,
 * Redis frozen (SIGSTOP), and SQLite unable to write (the process's file-size limit lowered
 * with prlimit: every write past 4 KB fails, as on a full disk; no root, no mount). In each,
 * every update must end applied exactly once, and for the store faults the person is told
 * "having trouble, one moment", at most once a minute.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import type TelegramServer from 'telegram-test-api';
import { translatorFor } from '../src/i18n';
import { SqliteStore } from '../src/stores/sqlite-store';
import { TOKEN, freePort, startEmulator } from './support/emulator';
import { exitOf, startProgram, waitFor } from './support/program';
import { describeWithRedis, startRedis } from './support/redis';
import { ControlledRedis } from './support/redis-control';
import { audit, figures, runJourneys, type Audit, type DeliveryOptions, type SentUpdate } from './support/webhook-delivery';

const SECRET = 'exactly-once-secret_0123456789';
const TROUBLE = translatorFor('en')('telegram:storeTrouble');

type Program = ReturnType<typeof startProgram>;

async function startBot(server: TelegramServer, storeUrl: string): Promise<{ program: Program; delivery: DeliveryOptions }> {
  const port = await freePort();
  const program = startProgram({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: server.config.apiURL,
    STORE_URL: storeUrl,
    WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    LOG_LEVEL: 'warn',
  });
  await waitFor(
    () => program.output().includes('webhook server listening') || /"level":[45]0/.test(program.output()) || program.exitCode !== null,
    30_000,
  ).catch(() => undefined);
  // LOG_LEVEL=warn hides the "listening" line: wait for the port instead.
  await waitFor(
    async () =>
      (await fetch(`http://127.0.0.1:${port}/hook`, { method: 'POST' })
        .then((r) => r.status)
        .catch(() => 0)) > 0,
    30_000,
  );
  return { program, delivery: { url: `http://127.0.0.1:${port}/hook`, secret: SECRET } };
}

async function stop(program: Program): Promise<number | null> {
  if (program.exitCode !== null) return program.exitCode;
  program.kill('SIGTERM');
  const killer = setTimeout(() => program.kill('SIGKILL'), 15_000);
  const code = await exitOf(program);
  clearTimeout(killer);
  return code;
}

/** Trouble notes each chat received, in order of arrival. */
function troubleNotes(server: TelegramServer): Map<number, number> {
  const counts = new Map<number, number>();
  for (const stored of server.storage.botMessages) {
    const message = stored.message as { chat_id: number | string; text: string };
    if (message.text === TROUBLE) counts.set(Number(message.chat_id), (counts.get(Number(message.chat_id)) ?? 0) + 1);
  }
  return counts;
}

function expectExactlyOnce(suite: string, result: Audit & { details: string[] }): void {
  process.stdout.write(figures(suite, result));
  expect({ lost: result.lost, doubled: result.doubled, details: result.details }).toEqual({ lost: 0, doubled: 0, details: [] });
}

const chats = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);

describe('webhook: exactly once, whatever fails', () => {
  let server: TelegramServer;

  beforeEach(async () => {
    server = await startEmulator();
  });

  afterEach(async () => {
    await server.stop();
  });

  describeWithRedis('on Redis', () => {
    it("a redelivery during a dead process's live claim is refused (5xx), then taken once the claim lapses", async () => {
      const redis = await startRedis();
      const raw = new Redis(redis.url);
      const { program, delivery } = await startBot(server, redis.url);
      try {
        let planted = 0;
        // Every third update was taken by a process that then died: its claim has 5 s to run (longer than the 3 s the webhook waits for its holder).
        const sent = await runJourneys({ ...delivery, firstPauseMs: 300 }, chats(31_000, 8), {
          beforeDeliver: async (s, index) => {
            if (index % 3 !== 1) return;
            planted++;
            await raw.set(`refund-coach:seen:${s.updateId}`, 'claimed', 'EX', 5);
          },
        });
        const result = await audit(sent, async (key) => {
          const [version, data] = await raw.hmget(`refund-coach:conv:${key}`, 'version', 'data');
          return version && data ? { version: Number(version), data } : undefined;
        });
        expectExactlyOnce('dead claim (Redis)', result);
        expect(result.refusedFirst).toBeGreaterThanOrEqual(planted);
        expect(await stop(program)).toBe(0);
      } finally {
        program.kill('SIGKILL');
        await raw.quit();
        await redis.stop();
      }
    }, 90_000);

    // Each fault: start the outage (resolves once it is in effect), then end it.
    it.each([
      [
        'stopped and restarted',
        'stopped (Redis)',
        async (redis: ControlledRedis) => redis.down(),
        async (redis: ControlledRedis) => {
          // Longer than ioredis holds a command while it reconnects (about 5 s): shorter, and
          // updates arriving during it just wait and are taken once Redis is back.
          await new Promise((r) => setTimeout(r, 9000));
          await redis.up();
        },
      ],
      [
        'frozen (SIGSTOP) past the command timeout',
        'frozen (Redis)',
        async (redis: ControlledRedis) => redis.freeze(),
        async (redis: ControlledRedis) => {
          await new Promise((r) => setTimeout(r, 8000));
          redis.thaw();
        },
      ],
    ])(
      'Redis %s mid-run: every update applied once after it returns; the person is told',
      async (_name, suite, start, end) => {
        const redis = await ControlledRedis.start();
        const { program, delivery } = await startBot(server, redis.url);
        let faulted: Promise<void> | undefined;
        let outage: Promise<void> | undefined;
        try {
          const sent: SentUpdate[] = await runJourneys(delivery, chats(suite.startsWith('stopped') ? 32_000 : 33_000, 20), {
            onAcknowledged: (count) => {
              if (count !== 60) return;
              outage = start(redis);
              faulted = outage.then(() => end(redis));
            },
            // Acknowledged at once when saved, the journeys would outrun the outage: later
            // updates go out only once it is in effect.
            beforeDeliver: async () => {
              await outage;
            },
          });
          await faulted;
          const raw = new Redis(redis.url);
          try {
            const result = await audit(sent, async (key) => {
              const [version, data] = await raw.hmget(`refund-coach:conv:${key}`, 'version', 'data');
              return version && data ? { version: Number(version), data } : undefined;
            });
            expectExactlyOnce(suite, result);
            expect(result.refusedFirst).toBeGreaterThan(0);
          } finally {
            await raw.quit();
          }
          const notes = troubleNotes(server);
          expect(notes.size).toBeGreaterThan(0);
          // The outage is shorter than a minute: one note per chat at most.
          expect(Math.max(...notes.values())).toBe(1);
          expect(await stop(program)).toBe(0);
        } finally {
          program.kill('SIGKILL');
          await faulted?.catch(() => undefined);
          await redis.remove();
        }
      },
      120_000,
    );
  });

  it('SQLite unable to write (disk full): 5xx, then every update applied once when space returns; the person is told', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-full-'));
    const db = path.join(dir, 'coach.db');
    const { program, delivery } = await startBot(server, `sqlite:${db}`);
    const limit = (soft: string) => {
      const run = spawnSync('prlimit', ['--pid', String(program.pid), `--fsize=${soft}:unlimited`], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`prlimit failed: ${run.stderr}`);
    };
    let faulted: Promise<void> | undefined;
    try {
      const sent = await runJourneys(delivery, chats(34_000, 20), {
        onAcknowledged: (count) => {
          if (count !== 60) return;
          faulted = (async () => {
            limit('4096');
            await new Promise((r) => setTimeout(r, 4000));
            limit('unlimited');
          })();
        },
      });
      await faulted;
      expect(await stop(program)).toBe(0);
      expect(program.output()).toMatch(/update failed/);
      const store = new SqliteStore(db);
      try {
        const result = await audit(sent, (key) => store.load(key));
        expectExactlyOnce('disk full (SQLite)', result);
        expect(result.refusedFirst).toBeGreaterThan(0);
      } finally {
        await store.close();
      }
      const notes = troubleNotes(server);
      expect(notes.size).toBeGreaterThan(0);
      expect(Math.max(...notes.values())).toBe(1);
    } finally {
      program.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
