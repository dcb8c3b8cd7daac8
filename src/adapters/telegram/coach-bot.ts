/**
 * The Telegram adapter: telegraf for transport only. It maps updates to engine inputs and
 * replies to HTML messages with inline keyboards; the conversation itself lives in the engine.
 *
 * - Updates of one chat are handled one at a time, in order (replies must not interleave).
 * - A repeated update_id is handled once. `handle(update)` says what became of an update, so
 *   the transport acknowledges only what is durably taken: 'done' once its turn is saved (or
 *   it was completed before), 'failed' when it could not be (the store is down, frozen or
 *   full), 'busy' while another instance holds it. The person is told, at most once a minute,
 *   when their answer could not be saved.
 * - Every callback query is answered at once; the pressed question then loses its keyboard
 *   and shows the choice.
 * - Group chats get a note to talk in private; nothing is stored for them.
 * - Edited messages, channel posts and other update kinds are ignored on purpose.
 */
import { Telegraf, type Context } from 'telegraf';
import type { Message, Update, UserFromGetMe } from 'telegraf/types';
import type { Engine, Inbound, Reply } from '../../core/engine';
import { KeyedQueue } from '../../core/keyed-queue';
import type { Logger, SeenUpdates } from '../../core/ports';
import { maskId } from '../../core/privacy';
import { translatorFor } from '../../i18n';
import { describeError } from '../../logging';
import { decodeCallback } from './callback-data';
import { choiceLabel } from '../../core/render';
import { langFromTelegram } from './language';
import { OpenKeyboards } from './open-keyboards';
import { inlineKeyboard, toHtmlMessages } from './render-telegram';
import { BlockedByUser, TelegramCalls } from './telegram-calls';
import { TroubleNotes } from './trouble-notes';
import { claimsFrom } from './update-claims';

export interface CoachBotOptions {
  token: string;
  engine: Engine;
  seen: SeenUpdates;
  logger: Logger;
  /** Bot API base URL (self-hosted Bot API server, or an emulator in tests). */
  apiRoot?: string;
  calls?: TelegramCalls;
  /** Known bot identity, so handling an update never waits on getMe (tests, benchmarks). */
  botInfo?: UserFromGetMe;
  /** Rate limit of the "having trouble" note (tests pass their own clock). */
  troubleNotes?: TroubleNotes;
}

/**
 * What became of an update: `done` may be acknowledged; `failed` and `busy` must not be, so
 * Telegram delivers the update again (webhook: a 5xx; polling: the offset stays).
 */
export type UpdateOutcome = 'done' | 'failed' | 'busy';

export interface HandleOptions {
  /**
   * How long to wait for another instance that holds the update to finish it before
   * answering `busy` (webhook: Telegram sent it to two instances at once). Default 0.
   */
  waitForOtherMs?: number;
}

export interface CoachBot {
  bot: Telegraf;
  /** Handles one update and says what became of it; never rejects. */
  handle(update: Update, options?: HandleOptions): Promise<UpdateOutcome>;
  /** Resolves when every update taken so far has been handled. */
  idle(): Promise<void>;
}

const conversationKey = (chatId: number) => `tg:${chatId}`;
/** How often an update another instance holds is looked at again while waiting for it. */
const BUSY_RECHECK_MS = 100;

/** telegraf types `signal` with the abort-controller polyfill; node's own works the same. */
const abortable = (signal: AbortSignal) => ({ signal: signal as never });

/** Text (commands included: the engine reads them) or something the coach cannot read. */
function inboundFrom(message: Message): Inbound {
  return 'text' in message ? { kind: 'text', text: message.text } : { kind: 'unsupported' };
}

/**
 * Every Bot API call goes through `calls` (retries, timeouts) as `callApi(…, abortable(signal))`, so a
 * call abandoned at its deadline is also aborted, not left hanging.
 */
