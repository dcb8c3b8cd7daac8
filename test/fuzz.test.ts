/**
 * Bad input through bot.handleUpdate, from a seeded generator (test/support/fuzz-inputs.ts),
 * interleaved with a real journey in one chat. Every input must be answered with a clear
 * notice and the question again, or ignored on purpose without a single Bot API call; the
 * journey's conversation must come out of the noise exactly as it went in, and then finish.
 */
import { createCoachBot } from '../src/adapters/telegram/coach-bot';
import { TelegramCalls } from '../src/adapters/telegram/telegram-calls';
import { Engine, MAX_TEXT_LENGTH } from '../src/core/engine';
import { decodeEnvelope } from '../src/core/envelope';
import { texts, translatorFor } from '../src/i18n';
import { MemorySeenUpdates } from '../src/stores/memory-seen-updates';
import { MemoryStore } from '../src/stores/memory-store';
import type { Lang } from '../machines';
import { AT } from './support/explore';
import { BOT_INFO, FakeTelegram, recordingLogger, textUpdate, type ApiCall } from './support/fake-telegram';
import { FuzzInputs, type FuzzChats, type FuzzInput, type JourneyView } from './support/fuzz-inputs';
import { TOKEN } from './support/emulator';

/** A text with the 2024 Regulations by their short name: a conversation names them in full only once. */
const shortNamed = (text: string) =>
  (['en', 'zh'] as const).reduce((t, lang) => t.split(translatorFor(lang)('mentions.regs.first')).join(translatorFor(lang)('mentions.regs.short')), text);

const SEED = 20_261_126;
const NOISE_INPUTS = 600;
const NOISE_PER_GAP = 40;
const JOURNEY_CHAT = 500;
const CHATS: FuzzChats = {
  noise: [501, 502, 503, 504, 505],
  groups: [
    { id: -4001, type: 'group' },
    { id: -1001234567890, type: 'supergroup' },
    { id: -1009876543210, type: 'channel' },
  ],
};
/** The journey presses the first of these its question offers: a likely refund, in the app. */
const JOURNEY_PREFERENCES = [
  'begin',
  'firstTime',
  'days1to3',
  'noneUsed',
  'alipay',
  'renewOn',
  'walkApp',
  'done',
  'approved',
  'renewDone',
  'skip',
  'continue',
  'finish',
];
const MAX_JOURNEY_STEPS = 40;

const unescapeHtml = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A text key rendered the way the bot renders it for a reader of `lang`. */
const render = (key: string, lang: Lang) => translatorFor(lang)(key, { max: MAX_TEXT_LENGTH });

/** Every "nothing changed, here is why" text, in both languages: what junk may be answered with. */
function noticeTexts(): Set<string> {
  const keys = [
    ...Object.keys(texts().getResourceBundle('en', 'engine') as object).map((k) => `engine:${k}`),
    ...Object.keys((texts().getResourceBundle('en', 'coach') as { fallback: object }).fallback).map((k) => `fallback.${k}`),
    'resume.welcomeBack',
    'help.body',
  ];
  return new Set((['en', 'zh'] as const).flatMap((lang) => keys.map((key) => render(key, lang))));
}

function setup() {
  const api = new FakeTelegram().install();
  const store = new MemoryStore();
  const { logger, lines } = recordingLogger();
  const calls = new TelegramCalls(logger, { sleep: async () => undefined });
  const coach = createCoachBot({
    token: TOKEN,
    engine: new Engine({ store, logger, now: () => AT }),
    seen: new MemorySeenUpdates(),
    logger,
    calls,
    botInfo: BOT_INFO,
  });
  // Handled, and its reply tried (telegraf's handler returns once the turn is saved).
  const handle = async (update: unknown) => {
    await coach.bot.handleUpdate(update as never);
    await coach.idle();
  };
  const stored = async (chatId: number) => {
    const record = await store.load(`tg:${chatId}`);
    return { data: record?.data, envelope: record ? decodeEnvelope(record.data) : undefined };
  };
  return { api, lines, handle, stored };
}

type Bot = ReturnType<typeof setup>;

const keyboardOf = (call: ApiCall) => (call.payload.reply_markup as { inline_keyboard?: unknown[] } | undefined)?.inline_keyboard ?? [];

/** Sends one bad input and holds the bot to what the input says the chat should see. */
/**
 * What the person's conversation is: where it stands and what it knows. The record also
 * lists the update ids applied to it, which every handled update adds to.
 */
function conversation(stored: { data?: string; envelope?: { turn: number; snapshot: { value: unknown; context: unknown } } }): string | undefined {
  const e = stored.envelope;
  return e ? JSON.stringify([e.snapshot.value, e.snapshot.context, e.turn]) : stored.data;
}

