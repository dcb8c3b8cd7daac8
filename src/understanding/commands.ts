/**
 * Reading a typed command ("/lang en", "/start@refund_coach_bot"), the same for every
 * adapter: the name in lower case and the first argument, if any.
 */
import type { Lang } from '../../machines';

export interface TypedCommand {
  name: string;
  arg?: string;
}

const COMMAND = /^\/([A-Za-z_]+)(?:@\w+)?(?:\s+(\S+))?[\s\S]*$/;

export function parseCommand(text: string): TypedCommand | undefined {
  const match = COMMAND.exec(text.trim());
  if (!match) return undefined;
  return match[2] ? { name: match[1]!.toLowerCase(), arg: match[2] } : { name: match[1]!.toLowerCase() };
}

/** The words that name each language, in a command's argument or a request typed in words. */
const CHINESE = '中文|汉语|普通话|简体|chinese|mandarin';
const ENGLISH = '英文|英语|english';

/** "/lang zh", "/lang English": the language asked for, or undefined to switch to the other. */
export function langArgument(arg: string | undefined): Lang | undefined {
  if (!arg) return undefined;
  if (new RegExp(`^(zh|cn|${CHINESE})`, 'i').test(arg)) return 'zh';
  if (new RegExp(`^(en|${ENGLISH})`, 'i').test(arg)) return 'en';
  return undefined;
}

/** The one language a typed request names ("说中文吧", "switch to english"); undefined for none or both. */
export function languageNamed(text: string): Lang | undefined {
  const zh = new RegExp(CHINESE, 'i').test(text);
  const en = new RegExp(ENGLISH, 'i').test(text);
  return zh === en ? undefined : zh ? 'zh' : 'en';
}
