/**
 * A frozen Redis (SIGSTOP: connections stay open, nothing is ever answered) must not lock
 * everyone out of the web chat. Every Redis command has a deadline, the rate limiter lets a
 * request through when it cannot count it, and so every request is answered or refused within
 * 5 s and /healthz stays up, instead of each request hanging until the connection cap refuses
 * everyone. The real program (`npm start -- --web`, STORE_URL on a private redis-server).
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import Redis from 'ioredis';
import { PROGRAM, ROOT, cleanEnv, exitOf, waitFor } from '../support/program';
import { freePort } from '../support/emulator';
import { describeWithRedis } from '../support/redis';
import { ControlledRedis } from '../support/redis-control';

const HEADER = { 'x-refund-coach': '1', 'content-type': 'application/json' };
/** What a person waits at most before the page says something. */
const DEADLINE_MS = 5000;
/** People with a conversation going when Redis freezes (as many newcomers arrive meanwhile). */
const PEOPLE = 60;

interface Outcome {
  what: string;
  /** The HTTP status, or 'refused' when the connection was refused or reset. */
  status: number | 'refused' | 'hung';
  ms: number;
}

/** One HTTP request from a loopback address of its own (each person counts apart in the limits), timed. */
function timed(what: string, port: number, from: string, path: string, options: { body?: object; cookie?: string } = {}): Promise<Outcome> {
  const start = performance.now();
  return new Promise((resolve) => {
    const done = (status: Outcome['status']) => resolve({ what, status, ms: performance.now() - start });
    const body = options.body ? JSON.stringify(options.body) : undefined;
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        localAddress: from,
        method: body ? 'POST' : 'GET',
        headers: { ...HEADER, ...(options.cookie ? { cookie: options.cookie } : {}), connection: 'close' },
        // Abandoned after 15 s and counted as hung (the server's own limit is 90 s).
        timeout: 15_000,
      },
      (response) => {
        response.resume();
        response.on('end', () => done(response.statusCode ?? 0));
      },
    );
    request.on('timeout', () => {
      request.destroy();
      done('hung');
    });
    request.on('error', () => done('refused'));
    request.end(body);
  });
}

describeWithRedis('web chat with its Redis frozen', () => {
  it('answers or refuses every request within 5 s, /healthz stays up, and all is well once Redis thaws', async () => {
    const redis = await ControlledRedis.start();
    const port = await freePort();
    const child = spawn(process.execPath, [...PROGRAM, '--web'], {
      cwd: ROOT,
      env: cleanEnv({ PORT: String(port), STORE_URL: redis.url, LOG_LEVEL: 'warn' }),
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const admin = new Redis(redis.url);
    try {
      await waitFor(() => output.includes(`http://localhost:${port}/`), 30_000);
      // People with a conversation going, each from an address of their own.
      const people = await Promise.all(
        Array.from({ length: PEOPLE }, async (_, i) => {
          const from = `127.0.1.${i + 1}`;
          const cookie = await new Promise<string>((resolve, reject) => {
            const request = http.request({ host: '127.0.0.1', port, path: '/api/turn', method: 'POST', localAddress: from, headers: HEADER }, (response) => {
              response.resume();
              if (response.statusCode !== 200) reject(new Error(`start: ${response.statusCode}`));
              resolve(String(response.headers['set-cookie']).split(';')[0]!);
            });
            request.on('error', reject);
            request.end(JSON.stringify({ text: '/start' }));
          });
          return { from, cookie };
        }),
      );
      // The limits count in Redis (the limiter's client is connected).
      await waitFor(async () => (await admin.keys('refund-coach:web-rate:*')).length > 0);

      redis.freeze();
      // Each person has one request in flight, as the page sends one at a time; newcomers
      // arrive from addresses of their own; /healthz is asked throughout.
      let newcomer = 0;
      const wave = (ask: (person: (typeof people)[number]) => Promise<Outcome>) =>
        Promise.all([
          ...people.map(ask),
          ...Array.from({ length: PEOPLE }, () => timed('new turn', port, `127.0.2.${++newcomer}`, '/api/turn', { body: { text: '/start' } })),
          ...Array.from({ length: 20 }, () => timed('healthz', port, '127.0.0.1', '/healthz')),
          timed('readyz', port, '127.0.0.1', '/readyz'),
        ]);
      // Two waves, the second once the first is over: the limiter's first counts wait out
      // their deadline, later ones fail at once.
      const outcomes = [
        ...(await wave((p) => timed('conversation', port, p.from, '/api/conversation', { cookie: p.cookie }))),
        ...(await wave((p) => timed('turn', port, p.from, '/api/turn', { cookie: p.cookie, body: { text: '/help' } }))),
      ];

      const slowest = Math.max(...outcomes.map((o) => o.ms));
      const count = (test: (o: Outcome) => boolean) => outcomes.filter(test).length;
      process.stdout.write(
        `frozen Redis (web chat): tried ${outcomes.length}, answered ${count((o) => typeof o.status === 'number')}, ` +
          `refused ${count((o) => o.status === 'refused')}, hung ${count((o) => o.status === 'hung')}, slowest ${Math.round(slowest)} ms\n`,
      );
      expect(count((o) => o.status === 'hung')).toBe(0);
      expect(slowest).toBeLessThan(DEADLINE_MS);
      const health = outcomes.filter((o) => o.what === 'healthz');
      expect(health.map((o) => o.status)).toEqual(health.map(() => 200));
      // The store cannot answer: /readyz says so (and a load balancer stops sending people here).
      expect(outcomes.filter((o) => o.what === 'readyz').map((o) => o.status)).toEqual([503, 503]);

      redis.thaw();
      // Once Redis answers again, so does the web chat, with each person's conversation.
      const [someone] = people;
      await waitFor(async () => (await timed('conversation', port, someone!.from, '/api/conversation', { cookie: someone!.cookie })).status === 200, 20_000);
      expect((await timed('turn', port, someone!.from, '/api/turn', { cookie: someone!.cookie, body: { text: '/help' } })).status).toBe(200);
    } finally {
      redis.thaw();
      child.kill('SIGTERM');
      const code = await exitOf(child);
      admin.disconnect();
      await redis.remove();
      expect(code).toBe(0);
    }
  }, 90_000);
});
