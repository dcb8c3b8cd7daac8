/**
 * Structured logs (pino) that never carry a secret: every string logged passes through a
 * filter that blanks the bot token and the webhook secret, which can otherwise slip in
 * through an error message that quotes a request URL.
 *
 * Lines go to stdout, written as they come, and output nobody reads never holds the coach up:
 * a pipe left full (its reader stopped reading) or closed (EPIPE) is not waited on. A line that
 * cannot be written waits in a buffer (at most 1 MB; beyond it lines are dropped) and goes out
 * with a later one once the pipe drains. pino's default destination waited: at exit it retried
 * a full pipe for ever, so the process did not end after SIGTERM.
 */
import pino from 'pino';
import type { Logger } from './core/ports';

/** The text with every secret (of a length worth hiding) replaced by a placeholder. */
export function scrubSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  return secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8).reduce((out, secret) => out.split(secret).join('[secret]'), text);
}

/** Most a full pipe may hold back before lines are dropped. */
const HELD_BACK_BYTES = 1024 * 1024;

function stdoutDestination() {
  // sync: nothing is left in a buffer to flush at exit; retryEAGAIN false: a full pipe is an
  // error (ignored below), not a wait.
  const destination = pino.destination({ dest: 1, sync: true, retryEAGAIN: () => false, maxLength: HELD_BACK_BYTES });
  destination.on('error', () => undefined);
  // The buffer is full and a line was dropped: try the pipe again, so logging resumes once
  // the reader is back (a full pipe fails at once, without waiting).
  destination.on('drop', () => {
    try {
      destination.flushSync();
    } catch {
      // still full, or closed
    }
  });
  return destination;
}

export function createLogger(level: string, secrets: readonly string[]): Logger {
  const scrub = (value: unknown): unknown => (typeof value === 'string' ? scrubSecrets(value, secrets) : value);
  const base = pino({ level, base: undefined }, stdoutDestination());
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
