/**
 * The page's files (page/ beside this module in src/, shipped in the package), read and
 * compressed once at start and served from memory: they are a few kilobytes, nothing else on
 * disk is reachable, and a crowd of visitors costs no compression work.
 *
 * Caching: the files change only with a new version of the coach, so none is `no-store`.
 * The page (`/`) is `no-cache`: kept, but checked each visit with its ETag (a 304 when
 * unchanged), so a deploy shows at once. Its script and style are linked with their content's
 * hash (`/chat.js?v=…`); under that URL they never change, and are cached for a year without
 * asking again. The icons are cached for a day; the service worker (`/sw.js`, at a fixed URL
 * as browsers require) is `no-cache`. Every file has an ETag.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Caching = 'page' | 'versioned' | 'icon' | 'worker';

export interface PageFile {
  /** The file as served uncompressed (the page with its links versioned). */
  body: Buffer;
  /** Compressed forms, kept only where smaller. */
  br?: Buffer;
  gzip?: Buffer;
  type: string;
  /** A hash of the body: the ETag's core, and the `v` of a versioned link. */
  version: string;
  caching: Caching;
}

/** URL path → file in page/. Only these are served. */
const FILES: Readonly<Record<string, { name: string; type: string; caching: Caching }>> = {
  '/': { name: 'index.html', type: 'text/html; charset=utf-8', caching: 'page' },
  '/chat.js': { name: 'chat.js', type: 'text/javascript; charset=utf-8', caching: 'versioned' },
  '/chat.css': { name: 'chat.css', type: 'text/css; charset=utf-8', caching: 'versioned' },
  // The service worker that shows reminders sent by Web Push: at the root, so its scope is the page.
  '/sw.js': { name: 'sw.js', type: 'text/javascript; charset=utf-8', caching: 'worker' },
  '/favicon.svg': { name: 'favicon.svg', type: 'image/svg+xml', caching: 'icon' },
  // Asked for by browsers that do not follow the page's SVG icon link.
  '/favicon.ico': { name: 'favicon.ico', type: 'image/x-icon', caching: 'icon' },
};

const CACHE_CONTROL = {
  page: 'no-cache',
  versionedCurrent: 'public, max-age=31536000, immutable',
  versionedOther: 'no-cache',
  icon: 'public, max-age=86400',
  // Browsers check a service worker for updates themselves; never kept stale.
  worker: 'no-cache',
};

/**
 * src/adapters/web/page/, found from src/ (beside this file) or from dist/src/ (tsc copies no
 * HTML, so the compiled module looks up to the package root and into src/).
 */
function findWebDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, 'page'), path.join(dir, 'src', 'adapters', 'web', 'page')]) {
      if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
    }
    if (path.dirname(dir) === dir) throw new Error('the web chat page (src/adapters/web/page/) was not found');
  }
}

const hashOf = (body: Buffer) => createHash('sha256').update(body).digest('base64url').slice(0, 16);

function pageFile(body: Buffer, type: string, caching: Caching): PageFile {
  const file: PageFile = { body, type, version: hashOf(body), caching };
  if (!type.startsWith('text/') && type !== 'image/svg+xml') return file;
  const br = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const gzip = zlib.gzipSync(body, { level: 9 });
  if (br.length < body.length) file.br = br;
  if (gzip.length < body.length) file.gzip = gzip;
  return file;
}

export function readPageFiles(dir = findWebDir(__dirname)): Map<string, PageFile> {
  const files = new Map<string, PageFile>();
  for (const [url, f] of Object.entries(FILES)) {
    if (f.caching !== 'page') files.set(url, pageFile(fs.readFileSync(path.join(dir, f.name)), f.type, f.caching));
  }
  // The page links its script and style by their content's hash.
  let html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  for (const [url, file] of files) {
    if (file.caching === 'versioned') html = html.replaceAll(`"${url}"`, `"${url}?v=${file.version}"`);
  }
  files.set('/', pageFile(Buffer.from(html), FILES['/']!.type, 'page'));
  return new Map([...files].sort(([a], [b]) => Object.keys(FILES).indexOf(a) - Object.keys(FILES).indexOf(b)));
}

/** Whether Accept-Encoding allows `coding` (named, or by `*`, with a q above 0). */
export function accepts(header: string | undefined, coding: 'br' | 'gzip'): boolean {
  if (!header) return false;
  const entries = header.split(',').map((part) => {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    return { name: name.toLowerCase(), allowed: q === undefined || Number(q.slice(2)) > 0 };
  });
  const entry = entries.find((e) => e.name === coding) ?? entries.find((e) => e.name === '*');
  return entry?.allowed ?? false;
}

/** Sends a page file: the smallest form the browser takes, its caching headers, or a 304. */
export function sendPageFile(file: PageFile, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const acceptEncoding = request.headers['accept-encoding'];
  const [coding, body] =
    file.br && accepts(acceptEncoding, 'br') ? ['br', file.br] : file.gzip && accepts(acceptEncoding, 'gzip') ? ['gzip', file.gzip] : [undefined, file.body];
  // Each encoding is a representation of its own, with an ETag of its own.
  const etag = `"${file.version}${coding ? `-${coding}` : ''}"`;
  let cacheControl: string = CACHE_CONTROL[file.caching === 'versioned' ? 'versionedOther' : file.caching];
  if (file.caching === 'versioned' && (request.query as { v?: unknown }).v === file.version) cacheControl = CACHE_CONTROL.versionedCurrent;
  void reply.header('cache-control', cacheControl).header('etag', etag);
  if (file.br || file.gzip) void reply.header('vary', 'accept-encoding');
  // If-None-Match compares weakly: any encoding of this version is still fresh.
  const known = String(request.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  const current = new Set(['*', `"${file.version}"`, `"${file.version}-br"`, `"${file.version}-gzip"`]);
  if (known.some((tag) => current.has(tag))) return reply.code(304).send();
  if (coding) void reply.header('content-encoding', coding);
  return reply.type(file.type).send(body);
}
