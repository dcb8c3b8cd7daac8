/**
 * The real telegraf bot (createCoachBot) with follow-ups on, in this process: an engine with
 * the outbox, follow-ups delivered, and a clock the test moves; the PollingFollowUps runner on
 * a short interval. Used against the telegram-test-api emulator (polling it) or, without
 * polling, against a fake Bot API (see fake-bot-api.ts).
 */
import type TelegramServer from 'telegram-test-api';
import { Engine } from '../../../src/core/engine';
import { createCoachBot, TELEGRAM_NAMESPACE, type CoachBot } from '../../../src/adapters/telegram/coach-bot';
import { silentLogger, type SeenUpdates, type Store } from '../../../src/core/ports';
import { PollingFollowUps } from '../../../src/follow-ups/polling-follow-ups';
import type { FollowUpDelivery } from '../../../src/follow-ups/fire-follow-up';
import type { FollowUpEvent, FollowUpMetrics } from '../../../src/follow-ups/follow-up-metrics';
import type { FollowUpKind } from '../../../machines';
import { BOT_INFO, TOKEN } from '../../support/emulator';

export { BOT_INFO };

/** A clock the test moves by hand: the engine reads it for every turn and every fireDue. */
export class TestClock {
  constructor(public at: number) {}
  readonly now = (): number => this.at;
  set(at: number): void {
    this.at = at;
  }
}

/** Follow-up events counted by kind (scheduled comes from the engine, the rest from the runner). */
export class CountingMetrics implements FollowUpMetrics {
  readonly counts: Record<FollowUpEvent, number> = { scheduled: 0, sent: 0, dropped: 0, late: 0 };
  readonly byKind: Array<[FollowUpEvent, FollowUpKind]> = [];
  count(event: FollowUpEvent, kind: FollowUpKind): void {
    this.counts[event]++;
    this.byKind.push([event, kind]);
  }
}

export interface FollowUpBotOptions {
  store: Store;
  seen: SeenUpdates;
  clock: TestClock;
  apiRoot: string;
  metrics?: CountingMetrics;
  /** How often the runner looks at the schedule (ms). */
  intervalMs?: number;
}

/** A bot with follow-ups on; `start()` polls the emulator, `startFollowUps()` runs the runner. */
export class FollowUpBot {
  readonly engine: Engine;
  readonly coach: CoachBot;
  readonly metrics: CountingMetrics;
  readonly runner: PollingFollowUps;
  private polling?: Promise<void>;
  private runnerStarted = false;

  constructor(options: FollowUpBotOptions) {
    this.metrics = options.metrics ?? new CountingMetrics();
    this.engine = new Engine({
      store: options.store,
      now: options.clock.now,
      outbox: true,
      followUps: 'deliver',
      onFollowUpScheduled: (kind) => this.metrics.count('scheduled', kind),
    });
    this.coach = createCoachBot({
      token: TOKEN,
      engine: this.engine,
      seen: options.seen,
      logger: silentLogger,
      apiRoot: options.apiRoot,
      botInfo: BOT_INFO,
      sendBackoff: { minBackoffMs: 50, maxBackoffMs: 200 },
    });
    this.runner = new PollingFollowUps(this.delivery(), options.intervalMs ?? 50);
  }

  delivery(): FollowUpDelivery {
    return {
      engine: this.engine,
      namespace: TELEGRAM_NAMESPACE,
      deliver: (conversation, reply) => this.coach.deliverFollowUp(conversation, reply),
      logger: silentLogger,
      metrics: this.metrics,
    };
  }

  /** Polls the emulator for updates (telegraf's own launch, as test/support/emulator.ts does). */
  async startPolling(): Promise<void> {
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    this.polling = this.coach.bot.launch(() => started());
    await ready;
  }

  startFollowUps(): void {
    this.runnerStarted = true;
    this.runner.start();
  }

  async stop(): Promise<void> {
    if (this.runnerStarted) await this.runner.stop();
    if (this.polling) {
      this.coach.bot.stop('test');
      await this.polling.catch(() => undefined);
    }
    await this.coach.idle();
    this.coach.stop();
    await this.engine.idle();
  }
}

export function emulatorApiRoot(server: TelegramServer): string {
  return server.config.apiURL;
}
