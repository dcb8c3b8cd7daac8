/**
 * The Telegram adapter: telegraf for transport only. It maps updates to engine inputs and
 * replies to HTML messages with inline keyboards; the conversation itself lives in the engine.
 *
 * - An update is taken (and may be acknowledged) once its turn is saved; with the engine's
 *   outbox on, its reply was saved in the same write. Replies are then sent per chat, in
 *   order, apart from every other chat (the kit's OutboxSender): a chat whose sends hang or fail, or a
 *   person sending 100 messages a second, delays only that chat.
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
import type { Agent } from 'node:http';
import { Telegraf, type Context } from 'telegraf';
import type { Message, Update, UserFromGetMe } from 'telegraf/types';
import {
  claimsFrom,
  describeError,
  instrumentedTurn,
  maskId,
  OutboxSender,
  translatorFor,
  TroubleNotes,
  type Engine,
  type Inbound,
  type Lang,
  type Logger,
  type Reply,
  type SeenUpdates,
  type SendLimits,
  type TurnMetrics,
} from '../../index';
import type { BotApiMetrics } from './bot-api-errors';
import { decodeCallback } from './callback-data';
import { langFromTelegram } from './language';
import { OpenKeyboards } from './open-keyboards';
import { abortable, chatIdOf, conversationKey, TELEGRAM_NAMESPACE } from './conversation-keys';
import { pressedLabel, telegramSends } from './telegram-sends';
import { BlockedByUser, TelegramCalls } from './telegram-calls';

export { TELEGRAM_NAMESPACE } from './conversation-keys';

export interface CoachBotOptions {
  token: string;
  engine: Engine;
  seen: SeenUpdates;
  logger: Logger;
  /** Bot API base URL (self-hosted Bot API server, or an emulator in tests). */
  apiRoot?: string;
  /**
   * The HTTP agent of every Bot API call (a proxy's, HTTPS_PROXY): telegraf's `telegram.agent`.
   * telegraf uses it only for an https: apiRoot.
   */
  agent?: Agent;
  calls?: TelegramCalls;
  /** Known bot identity, so handling an update never waits on getMe (tests, benchmarks). */
  botInfo?: UserFromGetMe;
  /** Rate limit of the "having trouble" note (tests pass their own clock). */
  troubleNotes?: TroubleNotes;
  /** Telegram's send limits (global and per chat), used when `calls` is not given. */
  sendLimits?: SendLimits;
  /** Pause before a failed reply is sent again (doubling from min to max); tests shorten it. */
  sendBackoff?: { minBackoffMs?: number; maxBackoffMs?: number };
  /** Counts turns (adapter "telegram"), failed Bot API calls and retry_after waits. */
  metrics?: TurnMetrics & BotApiMetrics;
  /**
   * telegraf's handlerTimeout: the longest an update's turn (claim, turn, acknowledgement) may
   * take. Its reply's delivery comes after and is not part of it. Tests shorten it.
   */
  handlerTimeoutMs?: number;
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
  /** Resolves when every update taken so far has been handled, its reply tried and the outcome written. */
  idle(): Promise<void>;
  /**
   * Queues the replies a previous process saved and did not send; resolves once queued (take
   * updates after that), with `tried` resolving once each was tried.
   */
  recover(): Promise<{ chats: number; tried: Promise<void> }>;
  /** Stops sending: replies not yet out stay saved for the next process. */
  stop(): void;
  /** Sends a due follow-up's reply (saved in the outbox) to its chat, in order with the chat's replies. */
  deliverFollowUp(conversation: string, reply: Reply): Promise<void>;
}

