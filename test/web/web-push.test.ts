/**
 * Reminders by Web Push, the server side: a subscription whose endpoint is a local HTTP server
 * standing in for the browser's push service. The reminder arrives there once, encrypted
 * (aes128gcm) and signed with the deployment's VAPID key, as soon as it is due; it still shows
 * on the next visit (a push that never arrives loses nothing); a subscription the push service
 * calls gone is deleted; /forget deletes it on every store (SQLite, Redis); the endpoint is never
 * logged, and only a browser push service's HTTPS URL is accepted as an endpoint.
 */
import { createECDH, createPublicKey, randomBytes, verify } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { buildHttpApp } from '../../src/http/server';
import { webChatRoutes } from '../../src/adapters/web/web-chat-routes';
import { isPushService, PUSH_PREFIX, vapidKeysFrom, WebPushReminders } from '../../src/adapters/web/web-push';
import { createCoach, Engine, openStore, type Logger, type Store } from '../../src/index';
import { describeWithRedis, startRedis, type PrivateRedis } from '../support/redis';
import { reminderSet, webVisitor } from '../support/web-visitor';

const china = (text: string) => Date.parse(`${text}+08:00`);
const VAPID = { ...vapidKeysFrom(Buffer.from('a deployment secret for these tests only')), subject: 'mailto:ops@example.com' };

