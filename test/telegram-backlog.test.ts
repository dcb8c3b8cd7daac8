/**
 * Issue 24: a backlog of one chat (a person tapping fast, or a redelivery after a restart)
 * is answered in order, and nobody is told "having trouble saving your answer" when every
 * answer was saved.
 *
 * Twenty updates of one chat arrive at once, as one getUpdates batch or twenty webhook
 * requests do. The chat's send limit (20 a second here, to keep the test short) makes their
 * replies take several times the handler's time limit (1 s here, 60 s in production) to go
 * out: the time limit must cover each turn, not the delivery queued behind it. The test waits
 * for events only (each update's outcome, then the bot idle), never for a fixed time.
 */
import type { Update } from 'telegraf/types';
import { createCoachBot } from '../src/adapters/telegram/coach-bot';
import { Engine } from '../src/core/engine';
import { translatorFor } from '../src/i18n';
import { createSendLimits } from '../src/kit/send-limits';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { MemoryStore } from '../src/stores/memory-store';
import { BOT_INFO, FakeTelegram, recordingLogger, textUpdate } from './support/fake-telegram';
import { TOKEN } from './support/emulator';
import { JOURNEY } from './support/webhook-delivery';

const CHAT = 24_000_001;
/** Twenty typed answers: the whole test journey, then part of it again. */
const ANSWERS = [...JOURNEY, ...JOURNEY.slice(1, 9)];

function coachOn(store: MemoryStore, options: { limited: boolean }) {
  const { logger, lines } = recordingLogger();
  const engine = new Engine({ store, logger, outbox: true });
  const sendLimits = options.limited ? createSendLimits({ globalPerSecond: 1000, chatPerSecond: 20, chatBurst: 3 }) : undefined;
  const coach = createCoachBot({
    token: TOKEN,
    engine,
    seen: new MemorySeenUpdates(),
    logger,
    botInfo: BOT_INFO,
    handlerTimeoutMs: 1000,
    ...(sendLimits ? { sendLimits } : {}),
  });
  return { coach, lines, sendLimits };
}

describe('a backlog of one chat', () => {
  let telegram: FakeTelegram;
  beforeEach(() => {
    telegram = new FakeTelegram().install();
  });
  afterEach(() => telegram.uninstall());

  it('20 updates at once are answered in order, with no trouble note and no timeout', async () => {
    // The replies as one update at a time gets them, without limits: the order to expect.
    const reference = coachOn(new MemoryStore(), { limited: false });
    for (const text of ANSWERS) {
      expect(await reference.coach.handle(textUpdate(CHAT, text) as Update)).toBe('done');
      await reference.coach.idle();
    }
    const expected = telegram.sentTo(CHAT);
    telegram.calls.length = 0;

    const store = new MemoryStore();
    const { coach, lines, sendLimits } = coachOn(store, { limited: true });
    try {
      const started = Date.now();
      const outcomes = await Promise.all(ANSWERS.map((text) => coach.handle(textUpdate(CHAT, text) as Update)));
      const takenMs = Date.now() - started;
      await coach.idle();
      const deliveredMs = Date.now() - started;
      process.stdout.write(`[backlog] 20 updates of one chat: all taken after ${takenMs} ms, all replies out after ${deliveredMs} ms\n`);

      expect(outcomes).toEqual(ANSWERS.map(() => 'done'));
      // Every reply, in the order of the updates (and so of the turns).
      expect(telegram.sentTo(CHAT)).toEqual(expected);
      const trouble = [translatorFor('en')('telegram:storeTrouble'), translatorFor('zh')('telegram:storeTrouble')];
      expect(telegram.sentTo(CHAT).filter((text) => trouble.includes(text))).toEqual([]);
      expect(lines.filter((line) => line.level === 'error' || line.level === 'warn')).toEqual([]);
      // Delivery took longer than the handler's time limit: the case this test is about.
      expect(deliveredMs).toBeGreaterThan(1000);
      // Nothing left unsent.
      expect(await coach.recover().then(({ chats }) => chats)).toBe(0);
      const record = await store.load(`tg:${CHAT}`);
      expect(record?.data).toBeDefined();
    } finally {
      coach.stop();
      await sendLimits?.close();
    }
  }, 30_000);
});