/** How often an update another instance holds is looked at again while waiting for it. */
const BUSY_RECHECK_MS = 100;

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
  const calls = options.calls ?? new TelegramCalls(logger, {}, options.sendLimits, options.metrics);
  const bot = new Telegraf(options.token, {
    // webhookReply would answer one call inside the HTTP response, hiding its result.
    telegram: { webhookReply: false, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}), ...(options.agent ? { agent: options.agent } : {}) },
    // Covers the turn only: handlers queue the reply and return (see `delivering`).
    handlerTimeout: options.handlerTimeoutMs ?? 60_000,
  });
  if (options.botInfo) bot.botInfo = options.botInfo;
  const openKeyboards = new OpenKeyboards();
  const claims = claimsFrom(options.seen);
  const troubleNotes = options.troubleNotes ?? new TroubleNotes();
  /** Set by the middleware or bot.catch for each update object handled; read by handle(). */
  const outcomes = new WeakMap<object, UpdateOutcome>();
  /** Resolves handle()'s wait the moment an update's turn is saved (before its reply is sent). */
  const takenSignals = new WeakMap<object, () => void>();
  /** Updates still being worked on (their replies sending), so idle() can wait for them. */
  const working = new Set<Promise<unknown>>();
  /**
   * Queues a turn's reply for delivery without waiting for it: the reply goes out after the
   * chat's earlier ones (paced by the send limits), which can take longer than the handler's
   * time limit under a backlog, and the update's outcome does not depend on it. idle() waits
   * for it.
   */
  function delivering(updateId: number, gate: Promise<void>, delivery: Promise<void>): void {
    let isTaken = false;
    gate.then(
      () => (isTaken = true),
      () => undefined,
    );
    const tracked = delivery.catch((error: unknown) => {
      // Not taken: the handler's own error (the middleware frees the update for its redelivery).
      if (!isTaken) return;
      // After the turn was saved: its reply, if saved, is retried by the sender.
      logger.error({ update: updateId, ...describeError(error) }, 'sending after a saved turn failed');
    });
    working.add(tracked);
    void tracked.finally(() => working.delete(tracked));
  }
  /** Updates being handled in this process: a second delivery shares the first's outcome. */
  const inFlight = new Map<number, Promise<UpdateOutcome>>();

  const { sendReply, keyboardOff, sendNote, markChosen } = telegramSends(bot.telegram, calls, openKeyboards);

  const sender = new OutboxSender({
    engine,
    logger,
    namespace: TELEGRAM_NAMESPACE,
    sendReply,
    onGone: (conversation) => {
      const chatId = chatIdOf(conversation);
      if (chatId !== undefined) calls.noteBlocked(chatId);
      // Nobody to remind: a person who blocked the bot gets no follow-ups, now or later.
      engine.dropFollowUps(conversation).catch((error: unknown) => logger.warn(describeError(error), 'could not drop follow-ups of a blocked chat'));
    },
    ...options.sendBackoff,
  });

  const instrumented = instrumentedTurn({ engine, adapter: 'telegram', logger, ...(options.metrics ? { metrics: options.metrics } : {}) });
  /** One engine turn, counted for /metrics and (at debug) described without its text. */
  const turn = (chatId: number, inbound: Inbound, lang: Lang, updateId: number): Promise<Reply> =>
    instrumented(conversationKey(chatId), inbound, { lang, updateId }, { chat: maskId(chatId) });

  /**
   * The update's turn is saved: it may be acknowledged now (handle() resolves 'done'), before
   * its reply is sent, so a slow or failing send holds up nobody's updates.
   */
  async function taken(ctx: Context): Promise<void> {
    const state = ctx.state as { take?: () => Promise<void> };
    await state.take?.();
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
    let isTaken = false;
    // Only a handled update is final; one cut off by a crash is handled when redelivered.
    (ctx.state as { take?: () => Promise<void> }).take = async () => {
      if (isTaken) return;
      await claims.complete(updateId);
      isTaken = true;
      outcomes.set(ctx.update, 'done');
      takenSignals.get(ctx.update)?.();
    };
    try {
      await next();
      await taken(ctx);
    } catch (error) {
      if (isTaken) {
        // Acknowledged already (its reply, if saved, is retried by the sender): only log.
        logger.error({ update: updateId, ...describeError(error) }, 'sending after a saved turn failed');
        return;
      }
      // Free it for the redelivery; if the store is down this fails too and the lease lapses.
      await claims.release(updateId).catch(() => undefined);
      throw error;
    }
  });

  bot.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery;
    const chatId = query.message?.chat.id ?? query.from.id;
    // Answer at once, so the button stops spinning; its answer holds up nothing (best effort).
    void calls
      .call(chatId, (signal) => ctx.telegram.callApi('answerCallbackQuery', { callback_query_id: query.id }, abortable(signal)), {
        limited: false,
        method: 'answerCallbackQuery',
      })
      .catch((error: unknown) => {
        if (error instanceof BlockedByUser) calls.noteBlocked(chatId);
      });
    if (query.message && query.message.chat.type !== 'private') return;
    const pressed = decodeCallback('data' in query ? query.data : undefined);
    const reply = await turn(
      chatId,
      { kind: 'choice', id: pressed?.id ?? '', turn: pressed?.turn ?? -1 },
      langFromTelegram(query.from.language_code),
      ctx.update.update_id,
    );
    const gate = taken(ctx);
    const original = query.message as Message.TextMessage | undefined;
    delivering(
      ctx.update.update_id,
      gate,
      sender.deliver(conversationKey(chatId), reply, {
        gate,
        before: async () => {
          // Its keyboard goes with the edit below, not as "the previous question's".
          if (original && openKeyboards.peek(chatId) === original.message_id) openKeyboards.take(chatId);
        },
        // After the reply: the person waits for the next question, not for this edit.
        after: async () => {
          if (!original || !('text' in original)) return;
          // The pressed button's own label, as the person saw it (any product's texts).
          const label = reply.chosen ?? pressedLabel(original, 'data' in query ? query.data : undefined);
          const t = translatorFor(reply.lang);
          await markChosen(chatId, original, reply.accepted && label ? t('telegram:chosen', { label }) : undefined);
        },
      }),
    );
    await gate;
  });

  bot.on('message', async (ctx) => {
    const message = ctx.message;
    const chatId = message.chat.id;
    const lang = langFromTelegram(message.from?.language_code);
    if (message.chat.type !== 'private') {
      // Only answer what was meant for the bot, so a group is not flooded.
      if ('text' in message && new RegExp(`^/[A-Za-z_]+(?:@${ctx.botInfo.username})?(?:\\s|$)`, 'i').test(message.text)) {
        await sender.run(conversationKey(chatId), async () => {
          await sendNote(chatId, translatorFor(lang)('telegram:groupChat'));
        });
      }
      return;
    }
    const reply = await turn(chatId, inboundFrom(message), lang, ctx.update.update_id);
    // Queued now, in turn order; sent once the update is taken (acknowledgeable).
    const gate = taken(ctx);
    // The previous question's keyboard comes off after the reply, and after the reply left
    // the outbox (a kill meanwhile must not send it twice): the person waits for the next
    // question, not for this edit, and a press on the old buttons meanwhile is answered as a
    // stale one.
    let previous: number | undefined;
    delivering(
      ctx.update.update_id,
      gate,
      sender.deliver(conversationKey(chatId), reply, {
        gate,
        before: async () => {
          previous = openKeyboards.take(chatId);
        },
        after: async () => {
          if (previous !== undefined) await keyboardOff(chatId, previous);
        },
      }),
    );
    await gate;
  });

  /** "Having trouble, one moment" to a private chat whose turn could not be saved. */
  async function tellTrouble(ctx: Context): Promise<void> {
    const chat = ctx.chat ?? ctx.callbackQuery?.message?.chat;
    const chatId = chat?.id ?? ctx.callbackQuery?.from.id;
    if (chatId === undefined || (chat && chat.type !== 'private')) return;
    if (!troubleNotes.shouldTell(chatId)) return;
    const text = translatorFor(langFromTelegram(ctx.from?.language_code))('telegram:storeTrouble');
    await sendNote(chatId, text).catch((error: unknown) => {
      if (error instanceof BlockedByUser) calls.noteBlocked(chatId);
    });
  }

  bot.catch(async (error, ctx) => {
    if (outcomes.get(ctx.update) === 'done') {
      // Its turn was saved and the update taken (a time limit passed after that, say): nothing
      // to tell the person, whose reply is on its way.
      logger.error({ update: (ctx.update as Update).update_id, ...describeError(error) }, 'update failed after its turn was saved');
      return;
    }
    outcomes.set(ctx.update, 'failed');
    logger.error({ update: (ctx.update as Update).update_id, chat: ctx.chat ? maskId(ctx.chat.id) : undefined, ...describeError(error) }, 'update failed');
    await tellTrouble(ctx);
  });

  /** What became of the update, as soon as it is known: 'done' once its turn is saved. */
  async function handleOnce(update: Update): Promise<UpdateOutcome> {
    const taken = new Promise<UpdateOutcome>((resolve) => takenSignals.set(update, () => resolve('done')));
    const whole = (async (): Promise<UpdateOutcome> => {
      try {
        await bot.handleUpdate(update);
      } catch (error) {
        // Only before any middleware runs (no bot identity yet, say); bot.catch sees the rest.
        logger.error({ update: update.update_id, ...describeError(error) }, 'update failed');
        return 'failed';
      }
      // An update no middleware reached (none should) was not taken.
      return outcomes.get(update) ?? 'failed';
    })();
    working.add(whole);
    void whole.finally(() => working.delete(whole));
    return Promise.race([taken, whole]);
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

  async function idle(): Promise<void> {
    while (working.size > 0) await Promise.all([...working]);
    await sender.idle();
  }

  return {
    bot,
    handle,
    idle,
    recover: () => sender.recover(),
    deliverFollowUp: async (conversation, reply) => {
      if (chatIdOf(conversation) !== undefined) await sender.deliver(conversation, reply);
    },
    stop: () => {
      sender.stop();
      calls.stop();
    },
  };
}
