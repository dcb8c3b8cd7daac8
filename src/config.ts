/**
 * Reads configuration from the environment (and .env, through dotenv) once, and checks it.
 * A missing or invalid setting is reported as one line naming it; see README's table.
 */
import type { Lang } from '../machines';

export class ConfigError extends Error {}

export interface TerminalConfig {
  mode: 'terminal';
  lang: Lang;
}

export type Config = TerminalConfig;

function langFrom(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  return value.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): Config {
  const langFlag = argv.indexOf('--lang');
  let lang: Lang | undefined;
  if (langFlag >= 0) {
    const value = argv[langFlag + 1];
    if (value !== 'zh' && value !== 'en') throw new ConfigError('--lang must be zh or en');
    lang = value;
  }
  return { mode: 'terminal', lang: lang ?? langFrom(env.LC_ALL ?? env.LANG) ?? 'en' };
}
