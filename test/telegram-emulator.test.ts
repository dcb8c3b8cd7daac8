/**
 * The real telegraf bot against the telegram-test-api emulator on 127.0.0.1: people press
 * buttons and type, in Chinese and English, through every verdict to the closing summary;
 * the bot is restarted mid-conversation; stale buttons, /lang, /forget and group chats.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type TelegramServer from 'telegram-test-api';
import { SqliteStore } from '../src/stores/sqlite-store';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { translatorFor } from '../src/i18n';
import { decodeEnvelope } from '../src/core/envelope';
import type { Lang } from '../machines';
import { BotProcess, ChatClient, startEmulator } from './support/emulator';

type Step = { press: string } | { type: string };
const press = (...ids: string[]): Step[] => ids.map((id) => ({ press: id }));
const type = (text: string): Step => ({ type: text });

/** Typed answers per language; the rest of each journey presses buttons. */
type Word = 'firstTime' | 'threeDaysAgo' | 'lastDay' | 'alipay' | 'wechat' | 'none' | 'on';
const WORDS: Record<Lang, Record<Word, string>> = {
  zh: { firstTime: '第一次', threeDaysAgo: '3天前', lastDay: '11月19日', alipay: '支付宝', wechat: '微信', none: '没有', on: '开着' },
  en: { firstTime: 'first time', threeDaysAgo: '3 days ago', lastDay: 'Nov 19', alipay: 'alipay', wechat: 'wechat', none: 'none', on: 'yes' },
};

const APP_STEPS = press('walkApp', 'done', 'done', 'done', 'done', 'done', 'done', 'done');

function journeys(lang: Lang): Array<[string, Step[]]> {
  const w = WORDS[lang];
  return [
    [
      'likely',
      [...press('begin'), type(w.firstTime), type(w.threeDaysAgo), type(w.none), type(w.alipay), type(w.on), ...APP_STEPS, ...press('approved', 'renewDone')],
    ],
    [
      'lastDay',
      [
        ...press('begin', 'firstTime'),
        type(w.lastDay),
        ...press('noneUsed', 'wechat', 'renewOn'),
        ...APP_STEPS,
        ...press('pending', 'renewLater', 'skipReminder'),
      ],
    ],
    [
      'renewal',
      [
        ...press(
          'begin',
          'renewal',
          'days1to3',
          'reminderGot',
          'reminderFull',
          'noneUsed',
          'alipay',
          'renewOff',
          'walkWeb',
          'done',
          'done',
          'done',
          'done',
          'done',
          'refused',
          'skipInAppReason',
          'notNeeded',
          'skipOrder',
          'cs',
          'refunded',
          'renewDone',
        ),
      ],
    ],
    [
      'unsure',
      [
        ...press('begin', 'unsure', 'days4to6', 'unsure', 'unsure', 'unsure', 'walkApp', 'done', 'done', 'cantFind', 'stillCantFind', 'accidental'),
        type('P20261120556677'),
        ...press('email', 'refunded', 'renewDone'),
      ],
    ],
    [
      'privilegeUsed',
      [
        ...press(
          'begin',
          'firstTime',
          'days1to3',
          'gift',
          'wechat',
          'renewOn',
          'goAppeal',
          'misled',
          'skipMisledDetail',
          'skipOrder',
          'cs',
          'theyRefused',
          'refusedUsed',
          'otherRefusal',
          'refusedRule',
          'notWorked',
          'email',
          'refunded',
          'renewDone',
        ),
      ],
    ],
    [
      'late',
      [
        ...press('begin'),
        type(w.firstTime),
        ...press('over7'),
        type(w.none),
        type(w.wechat),
        ...press(
          'renewOn',
          'goAppeal',
          'money',
          'skipOrder',
          'cs',
          'notWorked',
          'email',
          'notWorked',
          'complain12315',
          'notWorked',
          'heimao',
          'notWorked',
          'social',
          'notWorked',
          'finish',
          'renewLater',
          'skipReminder',
        ),
      ],
    ],
    [
      'apple',
      [
        ...press(
          'begin',
          'firstTime',
          'days1to3',
          'noneUsed',
          'apple',
          'renewOn',
          'walkApple',
          'done',
          'done',
          'done',
          'done',
          'refused',
          'notNeeded',
          'continue',
          'renewDone',
        ),
      ],
    ],
    [
      'noReminder',
      [
        ...press('begin', 'renewal'),
        type(w.lastDay),
        ...press(
          'reminderNone',
          'noneUsed',
          'wechat',
          'renewOn',
          'goAppeal',
          'notNeeded',
          'skipOrder',
          'cs',
          'notWorked',
          'payChannel',
          'progress',
          'renewDone',
        ),
      ],
    ],
    [
      'redCard',
      [
        ...press(
          'begin',
          'redCard',
          'redCardNotRefunded',
          'redCardNoticeSeen',
          'redCardWorksUnsure',
          'unsure',
          'skipOrder',
          'cs',
          'notWorked',
          'complain12315',
          'progress',
          'renewLater',
          'skipReminder',
        ),
      ],
    ],
  ];
}

let server: TelegramServer;
let dir: string;
let file: string;

beforeEach(async () => {
  server = await startEmulator();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-'));
  file = path.join(dir, 'coach.db');
});

