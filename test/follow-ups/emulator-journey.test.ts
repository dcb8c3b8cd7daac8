/**
 * Follow-ups as a person on Telegram sees them, in each language: the real telegraf bot
 * polling the telegram-test-api emulator, follow-ups on (outbox, PollingFollowUps every
 * 50 ms), the engine's clock moved by the test.
 *
 * The person reaches the verdict with an exact purchase date, presses "⏰ Not now: remind me
 * on the last day" and is told when; days pass; on the last day the reminder arrives by
 * itself with the verdict's buttons and "🔕 Stop reminding me"; pressing "Steps in the app"
 * starts the walkthrough. After submitting they ask for a review check-in and a renewal
 * reminder; /reminders lists both with cancel buttons; the renewal reminder arrives the next
 * morning at the auto-renewal question; "stop reminding me" there cancels the review check-in,
 * which then never comes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type TelegramServer from 'telegram-test-api';
import { SqliteStore } from '../../src/stores/sqlite-store';
import { MemorySeenUpdates } from '../../src/stores/memory-seen-updates';
import { decodeEnvelope } from '../../src/core/envelope';
import { translatorFor } from '../../src/i18n';
import type { Lang } from '../../machines';
import { ChatClient, startEmulator } from '../support/emulator';
import { AT } from '../support/explore';
import { FollowUpBot, TestClock } from './support/follow-up-bot';
import { waitFor } from '../support/program';

/** 12:00 China time on Thu 26 Nov 2026 (AT); China is UTC+8. */
const china = (isoLocal: string) => Date.parse(`${isoLocal}+08:00`);

const WORDS: Record<Lang, { firstTime: string; threeDaysAgo: string; none: string; alipay: string; on: string; lang: string }> = {
  zh: { firstTime: '第一次', threeDaysAgo: '3天前', none: '没有', alipay: '支付宝', on: '开着', lang: 'zh-hans' },
  en: { firstTime: 'first time', threeDaysAgo: '3 days ago', none: 'none', alipay: 'alipay', on: 'yes', lang: 'en-US' },
};

const unescapeHtml = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The text before the first {{variable}} of a translated string: what a message must contain. */
const lead = (text: string) => text.split('{{')[0]!.trim();

let server: TelegramServer;
let dir: string;

beforeEach(async () => {
  server = await startEmulator();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-fu-journey-'));
});

