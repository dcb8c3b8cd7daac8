/**
 * A stand-in for the Bot API inside the process, for fast tests through bot.handleUpdate:
 * records every call and answers at once, or with the errors a test scripts.
 */
import { Telegram } from 'telegraf';
import { TelegramError } from 'telegraf';

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** False when the fake answered this call with a scripted error. */
  ok: boolean;
}

export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  /** Errors to throw, in order, for the next calls of a method. */
  private readonly failures = new Map<string, TelegramError[]>();
  private nextMessageId = 100;
  private spy?: jest.SpyInstance;

  install(): this {
    this.spy = jest.spyOn(Telegram.prototype, 'callApi').mockImplementation(async (method: string, payload: unknown) => {
      const call = { method, payload: payload as Record<string, unknown>, ok: true };
      this.calls.push(call);
      const queued = this.failures.get(method);
      if (queued && queued.length > 0) {
        call.ok = false;
        throw queued.shift();
      }
      if (method === 'sendMessage') {
        const p = payload as { chat_id: number; text: string };
        return { message_id: this.nextMessageId++, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text } as never;
      }
      return true as never;
    });
    return this;
  }

  uninstall(): void {
    this.spy?.mockRestore();
  }

  failNext(method: string, errorCode: number, description: string, parameters?: { retry_after?: number }): void {
    const error = new TelegramError({ ok: false, error_code: errorCode, description, ...(parameters ? { parameters } : {}) } as never);
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  /** Texts of the messages that reached the chat. */
  sent(): string[] {
    return this.calls.filter((c) => c.method === 'sendMessage' && c.ok).map((c) => String(c.payload.text));
  }

  methods(): string[] {
    return this.calls.map((c) => c.method);
  }
}

let updateId = 1;

export function textUpdate(chatId: number, text: string, languageCode = 'en', chatType = 'private') {
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: 0,
      chat: { id: chatId, type: chatType, ...(chatType === 'private' ? { first_name: 'T' } : { title: 'G' }) },
      from: { id: chatId, is_bot: false, first_name: 'T', language_code: languageCode },
      text,
      ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}),
    },
  };
}

export function messageUpdate(chatId: number, content: Record<string, unknown>) {
  return {
    update_id: updateId++,
    message: { message_id: updateId, date: 0, chat: { id: chatId, type: 'private', first_name: 'T' }, from: { id: chatId, is_bot: false, first_name: 'T' }, ...content },
  };
}

export function callbackUpdate(chatId: number, data: string, messageId = 100, text = 'question') {
  return {
    update_id: updateId++,
    callback_query: {
      id: `cb${updateId}`,
      chat_instance: 'x',
      from: { id: chatId, is_bot: false, first_name: 'T', language_code: 'en' },
      message: { message_id: messageId, date: 0, chat: { id: chatId, type: 'private', first_name: 'T' }, text },
      data,
    },
  };
}
