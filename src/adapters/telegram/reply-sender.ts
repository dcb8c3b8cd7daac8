/**
 * Sends replies, one chat at a time and every chat apart: a chat whose sends hang, fail or
 * pile up (a person sending 100 messages a second) delays only itself. The update was already
 * acknowledged when its turn was saved; its reply was saved in the same write (the engine's
 * outbox), so here a reply is only ever removed once Telegram took it:
 *
 * - a send that fails in a way worth retrying (5xx, 429 after its waits, a reset) stops the
 *   chat's replies there and tries again after a pause (1 s doubling to 60 s), or at once when
 *   the person writes again; the rest of the chat's replies wait behind it, in order;
 * - a send past its deadline (it may have arrived) or refused for good (4xx) is not retried;
 * - a blocked bot (403) drops the chat's unsent replies;
 * - after a restart, `recover()` sends what a crashed process left unsent.
 *
 * Replies not saved (a notice, a repeat) are sent once, best effort, in order with the rest.
 */
import type { Engine, Reply, UnsentReply } from '../../core/engine';
import { KeyedQueue } from '../../core/keyed-queue';
import type { Logger } from '../../core/ports';
import { maskId } from '../../core/privacy';
import { describeError } from '../../logging';
import { BlockedByUser } from './telegram-calls';

/** How far a reply got: all its Telegram messages, or `sent` of them and then a failure. */
export type SendOutcome = { sent: number; failed?: { retry: boolean } };

export interface ReplySenderOptions {
  engine: Pick<Engine, 'sent' | 'unsent' | 'withUnsent'>;
  logger: Logger;
  /**
   * Sends a reply's Telegram messages from the `from`-th on. `stopOnRetryable`: stop at a
   * failure worth retrying (a saved reply); otherwise carry on past failures (best effort).
   */
  sendReply(chatId: number, reply: Reply, from: number, stopOnRetryable: boolean): Promise<SendOutcome>;
  /** Called when Telegram says the person blocked the bot. */
  onBlocked(chatId: number): void;
  conversationKey(chatId: number): string;
  chatIdOf(conversation: string): number | undefined;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/** What is known about a chat whose replies are not all out. Dropped once they are. */
interface ChatState {
  /** Failed attempts in a row; above zero, a retry is scheduled. */
  failures: number;
  timer?: NodeJS.Timeout;
  /** Telegram messages of a saved reply already sent (a retry resumes after them). */
  progress: Map<number, number>;
}

export class ReplySender {
  private readonly queue = new KeyedQueue();
  private readonly chats = new Map<number, ChatState>();
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private stopped = false;

  constructor(private readonly options: ReplySenderOptions) {
    this.minBackoffMs = options.minBackoffMs ?? 1000;
    this.maxBackoffMs = options.maxBackoffMs ?? 60_000;
  }

  /**
   * Queues a turn's reply behind the chat's earlier ones; `before` runs first in the same
   * place (taking the keyboard off the pressed question). Resolves after the first attempt.
   */
  deliver(chatId: number, reply: Reply, before?: () => Promise<void>): Promise<void> {
    return this.run(chatId, async () => {
      // Stopping: saved replies stay for the next process; notices are not worth the wait.
      if (this.stopped) return;
      await before?.();
      if (reply.outboxId !== undefined) {
        // Saved replies go out from the store, oldest first: a reply a drain already sent
        // (after a restart, or a failure) is gone from it, so nothing is sent twice, and
        // earlier replies still out (the person wrote again) are tried now, in order.
        await this.drain(chatId);
        return;
      }
      if (this.chats.get(chatId)?.failures && !(await this.drain(chatId))) return;
      await this.options.sendReply(chatId, reply, 0, false);
    });
  }

  /** Runs other work for the chat (a note to a group, say) in order with its replies. */
  run(chatId: number, work: () => Promise<void>): Promise<void> {
    return this.queue.run(String(chatId), async () => {
      try {
        await work();
      } catch (error) {
        if (!(error instanceof BlockedByUser)) throw error;
        await this.blocked(chatId);
      }
    });
  }

  /**
   * Queues what a crashed (or stopped) process left unsent. Resolves once queued, so the
   * caller can start taking updates after it (their replies then follow the older ones);
   * `tried` resolves once every one was tried.
   */
  async recover(): Promise<{ chats: number; tried: Promise<void> }> {
    const conversations = await this.options.engine.withUnsent();
    const chatIds = conversations.map((c) => this.options.chatIdOf(c)).filter((id): id is number => id !== undefined);
    if (chatIds.length > 0) this.options.logger.info({ chats: chatIds.length }, 'sending replies left unsent');
    const tried = Promise.all(chatIds.map((chatId) => this.run(chatId, async () => void (await this.drain(chatId))))).then(() => undefined);
    return { chats: chatIds.length, tried };
  }

