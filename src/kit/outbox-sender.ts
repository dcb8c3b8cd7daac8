/**
 * Sends a push adapter's replies, one conversation at a time and every conversation apart: one
 * whose sends hang, fail or pile up (a person sending 100 messages a second) delays only
 * itself. The input was already acknowledged when its turn was saved; its reply was saved in
 * the same write (the engine's outbox), so here a reply is only ever removed once the platform
 * took it:
 *
 * - a turn's reply is sent as the engine rendered it, then removed from the outbox: nothing is
 *   read back. Only behind a failure are replies sent from the store (`drain`), oldest first,
 *   up to the last one handed here, so none goes out twice;
 * - a send that fails in a way worth retrying (5xx, 429 after its waits, a reset) stops the
 *   conversation's replies there and tries again after a pause (1 s doubling to 60 s), or at
 *   once when the person writes again; the rest of its replies wait behind it, in order;
 * - a send past its deadline (it may have arrived) or refused for good (4xx) is not retried;
 * - a recipient gone (`RecipientGone`: the person blocked the bot) drops its unsent replies;
 * - after a restart, `recover()` sends what a crashed process left unsent.
 *
 * Replies not saved (a notice, a repeat) are sent once, best effort, in order with the rest.
 */
import type { Engine, Reply, UnsentReply } from '../core/engine';
import { KeyedQueue } from '../core/keyed-queue';
import type { Logger } from '../core/ports';
import { maskId } from '../core/privacy';
import { describeError } from '../logging';

/** Thrown by a platform's send when the person can no longer be reached (Telegram's 403). */
export class RecipientGone extends Error {}

/** How far a reply got: all its platform messages, or `sent` of them and then a failure. */
export type SendOutcome = { sent: number; failed?: { retry: boolean } };

export interface OutboxSenderOptions {
  engine: Pick<Engine, 'sent' | 'unsent' | 'withUnsent'>;
  logger: Logger;
  /** Conversations of this adapter start with it ("tg:"): `recover()` takes only those. */
  namespace: string;
  /**
   * Sends a reply's platform messages from the `from`-th on. `stopOnRetryable`: stop at a
   * failure worth retrying (a saved reply); otherwise carry on past failures (best effort).
   */
  sendReply(conversation: string, reply: Reply, from: number, stopOnRetryable: boolean): Promise<SendOutcome>;
  /** Called when the recipient is gone (see RecipientGone). */
  onGone(conversation: string): void;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/** What is known about a conversation whose replies are not all out. Dropped once they are. */
interface Trouble {
  /** Failed attempts in a row; a retry is scheduled. */
  failures: number;
  timer?: NodeJS.Timeout;
  /** Platform messages of a saved reply already sent (a retry resumes after them). */
  progress: Map<number, number>;
  /**
   * The newest saved reply handed to `deliver` so far: a drain sends up to it and no further,
   * since later ones are still on their way here and will be sent when they arrive.
   */
  handedThrough: number;
}

export class OutboxSender {
  private readonly queue = new KeyedQueue();
  private readonly troubled = new Map<string, Trouble>();
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private stopped = false;

  constructor(private readonly options: OutboxSenderOptions) {
    this.minBackoffMs = options.minBackoffMs ?? 1000;
    this.maxBackoffMs = options.maxBackoffMs ?? 60_000;
  }

  /**
   * Queues a turn's reply behind the conversation's earlier ones. Call it as soon as the turn
   * returns, so replies queue in turn order; `gate` (the input being acknowledged) is awaited
   * before anything is sent, and `before` runs first in the same place (taking the keyboard
   * off the pressed question); `after` runs once the reply was tried, in the same place
   * (what the person need not wait for: an edit of an earlier message, say). Resolves after
   * the first attempt; rejects if `gate` does.
   */
  deliver(
    conversation: string,
    reply: Reply,
    options: { gate?: Promise<void>; before?: () => Promise<void>; after?: () => Promise<void> } = {},
  ): Promise<void> {
    // Awaited in its turn below; handled here too, so a refusal is not an unhandled rejection meanwhile.
    options.gate?.catch(() => undefined);
    return this.run(conversation, async () => {
      await options.gate;
      // Stopping: saved replies stay for the next process; notices are not worth the wait.
      if (this.stopped) return;
      await options.before?.();
      try {
        await this.send(conversation, reply);
      } finally {
        await options.after?.();
      }
    });
  }

  /** A turn's reply, behind the conversation's earlier ones (see deliver). */
  private async send(conversation: string, reply: Reply): Promise<void> {
    const trouble = this.troubled.get(conversation);
    if (trouble) {
      // Behind a failure, saved replies go out from the store, oldest first, this one included.
      if (reply.outboxId !== undefined) trouble.handedThrough = Math.max(trouble.handedThrough, reply.outboxId);
      if (!(await this.drain(conversation, trouble.handedThrough)) || reply.outboxId !== undefined) return;
    } else if (reply.outboxId !== undefined) {
      // Earlier saved replies of this process went out before it (this queue), and a
      // previous process's were queued by recover() before any input was taken.
      await this.sendSaved(conversation, reply.outboxId, reply);
      return;
    }
    await this.options.sendReply(conversation, reply, 0, false);
  }

