/**
 * Reads configuration from the environment (and .env, through dotenv) once, and checks it.
 * A missing or invalid setting is reported as one line naming it (see README's table).
 */
import { isIP } from 'node:net';
import { isLang, LANGS, type Lang } from '../machines';
import { TELEGRAM_SEND_LIMITS } from './kit/send-limits';
import { negotiateLanguage } from './i18n/negotiate';
import { DEFAULT_CONVERSATION_TTL_DAYS, DEFAULT_STORE_URL, STORE_URL_FORMS, isStoreUrl } from './stores/open-store';

export class ConfigError extends Error {}

export interface TerminalConfig {
  mode: 'terminal';
  lang: Lang;
}

export interface TelegramConfig {
  mode: 'telegram';
  token: string;
  storeUrl: string;
  /** Idle time after which a conversation is forgotten, from CONVERSATION_TTL_DAYS. */
  conversationTtlMs: number;
  /** Messages a second the bot sends in all (SEND_LIMIT_GLOBAL) and to one chat (SEND_LIMIT_CHAT). */
  sendLimits: { globalPerSecond: number; chatPerSecond: number };
  logLevel: string;
  apiRoot?: string;
  /** A proxy for the Bot API (HTTPS_PROXY or https_proxy): an http(s) URL, credentials allowed. */
  proxy?: URL;
  webhook?: { url: URL; secret: string; port: number };
  /** The web chat beside the bot, on the same server (unless WEB_CHAT=off). */
  webChat?: { port: number };
  /** Who runs this deployment, for Web Push services (VAPID_SUBJECT): a mailto: or https: URL. */
  vapidSubject: string;
  /** Bearer token /metrics requires (METRICS_TOKEN). */
  metricsToken?: string;
  /** Reminders sent later (FOLLOW_UPS, default on). */
  followUps: boolean;
  /** Signs web chat cookies and keys hashed ids (APP_SECRET); random at start-up when unset. */
  appSecret?: string;
  /** The reverse proxy whose X-Forwarded-For is believed (TRUST_PROXY); unset: none. */
  trustProxy?: TrustProxy;
}

/** `npm start -- --web` with no BOT_TOKEN: the web chat alone. */
export interface WebConfig {
  mode: 'web';
  storeUrl: string;
  conversationTtlMs: number;
  logLevel: string;
  port: number;
  metricsToken?: string;
  /** Follow-ups shown on the next visit (FOLLOW_UPS, default on). */
  followUps: boolean;
  appSecret?: string;
  trustProxy?: TrustProxy;
  /** See TelegramConfig. */
  vapidSubject: string;
}

/**
 * Whose X-Forwarded-For to believe (fastify's trustProxy): the proxy's addresses or networks,
 * or how many proxies stand in front (hops). Never "everyone": a visitor could then name any
 * address and dodge the per-address limits.
 */
export type TrustProxy = string[] | number;

export type Config = TerminalConfig | TelegramConfig | WebConfig;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const DAY_MS = 24 * 60 * 60 * 1000;
/** A century: beyond it the number is a typo, and milliseconds would lose precision. */
const MAX_TTL_DAYS = 36_500;

function httpUrl(name: string, value: string): URL {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // reported below
  }
  throw new ConfigError(`${name} must be an http(s) URL`);
}

/** An hour, in days: the shortest time a conversation may be kept idle. */
const MIN_TTL_DAYS = 1 / 24;

function conversationTtlMs(value: string | undefined): number {
  // Plain decimals, and at least an hour: 1e-9 would make every conversation expire at once.
  const text = value || String(DEFAULT_CONVERSATION_TTL_DAYS);
  const days = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(days) || days < MIN_TTL_DAYS || days > MAX_TTL_DAYS) {
    throw new ConfigError(`CONVERSATION_TTL_DAYS must be a number of days from one hour (0.042) to ${MAX_TTL_DAYS}`);
  }
  // Fractions are allowed (0.01 ≈ 15 minutes, to watch expiry work); never round to zero.
  return Math.max(1, Math.round(days * DAY_MS));
}

