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
    expect(plain.headers['set-cookie']).toMatch(/^rc_web=[A-Za-z0-9_-]{32}; Path=\/; Max-Age=86400; HttpOnly; SameSite=Strict$/);
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
    expect(cookie).toMatch(/^rc_web=[A-Za-z0-9_-]{32}$/);
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
