/**
 * Reads configuration from the environment (and .env, through dotenv) once, and checks it.
 * A missing or invalid setting is reported as one line naming it (see README's table).
 */
import type { Lang } from '../machines';
import { DEFAULT_STORE_URL, isStoreUrl } from './stores/open-store';

export class ConfigError extends Error {}

export interface TerminalConfig {
  mode: 'terminal';
  lang: Lang;
}

export interface TelegramConfig {
  mode: 'telegram';
  token: string;
  storeUrl: string;
  logLevel: string;
  apiRoot?: string;
  webhook?: { url: URL; secret: string; port: number };
}

export type Config = TerminalConfig | TelegramConfig;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function langFrom(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  return value.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function httpUrl(name: string, value: string): URL {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // reported below
  }
  throw new ConfigError(`${name} must be an http(s) URL`);
}

function telegramConfig(env: NodeJS.ProcessEnv, token: string): TelegramConfig {
  // BotFather tokens look like 123456789:AAE…; a typo is better caught here than as a 401.
  if (!/^\d+:[\w-]{20,}$/.test(token)) throw new ConfigError('BOT_TOKEN does not look like a token from @BotFather');
  const storeUrl = env.STORE_URL || DEFAULT_STORE_URL;
  if (!isStoreUrl(storeUrl)) throw new ConfigError('STORE_URL must be sqlite:PATH or memory:');
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const config: TelegramConfig = { mode: 'telegram', token, storeUrl, logLevel };
  if (env.TELEGRAM_API_ROOT) config.apiRoot = httpUrl('TELEGRAM_API_ROOT', env.TELEGRAM_API_ROOT).toString().replace(/\/$/, '');
  if (env.WEBHOOK_URL) {
    const url = httpUrl('WEBHOOK_URL', env.WEBHOOK_URL);
    const secret = env.WEBHOOK_SECRET ?? '';
    // Telegram allows 1–256 characters A–Z, a–z, 0–9, _ and - in a secret token.
    if (!/^[A-Za-z0-9_-]{16,256}$/.test(secret)) {
      throw new ConfigError('WEBHOOK_SECRET must be 16–256 characters of A–Z, a–z, 0–9, _ or - when WEBHOOK_URL is set');
    }
    const port = Number(env.PORT || 8080);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError('PORT must be a whole number from 1 to 65535');
    config.webhook = { url, secret, port };
  }
  return config;
}

export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): Config {
  const langFlag = argv.indexOf('--lang');
  let lang: Lang | undefined;
  if (langFlag >= 0) {
    const value = argv[langFlag + 1];
    if (value !== 'zh' && value !== 'en') throw new ConfigError('--lang must be zh or en');
    lang = value;
  }
  const token = env.BOT_TOKEN?.trim();
  if (token) return telegramConfig(env, token);
  return { mode: 'terminal', lang: lang ?? langFrom(env.LC_ALL ?? env.LANG) ?? 'en' };
}
