/**
 * Follow-ups when several instances share Redis, on BullMQ (a maintained queue built for
 * delayed and repeated jobs) rather than a poller of our own:
 *
 * - the schedule itself stays in each conversation, and a sorted set of due times is written
 *   in the same atomic save (RedisStore), so no follow-up is lost or orphaned between two writes;
 * - a BullMQ job scheduler runs a "sweep" every interval on exactly one instance, which turns
 *   each conversation due now into a "fire" job, at most one per conversation per two
 *   intervals (BullMQ's deduplication with a TTL);
 * - a worker on any instance takes a fire job under BullMQ's lock; one that fails, or whose
 *   instance died holding it, is simply found due again by a later sweep once the TTL is
 *   over: the sweep is the retry, so a job stuck with a dead instance delays nothing long;
 * - firing is a compare-and-set in the engine (the follow-up leaves the schedule in the same
 *   write that saves its reply in the outbox), so even two workers on one conversation send it
 *   once; the outbox then sends it like any other reply.
 */
import { Queue, Worker, type Job } from 'bullmq';
import Redis from 'ioredis';
import { describeError } from '../logging';
import { fireFollowUp, type FollowUpDelivery } from './fire-follow-up';
import { FOLLOW_UP_POLL_MS } from './polling-follow-ups';

const QUEUE_NAME = 'follow-ups';
/** Conversations turned into fire jobs per sweep; the rest are next. */
const SWEEP_BATCH = 500;
/** Fire jobs one instance runs at once: each is a load, a save and a send. */
const CONCURRENCY = 4;
/**
 * Deadlines of a command on BullMQ's connections, so a frozen Redis fails a sweep or a job
 * (a later sweep retries it) rather than holding it for ever. The worker's connection, and
 * the blocking one BullMQ duplicates from it, wait on BZPOPMIN for up to 10 s (BullMQ's cap;
 * its own watchdog gives up a second later), so its deadline is longer than that.
 */
const QUEUE_COMMAND_TIMEOUT_MS = 5000;
const WORKER_COMMAND_TIMEOUT_MS = 15_000;
/**
 * How long stopping waits for BullMQ's worker and queue to close. After a Redis outage longer
 * than its blocking wait, BullMQ can leave the blocking connection "reconnecting" with nothing
 * to end it, and worker.close() then waits for ever (taskforcesh/bullmq#4585, #4656): after
 * a Redis restart, SIGTERM left the process running in 13 of 37 runs of the webhook suite.
 * Past this the stop goes on; a fire job still running may be abandoned (its reply is saved
 * in the outbox before it is sent, and the next process sends it).
 */
const CLOSE_WAIT_MS = 3000;
/** Then how long each connection may take to quit before it is dropped. */
const QUIT_WAIT_MS = 2000;

/** True when `work` settled (either way) within `ms`; false when it was given up on. */
async function within(work: Promise<unknown> | undefined, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = (work ?? Promise.resolve()).then(
    () => true as const,
    () => true as const,
  );
  const outcome = await Promise.race([settled, late]);
  clearTimeout(timer);
  return outcome;
}

export interface BullmqFollowUpsOptions {
  redisUrl: string;
  /** Key prefix in Redis (BullMQ's own keys go under it). */
  prefix: string;
  intervalMs?: number;
}

export class BullmqFollowUps {
  private readonly connections: Redis[] = [];
  private queue?: Queue;
  private worker?: Worker;

  private readonly intervalMs: number;

  constructor(
    private readonly delivery: FollowUpDelivery,
    private readonly options: BullmqFollowUpsOptions,
  ) {
    this.intervalMs = options.intervalMs ?? FOLLOW_UP_POLL_MS;
  }

  async start(): Promise<void> {
    // BullMQ's blocking commands need a connection that retries for ever (its docs require
    // maxRetriesPerRequest: null for workers); the store's own client fails fast instead.
    const connect = (commandTimeout: number) => {
      const connection = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null, commandTimeout });
      connection.on('error', (error) => this.delivery.logger.warn(describeError(error), 'follow-ups: redis trouble'));
      this.connections.push(connection);
      return connection;
    };
    const prefix = `${this.options.prefix}bull`;
    this.queue = new Queue(QUEUE_NAME, { connection: connect(QUEUE_COMMAND_TIMEOUT_MS), prefix });
    this.worker = new Worker(QUEUE_NAME, (job) => this.process(job), { connection: connect(WORKER_COMMAND_TIMEOUT_MS), prefix, concurrency: CONCURRENCY });
    this.worker.on('failed', (_job, error) => this.delivery.logger.warn(describeError(error), 'follow-ups: a job failed; a later sweep finds it due again'));
    await this.queue.upsertJobScheduler('sweep', { every: this.intervalMs }, { name: 'sweep', opts: { removeOnComplete: true, removeOnFail: true } });
  }

  /** Turns every conversation due now into a fire job (tests call it with a fake clock). */
  async sweep(): Promise<void> {
    const due = await this.delivery.engine.dueConversations(this.delivery.namespace, SWEEP_BATCH);
    if (due.length === 0 || !this.queue) return;
    await this.queue.addBulk(
      due.map((conversation) => ({
        name: 'fire',
        data: { conversation },
        opts: {
          // Whichever instance swept it, one fire job per conversation per two intervals.
          deduplication: { id: conversation, ttl: 2 * this.intervalMs },
          removeOnComplete: true,
          removeOnFail: true,
        },
      })),
    );
  }

  async stop(): Promise<void> {
    if (!(await within(Promise.all([this.worker?.close(), this.queue?.close()]), CLOSE_WAIT_MS))) {
      this.delivery.logger.warn({ waitedMs: CLOSE_WAIT_MS }, 'follow-ups: BullMQ did not close in time; stopping without it');
    }
    await Promise.all(
      this.connections.map(async (c) => {
        await within(c.quit(), QUIT_WAIT_MS);
        // Not quit (it failed, or never answered): closed without waiting.
        if (c.status !== 'end') c.disconnect();
      }),
    );
  }

  private async process(job: Job): Promise<void> {
    if (job.name === 'sweep') return this.sweep();
    const { conversation } = job.data as { conversation: string };
    await fireFollowUp(this.delivery, conversation);
  }
}
