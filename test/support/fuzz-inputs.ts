/**
 * Bad input for the Telegram bot, generated from a seed so every run sends the same inputs:
 * junk text in every script, huge and empty messages, forged buttons, commands for other
 * bots, update kinds the bot does not take, and chats it should not talk in. Each input says
 * what a person (or a group) should see in return, so the test can hold the bot to it.
 */

/** A small, fast PRNG (mulberry32): the same seed always gives the same inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the chat sees after an input. */
export type Expectation =
  /** Nothing at all: no Bot API call (edited messages, channel posts, other update kinds). */
  | { kind: 'ignored' }
  /** This notice, then the same question again; the conversation does not change. */
  | { kind: 'notice'; chat: number; key: string }
  /** Typed words: a notice and the question again, or, if they read as an answer, the next question. */
  | { kind: 'reply'; chat: number }
  /** In a group: only the "talk to me in private" note, and nothing stored. */
  | { kind: 'groupNote'; chat: number }
  /** A button in a group: the button stops spinning, nothing else happens. */
  | { kind: 'callbackOnly' };

export interface FuzzInput {
  /** What kind of bad input this is, for failure messages. */
  label: string;
  update: Record<string, unknown>;
  expect: Expectation;
}

/** What the person in the journey chat sees: the question and the buttons under it. */
export interface JourneyView {
  chatId: number;
  messageId: number;
  text: string;
  turn: number;
  ids: string[];
}

export interface FuzzChats {
  /** Private chats where anything may be typed (their conversations may move on). */
  noise: number[];
  /** Group, supergroup and channel chats: the bot must not hold conversations there. */
  groups: Array<{ id: number; type: 'group' | 'supergroup' | 'channel' }>;
}

export const OUR_BOT = 'refund_coach_bot';
export const HUGE_TEXT_LENGTH = 10_000;

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Code point ranges that break naive text handling, each for its own reason. */
const SCRIPTS: Record<string, Array<[number, number]>> = {
  ascii: [[0x20, 0x7e]],
  latin: [[0xc0, 0x24f]],
  cjk: [[0x4e00, 0x9fff]],
  // Right-to-left scripts and the marks that flip direction mid-text.
  rtl: [
    [0x5d0, 0x5ea],
    [0x620, 0x64a],
    [0x200e, 0x200f],
    [0x202a, 0x202e],
    [0x2066, 0x2069],
  ],
  zeroWidth: [
    [0x200b, 0x200d],
    [0x2060, 0x2060],
    [0xfeff, 0xfeff],
  ],
  combining: [[0x300, 0x36f]],
  // Outside the BMP: two UTF-16 units each, which slicing and length checks get wrong.
  astral: [
    [0x1d400, 0x1d7ff],
    [0x1f300, 0x1f64f],
    [0x20000, 0x2a6df],
  ],
  control: [
    [0x0, 0x1f],
    [0x7f, 0x9f],
  ],
  fullwidth: [[0xff01, 0xff5e]],
};
/** Pictographs only (no keycaps: "1️⃣" starts with a digit, which is a real answer). */
const EMOJI = ['😀', '🙏', '💸', '🤔', '❤️', '👍🏽', '👨‍👩‍👧', '🇨🇳', '🔥', '😭', '🎉', '🧾'];

function randomChar(random: Random, script: string): string {
  const [from, to] = pick(random, SCRIPTS[script]!);
  return String.fromCodePoint(between(random, from, to));
}

export function randomUnicode(random: Random, length: number): string {
  const scripts = Object.keys(SCRIPTS);
  let text = '';
  while (text.length < length) {
    // Runs of one script, so the text mixes directions and widths the way real junk does.
    const script = pick(random, scripts);
    for (let i = between(random, 1, 8); i > 0; i--) text += randomChar(random, script);
    if (random() < 0.2) text += ' ';
  }
  return text;
}

function randomLetters(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(between(random, 0x61, 0x7a));
  return out;
}

