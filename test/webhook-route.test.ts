/**
 * The webhook route in-process (fastify's inject, the Bot API faked): what each outcome is
 * answered with, a duplicate delivered twice at once, and the "having trouble" note's limit.
 */
import { createCoachBot } from '../src/adapters/telegram/coach-bot';
import { secretMatches } from '../src/adapters/telegram/secret-token';
import { TelegramCalls } from '../src/adapters/telegram/telegram-calls';
import { TroubleNotes } from '../src/kit/trouble-notes';
import { isUpdate, telegramWebhookRoute } from '../src/adapters/telegram/webhook-route';
import { Engine } from '../src/core/engine';
import { silentLogger } from '../src/core/ports';
import { startHttpServer, type HttpServer } from '../src/http/server';
import { translatorFor } from '../src/i18n';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { TOKEN } from './support/emulator';
import { BOT_INFO, FakeTelegram, textUpdate } from './support/fake-telegram';
import { FlakyStore } from './support/flaky-store';

const SECRET = 'route-secret_0123456789abcdef';
const TROUBLE = translatorFor('en')('telegram:storeTrouble');

const servers: HttpServer[] = [];

async function setup() {
  const api = new FakeTelegram().install();
  const store = new FlakyStore();
  let now = 1_000_000;
  const coach = createCoachBot({
    token: TOKEN,
    engine: new Engine({ store }),
    seen: new MemorySeenUpdates(),
    logger: silentLogger,
    calls: new TelegramCalls(silentLogger, { sleep: async () => undefined }),
    botInfo: BOT_INFO,
    troubleNotes: new TroubleNotes(60_000, () => now),
  });
  const server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    logger: silentLogger,
    routes: [telegramWebhookRoute({ path: '/hook', secret: SECRET, handle: coach.handle })],
  });
  servers.push(server);
  const post = async (update: unknown) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    return { statusCode: response.status, headers: { 'retry-after': response.headers.get('retry-after') } };
  };
  return { api, store, post, advance: (ms: number) => (now += ms) };
}

afterEach(async () => {
  jest.restoreAllMocks();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('webhook route', () => {
  it('answers 503 with Retry-After while the store is down, 200 once the turn is saved, and tells the person once a minute', async () => {
    const { api, store, post, advance } = await setup();
    const update = textUpdate(70_000, '/start');
    store.down = true;
    for (let i = 0; i < 3; i++) {
      const response = await post(update);
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
    }
    expect(api.sentTo(70_000).filter((t) => t === TROUBLE)).toHaveLength(1);
    advance(61_000);
    expect((await post(update)).statusCode).toBe(503);
    expect(api.sentTo(70_000).filter((t) => t === TROUBLE)).toHaveLength(2);
    store.down = false;
    expect((await post(update)).statusCode).toBe(200);
    const greetings = api.sentTo(70_000).filter((t) => t !== TROUBLE).length;
    expect(greetings).toBeGreaterThan(0);
    // Redelivered after it was done: acknowledged, nothing sent again.
    expect((await post(update)).statusCode).toBe(200);
    expect(api.sentTo(70_000).filter((t) => t !== TROUBLE)).toHaveLength(greetings);
  });

  it('answers a duplicate delivered at the same time with the outcome of the first, and handles it once', async () => {
    const { api, post } = await setup();
    const update = textUpdate(70_001, '/start');
    const [a, b] = await Promise.all([post(update), post(update)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const once = api.sentTo(70_001).length;
    await post(textUpdate(70_002, '/start'));
    expect(api.sentTo(70_002)).toHaveLength(once);
  });

  it('answers a group command without the store, and sends no trouble note to a group', async () => {
    const { api, store, post } = await setup();
    store.down = true;
    // A group command is answered without the store, so it is done even now.
    expect((await post(textUpdate(-70_003, '/start', 'en', 'group'))).statusCode).toBe(200);
    expect(api.sent().filter((t) => t === TROUBLE)).toHaveLength(0);
  });
});

describe('what counts as an update', () => {
  it.each([
    [null, false],
    [[], false],
    ['x', false],
    [{}, false],
    [{ update_id: '1' }, false],
    [{ update_id: 1.5 }, false],
    [{ update_id: -1 }, false],
    [{ update_id: 0 }, true],
    [{ update_id: 42, message: {} }, true],
  ])('%p → %p', (body, ok) => {
    expect(isUpdate(body as unknown)).toBe(ok);
  });

  it('compares the secret exactly, whatever its length', () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    expect(secretMatches(SECRET, `${SECRET}x`)).toBe(false);
    expect(secretMatches(SECRET, SECRET.slice(1))).toBe(false);
    expect(secretMatches(SECRET, undefined)).toBe(false);
    expect(secretMatches(SECRET, [SECRET] as unknown)).toBe(false);
  });
});
