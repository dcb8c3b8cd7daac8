/**
 * The coach as a library: what any chat adapter needs to hold a conversation, without
 * knowing the engine's stored format. A turn takes what the person did (typed text, or the
 * token of a choice from the previous reply) and returns what to show: messages (drafts
 * marked, to be shown as copyable blocks) and the choices now offered.
 */
import type { FollowUpKind, Lang, Product } from '../../machines';
import { Engine, type FollowUpMode, type Inbound, type Reply } from '../core/engine';
import { silentLogger, type Logger, type Store } from '../core/ports';
import { choiceToken, readChoiceToken } from './choice-token';
import { idempotencyNumber } from './idempotency';

export interface CoachOptions {
  /** Where conversations live: `(await openStore(url)).store`, or your own Store. */
  store: Store;
  /**
   * The process's engine, when a push adapter (Telegram) already made one over the same
   * store: the coach then shares it (one engine per process; its turns skip the outbox,
   * since a request/response adapter answers in the response). `now`, `logger` and the
   * follow-up options are then the engine's own.
   */
  engine?: Engine;
  /** The clock (epoch ms); tests pass a fixed one. */
  now?: () => number;
  /** Receives operational events; never message text or personal data. */
  logger?: Logger;
  /**
   * Reminders for later (the refund window's last day, a review, the money, auto-renewal):
   * `onVisit` if your adapter shows them when the person comes back, calling `due()` on each
   * visit (the person is told so, not promised a message), `deliver` if it pushes them (as the
   * Telegram adapter does), `off` to switch them off; by default `unavailable` (the person is
   * told reminders need another chat, and given the time to note down).
   */
  followUps?: FollowUpMode;
  /** Called when a follow-up is scheduled (for metrics). */
  onFollowUpScheduled?: (kind: FollowUpKind) => void;
  /**
   * The products to coach for (default: the built-in ones, `BUILT_IN_PRODUCTS`). With more
   * than one, the greeting asks which. A product of your own is a `Product` value with its
   * policy and texts (see README, "Add a product").
   */
  products?: readonly Product[];
}

/** What the person did: typed text (commands such as "/back" included), or a choice token. */
export type CoachInput = { text: string } | { choice: string };

export interface TurnOptions {
  /** The language for a new conversation (see negotiateLanguage); an existing one keeps its own. */
  lang?: Lang;
  /** The same key twice (a retried request) is applied once; the second call shows the question again. */
  idempotencyKey?: string;
}

export interface CoachBlock {
  text: string;
  /** Text the person will copy and send themselves: show it as a copyable block. */
  draft: boolean;
}

export interface CoachChoice {
  label: string;
  /** Pass back as `{ choice: token }`; a token from an older question is answered with a notice. */
  token: string;
}

export interface CoachMessage {
  blocks: CoachBlock[];
  /** The buttons under this message: a reminders list has its own, the question its own. */
  choices: CoachChoice[];
}

export interface CoachReply {
  /** The messages to show, in order, each with its own choices. */
  messages: CoachMessage[];
  /** The choices of the question now asked, the last message's (none after /forget). */
  choices: CoachChoice[];
  lang: Lang;
  /** The state now waiting, e.g. "askOpened" (stable, for logs and tests). */
  state: string;
  /** False when the input changed nothing (a stale choice, a fresh start, a repeat). */
  accepted: boolean;
}

export interface Coach {
  turn(conversationId: string, input: CoachInput, options?: TurnOptions): Promise<CoachReply>;
  /** The question a conversation now waits on, changing nothing; undefined if there is none. */
  peek(conversationId: string): Promise<CoachReply | undefined>;
  /**
   * A follow-up of the conversation that is due now, as the reply to show before anything
   * else (the person is here, so quiet hours do not apply); undefined when none is due.
   */
  due(conversationId: string): Promise<CoachReply | undefined>;
  /** The reminders the conversation has waiting, earliest first (epoch ms), e.g. for a calendar file. */
  reminders(conversationId: string): Promise<Array<{ kind: FollowUpKind; at: number }>>;
  /** Deletes everything stored about the conversation (what /forget does). */
  forget(conversationId: string): Promise<void>;
  /** Waits for turns in flight, then closes the store. */
  close(): Promise<void>;
}

function toReply(reply: Reply): CoachReply {
  const messages = reply.messages.map((message) => ({
    blocks: message.blocks.map((b) => ({ text: b.text, draft: b.draft })),
    choices: message.choices.map((c) => ({ label: c.label, token: choiceToken(reply.turn, c.id) })),
  }));
  return {
    messages,
    choices: messages.at(-1)?.choices ?? [],
    lang: reply.lang,
    state: reply.stateId,
    accepted: reply.accepted,
  };
}

function toInbound(input: CoachInput): Inbound {
  if ('choice' in input) return { kind: 'choice', ...readChoiceToken(input.choice) };
  return { kind: 'text', text: input.text };
}

export function createCoach(options: CoachOptions): Coach {
  const engine =
    options.engine ??
    new Engine({
      store: options.store,
      logger: options.logger ?? silentLogger,
      ...(options.now ? { now: options.now } : {}),
      ...(options.followUps ? { followUps: options.followUps } : {}),
      ...(options.onFollowUpScheduled ? { onFollowUpScheduled: options.onFollowUpScheduled } : {}),
      ...(options.products ? { products: options.products } : {}),
    });
  return {
    async turn(conversationId, input, turnOptions = {}) {
      const key = turnOptions.idempotencyKey === undefined ? undefined : idempotencyNumber(turnOptions.idempotencyKey);
      return toReply(
        await engine.turn(conversationId, toInbound(input), {
          lang: turnOptions.lang ?? 'en',
          outbox: false,
          ...(options.followUps ? { followUps: options.followUps } : {}),
          ...(key !== undefined ? { updateId: key } : {}),
        }),
      );
    },
    async peek(conversationId) {
      const reply = await engine.peek(conversationId);
      return reply ? toReply(reply) : undefined;
    },
    async due(conversationId) {
      const run = await engine.fireDue(conversationId, { present: true, outbox: false });
      return run?.reply ? toReply(run.reply) : undefined;
    },
    reminders: (conversationId) => engine.scheduled(conversationId),
    async forget(conversationId) {
      await engine.turn(conversationId, { kind: 'command', name: 'forget' });
    },
    async close() {
      await engine.idle();
      await options.store.close();
    },
  };
}