  /** Runs other work for the conversation (a note to a group, say) in order with its replies. */
  run(conversation: string, work: () => Promise<void>): Promise<void> {
    return this.queue.run(conversation, async () => {
      try {
        await work();
      } catch (error) {
        if (!(error instanceof RecipientGone)) throw error;
        await this.gone(conversation);
      }
    });
  }

  /**
   * Queues what a crashed (or stopped) process left unsent. Resolves once queued, so the
   * caller can start taking input after it (its replies then follow the older ones); `tried`
   * resolves once every one was tried.
   */
  async recover(): Promise<{ chats: number; tried: Promise<void> }> {
    const conversations = (await this.options.engine.withUnsent()).filter((c) => c.startsWith(this.options.namespace));
    if (conversations.length > 0) this.options.logger.info({ chats: conversations.length }, 'sending replies left unsent');
    const tried = Promise.all(conversations.map((c) => this.run(c, async () => void (await this.drain(c, 'present'))))).then(() => undefined);
    return { chats: conversations.length, tried };
  }

  /** Stops retrying; unsent replies stay saved for the next process. */
  stop(): void {
    this.stopped = true;
    for (const state of this.troubled.values()) clearTimeout(state.timer);
  }

  /** Resolves when no send is in flight (retries waiting on a timer do not count). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /**
   * Sends the conversation's unsent replies up to `upTo` from the store, in order ('present':
   * all there now, a previous process's). True when all went out.
   */
  private async drain(conversation: string, upTo: number | 'present'): Promise<boolean> {
    const state = this.troubled.get(conversation);
    if (state) clearTimeout(state.timer);
    let unsent: UnsentReply[];
    try {
      unsent = await this.options.engine.unsent(conversation);
    } catch (error) {
      this.options.logger.warn({ chat: maskId(conversation), ...describeError(error) }, 'could not read unsent replies');
      this.failed(conversation, upTo === 'present' ? 0 : upTo);
      return false;
    }
    if (upTo !== 'present') unsent = unsent.filter((u) => u.outboxId <= upTo);
    if (unsent.length > 0)
      this.options.logger.debug?.({ chat: maskId(conversation), unsent: unsent.length, failures: state?.failures ?? 0 }, 'outbox: sending saved replies');
    for (const { outboxId, reply } of unsent) {
      if (!(await this.sendSaved(conversation, outboxId, reply))) return false;
    }
    this.troubled.delete(conversation);
    return true;
  }

  /** Sends one saved reply (resuming after the messages already out) and removes it. */
  private async sendSaved(conversation: string, outboxId: number, reply: Reply): Promise<boolean> {
    const from = this.troubled.get(conversation)?.progress.get(outboxId) ?? 0;
    const outcome = await this.options.sendReply(conversation, reply, from, true);
    this.options.logger.debug?.(
      { chat: maskId(conversation), outboxId, from, sent: outcome.sent, failed: outcome.failed ? (outcome.failed.retry ? 'retry' : 'final') : null },
      'outbox: reply tried',
    );
    if (outcome.failed?.retry) {
      this.trouble(conversation, outboxId).progress.set(outboxId, outcome.sent);
      this.failed(conversation, outboxId);
      return false;
    }
    // Out, or never going to be (a 4xx, or a timeout that may have arrived): done with it.
    this.troubled.get(conversation)?.progress.delete(outboxId);
    await this.removeSent(conversation, [outboxId]);
    return true;
  }

  private async removeSent(conversation: string, outboxIds: number[]): Promise<void> {
    try {
      await this.options.engine.sent(conversation, outboxIds);
    } catch (error) {
      // It stays saved and is sent again after a restart: a repeat, not a loss.
      this.options.logger.warn({ chat: maskId(conversation), ...describeError(error) }, 'could not mark a reply sent');
    }
  }

  private async gone(conversation: string): Promise<void> {
    this.options.onGone(conversation);
    const state = this.troubled.get(conversation);
    if (state) clearTimeout(state.timer);
    this.troubled.delete(conversation);
    const unsent = await this.options.engine.unsent(conversation).catch(() => []);
    if (unsent.length > 0)
      await this.removeSent(
        conversation,
        unsent.map((u) => u.outboxId),
      );
  }

  private trouble(conversation: string, handed: number): Trouble {
    let state = this.troubled.get(conversation);
    if (!state) this.troubled.set(conversation, (state = { failures: 0, progress: new Map(), handedThrough: handed }));
    state.handedThrough = Math.max(state.handedThrough, handed);
    return state;
  }

  /** Schedules the next try of the conversation's unsent replies. */
  private failed(conversation: string, handed: number): void {
    const state = this.trouble(conversation, handed);
    state.failures++;
    clearTimeout(state.timer);
    if (this.stopped) return;

    const waitMs = Math.min(this.minBackoffMs * 2 ** Math.min(20, state.failures - 1), this.maxBackoffMs);
    this.options.logger.warn({ chat: maskId(conversation), failures: state.failures, retryInMs: waitMs }, 'reply not sent; trying again after a pause');
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(conversation, async () => void (await this.drain(conversation, state.handedThrough))).catch((error: unknown) =>
        this.options.logger.error({ chat: maskId(conversation), ...describeError(error) }, 'retrying replies failed'),
      );
    }, waitMs);
    // A pending retry must not keep a stopping process alive; the reply stays saved.
    state.timer.unref();
  }
}
