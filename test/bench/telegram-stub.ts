/**
 * The Bot API, stubbed inside the process for the benchmark: `Telegram.prototype.callApi` is
 * replaced by a function that answers at once (no network, no JSON). It keeps, per chat, the
 * latest message that carried an inline keyboard, the way a Telegram client shows it, so the
 * simulated person can press its buttons. Keeping it is a Map.set; reading the keyboard back
 * is done by the client between batches, outside the measured time.
 */
import { Telegram } from 'telegraf';

interface KeyboardPayload {
  chat_id: number | string;
  text: string;
  reply_markup?: { inline_keyboard?: Array<Array<{ callback_data?: string }>> };
}

/** What a chat's screen shows: its latest message with buttons. */
export interface ShownQuestion {
  messageId: number;
  /** The message text as the client shows it (HTML tags gone, entities decoded). */
  text: string;
  /** The turn marker its buttons carry. */
  turn: number;
  /** Choice ids, in button order. */
  ids: string[];
}

type CallApi = (method: string, payload: unknown, options?: unknown) => Promise<unknown>;

export class TelegramStub {
  /** Calls answered since the last `reset()`, by method. */
  readonly calls = new Map<string, number>();
  private nextMessageId = 1000;
  private shown = new Map<number, { messageId: number; payload: KeyboardPayload }>();
  private original?: CallApi;

  install(): this {
    const proto = Telegram.prototype as unknown as { callApi: CallApi };
    this.original = proto.callApi;
    proto.callApi = async (method: string, payload: unknown): Promise<unknown> => this.answer(method, payload as KeyboardPayload);
    return this;
  }

  uninstall(): void {
    if (this.original) (Telegram.prototype as unknown as { callApi: CallApi }).callApi = this.original;
  }

  /** Forgets every chat's screen and the call counts (between runs of different bots). */
  reset(): void {
    this.shown = new Map();
    this.calls.clear();
  }

  totalCalls(): number {
    let n = 0;
    for (const count of this.calls.values()) n += count;
    return n;
  }

  private answer(method: string, payload: KeyboardPayload): unknown {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    if (method === 'sendMessage') {
      const messageId = this.nextMessageId++;
      const chatId = Number(payload.chat_id);
      if (payload.reply_markup?.inline_keyboard?.length) this.shown.set(chatId, { messageId, payload });
      return { message_id: messageId, date: 0, chat: { id: chatId, type: 'private', first_name: 'T' }, text: payload.text };
    }
    return true;
  }

  /** The latest question with buttons in the chat, as the person sees it. */
  question(chatId: number): ShownQuestion | undefined {
    const entry = this.shown.get(chatId);
    if (!entry) return undefined;
    const buttons = (entry.payload.reply_markup?.inline_keyboard ?? []).flat();
    const pressed = buttons.map((b) => /^(\d+):(\w+)$/.exec(b.callback_data ?? ''));
    const first = pressed[0];
    return {
      messageId: entry.messageId,
      text: plainText(entry.payload.text),
      turn: first ? Number(first[1]) : 0,
      ids: pressed.flatMap((m) => (m ? [m[2]!] : [])),
    };
  }

  /** Drops a chat's screen (a finished conversation the client no longer shows). */
  forget(chatId: number): void {
    this.shown.delete(chatId);
  }
}

/** What a Telegram client shows for an HTML message: the text without tags or escapes. */
function plainText(html: string): string {
  return html
    .replace(/<\/?[a-z]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