/** A positive rate per second, or the default when unset. */
function rate(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const perSecond = Number(value);
  if (!Number.isFinite(perSecond) || perSecond <= 0 || perSecond > 10_000) throw new ConfigError(`${name} must be a positive number of messages a second`);
  return perSecond;
}

function httpPort(env: NodeJS.ProcessEnv): number {
  // Plain decimal digits only: Number() would also take "0x6D9D" and "2.8021e4".
  const text = env.PORT || '8080';
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError('PORT must be a whole number from 1 to 65535');
  return port;
}

/** What every mode with a store reads: STORE_URL, CONVERSATION_TTL_DAYS, LOG_LEVEL. */
function storeSettings(env: NodeJS.ProcessEnv): { storeUrl: string; conversationTtlMs: number; logLevel: string } {
  const storeUrl = env.STORE_URL || DEFAULT_STORE_URL;
  if (!isStoreUrl(storeUrl)) throw new ConfigError(`STORE_URL must be ${STORE_URL_FORMS}`);
  const conversationTtl = conversationTtlMs(env.CONVERSATION_TTL_DAYS);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return { storeUrl, conversationTtlMs: conversationTtl, logLevel };
}

/** METRICS_TOKEN, if set: long enough not to be guessed, and safe in an HTTP header. */
function metricsToken(env: NodeJS.ProcessEnv): { metricsToken?: string } {
  const token = env.METRICS_TOKEN;
  if (!token) return {};
  if (!/^[A-Za-z0-9._~+/=-]{16,256}$/.test(token)) throw new ConfigError('METRICS_TOKEN must be 16–256 characters of A–Z, a–z, 0–9 or ._~+/=-');
  return { metricsToken: token };
}

/**
 * APP_SECRET, if set: enough characters to hold 192 bits however it was made (openssl rand
 * -base64 32 gives 44), and no whitespace, which a copy and paste may have cut or added.
 */
function appSecret(env: NodeJS.ProcessEnv): { appSecret?: string } {
  const secret = env.APP_SECRET;
  if (!secret) return {};
  if (!/^\S{32,512}$/.test(secret)) throw new ConfigError('APP_SECRET must be 32–512 characters without spaces (e.g. openssl rand -base64 32)');
  return { appSecret: secret };
}

