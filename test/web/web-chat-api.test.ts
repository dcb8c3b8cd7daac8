/**
 * The web chat's HTTP surface without a browser: the custom header, the cookie's flags and
 * namespace, language for a new conversation, rate limits, body limits, and the settings
 * that turn it on (`--web`, WEB_CHAT).
 */
import type { FastifyInstance } from 'fastify';
import { buildHttpApp } from '../../src/http/server';
import { webChatRoutes, type WebChatLimits } from '../../src/adapters/web/web-chat-routes';
import { createCoach, type Store } from '../../src/index';
import { MemoryStore } from '../../src/stores/memory-store';
import { silentLogger } from '../../src/core/ports';
import { ConfigError, readConfig } from '../../src/config';
import { TOKEN } from '../support/emulator';

const HEADER = { 'x-refund-coach': '1' };

function webApp(limits?: Partial<WebChatLimits>) {
  const memory = new MemoryStore();
  const keys = new Set<string>();
  // Records which keys the coach writes under, to check the web chat's namespace.
  const store: Store = {
    load: (key) => memory.load(key),
    save: (key, data, version) => {
      keys.add(key);
      return memory.save(key, data, version);
    },
    delete: (key) => memory.delete(key),
    close: () => memory.close(),
  };
  const coach = createCoach({ store });
  const app = buildHttpApp({
    logger: silentLogger,
    routes: [webChatRoutes({ coach, cookieMaxAgeMs: 86_400_000, logger: silentLogger, ...(limits ? { limits } : {}) })],
  });
  return { app, keys };
}