/** Callback data Telegram could carry but the bot never made, or made for another question. */
function forgedCallbackData(random: Random, view: JourneyView): string {
  const notOnQuestion = [
    'begin',
    'done',
    'cantFind',
    'walkApp',
    'renewDone',
    'restart',
    'back',
    'lang',
    'summary',
    'constructor',
    'toString',
    '__proto__',
  ].filter((id) => !view.ids.includes(id));
  const forms = [
    () => `${view.turn}:${'x'.repeat(between(random, 60, 300))}`, // over Telegram's 64 bytes
    () => randomUnicode(random, between(random, 65, 200)),
    () => '\u00ff\u00fe\u0000\u0001\ufffd', // bytes of another encoding, read as Latin-1
    () => `${view.turn}:\ud83d`, // a lone surrogate: not valid UTF-8 on the wire
    () => '-1:begin',
    () => '999999999:done',
    () => `${view.turn}:${pick(random, notOnQuestion)}`, // a real id, but not on this question
    () => `${view.turn - 1}:${pick(random, view.ids)}`, // this question's button, an older turn
    () => `${view.turn}:`,
    () => `:${pick(random, view.ids)}`,
    () => pick(random, view.ids), // no turn marker at all
    () => '',
  ];
  return pick(random, forms)();
}

const UNSUPPORTED_CONTENT: Array<Record<string, unknown>> = [
  { sticker: { file_id: 's', file_unique_id: 'u', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } },
  { photo: [{ file_id: 'p', file_unique_id: 'u', width: 1, height: 1 }] },
  { voice: { file_id: 'v', file_unique_id: 'u', duration: 1 } },
  { location: { latitude: 31.2, longitude: 121.5 } },
  { contact: { phone_number: '+8613800000000', first_name: 'X' } },
  { dice: { emoji: '🎲', value: 3 } },
  { document: { file_id: 'd', file_unique_id: 'u' } },
  { caption: '/start', photo: [{ file_id: 'p', file_unique_id: 'u', width: 1, height: 1 }] },
];

/** Update kinds the bot does not ask for; Telegram may still send them (e.g. after a change). */
function otherUpdateKind(random: Random, user: Record<string, unknown>, chat: Record<string, unknown>): Record<string, unknown> {
  const kinds = [
    { inline_query: { id: 'iq', from: user, query: randomUnicode(random, 10), offset: '' } },
    { chosen_inline_result: { result_id: 'r', from: user, query: 'q' } },
    {
      poll: {
        id: 'p',
        question: 'q?',
        options: [],
        total_voter_count: 0,
        is_closed: false,
        is_anonymous: true,
        type: 'regular',
        allows_multiple_answers: false,
      },
    },
    { poll_answer: { poll_id: 'p', user, option_ids: [0] } },
    { chat_join_request: { chat, from: user, user_chat_id: user.id, date: 0 } },
    { message_reaction: { chat, message_id: 1, user, date: 0, old_reaction: [], new_reaction: [{ type: 'emoji', emoji: '👍' }] } },
    { pre_checkout_query: { id: 'pc', from: user, currency: 'CNY', total_amount: 1, invoice_payload: 'x' } },
    { edited_channel_post: { message_id: 1, date: 0, edit_date: 1, chat: { id: -1009, type: 'channel', title: 'c' }, text: '/start' } },
  ];
  return pick(random, kinds);
}

