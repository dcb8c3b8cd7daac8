import type { Lang } from '../../../machines';

/**
 * Telegram's `language_code` (an IETF tag such as zh-hans, zh-hant, zh-CN, en-GB) to the
 * coach's language: any Chinese variant reads Chinese, anything else English.
 */
export function langFromTelegram(code: string | undefined): Lang {
  return code && /^zh([-_]|$)/i.test(code) ? 'zh' : 'en';
}
