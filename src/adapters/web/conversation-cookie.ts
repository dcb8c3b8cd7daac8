/**
 * The web chat's only identifier: an anonymous random id in a cookie. It names nobody (no
 * account, no fingerprint); whoever holds the cookie holds the conversation, so it is HttpOnly
 * (page scripts cannot read it), SameSite=Strict (never sent by another site's request) and
 * Secure when the page came over HTTPS (directly or through a proxy that says so).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export const COOKIE_NAME = 'rc_web';
/** Stored conversation ids of the web chat live under their own prefix. */
export const WEB_PREFIX = 'web:';
const ID_FORM = /^[A-Za-z0-9_-]{32}$/;

/** 24 random bytes: 192 bits, far beyond guessing. */
export function newWebId(): string {
  return randomBytes(24).toString('base64url');
}

/** The id from the request's cookie, if it has one of the right form (anything else is ignored). */
export function readWebId(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== COOKIE_NAME) continue;
    const value = part.slice(eq + 1).trim();
    return ID_FORM.test(value) ? value : undefined;
  }
  return undefined;
}

/** True when the browser reached us over HTTPS, directly or through a TLS-terminating proxy. */
export function cameOverHttps(request: FastifyRequest): boolean {
  if ((request.raw.socket as { encrypted?: boolean }).encrypted) return true;
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}

/** The Set-Cookie value that keeps `id` for `maxAgeMs` (0 deletes it). */
export function cookieHeader(id: string, maxAgeMs: number, secure: boolean): string {
  const parts = [`${COOKIE_NAME}=${id}`, 'Path=/', `Max-Age=${Math.floor(maxAgeMs / 1000)}`, 'HttpOnly', 'SameSite=Strict'];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
