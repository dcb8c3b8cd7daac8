/**
 * The command menu Telegram shows next to the text box, in each language: English for
 * everyone, Chinese for users whose Telegram is set to Chinese.
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