/** Commands addressed to nobody, to us, or to another bot in the group. */
function groupText(random: Random): { text: string; forUs: boolean } {
  const command = pick(random, ['start', 'help', 'back', 'restart', randomLetters(random, 6)]);
  const forms: Array<() => { text: string; forUs: boolean }> = [
    () => ({ text: `/${command}`, forUs: true }),
    () => ({ text: `/${command}@${OUR_BOT}`, forUs: true }),
    () => ({ text: `/${command}@OtherHelperBot`, forUs: false }),
    () => ({ text: `/${command}@otherbot some words`, forUs: false }),
    () => ({ text: randomUnicode(random, between(random, 1, 40)).replace(/^\//, ''), forUs: false }),
    () => ({ text: 'first time', forUs: false }),
  ];
  return pick(random, forms)();
}

/**
 * Makes bad inputs, one at a time, aimed at the journey chat (only input that can never be
 * taken as an answer, so its conversation must stay exactly as it was), at private noise
 * chats (any junk at all) and at group and channel chats.
 */
export class FuzzInputs {
  private readonly random: Random;
  private updateId = 50_000_000;
  private messageId = 9_000;

  constructor(
    seed: number,
    private readonly chats: FuzzChats,
  ) {
    this.random = seededRandom(seed);
  }

  next(view: JourneyView): FuzzInput {
    const r = this.random;
    const journey = view.chatId;
    const noise = pick(r, this.chats.noise);
    const makers: Array<[number, () => FuzzInput]> = [
      [6, () => this.text('random Unicode text', noise, randomUnicode(r, between(r, 1, 80)), { kind: 'reply', chat: noise })],
      [1, () => this.text('long random Unicode text', noise, randomUnicode(r, between(r, 900, 4096)), { kind: 'reply', chat: noise })],
      [2, () => this.text('emoji only', noise, Array.from({ length: between(r, 1, 12) }, () => pick(r, EMOJI)).join(''), { kind: 'reply', chat: noise })],
      [
        2,
        () =>
          this.text(
            'control characters',
            noise,
            Array.from({ length: between(r, 1, 20) }, () => (r() < 0.8 ? randomChar(r, 'control') : randomChar(r, 'ascii'))).join(''),
            { kind: 'reply', chat: noise },
          ),
      ],
      [1, () => this.text('empty text', noise, '', { kind: 'reply', chat: noise })],
      [1, () => this.text('text without a sender', noise, randomUnicode(r, 20), { kind: 'reply', chat: noise }, { withoutFrom: true })],
      [
        2,
        () => {
          const chat = pick(r, [journey, noise]);
          return this.text('10,000-character text', chat, randomUnicode(r, HUGE_TEXT_LENGTH).slice(0, HUGE_TEXT_LENGTH), {
            kind: 'notice',
            chat,
            key: 'engine:tooLong',
          });
        },
      ],
      [
        3,
        () =>
          this.text('unknown command', journey, `/zz${randomLetters(r, between(r, 1, 12))}${pick(r, ['', ' with words', `@${OUR_BOT}`])}`, {
            kind: 'notice',
            chat: journey,
            key: 'engine:unknownCommand',
          }),
      ],
      [2, () => this.text('/start for another bot', journey, '/start@otherbot', { kind: 'notice', chat: journey, key: 'coach:resume.welcomeBack' })],
      [1, () => this.text('/help for another bot', journey, '/help@otherbot', { kind: 'notice', chat: journey, key: 'coach:help.body' })],
      [3, () => this.message('something not text', journey, pick(r, UNSUPPORTED_CONTENT), { kind: 'notice', chat: journey, key: 'engine:unsupported' })],
      [6, () => this.callback('forged callback data', view, forgedCallbackData(r, view), true)],
      [2, () => this.callback('callback without a message', view, forgedCallbackData(r, view), false)],
      [1, () => this.groupCallback()],
      [3, () => this.edited(pick(r, [journey, noise]))],
      [
        2,
        () =>
          this.update('channel post', {
            channel_post: { message_id: this.messageId++, date: 0, chat: this.groupChat('channel'), text: pick(r, ['/start', randomUnicode(r, 30)]) },
          }),
      ],
      [
        2,
        () =>
          this.update('my_chat_member', {
            my_chat_member: {
              chat: this.privateChat(journey),
              from: this.user(journey),
              date: 0,
              old_chat_member: { user: { id: 1, is_bot: true, first_name: 'Coach' }, status: 'member' },
              new_chat_member: { user: { id: 1, is_bot: true, first_name: 'Coach' }, status: pick(r, ['kicked', 'member']), until_date: 0 },
            },
          }),
      ],
      [2, () => this.update('another update kind', otherUpdateKind(r, this.user(journey), this.privateChat(journey)))],
      [4, () => this.groupMessage()],
    ];
    const total = makers.reduce((sum, [weight]) => sum + weight, 0);
    let roll = r() * total;
    for (const [weight, make] of makers) {
      roll -= weight;
      if (roll < 0) return make();
    }
    return makers[0]![1]();
  }

  private update(label: string, body: Record<string, unknown>, expect: Expectation = { kind: 'ignored' }): FuzzInput {
    return { label, update: { update_id: this.updateId++, ...body }, expect };
  }

  private user(id: number) {
    return { id, is_bot: false, first_name: 'T', language_code: pick(this.random, ['en', 'en-US', 'zh-hans', 'ru', undefined]) };
  }

  private privateChat(id: number) {
    return { id, type: 'private', first_name: 'T' };
  }

  private groupChat(type?: 'group' | 'supergroup' | 'channel') {
    const candidates = this.chats.groups.filter((g) => !type || g.type === type);
    const chosen = pick(this.random, candidates);
    return { id: chosen.id, type: chosen.type, title: 'G' };
  }

  private message(label: string, chatId: number, content: Record<string, unknown>, expect: Expectation, options: { withoutFrom?: boolean } = {}): FuzzInput {
    return this.update(
      label,
      {
        message: {
          message_id: this.messageId++,
          date: 0,
          chat: this.privateChat(chatId),
          ...(options.withoutFrom ? {} : { from: this.user(chatId) }),
          ...content,
        },
      },
      expect,
    );
  }

  private text(label: string, chatId: number, text: string, expect: Expectation, options: { withoutFrom?: boolean } = {}): FuzzInput {
    const entities = text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }] } : {};
    return this.message(label, chatId, { text, ...entities }, expect, options);
  }

  private callback(label: string, view: JourneyView, data: string, withMessage: boolean): FuzzInput {
    // Telegram sends a date-0 "inaccessible" message for old ones, and none for inline messages.
    const message = pick(this.random, [
      { message_id: view.messageId, date: 0, chat: this.privateChat(view.chatId), text: view.text },
      { message_id: Math.max(1, view.messageId - between(this.random, 1, 5)), date: 0, chat: this.privateChat(view.chatId), text: 'an older question' },
      { message_id: view.messageId, date: 0, chat: this.privateChat(view.chatId) },
    ]);
    return this.update(
      label,
      {
        callback_query: {
          id: `fuzz${this.updateId}`,
          chat_instance: 'x',
          from: this.user(view.chatId),
          ...(withMessage ? { message } : { inline_message_id: 'inline-1' }),
          data,
        },
      },
      { kind: 'notice', chat: view.chatId, key: 'engine:staleButton' },
    );
  }

  private groupCallback(): FuzzInput {
    const chat = this.groupChat(pick(this.random, ['group', 'supergroup'] as const));
    return this.update(
      'button in a group',
      {
        callback_query: {
          id: `fuzz${this.updateId}`,
          chat_instance: 'g',
          from: this.user(between(this.random, 70_000, 70_100)),
          message: { message_id: 5, date: 0, chat, text: 'q' },
          data: '1:begin',
        },
      },
      { kind: 'callbackOnly' },
    );
  }

  private edited(chatId: number): FuzzInput {
    return this.update('edited message', {
      edited_message: {
        message_id: 1,
        date: 0,
        edit_date: 1,
        chat: this.privateChat(chatId),
        from: this.user(chatId),
        text: pick(this.random, ['/start', 'first time', randomUnicode(this.random, 20)]),
      },
    });
  }

  private groupMessage(): FuzzInput {
    const chat = this.groupChat();
    const { text, forUs } = groupText(this.random);
    // Channels and anonymous group admins write as the chat itself, with no `from`.
    const sender = chat.type === 'channel' || this.random() < 0.3 ? { sender_chat: chat } : { from: this.user(between(this.random, 70_000, 70_100)) };
    const entities = text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }] } : {};
    return this.update(
      `message in a ${chat.type}`,
      { message: { message_id: this.messageId++, date: 0, chat, ...sender, text, ...entities } },
      forUs ? { kind: 'groupNote', chat: chat.id } : { kind: 'ignored' },
    );
  }
}
