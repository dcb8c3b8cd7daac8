/**
 * refund-coach as a library: the public surface every chat adapter builds on, the ones in
 * this package included. Everything else in the package is internal and may change.
 *
 * Tier 1, a request/response adapter (a web chat, a bot framework that waits for an answer):
 *
 *   const { store } = await openStore('sqlite:./data/coach.db');
 *   const coach = createCoach({ store });
 *   const reply = await coach.turn('web:abc', { text: '/start' }, { lang: negotiateLanguage(header) });
 *
 * A reply lists messages (drafts marked), each with its own choices; every choice carries an
 * opaque token to send back as `{ choice: token }`. Conversation ids are yours: give each
 * adapter its own prefix ("web:", "tg:") so two adapters never share a conversation.
 *
 * Tier 2, the adapter kit, for a push adapter (one that sends follow-ups later and must not
 * lose a reply when a send fails or the process dies): the Engine with its outbox, the
 * OutboxSender that sends and retries replies per conversation, update claims for inputs a
 * platform may deliver twice, send limits, "having trouble" notes and turn instrumentation.
 * The Telegram adapter in src/adapters/telegram is built on this tier alone; README, "Write a
 * push adapter", builds a small one.
 */

// Tier 1: the coach.
/** The coach: turn, peek, due, forget, close. */
export { createCoach } from './library/coach';
export type { Coach, CoachBlock, CoachChoice, CoachInput, CoachMessage, CoachOptions, CoachReply, TurnOptions } from './library/coach';

/** Where conversations live, from a URL: `sqlite:PATH`, `redis://…`, `rediss://…` or `memory:`. */
export { openStore } from './stores/open-store';
export type { OpenedStore, OpenStoreOptions } from './stores/open-store';

/** The coach's language from a Telegram language code, an Accept-Language header or a locale. */
export { negotiateLanguage } from './i18n/negotiate';
/** The languages the coach speaks, and the texts of each (adapters keep their own namespace in locales/). */
export { LANGS, namespaceTexts, translatorFor } from './i18n';

/** The products coached for: the built-in ones, and the shape of your own (a policy plus its texts). */
export { anyMembership, BUILT_IN_PRODUCTS, xhsBlackCard } from '../machines';
export type { Product, ProductPolicy, WalkStep } from '../machines';

/** The ports, for your own store or logger. */
export type { Logger, SaveHints, SeenUpdates, Store, StoredRecord } from './core/ports';
export type { Lang } from '../machines';

// Tier 2: the adapter kit.
/** The engine itself: turns with an outbox, unsent replies, follow-ups due. */
export { Engine, LATE_AFTER_MS, MAX_TEXT_LENGTH } from './core/engine';
export type {
  EngineOptions,
  FollowUpMode,
  FollowUpRun,
  Inbound,
  RenderedBlock,
  RenderedChoice,
  RenderedMessage,
  Reply,
  TurnOptions as EngineTurnOptions,
  UnsentReply,
} from './core/engine';
export type { FollowUpKind } from '../machines';
/** A choice's label in a language (to echo the pressed button under its question). */
export { choiceLabel } from './core/render';
export { choiceToken, readChoiceToken } from './library/choice-token';
/** Sends and retries a push adapter's saved replies, per conversation, in order. */
export { OutboxSender, RecipientGone } from './kit/outbox-sender';
export type { OutboxSenderOptions, SendOutcome } from './kit/outbox-sender';
/** Inputs a platform may deliver twice (a retried webhook, a second instance): taken once. */
export { claimsFrom } from './kit/update-claims';
export type { ClaimResult, UpdateClaims } from './kit/update-claims';
/** A platform's send limits (global and per conversation), shared between instances on Redis. */
export { createSendLimits, TELEGRAM_SEND_LIMITS } from './kit/send-limits';
export type { SendLimits, SendLimitSettings } from './kit/send-limits';
/** "Having trouble, one moment", at most once a minute per conversation. */
export { TroubleNotes, TROUBLE_NOTE_INTERVAL_MS } from './kit/trouble-notes';
/** A turn counted for /metrics and described in debug logs without its text. */
export { instrumentedTurn } from './kit/instrumented-turn';
export type { InstrumentedTurnOptions, TurnMetrics } from './kit/instrumented-turn';
/** Logging without personal data: ids through a one-way hash, errors without their payload. */
export { maskId } from './core/privacy';
export { describeError } from './logging';
