/**
 * Headers on every web chat response. The Content-Security-Policy allows scripts, styles,
 * images and requests from this origin only: no inline script or style, no CDN, no external
 * font (the page must work in mainland China, where many foreign hosts are blocked), and no
 * framing by another site.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * Every response that has not set its own caching (the API's, errors): conversations are
 * private, so no cache may keep one. The page's files set theirs (see page-files.ts).
 */
export const DEFAULT_CACHE_CONTROL = 'no-store';