export function createCoachBot(options: CoachBotOptions): CoachBot {
  const { engine, logger } = options;
  const calls = options.calls ?? new TelegramCalls(logger);
  const bot = new Telegraf(options.token, {
    // webhookReply would answer one call inside the HTTP response, hiding its result.
    telegram: { webhookReply: false, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) },
    handlerTimeout: 60_000,
  });
  if (options.botInfo) bot.botInfo = options.botInfo;
  const chats = new KeyedQueue();
  const openKeyboards = new OpenKeyboards();
  const claims = claimsFrom(options.seen);
  const troubleNotes = options.troubleNotes ?? new TroubleNotes();
  /** Set by the middleware or bot.catch for each update object handled; read by handle(). */
  const outcomes = new WeakMap<object, UpdateOutcome>();
  /** Updates being handled in this process: a second delivery shares the first's outcome. */
  const inFlight = new Map<number, Promise<UpdateOutcome>>();

  /**
   * Sends a reply's messages in order; the last carries the question's keyboard. The previous
   * question's keyboard is taken off first (when the person typed instead of pressing), so
   * only the current question has buttons.
   */
  async function send(ctx: Context, chatId: number, reply: Reply): Promise<void> {
    const previous = openKeyboards.take(chatId);
    if (previous !== undefined) {
      await calls.call(chatId, (signal) =>
        ctx.telegram.callApi('editMessageReplyMarkup', { chat_id: chatId, message_id: previous, reply_markup: { inline_keyboard: [] } }, abortable(signal)),
      );
    }
    for (const message of reply.messages) {
      const texts = toHtmlMessages(message.blocks);
      for (const [i, html] of texts.entries()) {
        const withKeyboard = i === texts.length - 1 && message.choices.length > 0;
        const sent = await calls.call(chatId, (signal) =>
          ctx.telegram.callApi(
            'sendMessage',
            {
              chat_id: chatId,
              text: html,
              parse_mode: 'HTML',
              link_preview_options: { is_disabled: true },
              ...(withKeyboard ? { reply_markup: { inline_keyboard: inlineKeyboard(message.choices, reply.turn) } } : {}),
            },
            abortable(signal),
          ),
        );
        if (withKeyboard && sent) openKeyboards.put(chatId, sent.message_id);
      }
    }
  }

  /** Runs one chat's work in order, treating a blocked bot as the end of that work. */
  function inChat(chatId: number, work: () => Promise<void>): Promise<void> {
    return chats.run(String(chatId), async () => {
      try {
        await work();
      } catch (error) {
        if (error instanceof BlockedByUser) calls.noteBlocked(chatId);
        else throw error;
      }
    });
  }

  bot.use(async (ctx, next) => {
    const updateId = ctx.update.update_id;
    const claim = await claims.take(updateId);
    if (claim === 'done') {
      logger.info({ update: updateId }, 'repeated update ignored');
      outcomes.set(ctx.update, 'done');
      return;
    }
    if (claim === 'busy') {
      outcomes.set(ctx.update, 'busy');
      return;
    }
    try {
      await next();
      // Only a handled update is final; one cut off by a crash is handled when redelivered.
      await claims.complete(updateId);
    } catch (error) {
      // Free it for the redelivery; if the store is down this fails too and the lease lapses.
      await claims.release(updateId).catch(() => undefined);
      throw error;
    }
    outcomes.set(ctx.update, 'done');
  });

  bot.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery;
    const chatId = query.message?.chat.id ?? query.from.id;
    // Answer at once, so the button stops spinning whatever happens next.
    await calls.call(chatId, (signal) => ctx.telegram.callApi('answerCallbackQuery', { callback_query_id: query.id }, abortable(signal)));
    if (query.message && query.message.chat.type !== 'private') return;
    const pressed = decodeCallback('data' in query ? query.data : undefined);
    await inChat(chatId, async () => {
      const reply = await engine.turn(
        conversationKey(chatId),
        { kind: 'choice', id: pressed?.id ?? '', turn: pressed?.turn ?? -1 },
        langFromTelegram(query.from.language_code),
        ctx.update.update_id,
      );
      const original = query.message as Message.TextMessage | undefined;
      if (original && openKeyboards.peek(chatId) === original.message_id) openKeyboards.take(chatId);
      if (original && 'text' in original) {
        const t = translatorFor(reply.lang);
        const note = reply.accepted && pressed ? `\n\n${t('telegram:chosen', { label: choiceLabel(pressed.id, t) })}` : '';
        await calls.call(chatId, (signal) =>
          ctx.telegram.callApi(
            'editMessageText',
            {
              chat_id: chatId,
              message_id: original.message_id,
              text: original.text + note,
              ...(original.entities ? { entities: original.entities } : {}),
              link_preview_options: { is_disabled: true },
              reply_markup: { inline_keyboard: [] },
            },
            abortable(signal),
          ),
        );
      }
      await send(ctx, chatId, reply);
    });
  });

  bot.on('message', async (ctx) => {
    const message = ctx.message;
    const chatId = message.chat.id;
    const lang = langFromTelegram(message.from?.language_code);
    if (message.chat.type !== 'private') {
      // Only answer what was meant for the bot, so a group is not flooded.
      if ('text' in message && new RegExp(`^/[A-Za-z_]+(?:@${ctx.botInfo.username})?(?:\\s|$)`, 'i').test(message.text)) {
        await inChat(chatId, async () => {
          await calls.call(chatId, (signal) =>
            ctx.telegram.callApi('sendMessage', { chat_id: chatId, text: translatorFor(lang)('telegram:groupChat') }, abortable(signal)),
          );
        });
      }
      return;
    }
    await inChat(chatId, async () => {
      const reply = await engine.turn(conversationKey(chatId), inboundFrom(message), lang, ctx.update.update_id);
      await send(ctx, chatId, reply);
    });
  });

  /** "Having trouble, one moment" to a private chat whose turn could not be saved. */
  async function tellTrouble(ctx: Context): Promise<void> {
    const chat = ctx.chat ?? ctx.callbackQuery?.message?.chat;
    const chatId = chat?.id ?? ctx.callbackQuery?.from.id;
    if (chatId === undefined || (chat && chat.type !== 'private')) return;
    if (!troubleNotes.shouldTell(chatId)) return;
    const text = translatorFor(langFromTelegram(ctx.from?.language_code))('telegram:storeTrouble');
    await calls
      .call(chatId, (signal) => ctx.telegram.callApi('sendMessage', { chat_id: chatId, text }, abortable(signal)))
      .catch((error: unknown) => {
        if (error instanceof BlockedByUser) calls.noteBlocked(chatId);
      });
  }

  bot.catch(async (error, ctx) => {
    outcomes.set(ctx.update, 'failed');
    logger.error({ update: (ctx.update as Update).update_id, chat: ctx.chat ? maskId(ctx.chat.id) : undefined, ...describeError(error) }, 'update failed');
    await tellTrouble(ctx);
  });

  async function handleOnce(update: Update): Promise<UpdateOutcome> {
    try {
      await bot.handleUpdate(update);
    } catch (error) {
      // Only before any middleware runs (no bot identity yet, say); bot.catch sees the rest.
      logger.error({ update: update.update_id, ...describeError(error) }, 'update failed');
      return 'failed';
    }
    // An update no middleware reached (none should) was not taken.
    return outcomes.get(update) ?? 'failed';
  }

  async function handleWaiting(update: Update, waitForOtherMs: number): Promise<UpdateOutcome> {
    const deadline = Date.now() + waitForOtherMs;
    for (;;) {
      const outcome = await handleOnce(update);
      if (outcome !== 'busy') return outcome;
      if (Date.now() >= deadline) {
        logger.info({ update: update.update_id }, 'update held by another instance; not acknowledged');
        return 'busy';
      }
      await new Promise((resolve) => setTimeout(resolve, BUSY_RECHECK_MS));
    }
  }

  function handle(update: Update, handleOptions: HandleOptions = {}): Promise<UpdateOutcome> {
    const running = inFlight.get(update.update_id);
    if (running) return running;
    const outcome = handleWaiting(update, handleOptions.waitForOtherMs ?? 0);
    inFlight.set(update.update_id, outcome);
    void outcome.finally(() => inFlight.delete(update.update_id));
    return outcome;
  }

  return { bot, handle, idle: () => chats.idle() };
}