afterEach(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function withBot<T>(run: (bot: BotProcess, store: SqliteStore) => Promise<T>): Promise<T> {
  const store = new SqliteStore(file);
  const bot = new BotProcess(server, store, new MemorySeenUpdates());
  await bot.start();
  try {
    return await run(bot, store);
  } finally {
    await bot.stop();
    await store.close();
  }
}

async function storedState(store: SqliteStore, chatId: number) {
  const record = await store.load(`tg:${chatId}`);
  return record ? decodeEnvelope(record.data)?.snapshot : undefined;
}

describe.each(['zh', 'en'] as const)('journeys in %s', (lang) => {
  const t = translatorFor(lang);
  it.each(journeys(lang))(
    'completes the %s route to the summary by buttons and typing',
    async (verdict, steps) => {
      await withBot(async (_bot, store) => {
        const chat = new ChatClient(server, 2000, lang === 'zh' ? 'zh-hans' : 'en-US');
        const greeting = await chat.type('/start');
        expect(greeting).toContain(t('greeting.honesty').slice(0, 12));
        let last = '';
        for (const step of steps) last = 'press' in step ? await chat.press(step.press) : await chat.type(step.type);
        expect(last).toContain(t('summary.title'));
        const snapshot = await storedState(store, 2000);
        expect(snapshot?.value).toBe('summary');
        expect(snapshot?.context).toMatchObject({ verdict, lang });
      });
    },
    30_000,
  );
});

describe('telegram behaviour', () => {
  it("removes a pressed question's keyboard and shows the choice on it", async () => {
    await withBot(async () => {
      const chat = new ChatClient(server, 3000, 'en');
      await chat.type('/start');
      const question = chat.question;
      await chat.press('begin');
      const edited = chat.stored(question.message_id);
      expect(edited.reply_markup?.inline_keyboard).toEqual([]);
      expect(edited.text).toMatch(/✓ Chosen: .+$/);
    });
  });

  it('keeps callback data within 64 bytes and carries a turn marker', async () => {
    await withBot(async () => {
      const chat = new ChatClient(server, 3001, 'en');
      await chat.type('/start');
      await chat.press('begin');
      for (const button of chat.question.reply_markup!.inline_keyboard.flat()) {
        expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
        expect(button.callback_data).toMatch(/^\d+:\w+$/);
      }
    });
  });

  it('answers a stale button with a notice and the current question, changing nothing', async () => {
    await withBot(async (_bot, store) => {
      const chat = new ChatClient(server, 3002, 'en');
      await chat.type('/start');
      await chat.press('begin');
      const memberQuestion = chat.question;
      await chat.press('firstTime');
      const before = await storedState(store, 3002);
      const reply = await chat.press('renewal', memberQuestion);
      expect(reply).toMatch(/earlier question/);
      expect(reply).toContain(translatorFor('en')('ask.askOpened').slice(0, 20));
      expect((await storedState(store, 3002))?.context).toEqual(before?.context);
    });
  });

  it('loses nothing when the bot restarts between two steps', async () => {
    const chat = new ChatClient(server, 3003, 'zh-CN');
    await withBot(async () => {
      await chat.type('/start');
      await chat.press('begin');
      await chat.press('firstTime');
    });
    // A new process on the same database file; the old message's buttons still work.
    await withBot(async (_bot, store) => {
      const reply = await chat.press('days1to3');
      expect(reply).toContain(translatorFor('zh')('ask.askPrivilege').slice(0, 10));
      expect((await storedState(store, 3003))?.context).toMatchObject({ member: 'firstTime', openedBucket: 'days1to3' });
    });
  });

  it('switches language with /lang mid-conversation and continues at the same question', async () => {
    await withBot(async () => {
      const chat = new ChatClient(server, 3004, 'en');
      await chat.type('/start');
      await chat.press('begin');
      await chat.press('firstTime');
      const reply = await chat.type('/lang');
      expect(reply).toContain(translatorFor('zh')('ask.askOpened').slice(0, 10));
      const next = await chat.press('days1to3');
      expect(next).toContain(translatorFor('zh')('ask.askPrivilege').slice(0, 10));
    });
  });

  it("/forget deletes the chat's row and says so", async () => {
    await withBot(async (_bot, store) => {
      const chat = new ChatClient(server, 3005, 'en');
      await chat.type('/start');
      await chat.press('begin');
      expect(store.countRows('tg:3005')).toBe(1);
      const reply = await chat.type('/forget', 1);
      expect(reply).toMatch(/deleted everything/);
      expect(store.countRows('tg:3005')).toBe(0);
    });
  });

  it('asks group chats to talk in private and stores nothing for them', async () => {
    await withBot(async (_bot, store) => {
      const group = new ChatClient(server, -4000, 'en', 'group');
      const reply = await group.type('/start', 1);
      expect(reply).toMatch(/private chat/);
      expect(store.countRows('tg:-4000')).toBe(0);
    });
  });

  it('takes the buttons off a question answered by typing, so only the current one has them', async () => {
    await withBot(async () => {
      const chat = new ChatClient(server, 3007, 'en');
      await chat.type('/start');
      const greeting = chat.question;
      await chat.type('start');
      expect(chat.stored(greeting.message_id).reply_markup?.inline_keyboard).toEqual([]);
      expect(chat.question.message_id).not.toBe(greeting.message_id);
    });
  });

  it('understands typed answers where buttons were offered', async () => {
    await withBot(async (_bot, store) => {
      const chat = new ChatClient(server, 3006, 'zh-hant');
      await chat.type('/start');
      await chat.type('开始');
      await chat.type('续费');
      await chat.type('前天');
      expect((await storedState(store, 3006))?.context).toMatchObject({ lang: 'zh', member: 'renewal', openedOn: '2026-11-24' });
    });
  });
});
