/**
 * What Telegram shows of the bot in each language (English for everyone, Chinese for users
 * whose Telegram is set to Chinese): the command menu next to the text box, and the
 * descriptions a person sees before pressing Start (the description in the empty chat, the
 * short one on the bot's profile and in shared links).
 */
import type { Telegram } from 'telegraf';
import { LANGS, translatorFor } from '../../index';

export const BOT_COMMANDS = ['start', 'restart', 'back', 'lang', 'help', 'summary', 'reminders', 'sources', 'forget'] as const;

export async function registerCommands(telegram: Telegram): Promise<void> {
  for (const lang of LANGS) {
    const t = translatorFor(lang);
    const commands = BOT_COMMANDS.map((command) => ({ command, description: t(`telegram:commands.${command}`) }));
    await telegram.setMyCommands(commands, lang === 'en' ? {} : { language_code: lang });
  }
}

/** Telegram's limits: 512 characters for the description, 120 for the short one. */
export const DESCRIPTION_LIMITS = { description: 512, shortDescription: 120 } as const;

export async function registerDescriptions(telegram: Telegram): Promise<void> {
  for (const lang of LANGS) {
    const t = translatorFor(lang);
    const languageCode = lang === 'en' ? undefined : lang;
    await telegram.setMyDescription(t('telegram:description'), languageCode);
    await telegram.setMyShortDescription(t('telegram:shortDescription'), languageCode);
  }
}
