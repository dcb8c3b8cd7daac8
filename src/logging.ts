/**
 * Structured logs (pino) that never carry a secret: every string logged passes through a
 * filter that blanks the bot token and the webhook secret, which can otherwise slip in
 * through an error message that quotes a request URL.
 */
import pino from 'pino';
import type { Logger } from './core/ports';

/** The text with every secret (of a length worth hiding) replaced by a placeholder. */
export function scrubSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  return secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8).reduce((out, secret) => out.split(secret).join('[secret]'), text);
}

export function createLogger(level: string, secrets: readonly string[]): Logger {
  const scrub = (value: unknown): unknown => (typeof value === 'string' ? scrubSecrets(value, secrets) : value);
  const base = pino({ level, base: undefined });
  const clean = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, scrub(v)]));
  const logger: Logger = {
    info: (fields, message) => base.info(clean(fields), scrub(message) as string),
    warn: (fields, message) => base.warn(clean(fields), scrub(message) as string),
    error: (fields, message) => base.error(clean(fields), scrub(message) as string),
  };
  // Only at LOG_LEVEL=debug (or trace): callers then do the extra work debug lines need.
  if (base.isLevelEnabled('debug')) logger.debug = (fields, message) => base.debug(clean(fields), scrub(message) as string);
  return logger;
}

/** What may be logged of an error: its kind and message, never the request it carried. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error && typeof error === 'object') {
    const e = error as { name?: string; message?: string; code?: unknown; on?: { method?: string } };
    return { error: e.name, message: e.message, code: e.code, method: e.on?.method };
  }
  return { error: String(error) };
}