  /** Stops retrying; unsent replies stay saved for the next process. */
  stop(): void {
    this.stopped = true;
    for (const state of this.chats.values()) clearTimeout(state.timer);
  }

  /** Resolves when no send is in flight (retries waiting on a timer do not count). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Sends every unsent reply of the chat from the store, in order. True when all went out. */
  private async drain(chatId: number): Promise<boolean> {
    const state = this.chats.get(chatId);
    if (state) clearTimeout(state.timer);
    const conversation = this.options.conversationKey(chatId);
    let unsent: UnsentReply[];
    try {
      unsent = await this.options.engine.unsent(conversation);
    } catch (error) {
      this.options.logger.warn({ chat: maskId(chatId), ...describeError(error) }, 'could not read unsent replies');
      this.failed(chatId);
      return false;
    }
    if (unsent.length > 0)
      this.options.logger.debug?.({ chat: maskId(chatId), unsent: unsent.length, failures: state?.failures ?? 0 }, 'outbox: sending saved replies');
    for (const { outboxId, reply } of unsent) {
      if (!(await this.sendSaved(chatId, outboxId, reply))) return false;
    }
    return true;
  }

  /** Sends one saved reply (resuming after the messages already out) and removes it. */
  private async sendSaved(chatId: number, outboxId: number, reply: Reply): Promise<boolean> {
    const from = this.chats.get(chatId)?.progress.get(outboxId) ?? 0;
    const outcome = await this.options.sendReply(chatId, reply, from, true);
    this.options.logger.debug?.(
      { chat: maskId(chatId), outboxId, from, sent: outcome.sent, failed: outcome.failed ? (outcome.failed.retry ? 'retry' : 'final') : null },
      'outbox: reply tried',
    );
    if (outcome.failed?.retry) {
      this.state(chatId).progress.set(outboxId, outcome.sent);
      this.failed(chatId);
      return false;
    }
    // Out, or never going to be (a 4xx, or a timeout that may have arrived): done with it.
    this.chats.get(chatId)?.progress.delete(outboxId);
    await this.removeSent(chatId, [outboxId]);
    if (this.chats.get(chatId)?.progress.size === 0) this.chats.delete(chatId);
    return true;
  }

  private async removeSent(chatId: number, outboxIds: number[]): Promise<void> {
    try {
      await this.options.engine.sent(this.options.conversationKey(chatId), outboxIds);
    } catch (error) {
      // It stays saved and is sent again after a restart: a repeat, not a loss.
      this.options.logger.warn({ chat: maskId(chatId), ...describeError(error) }, 'could not mark a reply sent');
    }
  }

  private async blocked(chatId: number): Promise<void> {
    this.options.onBlocked(chatId);
    const state = this.chats.get(chatId);
    if (state) clearTimeout(state.timer);
    this.chats.delete(chatId);
    const unsent = await this.options.engine.unsent(this.options.conversationKey(chatId)).catch(() => []);
    if (unsent.length > 0)
      await this.removeSent(
        chatId,
        unsent.map((u) => u.outboxId),
      );
  }

  private state(chatId: number): ChatState {
    let state = this.chats.get(chatId);
    if (!state) this.chats.set(chatId, (state = { failures: 0, progress: new Map() }));
    return state;
  }

  /** Schedules the next try of the chat's unsent replies. */
  private failed(chatId: number): void {
    const state = this.state(chatId);
    state.failures++;
    clearTimeout(state.timer);
    if (this.stopped) return;

    const waitMs = Math.min(this.minBackoffMs * 2 ** Math.min(20, state.failures - 1), this.maxBackoffMs);
    this.options.logger.warn({ chat: maskId(chatId), failures: state.failures, retryInMs: waitMs }, 'reply not sent; trying again after a pause');
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(chatId, async () => {
        if (await this.drain(chatId)) this.chats.delete(chatId);
      }).catch((error: unknown) => this.options.logger.error({ chat: maskId(chatId), ...describeError(error) }, 'retrying replies failed'));
    }, waitMs);
    // A pending retry must not keep a stopping process alive; the reply stays saved.
    state.timer.unref();
  }
}