interface Received {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** The browser's push service, on loopback: records each push; answers `status` (201 by default). */
async function pushService() {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  let status = 201;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(status).end();
      for (const w of waiters.splice(0)) w();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    answer: (code: number) => (status = code),
    /** Resolves when the next push arrives. */
    next: () => new Promise<void>((resolve) => waiters.push(resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a browser's PushManager hands the page: an endpoint, its P-256 key and auth secret. */
function browserSubscription(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { endpoint, expirationTime: null, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } };
}

function recordingLogger(lines: string[]): Logger {
  const log = (level: string) => (fields: object, message: string) => void lines.push(`${level} ${message} ${JSON.stringify(fields)}`);
  return { info: log('info'), warn: log('warn'), error: log('error') } as unknown as Logger;
}

async function webApp(store: Store, origin: string) {
  const clock = { now: china('2026-11-26T12:00:00') };
  const lines: string[] = [];
  const logger = recordingLogger(lines);
  const engine = new Engine({ store, now: () => clock.now, followUps: 'onVisit', logger });
  const coach = createCoach({ store, engine, followUps: 'onVisit' });
  const push = new WebPushReminders({ store, engine, vapid: VAPID, logger, endpointAllowed: (e) => e.startsWith(`${origin}/`) || isPushService(e) });
  const app = buildHttpApp({ logger, routes: [webChatRoutes({ coach, engine, push, cookieMaxAgeMs: 86_400_000, logger })] });
  return { app, clock, push, lines };
}

/** The VAPID JWT's claims, after checking its ES256 signature against the deployment's public key. */
function verifiedJwt(authorization: string): { aud: string; exp: number; sub: string } {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(authorization);
  expect(match).not.toBeNull();
  const [token, key] = [match![1]!, match![2]!];
  expect(key).toBe(VAPID.publicKey);
  const raw = Buffer.from(key, 'base64url');
  const publicKey = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33).toString('base64url') },
    format: 'jwk',
  });
  const [header, claims, signature] = token.split('.');
  expect(verify('sha256', Buffer.from(`${header}.${claims}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature!, 'base64url'))).toBe(true);
  return JSON.parse(Buffer.from(claims!, 'base64url').toString()) as { aud: string; exp: number; sub: string };
}

async function pushJourney(store: Store) {
  const service = await pushService();
  const { app, clock, push, lines } = await webApp(store, service.origin);
  try {
    const person = await webVisitor(app);
    await reminderSet(person);
    await person.visit();
    expect(person.last().push).toEqual({ key: VAPID.publicKey, on: false });
    const subscription = browserSubscription(`${service.origin}/push/${randomBytes(8).toString('hex')}`);
    expect((await person.request('POST', '/api/push/subscribe', subscription)).json()).toEqual({ ok: true });
    await person.visit();
    expect(person.last().push?.on).toBe(true);

    // Before its time: nothing is sent.
    await push.tick();
    expect(service.received).toHaveLength(0);
    // Due: one push, at once.
    clock.now = china('2026-11-30T10:00:30');
    const arrived = service.next();
    await push.tick();
    await arrived;
    expect(service.received).toHaveLength(1);
    const [received] = service.received;
    expect(received!.url).toBe(new URL(subscription.endpoint).pathname);
    expect(received!.headers['content-encoding']).toBe('aes128gcm');
    expect(received!.headers['content-type']).toBe('application/octet-stream');
    expect(received!.headers.ttl).toBe('86400');
    expect(received!.headers.urgency).toBe('high');
    expect(received!.headers.topic).toBe('window');
    // aes128gcm: a 16-byte salt, a 4-byte record size, the server's 65-byte key, then the ciphertext.
    expect(received!.body.length).toBeGreaterThan(16 + 4 + 1 + 65);
    expect(received!.body[20]).toBe(65);
    // Nothing of the message readable on the way: the reminder's words are not in the body.
    expect(received!.body.toString('latin1')).not.toMatch(/last day|refund/i);
    const jwt = verifiedJwt(String(received!.headers.authorization));
    expect(jwt.aud).toBe(service.origin);
    expect(jwt.sub).toBe(VAPID.subject);

    // Once: later looks send nothing more.
    await push.tick();
    await push.tick();
    expect(service.received).toHaveLength(1);
    // Not used up: the next visit still shows it (until the page confirms it).
    await person.visit();
    expect(person.text()).toContain('today should be the last day of your 7-day window');

    // /forget deletes the subscription with the conversation.
    const id = person.id();
    expect(await store.load(PUSH_PREFIX + id)).toBeDefined();
    await person.request('POST', '/api/forget', {});
    expect(await store.load(PUSH_PREFIX + id)).toBeUndefined();
    // Never logged: not the endpoint, nor its key.
    expect(lines.join('\n')).not.toContain(subscription.endpoint.split('/push/')[1]);
    expect(lines.join('\n')).not.toContain(subscription.keys.p256dh);
    return { service, app, id };
  } finally {
    await app.close();
    await service.close();
  }
}

describe('reminders by Web Push', () => {
  it('derives one VAPID key pair per deployment secret, the same after a restart', () => {
    const again = vapidKeysFrom(Buffer.from('a deployment secret for these tests only'));
    expect(again.publicKey).toBe(VAPID.publicKey);
    expect(Buffer.from(VAPID.publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(VAPID.privateKey, 'base64url')).toHaveLength(32);
    expect(vapidKeysFrom(Buffer.from('another deployment')).publicKey).not.toBe(VAPID.publicKey);
  });

  it('accepts only a browser push service over HTTPS as an endpoint', async () => {
    for (const ok of [
      'https://fcm.googleapis.com/fcm/send/abc',
      'https://updates.push.services.mozilla.com/wpush/v2/x',
      'https://web.push.apple.com/Q',
      'https://wns2-par02p.notify.windows.com/w/?token=1',
    ]) {
      expect(isPushService(ok)).toBe(true);
    }
    for (const bad of [
      'http://fcm.googleapis.com/fcm/send/abc',
      'https://169.254.169.254/latest',
      'https://localhost/x',
      'https://fcm.googleapis.com.evil.example/x',
      'https://u:p@fcm.googleapis.com/x',
      'https://fcm.googleapis.com:8443/x',
      'not a url',
    ]) {
      expect(isPushService(bad)).toBe(false);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-push-'));
    const { store } = await openStore(`sqlite:${path.join(dir, 'coach.db')}`);
    const { app } = await webApp(store, 'http://127.0.0.1:9');
    try {
      const person = await webVisitor(app);
      await person.post({ text: '/start' });
      const refused = await person.request('POST', '/api/push/subscribe', browserSubscription('https://169.254.169.254/latest/meta-data'));
      expect(refused.statusCode).toBe(422);
      const badKey = { ...browserSubscription('https://fcm.googleapis.com/fcm/send/x'), keys: { p256dh: 'AAAA', auth: 'BBBB' } };
      expect((await person.request('POST', '/api/push/subscribe', badKey)).statusCode).toBe(422);
      expect(await store.load(PUSH_PREFIX + person.id())).toBeUndefined();
    } finally {
      await app.close();
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('SQLite: the due reminder arrives once, encrypted and signed; it still shows on the visit; /forget deletes the subscription', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-push-'));
    const { store } = await openStore(`sqlite:${path.join(dir, 'coach.db')}`);
    try {
      await pushJourney(store);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a subscription the push service calls gone (410) is deleted', async () => {
    const { store } = await openStore('memory:');
    const service = await pushService();
    const { app, clock, push } = await webApp(store, service.origin);
    try {
      const person = await webVisitor(app);
      await reminderSet(person);
      await person.request('POST', '/api/push/subscribe', browserSubscription(`${service.origin}/push/gone`));
      service.answer(410);
      clock.now = china('2026-11-30T10:00:30');
      const arrived = service.next();
      await push.tick();
      await arrived;
      expect(await store.load(PUSH_PREFIX + person.id())).toBeUndefined();
      await person.visit();
      expect(person.text()).toContain('today should be the last day of your 7-day window');
    } finally {
      await app.close();
      await service.close();
      await store.close();
    }
  });

  describeWithRedis('on Redis', () => {
    let redis: PrivateRedis;
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      await redis?.stop();
    });

    it('Redis: the same, and after /forget no key holds the subscription or names the conversation', async () => {
      const opened = await openStore(redis.url);
      const client = new Redis(redis.url);
      try {
        const { id } = await pushJourney(opened.store);
        const keys = await client.keys('*');
        expect(keys.filter((k) => k.includes(id))).toEqual([]);
        for (const key of keys) {
          const type = await client.type(key);
          const members = type === 'zset' ? await client.zrange(key, 0, -1) : type === 'set' ? await client.smembers(key) : [];
          expect(members.filter((m) => m.includes(id))).toEqual([]);
        }
      } finally {
        client.disconnect();
        await opened.store.close();
      }
    });
  });
});