const turn = (app: FastifyInstance, body: object, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/turn', headers: { ...HEADER, ...headers }, payload: body });

const cookieOf = (setCookie: unknown) => String(setCookie).split(';')[0]!;

describe('web chat API', () => {
  it('refuses requests without X-Refund-Coach, so a cross-site form cannot post', async () => {
    const { app } = webApp();
    const form = await app.inject({ method: 'POST', url: '/api/turn', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'text=hi' });
    expect(form.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/conversation' })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/forget', payload: {} })).statusCode).toBe(403);
  });

  it('issues an anonymous HttpOnly, SameSite=Strict cookie (Secure behind HTTPS) and stores under web:', async () => {
    const { app, keys } = webApp();
    const plain = await turn(app, { text: '/start' });
    expect(plain.statusCode).toBe(200);
    // The id (32 characters) and its signature (43).
    expect(plain.headers['set-cookie']).toMatch(/^rc_web=[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{43}; Path=\/; Max-Age=86400; HttpOnly; SameSite=Strict$/);
    const secure = await turn(app, { text: '/start' }, { 'x-forwarded-proto': 'https' });
    expect(secure.headers['set-cookie']).toMatch(/; Secure$/);
    expect([...keys].every((k) => /^web:[A-Za-z0-9_-]{32}$/.test(k))).toBe(true);
    expect(keys.size).toBe(2);
    expect(plain.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('starts a new conversation in the Accept-Language, and keeps it on the cookie', async () => {
    const { app } = webApp();
    const first = await turn(app, { text: '/start' }, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' });
    expect(first.json()).toMatchObject({ lang: 'zh', ui: { forget: '删除我的数据' } });
    const cookie = cookieOf(first.headers['set-cookie']);
    const again = await app.inject({ method: 'GET', url: '/api/conversation', headers: { ...HEADER, cookie, 'accept-language': 'en' } });
    expect(again.json()).toMatchObject({ lang: 'zh', reply: { state: 'greeting' } });
  });

  it('ignores a cookie of the wrong form and forgets on request', async () => {
    const { app } = webApp();
    const odd = await turn(app, { text: '/start' }, { cookie: 'rc_web=../../etc' });
    const cookie = cookieOf(odd.headers['set-cookie']);
    expect(cookie).toMatch(/^rc_web=[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{43}$/);
    const forget = await app.inject({ method: 'POST', url: '/api/forget', headers: { ...HEADER, cookie }, payload: {} });
    expect(forget.headers['set-cookie']).toMatch(/^rc_web=; Path=\/; Max-Age=0;/);
    const after = await app.inject({ method: 'GET', url: '/api/conversation', headers: { ...HEADER, cookie } });
    expect(after.json().reply).toBeUndefined();
  });

  it('refuses bodies that are too large or malformed', async () => {
    const { app } = webApp();
    expect((await turn(app, { text: 'x'.repeat(5000) })).statusCode).toBe(413);
    expect((await turn(app, { text: 'x'.repeat(1001) })).statusCode).toBe(400);
    expect((await turn(app, { text: 'a', choice: 'b' })).statusCode).toBe(400);
    expect((await turn(app, { nothing: 1 })).statusCode).toBe(400);
  });

  it('limits requests per conversation and per IP address', async () => {
    const perConversation = webApp({ perConversation: 3 }).app;
    const cookie = cookieOf((await turn(perConversation, { text: '/start' })).headers['set-cookie']);
    const codes = [];
    // The first turn had no cookie yet (counted by address); the cookie's own count starts here.
    for (let i = 0; i < 4; i++) codes.push((await turn(perConversation, { text: '/help' }, { cookie })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    // Another conversation from the same address still gets through.
    expect((await turn(perConversation, { text: '/start' })).statusCode).toBe(200);

    const perIp = webApp({ perIp: 2 }).app;
    const fresh = [];
    for (let i = 0; i < 3; i++) fresh.push((await turn(perIp, { text: '/start' })).statusCode);
    expect(fresh).toEqual([200, 200, 429]);
  });
});

describe('web chat cookie: only ids this deployment issued', () => {
  const KEY = Buffer.alloc(32, 7);
  const OTHER_KEY = Buffer.alloc(32, 9);

  /** One web chat over `store`, signing with `cookieKey`. */
  function instance(store: MemoryStore, cookieKey: Uint8Array, limits?: Partial<WebChatLimits>) {
    const coach = createCoach({ store });
    return buildHttpApp({
      logger: silentLogger,
      routes: [webChatRoutes({ coach, cookieMaxAgeMs: 86_400_000, logger: silentLogger, cookieKey, ...(limits ? { limits } : {}) })],
    });
  }
  const visit = (app: FastifyInstance, cookie?: string) =>
    app.inject({ method: 'GET', url: '/api/conversation', headers: { ...HEADER, ...(cookie ? { cookie } : {}) } });
  const idOf = (cookie: string) => cookie.slice('rc_web='.length).split('.')[0]!;

  it('refuses a forged cookie: the planted id is neither read, continued nor deleted, and a fresh id is issued', async () => {
    const store = new MemoryStore();
    const app = instance(store, KEY);
    // Someone's conversation, with an answer in it.
    const victim = cookieOf((await turn(app, { text: '/start' })).headers['set-cookie']);
    const start = (await turn(app, { text: '/start' }, { cookie: victim })).json().reply.choices[0].token as string;
    const state = (await turn(app, { choice: start }, { cookie: victim })).json().reply.state as string;
    const id = idOf(victim);
    const signedElsewhere = cookieOf((await turn(instance(new MemoryStore(), OTHER_KEY), { text: '/start' })).headers['set-cookie']);
    const forged = [
      `rc_web=${id}`, // the id alone, as cookies were before signing
      `rc_web=${id}.${'A'.repeat(43)}`, // a made-up signature
      `rc_web=${id}.${signedElsewhere.split('.')[1]}`, // another id's signature
      `rc_web=${id}.${victim.split('.')[1]!.slice(0, 42)}B`, // the right one, altered
    ];
    for (const cookie of forged) {
      // Not read: no case comes back.
      expect((await visit(app, cookie)).json().reply).toBeUndefined();
      // Not continued: the turn starts a conversation of its own, under a fresh id.
      const answered = await turn(app, { text: '/start' }, { cookie });
      const issued = cookieOf(answered.headers['set-cookie']);
      expect(idOf(issued)).not.toBe(id);
      expect(answered.json().reply.state).toBe('greeting');
      // Not deleted.
      await app.inject({ method: 'POST', url: '/api/forget', headers: { ...HEADER, cookie }, payload: {} });
    }
    // The id a visitor chose was never stored.
    expect(await store.load(`web:${'x'.repeat(32)}`)).toBeUndefined();
    const chosen = await turn(app, { text: '/start' }, { cookie: `rc_web=${'x'.repeat(32)}.${'A'.repeat(43)}` });
    expect(idOf(cookieOf(chosen.headers['set-cookie']))).not.toBe('x'.repeat(32));
    expect(await store.load(`web:${'x'.repeat(32)}`)).toBeUndefined();
    // The owner still has the conversation as it was.
    expect((await visit(app, victim)).json().reply.state).toBe(state);
  });

  it('keeps a conversation across instances (or a restart) with the same key, and not with another', async () => {
    const store = new MemoryStore();
    const cookie = cookieOf((await turn(instance(store, KEY), { text: '/start' })).headers['set-cookie']);
    expect((await visit(instance(store, KEY), cookie)).json().reply.state).toBe('greeting');
    expect((await visit(instance(store, OTHER_KEY), cookie)).json().reply).toBeUndefined();
  });

  it('counts new conversations per address, forged cookies included, and never blocks a conversation already going', async () => {
    const app = instance(new MemoryStore(), KEY, { newPerIp: 3 });
    const from = (remoteAddress: string, cookie?: string) =>
      app.inject({ method: 'POST', url: '/api/turn', headers: { ...HEADER, ...(cookie ? { cookie } : {}) }, payload: { text: '/start' }, remoteAddress });
    const first = await from('203.0.113.7');
    const mine = cookieOf(first.headers['set-cookie']);
    const codes = [first.statusCode];
    // A new forged cookie each time is a new conversation each time.
    for (let i = 0; i < 3; i++) codes.push((await from('203.0.113.7', `rc_web=${String(i).repeat(32)}.${'A'.repeat(43)}`)).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    expect((await from('203.0.113.7')).headers['retry-after']).toMatch(/^\d+$/);
    // The conversation this address already has goes on; another address starts its own.
    expect((await from('203.0.113.7', mine)).statusCode).toBe(200);
    expect((await from('198.51.100.4')).statusCode).toBe(200);
  });
});

describe('web chat settings', () => {
  it('runs alone with --web and no BOT_TOKEN, on PORT (8080 by default)', () => {
    expect(readConfig({}, ['--web'])).toMatchObject({ mode: 'web', port: 8080, storeUrl: 'sqlite:./data/refund-coach.db' });
    expect(readConfig({ PORT: '9000' }, ['--web'])).toMatchObject({ mode: 'web', port: 9000 });
    expect(readConfig({}, [])).toMatchObject({ mode: 'terminal' });
  });

  it('runs beside the bot unless WEB_CHAT=off', () => {
    expect(readConfig({ BOT_TOKEN: TOKEN }, [])).toMatchObject({ mode: 'telegram', webChat: { port: 8080 } });
    expect(readConfig({ BOT_TOKEN: TOKEN, WEB_CHAT: 'off' }, [])).not.toHaveProperty('webChat');
    expect(() => readConfig({ BOT_TOKEN: TOKEN, WEB_CHAT: 'maybe' }, [])).toThrow(ConfigError);
  });
});
