import { negotiateLanguage, type Lang } from '../../index';

/**
 * Telegram's `language_code` (an IETF tag such as zh-hans, zh-hant, zh-CN, en-GB) to the
 * coach's language, by the one negotiation every adapter uses.
 */
export function langFromTelegram(code: string | undefined): Lang {
  return negotiateLanguage(code);
}
