/**
 * A stand-in for the Bot API inside the process, for fast tests through bot.handleUpdate:
 * records every call and answers at once, or with the faults a test scripts (Telegram's
 * errors, a dropped connection, or a call that never answers).
 */
import { Telegram } from 'telegraf';
import { TelegramError } from 'telegraf';
import { decodeCallback } from '../../src/adapters/telegram/callback-data';
import type { Logger } from '../../src/core/ports';

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** False when the fake answered this call with a scripted error (or never answered). */
  ok: boolean;
  /** What the fake answered (a sent message carries its message_id). */
  result?: unknown;
}

/** The buttons of a question as the person sees them. */
export interface ShownQuestion {
  messageId: number;
  text: string;
  /** The turn marker the buttons carry. */
  turn: number;
  /** Choice ids, in button order. */
  ids: string[];
}

/** What the fake does instead of answering: throw this error, or never answer at all. */
type Fault = Error | 'hang';

export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  /** Faults to play, in order, for the next calls of a method. */
  private readonly failures = new Map<string, Fault[]>();
  private nextMessageId = 100;
  private readonly questions = new Map<number, ShownQuestion>();
  private spy?: jest.SpyInstance;

  install(): this {
    this.spy = jest.spyOn(Telegram.prototype, 'callApi').mockImplementation(async (method: string, payload: unknown, options?: { signal?: Abortable }) => {
      const call: ApiCall = { method, payload: payload as Record<string, unknown>, ok: true };
      this.calls.push(call);
      const queued = this.failures.get(method);
      if (queued && queued.length > 0) {
        call.ok = false;
        const fault = queued.shift()!;
        if (fault === 'hang') return neverAnswering(options?.signal);
        throw fault;
      }
      if (method === 'sendMessage') {
        const p = payload as { chat_id: number; text: string };
        call.result = { message_id: this.nextMessageId++, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text };
        this.noteQuestion(call.payload, this.nextMessageId - 1);
        return call.result as never;
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
    this.queue(method, error);
  }

  /** The next call of `method` fails without any answer from Telegram (reset, DNS, TLS...). */
  dropNext(
    method: string,
    error: Error = Object.assign(new Error('request to api.telegram.org failed, reason: socket hang up'), { name: 'FetchError', code: 'ECONNRESET' }),
  ): void {
    this.queue(method, error);
  }

  /** The next call of `method` never answers (until aborted through the signal, if given one). */
  hangNext(method: string): void {
    this.queue(method, 'hang');
  }

  private queue(method: string, fault: Fault): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), fault]);
  }

  /** Texts of the messages that reached the chat. */
  sent(): string[] {
    return this.calls.filter((c) => c.method === 'sendMessage' && c.ok).map((c) => String(c.payload.text));
  }

  methods(): string[] {
    return this.calls.map((c) => c.method);
  }

  /** Texts of the messages that reached one chat. */
  sentTo(chatId: number): string[] {
    return this.calls.filter((c) => c.method === 'sendMessage' && c.ok && c.payload.chat_id === chatId).map((c) => String(c.payload.text));
  }

  /** The latest question with buttons that reached the chat, if any (kept when `calls` is cleared). */
  question(chatId: number): ShownQuestion | undefined {
    return this.questions.get(chatId);
  }

  private noteQuestion(payload: Record<string, unknown>, messageId: number): void {
    const keyboard = (payload.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined)?.inline_keyboard;
    // Copy buttons (copy_text) send nothing back: only buttons with data are the question's.
    const pressed = (keyboard ?? []).flat().flatMap((button) => (button.callback_data ? [decodeCallback(button.callback_data)!] : []));
    if (pressed.length === 0) return;
    this.questions.set(Number(payload.chat_id), { messageId, text: String(payload.text), turn: pressed[0]!.turn, ids: pressed.map((p) => p.id) });
  }

  /** The update Telegram sends when the person presses button `id` on the latest question. */
  press(chatId: number, id: string) {
    const shown = this.question(chatId);
    if (!shown?.ids.includes(id)) throw new Error(`no button ${id} on the latest question of chat ${chatId}`);
    return callbackUpdate(chatId, `${shown.turn}:${id}`, shown.messageId, shown.text);
  }
}

/** The one bot identity of every Telegram test (see emulator.ts). */
export { BOT_INFO } from './emulator';

export interface LogLine {
  level: string;
  fields: Record<string, unknown>;
  message: string;
}

/** A logger that keeps its lines for the test to read; `debug: true` keeps debug lines too (LOG_LEVEL=debug). */
export function recordingLogger(options: { debug?: boolean } = {}): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger: Logger = {
    info: (fields, message) => lines.push({ level: 'info', fields, message }),
    warn: (fields, message) => lines.push({ level: 'warn', fields, message }),
    error: (fields, message) => lines.push({ level: 'error', fields, message }),
  };
  if (options.debug) logger.debug = (fields, message) => lines.push({ level: 'debug', fields, message });
  return { logger, lines };
}

/** An AbortSignal, from Node or from the abort-controller shim telegraf types its calls with. */
interface Abortable {
  addEventListener(type: 'abort', listener: () => void): void;
}

/** A request with no answer, as from a server that took it and went quiet. */
function neverAnswering(signal: Abortable | undefined): Promise<never> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' })));
  });
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
    message: {
      message_id: updateId,
      date: 0,
      chat: { id: chatId, type: 'private', first_name: 'T' },
      from: { id: chatId, is_bot: false, first_name: 'T' },
      ...content,
    },
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
