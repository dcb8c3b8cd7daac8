/**
 * The simulated people: scripted journeys (button presses and typed answers, in English and
 * Chinese) and a workload that turns them into Telegram updates the way long polling delivers
 * them, 100 to a batch, many chats interleaved.
 *
 * The script (which chat does what, in which order) depends only on the seed, so every bot
 * gets the same updates. Only the turn marker of a button press is read from the bot's
 * previous reply to that chat, as a real client does.
 */
import { seededRandom } from '../support/fuzz-inputs';
import type { TelegramStub } from './telegram-stub';

export type Step =
  | { press: string }
  | { type: string }
  /** A press on the previous question's button (an old message): the coach must ignore it. */
  | { stale: string }
  | { sticker: true };

export interface Journey {
  name: string;
  lang: 'en' | 'zh';
  steps: Step[];
  /** The state the coach must wait in once the journey is over (checked before measuring). */
  ends: string;
  /** Relative frequency in the mix. */
  weight: number;
}

const P = (id: string): Step => ({ press: id });
const T = (text: string): Step => ({ type: text });
const times = (n: number, step: Step): Step[] => Array.from({ length: n }, () => step);

/**
 * Half of the people who open the bot finish a journey; the other half leave within a few
 * messages, as people do. Full journeys cover every route: app, website, Apple, appeal.
 */
export const JOURNEYS: Journey[] = [
  {
    name: 'app, buttons (en)',
    lang: 'en',
    weight: 12,
    ends: 'summary',
    steps: [
      T('/start'),
      P('begin'),
      P('firstTime'),
      T('3 days ago'),
      P('noneUsed'),
      T('alipay'),
      P('renewOn'),
      P('walkApp'),
      ...times(7, P('done')),
      P('approved'),
      P('renewDone'),
    ],
  },
  {
    name: 'app, typed (zh)',
    lang: 'zh',
    weight: 12,
    ends: 'summary',
    steps: [
      T('/start'),
      T('开始'),
      T('第一次'),
      T('3天前'),
      T('没有'),
      T('支付宝'),
      T('开着'),
      T('手机'),
      T('好了'),
      T('好了'),
      P('cantFind'),
      T('找到了'),
      ...times(4, T('好了')),
      T('还在审核'),
      T('关了'),
    ],
  },
  {
    name: 'appeal with drafts (en)',
    lang: 'en',
    weight: 10,
    ends: 'summary',
    steps: [
      T('/start'),
      P('begin'),
      T('renewal'),
      T('over 7 days'),
      P('reminderNone'),
      P('gift'),
      T('wechat'),
      T('yes'),
      P('goAppeal'),
      P('money'),
      T('skip'),
      P('cs'),
      P('theyRefused'),
      P('refusedLate'),
      P('notWorked'),
      T('email'),
      P('refunded'),
      P('renewLater'),
      T('no thanks'),
    ],
  },
  {
    name: 'Apple (zh)',
    lang: 'zh',
    weight: 6,
    ends: 'summary',
    steps: [
      T('/start'),
      P('begin'),
      T('第一次'),
      T('两三天前'),
      P('paidContent'),
      T('苹果'),
      P('renewOff'),
      P('walkApple'),
      ...times(4, P('done')),
      P('refused'),
      P('notNeeded'),
      P('continue'),
      T('以后再说'),
      P('skipReminder'),
    ],
  },
  {
    name: 'website with detours (en)',
    lang: 'en',
    weight: 5,
    ends: 'summary',
    steps: [
      T('/start'),
      P('begin'),
      P('why'),
      P('firstTime'),
      T('Nov 20'),
      T('hmm'),
      P('noneUsed'),
      T('/summary'),
      P('otherPay'),
      { sticker: true },
      P('skipOtherPay'),
      P('unsure'),
      P('walkWeb'),
      P('done'),
      { stale: 'done' },
      P('done'),
      P('cantFind'),
      P('stillCantFind'),
      T('by mistake'),
      T('P2026112012345678'),
      P('complain12315'),
      P('refunded'),
      P('renewDone'),
    ],
  },
  {
    name: 'appeal, order number, back (zh)',
    lang: 'zh',
    weight: 5,
    ends: 'summary',
    steps: [
      T('/start'),
      T('开始'),
      T('不是第一次'),
      T('超过7天'),
      P('reminderGot'),
      P('reminderFull'),
      T('没用过'),
      T('微信'),
      T('开着'),
      P('back'),
      T('关了'),
      P('goAppeal'),
      T('被误导'),
      T('P2026112012345678'),
      P('email'),
      P('notWorked'),
      P('heimao'),
      P('refunded'),
      T('已关闭'),
    ],
  },
  // Those who leave early.
  { name: 'left after /start', lang: 'en', weight: 14, ends: 'greeting', steps: [T('/start')] },
  { name: 'left at the first question (zh)', lang: 'zh', weight: 14, ends: 'askMember', steps: [T('/start'), P('begin')] },
  { name: 'left at the date (en)', lang: 'en', weight: 12, ends: 'askOpened', steps: [T('/start'), P('begin'), T('first time')] },
  { name: 'left at payment (zh)', lang: 'zh', weight: 10, ends: 'askPayment', steps: [T('/start'), P('begin'), T('第一次'), T('3天前'), P('noneUsed')] },
];

function picker(journeys: Journey[], random: () => number): () => Journey {
  const total = journeys.reduce((sum, j) => sum + j.weight, 0);
  return () => {
    let r = random() * total;
    for (const journey of journeys) {
      r -= journey.weight;
      if (r < 0) return journey;
    }
    return journeys[journeys.length - 1]!;
  };
}