/** A name proxy-addr knows, an IPv4/IPv6 address, or one with a /prefix (a network). */
function trustedAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const kind = isIP(address);
  if (kind === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (kind === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: unset, X-Forwarded-For is ignored (the address is the connection's own). Else
 * the proxy's addresses (comma-separated; networks as 10.0.0.0/8; loopback), or a hop count 1–9.
 */
function trustProxy(env: NodeJS.ProcessEnv): { trustProxy?: TrustProxy } {
  const value = env.TRUST_PROXY?.trim();
  if (!value) return {};
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 9) throw new ConfigError("TRUST_PROXY must be the proxy's address (e.g. 127.0.0.1), a network, or a number of proxies from 1 to 9");
    return { trustProxy: hops };
  }
  const entries = value.split(',').map((entry) => entry.trim());
  if (!entries.every(trustedAddress)) {
    throw new ConfigError(
      "TRUST_PROXY must be the proxy's address (e.g. 127.0.0.1), comma-separated addresses or networks (10.0.0.0/8), loopback, or a number of proxies from 1 to 9",
    );
  }
  return { trustProxy: entries };
}

/** Said to push services as the sender's contact (VAPID); Apple wants a mailto: or https: URL. */
export const DEFAULT_VAPID_SUBJECT = 'mailto:refund-coach@example.invalid';

function vapidSubject(env: NodeJS.ProcessEnv): { vapidSubject: string } {
  const value = env.VAPID_SUBJECT || DEFAULT_VAPID_SUBJECT;
  let ok = false;
  try {
    const url = new URL(value);
    ok = (url.protocol === 'mailto:' && /^[^@\s]+@[^@\s]+$/.test(url.pathname)) || (url.protocol === 'https:' && url.hostname !== 'localhost');
  } catch {
    ok = false;
  }
  if (!ok) throw new ConfigError('VAPID_SUBJECT must be a mailto: address or an https: URL (for Web Push services)');
  return { vapidSubject: value };
}

function webChatOn(env: NodeJS.ProcessEnv): boolean {
  const value = (env.WEB_CHAT || 'on').toLowerCase();
  if (value !== 'on' && value !== 'off') throw new ConfigError('WEB_CHAT must be on or off');
  return value === 'on';
}

function followUpsOn(env: NodeJS.ProcessEnv): boolean {
  const value = (env.FOLLOW_UPS || 'on').toLowerCase();
  if (value !== 'on' && value !== 'off') throw new ConfigError('FOLLOW_UPS must be on or off');
  return value === 'on';
}

function telegramConfig(env: NodeJS.ProcessEnv, token: string): TelegramConfig {
  // BotFather tokens look like 123456789:AAE…; a typo is better caught here than as a 401.
  if (!/^\d+:[\w-]{20,}$/.test(token)) throw new ConfigError('BOT_TOKEN does not look like a token from @BotFather');
  const sendLimits = {
    globalPerSecond: rate('SEND_LIMIT_GLOBAL', env.SEND_LIMIT_GLOBAL, TELEGRAM_SEND_LIMITS.globalPerSecond),
    chatPerSecond: rate('SEND_LIMIT_CHAT', env.SEND_LIMIT_CHAT, TELEGRAM_SEND_LIMITS.chatPerSecond),
  };
  const config: TelegramConfig = {
    mode: 'telegram',
    token,
    ...storeSettings(env),
    ...metricsToken(env),
    ...appSecret(env),
    ...trustProxy(env),
    ...vapidSubject(env),
    sendLimits,
    followUps: followUpsOn(env),
  };
  // The usual variable, either case (curl reads the lower-case one, many tools the upper).
  const proxy = env.HTTPS_PROXY || env.https_proxy;
  if (proxy) config.proxy = httpUrl(env.HTTPS_PROXY ? 'HTTPS_PROXY' : 'https_proxy', proxy);
  if (env.TELEGRAM_API_ROOT) config.apiRoot = httpUrl('TELEGRAM_API_ROOT', env.TELEGRAM_API_ROOT).toString().replace(/\/$/, '');
  if (env.WEBHOOK_URL) {
    const url = httpUrl('WEBHOOK_URL', env.WEBHOOK_URL);
    const secret = env.WEBHOOK_SECRET ?? '';
    // Telegram allows 1–256 characters A–Z, a–z, 0–9, _ and - in a secret token.
    if (!/^[A-Za-z0-9_-]{16,256}$/.test(secret)) {
      throw new ConfigError('WEBHOOK_SECRET must be 16–256 characters of A–Z, a–z, 0–9, _ or - when WEBHOOK_URL is set');
    }
    config.webhook = { url, secret, port: httpPort(env) };
  }
  if (webChatOn(env)) config.webChat = { port: httpPort(env) };
  return config;
}

export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): Config {
  const langFlag = argv.indexOf('--lang');
  let lang: Lang | undefined;
  if (langFlag >= 0) {
    const value = argv[langFlag + 1];
    if (!isLang(value)) throw new ConfigError(`--lang must be one of ${LANGS.join(', ')}`);
    lang = value;
  }
  const token = env.BOT_TOKEN?.trim();
  if (token) return telegramConfig(env, token);
  if (argv.includes('--web'))
    return {
      mode: 'web',
      ...storeSettings(env),
      port: httpPort(env),
      ...metricsToken(env),
      ...appSecret(env),
      ...trustProxy(env),
      ...vapidSubject(env),
      followUps: followUpsOn(env),
    };
  return { mode: 'terminal', lang: lang ?? negotiateLanguage(env.LC_ALL ?? env.LANG) };
}
