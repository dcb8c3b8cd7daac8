/**
 * Follow-ups on a store of one process (SQLite, memory): a timer asks the store which
 * conversations have one due (an indexed column written with the conversation) and fires
 * them. That is all a single process needs: the schedule itself lives in the conversation,
 * so a restart loses nothing, and one missed while the bot was down is due at the next look.
 */
import { describeError } from '../logging';
import { fireFollowUp, type FollowUpDelivery } from './fire-follow-up';

/** How often the schedule is looked at: reminders are set for a time of day, not a second. */
export const FOLLOW_UP_POLL_MS = 30_000;
/** Conversations fired per look; the rest are next. */
const BATCH = 100;

export class PollingFollowUps {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly delivery: FollowUpDelivery,
    private readonly intervalMs = FOLLOW_UP_POLL_MS,
  ) {}

  start(): void {
    const look = () => {
      this.running = this.tick().catch((error: unknown) => this.delivery.logger.warn(describeError(error), 'follow-ups: look at the schedule failed'));
      void this.running.finally(() => {
        if (this.timer) this.timer = setTimeout(look, this.intervalMs);
      });
    };
    this.timer = setTimeout(look, 0);
  }

  /** Fires every conversation due now (tests call it with a fake clock). */
  async tick(): Promise<void> {
    const due = await this.delivery.engine.dueConversations(this.delivery.namespace, BATCH);
    for (const conversation of due) {
      await fireFollowUp(this.delivery, conversation).catch((error: unknown) =>
        this.delivery.logger.warn(describeError(error), 'follow-ups: one could not be sent; it stays due'),
      );
    }
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