/** Telegram's update ids are 9-digit numbers; stored ids should be as long as real ones. */
let nextUpdateId = 700_000_001;

/** Update ids are unique across the whole process, so no store ever sees one twice. */
function updateId(): number {
  return nextUpdateId++;
}

const sender = (chatId: number, lang: string) => ({ id: chatId, is_bot: false, first_name: 'T', language_code: lang });
const privateChat = (chatId: number) => ({ id: chatId, type: 'private', first_name: 'T' });

/** A private-chat message from the person, with `content` (text, a sticker …). */
function messageUpdate(chatId: number, lang: string, content: Record<string, unknown>) {
  const id = updateId();
  return {
    update_id: id,
    message: { message_id: id, date: 1_764_129_600, chat: privateChat(chatId), from: sender(chatId, lang), ...content },
  };
}

export function textUpdate(chatId: number, text: string, lang: string) {
  const command = text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {};
  return messageUpdate(chatId, lang, { text, ...command });
}

export function stickerUpdate(chatId: number, lang: string) {
  return messageUpdate(chatId, lang, {
    sticker: { file_id: 's', file_unique_id: 'u', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false },
  });
}

export function callbackUpdate(chatId: number, data: string, messageId: number, text: string, lang: string) {
  const id = updateId();
  return {
    update_id: id,
    callback_query: {
      id: `cb${id}`,
      chat_instance: `ci${chatId}`,
      from: sender(chatId, lang),
      message: { message_id: messageId, date: 1_764_129_600, chat: privateChat(chatId), from: { id: 1, is_bot: true, first_name: 'Coach' }, text },
      data,
    },
  };
}

interface ActiveChat {
  id: number;
  journey: Journey;
  step: number;
}

export interface WorkloadOptions {
  seed: number;
  /** First chat id; every workload gets its own range, so conversations never collide. */
  chatBase: number;
  /** Chats in progress at once (default 1,000). */
  activeChats?: number;
  batchSize?: number;
  journeys?: Journey[];
  /** Check that each pressed button is on the chat's current question (the coach's own replies). */
  strict?: boolean;
  /** Play each chat's journey to its end without starting new chats (see `finished`). */
  drain?: boolean;
}

/**
 * Chats in progress, served `batchSize` at a time in turn, each with its next step; a chat whose
 * journey is over is replaced by a new chat with a journey drawn from the mix.
 */
export class Workload {
  private readonly chats: ActiveChat[] = [];
  private readonly pick: () => Journey;
  private readonly batchSize: number;
  private readonly strict: boolean;
  private readonly drain: boolean;
  private nextChatId: number;
  private group = 0;
  /** Distinct chats started so far. */
  conversations = 0;
  updates = 0;
  /** Presses whose button was not on the question (the script and the coach disagreed). */
  mismatches = 0;
  /** Every chat id used, for reading the stored conversations back (kept only when asked). */
  readonly chatIds: number[] = [];
  /** The journey of each chat in `chatIds`, in the same order. */
  readonly chatJourneys: Journey[] = [];

  constructor(
    private readonly stub: TelegramStub,
    options: WorkloadOptions,
    private readonly keepChatIds = true,
  ) {
    this.pick = picker(options.journeys ?? JOURNEYS, seededRandom(options.seed));
    this.batchSize = options.batchSize ?? 100;
    this.strict = options.strict ?? false;
    this.drain = options.drain ?? false;
    this.nextChatId = options.chatBase;
    const active = options.activeChats ?? 1000;
    if (active % this.batchSize !== 0) throw new Error('activeChats must be a multiple of batchSize');
    for (let i = 0; i < active; i++) this.chats.push(this.newChat());
  }

  private newChat(): ActiveChat {
    const id = this.nextChatId++;
    this.conversations++;
    const journey = this.pick();
    if (this.keepChatIds) {
      this.chatIds.push(id);
      this.chatJourneys.push(journey);
    }
    return { id, journey, step: 0 };
  }

  /** The next batch of updates, as one long-polling response would deliver them. */
  nextBatch(): unknown[] {
    const groups = this.chats.length / this.batchSize;
    const start = (this.group++ % groups) * this.batchSize;
    const batch: unknown[] = [];
    for (let i = start; i < start + this.batchSize; i++) {
      let chat = this.chats[i]!;
      if (chat.step >= chat.journey.steps.length) {
        this.stub.forget(chat.id);
        if (this.drain) continue;
        chat = this.chats[i] = this.newChat();
      }
      batch.push(this.updateFor(chat, chat.journey.steps[chat.step++]!));
    }
    this.updates += batch.length;
    return batch;
  }

  /** With `drain`: true once every chat has played its whole journey. */
  get finished(): boolean {
    return this.chats.every((chat) => chat.step >= chat.journey.steps.length);
  }

  private updateFor(chat: ActiveChat, step: Step): unknown {
    const lang = chat.journey.lang;
    const shown = this.stub.question(chat.id);
    if ('type' in step) return textUpdate(chat.id, step.type, lang);
    if ('sticker' in step) return stickerUpdate(chat.id, lang);
    // The button of the question before this one: an old message still on the screen.
    if ('stale' in step) {
      return callbackUpdate(
        chat.id,
        `${Math.max(0, (shown?.turn ?? 1) - 1)}:${step.stale}`,
        Math.max(1, (shown?.messageId ?? 2) - 1),
        'an earlier question',
        lang,
      );
    }
    if (this.strict && !shown?.ids.includes(step.press)) this.mismatches++;
    return callbackUpdate(chat.id, `${shown?.turn ?? 0}:${step.press}`, shown?.messageId ?? 1, shown?.text ?? 'question', lang);
  }
}