afterEach(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every bot message that reached a chat, in order (edits included as stored now). */
function botTexts(chatId: number): string[] {
  return server.storage.botMessages
    .filter((m) => Number((m.message as { chat_id: number | string }).chat_id) === chatId)
    .map((m) => unescapeHtml(String((m.message as { text: string }).text)));
}

describe.each(['en', 'zh'] as const)('follow-ups on Telegram in %s', (lang) => {
  const t = translatorFor(lang);
  const w = WORDS[lang];
  const chatId = lang === 'en' ? 5101 : 5102;
  const conversation = `tg:${chatId}`;

  it('a reminder asked for by a button arrives on its day, its buttons continue the conversation, and "stop reminding me" cancels the rest', async () => {
    const clock = new TestClock(AT);
    const store = new SqliteStore(path.join(dir, 'coach.db'));
    const bot = new FollowUpBot({ store, seen: new MemorySeenUpdates(), clock, apiRoot: server.config.apiURL, intervalMs: 50 });
    const due = async () => decodeEnvelope((await store.load(conversation))!.data)!.due ?? [];
    const outbox = async () => decodeEnvelope((await store.load(conversation))!.data)!.outbox ?? [];
    const reminderTexts = [t('followUp.due.window'), t('followUp.due.renewal'), t('followUp.due.review')];
    await bot.startPolling();
    bot.startFollowUps();
    try {
      const chat = new ChatClient(server, chatId, w.lang);
      await chat.type('/start');
      await chat.press('begin');
      await chat.type(w.firstTime);
      await chat.type(w.threeDaysAgo); // Mon 23 Nov: the 7 days end on Mon 30 Nov
      await chat.type(w.none);
      await chat.type(w.alipay);
      await chat.type(w.on);
      expect((await bot.engine.peek(conversation))!.stateId).toBe('verdict');

      // 1. Opt in: the button is on the verdict; the answer says when, and nothing else changes.
      const optIn = unescapeHtml(await chat.press('remindWindow'));
      expect(optIn).toContain(lead(t('engine:followUps.set')));
      expect(await due()).toEqual([{ kind: 'window', at: china('2026-11-30T10:00') }]);
      expect((await bot.engine.peek(conversation))!.stateId).toBe('verdict');
      const before = botTexts(chatId).length;

      // 2. Sunday evening, 21:30: due only the next morning, so nothing comes.
      clock.set(china('2026-11-29T21:30'));
      await new Promise((r) => setTimeout(r, 300));
      expect(botTexts(chatId).length).toBe(before);

      // 3. The last day, 10:05: the runner fires it; it arrives by itself, with the verdict's buttons.
      clock.set(china('2026-11-30T10:05'));
      const arrived = await chat.replies({ timeoutMs: 5000 });
      const arrivedText = arrived.map((m) => unescapeHtml(m.text)).join('\n');
      expect(arrivedText).toContain(t('followUp.due.window'));
      const buttons = chat.question.reply_markup!.inline_keyboard.flat().map((b) => b.text);
      expect(buttons).toEqual(expect.arrayContaining([t('choice.walkApp'), t('choice.stopReminders')]));
      expect(buttons).not.toContain(t('choice.remindWindow'));
      // Decided afresh on the day: today is the last day.
      if (lang === 'en') expect(arrivedText).toContain('today (Mon, Nov 30) is the last day');
      await waitFor(async () => (await outbox()).length === 0, 5000);
      expect(await due()).toEqual([]);

      // 4. The reminder's buttons answer the verdict: "Steps in the app" starts the walkthrough.
      await chat.press('walkApp');
      expect((await bot.engine.peek(conversation))!.stateId).toBe('app_openMe');
      for (let step = 0; step < 7; step++) await chat.press('done');
      expect((await bot.engine.peek(conversation))!.stateId).toBe('afterSubmit');

      // 5. Two more reminders: the review check-in, and auto-renewal "tomorrow".
      expect(unescapeHtml(await chat.press('remindReview'))).toContain(lead(t('engine:followUps.set')));
      await chat.press('renewLater');
      expect(unescapeHtml(await chat.press('remindRenewal'))).toContain(lead(t('engine:followUps.set')));
      expect((await due()).map((d) => d.kind).sort()).toEqual(['renewal', 'review']);

      // 6. /reminders lists both, each with a cancel button, and "stop reminding me".
      const list = unescapeHtml(await chat.type('/reminders'));
      expect(list).toContain(t('engine:followUps.list.intro'));
      expect(list).toContain(t('engine:followUps.kind.renewal'));
      expect(list).toContain(t('engine:followUps.kind.review'));
      const listButtons = chat.received.flatMap((m) => m.reply_markup?.inline_keyboard.flat() ?? []).map((b) => b.text);
      expect(listButtons).toEqual(expect.arrayContaining([t('choice.cancel_renewal'), t('choice.cancel_review'), t('choice.stopReminders')]));

      // 7. Tue 1 Dec 10:05: the renewal reminder arrives at the auto-renewal question.
      clock.set(china('2026-12-01T10:05'));
      const renewal = (await chat.replies({ timeoutMs: 5000 })).map((m) => unescapeHtml(m.text)).join('\n');
      expect(renewal).toContain(t('followUp.due.renewal'));
      expect((await bot.engine.peek(conversation))!.stateId).toBe('renewal');

      // 8. "Stop reminding me": the review check-in is cancelled too, and the question stays.
      const stopped = unescapeHtml(await chat.press('stopReminders'));
      expect(stopped).toContain(t('engine:followUps.stopped'));
      expect(await due()).toEqual([]);
      expect(await store.dueBy(china('2027-01-01T12:00'), 10, 'tg:')).toEqual([]);
      await chat.press('renewDone');
      expect((await bot.engine.peek(conversation))!.stateId).toBe('summary');
      expect(unescapeHtml(await chat.type('/reminders', 1))).toContain(t('engine:followUps.list.none'));

      // 9. Days later, past the review check-in's time: nothing more arrives.
      const settled = botTexts(chatId).length;
      clock.set(china('2026-12-10T12:00'));
      await new Promise((r) => setTimeout(r, 400));
      expect(botTexts(chatId).length).toBe(settled);

      // What the person noticed, counted.
      const texts = botTexts(chatId);
      const received = reminderTexts.map((text) => texts.filter((m) => m.includes(text)).length);
      const delivered = received.reduce((a, b) => a + b, 0);
      const doubled = received.reduce((n, c) => n + Math.max(0, c - 1), 0);
      const expectedDelivered = 2; // window, renewal (review cancelled)
      console.log(
        `[follow-ups emulator ${lang}] scheduled ${bot.metrics.counts.scheduled}, delivered ${delivered} (window ${received[0]}, renewal ${received[1]}, review ${received[2]}), ` +
          `lost ${Math.max(0, expectedDelivered - delivered + doubled)}, doubled ${doubled}, cancelled 1 (review), runner sent ${bot.metrics.counts.sent}, dropped ${bot.metrics.counts.dropped}`,
      );
      expect(bot.metrics.counts.scheduled).toBe(3);
      expect(received).toEqual([1, 1, 0]);
      expect(bot.metrics.counts.sent).toBe(2);
    } finally {
      await bot.stop();
      await store.close();
    }
  }, 40_000);
});