async function sendNoise(bot: Bot, input: FuzzInput, notices: Set<string>): Promise<void> {
  const expected = input.expect;
  const chat = 'chat' in expected ? expected.chat : undefined;
  const before = chat === undefined ? undefined : await bot.stored(chat);
  const questionBefore = chat === undefined ? undefined : bot.api.question(chat);
  const from = bot.api.calls.length;
  await expect(bot.handle(input.update)).resolves.toBeUndefined();
  const made = bot.api.calls.slice(from);
  const sends = made.filter((c) => c.method === 'sendMessage');
  const context = `${input.label}: ${JSON.stringify(input.update).slice(0, 300)}`;
  const isCallback = 'callback_query' in input.update;

  if (isCallback) expect({ context, first: made[0]?.method }).toEqual({ context, first: 'answerCallbackQuery' });
  switch (expected.kind) {
    case 'ignored':
      expect({ context, methods: made.map((c) => c.method) }).toEqual({ context, methods: [] });
      return;
    case 'callbackOnly':
      expect({ context, methods: made.map((c) => c.method) }).toEqual({ context, methods: ['answerCallbackQuery'] });
      return;
    case 'groupNote': {
      const notes = (['en', 'zh'] as const).map((lang) => render('telegram:groupChat', lang));
      expect({ context, methods: made.map((c) => c.method) }).toEqual({ context, methods: ['sendMessage'] });
      expect({ context, note: notes.includes(String(sends[0]!.payload.text)), keyboard: keyboardOf(sends[0]!) }).toEqual({ context, note: true, keyboard: [] });
      expect({ context, stored: (await bot.stored(expected.chat)).data }).toEqual({ context, stored: undefined });
      return;
    }
    case 'notice':
    case 'reply': {
      const after = await bot.stored(expected.chat);
      // Everything goes to the chat the input came from, and ends with a question to answer.
      expect({ context, chats: [...new Set(sends.map((c) => c.payload.chat_id))] }).toEqual({ context, chats: [expected.chat] });
      expect({ context, endsWithQuestion: keyboardOf(sends.at(-1)!).length > 0 }).toEqual({ context, endsWithQuestion: true });
      const first = unescapeHtml(String(sends[0]!.payload.text));
      if (expected.kind === 'notice') {
        const lang = before!.envelope!.snapshot.context.lang;
        expect({ context, first, changed: conversation(after) !== conversation(before!) }).toEqual({
          context,
          first: render(expected.key, lang),
          changed: false,
        });
        // The same question; a law it names in full was named once already, so now by its short form.
        expect({ context, question: shortNamed(String(sends.at(-1)!.payload.text)) }).toEqual({ context, question: shortNamed(String(questionBefore!.text)) });
      } else if (conversation(after) === conversation(before!)) {
        // Junk that did not read as an answer: a notice explains, and nothing changed.
        expect({ context, first, known: notices.has(first) }).toEqual({ context, first, known: true });
      }
      return;
    }
  }
}

afterEach(() => jest.restoreAllMocks());

it(`answers or deliberately ignores ${NOISE_INPUTS} generated bad inputs, and a journey through them ends untouched`, async () => {
  const bot = setup();
  const notices = noticeTexts();
  const fuzz = new FuzzInputs(SEED, CHATS);
  for (const chat of [JOURNEY_CHAT, ...CHATS.noise]) await bot.handle(textUpdate(chat, '/start'));
  const view = (): JourneyView => ({ chatId: JOURNEY_CHAT, ...bot.api.question(JOURNEY_CHAT)! });

  let sent = 0;
  const labels = new Set<string>();
  for (let step = 0; ; step++) {
    const before = (await bot.stored(JOURNEY_CHAT)).envelope!.snapshot;
    for (let i = 0; i < NOISE_PER_GAP && sent < NOISE_INPUTS; i++, sent++) {
      const input = fuzz.next(view());
      labels.add(input.label);
      await sendNoise(bot, input, notices);
    }
    // The noise left the journey's conversation exactly where it was.
    const after = (await bot.stored(JOURNEY_CHAT)).envelope!.snapshot;
    expect({ value: after.value, context: after.context }).toEqual({ value: before.value, context: before.context });

    const shown = bot.api.question(JOURNEY_CHAT)!;
    if (after.value === 'summary') break;
    expect(step).toBeLessThan(MAX_JOURNEY_STEPS);
    const next = JOURNEY_PREFERENCES.find((id) => shown.ids.includes(id));
    if (!next) throw new Error(`the journey has no way on from buttons ${shown.ids.join(', ')}`);
    await bot.handle(bot.api.press(JOURNEY_CHAT, next));
  }

  expect(sent).toBe(NOISE_INPUTS);
  expect(bot.lines.filter((l) => l.level === 'error')).toEqual([]);
  for (const group of CHATS.groups) expect((await bot.stored(group.id)).data).toBeUndefined();
  // The generator reached every kind of bad input it knows.
  expect(labels.size).toBeGreaterThanOrEqual(20);
  expect(bot.api.question(JOURNEY_CHAT)!.ids).toContain('restart');
});
