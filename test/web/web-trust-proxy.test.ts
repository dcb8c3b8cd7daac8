/**
 * TRUST_PROXY: the web chat's per-address limits count visitors, not the proxy. With the
 * proxy's address trusted, X-Forwarded-For names the visitor, so two visitors behind one
 * proxy are limited apart; unset (the default), the header is ignored, so a visitor who forges
 * it gains nothing. (test/deploy/deploy.test.ts checks the same through the guide's nginx.)
 */
import type { FastifyInstance } from 'fastify';
import { webChatRoutes } from '../../src/adapters/web/web-chat-routes';
import { ConfigError, readConfig } from '../../src/config';
import { silentLogger } from '../../src/core/ports';
import { buildHttpApp } from '../../src/http/server';
import { createCoach } from '../../src/index';
import { MemoryStore } from '../../src/stores/memory-store';

const PROXY = '127.0.0.1';
/** New conversations one address may start per minute, lowered so the tests reach it. */
const NEW_PER_IP = 3;

function webApp(trustProxy?: string[] | number): FastifyInstance {
  const coach = createCoach({ store: new MemoryStore() });
  return buildHttpApp({
    logger: silentLogger,
    ...(trustProxy !== undefined ? { trustProxy } : {}),
    routes: [webChatRoutes({ coach, cookieMaxAgeMs: 86_400_000, logger: silentLogger, limits: { newPerIp: NEW_PER_IP } })],
  });
}

/** A new conversation's first turn (no cookie), from `from` (the connection), with an X-Forwarded-For. */
async function newConversation(app: FastifyInstance, from: string, forwardedFor?: string): Promise<number> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/turn',
    remoteAddress: from,
    headers: { 'x-refund-coach': '1', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    payload: { text: '/start' },
  });
  return response.statusCode;
}

async function statuses(app: FastifyInstance, count: number, from: string, forwardedFor: (i: number) => string | undefined): Promise<number[]> {
  const codes: number[] = [];
  for (let i = 0; i < count; i++) codes.push(await newConversation(app, from, forwardedFor(i)));
  return codes;
}

const allowed = Array.from({ length: NEW_PER_IP }, () => 200);

describe('TRUST_PROXY', () => {
  it('trusted proxy: two visitors behind it (X-Forwarded-For) are limited separately', async () => {
    const app = webApp([PROXY]);
    expect(await statuses(app, NEW_PER_IP + 1, PROXY, () => '203.0.113.7')).toEqual([...allowed, 429]);
    // Another visitor through the same proxy still has their own allowance.
    expect(await statuses(app, NEW_PER_IP + 1, PROXY, () => '198.51.100.23')).toEqual([...allowed, 429]);
    await app.close();
  });

  it('trusted by hop count: the address the one proxy saw', async () => {
    const app = webApp(1);
    // nginx as in the guide sets the header to the address it saw; a client's own entry before it is not believed.
    expect(await statuses(app, NEW_PER_IP + 1, PROXY, (i) => `10.9.9.${i}, 203.0.113.7`)).toEqual([...allowed, 429]);
    expect(await newConversation(app, PROXY, '198.51.100.23')).toBe(200);
    await app.close();
  });

  it('unset: a forged X-Forwarded-For does not dodge the limit', async () => {
    const app = webApp();
    expect(await statuses(app, NEW_PER_IP + 2, '192.0.2.10', (i) => `203.0.113.${i + 1}`)).toEqual([...allowed, 429, 429]);
    await app.close();
  });

  it('set: a forged header from an address other than the proxy does not dodge the limit either', async () => {
    const app = webApp([PROXY]);
    expect(await statuses(app, NEW_PER_IP + 2, '192.0.2.10', (i) => `203.0.113.${i + 1}`)).toEqual([...allowed, 429, 429]);
    await app.close();
  });

  it('is read from TRUST_PROXY: addresses, networks or a hop count; never "everyone"', () => {
    const web = (value: string | undefined) => readConfig({ TRUST_PROXY: value }, ['--web']);
    expect(web(undefined)).not.toHaveProperty('trustProxy');
    expect(web('')).not.toHaveProperty('trustProxy');
    expect(web('127.0.0.1')).toMatchObject({ trustProxy: ['127.0.0.1'] });
    expect(web(' 10.0.0.0/8, ::1 ,loopback')).toMatchObject({ trustProxy: ['10.0.0.0/8', '::1', 'loopback'] });
    expect(web('2')).toMatchObject({ trustProxy: 2 });
    expect(readConfig({ BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', TRUST_PROXY: '127.0.0.1' }, [])).toMatchObject({ trustProxy: ['127.0.0.1'] });
    for (const bad of ['true', '*', '0', '10', '127.0.0.1/33', 'nginx', '127.0.0.1,', '1.2.3.4/8/1']) {
      expect(() => web(bad)).toThrow(ConfigError);
      expect(() => web(bad)).toThrow(/TRUST_PROXY/);
    }
  });
});
