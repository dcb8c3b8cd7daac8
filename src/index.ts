/**
 * refund-coach as a library: the public surface any chat adapter builds on. Everything else
 * in the package is internal and may change.
 *
 *   const { store } = await openStore('sqlite:./data/coach.db');
 *   const coach = createCoach({ store });
 *   const reply = await coach.turn('web:abc', { text: '/start' }, { lang: negotiateLanguage(header) });
 *
 * A reply lists messages (drafts marked) and the current choices, each with an opaque token to
 * send back as `{ choice: token }`. Conversation ids are yours: give each adapter its own
 * prefix ("web:", "tg:") so two adapters never share a conversation.
 */

/** The coach: turn, peek, forget, close. */
export { createCoach } from './library/coach';
export type { Coach, CoachBlock, CoachChoice, CoachInput, CoachOptions, CoachReply, TurnOptions } from './library/coach';

/** Where conversations live, from a URL: `sqlite:PATH`, `redis://…`, `rediss://…` or `memory:`. */
export { openStore } from './stores/open-store';
export type { OpenedStore, OpenStoreOptions } from './stores/open-store';

/** The coach's language from a Telegram language code, an Accept-Language header or a locale. */
export { negotiateLanguage } from './i18n/negotiate';

/** The ports, for your own store or logger. */
export type { Logger, Store, StoredRecord } from './core/ports';
export type { Lang } from '../machines';
