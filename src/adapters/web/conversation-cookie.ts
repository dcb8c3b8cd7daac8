/**
 * The web chat's only identifier: an anonymous random id in a cookie. It names nobody (no
 * account, no fingerprint); whoever holds the cookie holds the conversation, so it is HttpOnly
 * (page scripts cannot read it), SameSite=Strict (never sent by another site's request) and
 * Secure when the page came over HTTPS (directly or through a proxy that says so).
 *
 * Only ids this deployment issued are accepted: the cookie is `<id>.<HMAC-SHA-256 of the id>`
 * under the cookie key derived from APP_SECRET. A cookie that is unsigned, wrongly signed or
 * malformed counts as no cookie, so a visitor cannot choose an id (or plant one on someone
 * else) and gets a fresh one instead.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export const COOKIE_NAME = 'rc_web';
/** Stored conversation ids of the web chat live under their own prefix. */
export const WEB_PREFIX = 'web:';
/** 32 characters of id, a dot, 43 of signature (256 bits, base64url). */
const SIGNED_FORM = /^([A-Za-z0-9_-]{32})\.([A-Za-z0-9_-]{43})$/;

/** 24 random bytes: 192 bits, far beyond guessing. */
export function newWebId(): string {
  return randomBytes(24).toString('base64url');
}

function signature(id: string, key: Uint8Array): string {
  return createHmac('sha256', key).update(`web-id:${id}`).digest('base64url');
}

/** The cookie value that carries `id`, signed with `key`. */
export function signWebId(id: string, key: Uint8Array): string {
  return `${id}.${signature(id, key)}`;
}

/** The cookie's value as sent, if the request has one. */
function cookieValue(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== COOKIE_NAME) continue;
    return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface CookieId {
  /** The conversation id, when the cookie carries one this deployment signed. */
  id?: string;
  /** The cookie's value as sent, with `id`: what `signWebId(id, key)` gives, without signing again. */
  signed?: string;
  /** True when a cookie was sent but refused (another form, or not signed here). */
  refused: boolean;
}

/** What each request's cookie was read as, per key: a turn reads it for a rate limit and for the turn. */
const readCookies = new WeakMap<FastifyRequest, { key: Uint8Array; cookie: CookieId }>();

/**
 * The id from the request's cookie when this deployment signed it (compared in constant
 * time); anything else (no cookie, another form, a bad signature) is ignored. Checked once
 * per request and key; later calls get the same answer.
 */
export function readCookieId(request: FastifyRequest, key: Uint8Array): CookieId {
  const known = readCookies.get(request);
  if (known?.key === key) return known.cookie;
  const cookie = checkCookie(cookieValue(request), key);
  readCookies.set(request, { key, cookie });
  return cookie;
}

function checkCookie(value: string | undefined, key: Uint8Array): CookieId {
  if (!value) return { refused: false };
  const match = SIGNED_FORM.exec(value);
  if (!match) return { refused: true };
  const id = match[1]!;
  const expected = Buffer.from(signature(id, key));
  const given = Buffer.from(match[2]!);
  return given.length === expected.length && timingSafeEqual(given, expected) ? { id, signed: value, refused: false } : { refused: true };
}

/** Just the id of `readCookieId`. */
export function readWebId(request: FastifyRequest, key: Uint8Array): string | undefined {
  return readCookieId(request, key).id;
}

/** True when the browser reached us over HTTPS, directly or through a TLS-terminating proxy. */
export function cameOverHttps(request: FastifyRequest): boolean {
  if ((request.raw.socket as { encrypted?: boolean }).encrypted) return true;
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}

/** The Set-Cookie value that keeps `value` (a signed id) for `maxAgeMs` (0 deletes it). */
export function cookieHeader(value: string, maxAgeMs: number, secure: boolean): string {
  const parts = [`${COOKIE_NAME}=${value}`, 'Path=/', `Max-Age=${Math.floor(maxAgeMs / 1000)}`, 'HttpOnly', 'SameSite=Strict'];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
