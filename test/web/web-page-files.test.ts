/**
 * The page's files as a browser receives them: compressed when it accepts it, cached as long
 * as they cannot change (a page checked each visit, a script and style under their hash for a
 * year, icons for a day), a 304 when unchanged, an icon instead of a 404, and the API's
 * answers never cached.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { buildHttpApp } from '../../src/http/server';
import { webChatRoutes } from '../../src/adapters/web/web-chat-routes';
import { accepts } from '../../src/adapters/web/page-files';
import { createCoach } from '../../src/index';
import { MemoryStore } from '../../src/stores/memory-store';
import { silentLogger } from '../../src/core/ports';

const PAGE = path.join(__dirname, '..', '..', 'src', 'adapters', 'web', 'page');

let app: FastifyInstance;
beforeAll(() => {
  const coach = createCoach({ store: new MemoryStore() });
  app = buildHttpApp({ logger: silentLogger, routes: [webChatRoutes({ coach, cookieMaxAgeMs: 86_400_000, logger: silentLogger })] });
});
afterAll(() => app.close());

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

/** The script's and style's URLs as the page links them. */
async function linkedAssets(): Promise<string[]> {
  const html = (await get('/')).body;
  return [...html.matchAll(/(?:src|href)="(\/chat\.(?:js|css)\?v=[\w-]+)"/g)].map((m) => m[1]!);
}

describe('compression', () => {
  it('sends the page, script and style brotli-compressed to a browser that takes br, and they decompress to the files', async () => {
    for (const [url, name] of [
      ['/chat.js', 'chat.js'],
      ['/chat.css', 'chat.css'],
    ]) {
      const res = await get(url!, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      const original = fs.readFileSync(path.join(PAGE, name!));
      expect(res.rawPayload.length).toBeLessThan(original.length / 2);
      expect(zlib.brotliDecompressSync(res.rawPayload).equals(original)).toBe(true);
    }
    const page = await get('/', { 'accept-encoding': 'br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(page.rawPayload).toString()).toContain('<title>');
  });

  it('sends gzip where brotli is not taken, and plain text where nothing is', async () => {
    const gzip = await get('/chat.js', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).equals(fs.readFileSync(path.join(PAGE, 'chat.js')))).toBe(true);
    const plain = await get('/chat.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(fs.readFileSync(path.join(PAGE, 'chat.js'), 'utf8'));
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['gzip, deflate, br', 'br', true],
    ['gzip;q=1.0, br;q=0', 'br', false],
    ['*', 'gzip', true],
    ['*;q=0, gzip', 'gzip', true],
    ['identity', 'gzip', false],
    ['', 'gzip', false],
  ])('reads Accept-Encoding %p as %s allowed: %p', (header, coding, allowed) => {
    expect(accepts(header, coding as 'br' | 'gzip')).toBe(allowed);
  });
});

describe('caching', () => {
  it('keeps the page but checks it each visit, and answers an unchanged page with 304 and no body', async () => {
    const first = await get('/', { 'accept-encoding': 'br' });
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    // Another encoding of the same version is as fresh; another version is not.
    expect((await get('/', { 'if-none-match': etag })).statusCode).toBe(304);
    expect((await get('/', { 'if-none-match': '"stale"' })).statusCode).toBe(200);
  });

  it('links the script and style by their hash, caches them a year under it, and checks them each time without it', async () => {
    const assets = await linkedAssets();
    expect(assets).toHaveLength(2);
    for (const url of assets) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const unversioned = await get(url.replace(/\?.*/, ''));
      expect(unversioned.headers['cache-control']).toBe('no-cache');
      expect((await get(url.replace(/v=[\w-]+/, 'v=old'))).headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves an icon at /favicon.svg (linked by the page) and /favicon.ico, cached for a day', async () => {
    expect((await get('/')).body).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    const svg = await get('/favicon.svg');
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.body).toContain('<svg');
    const ico = await get('/favicon.ico');
    expect(ico.statusCode).toBe(200);
    expect(ico.headers['content-type']).toBe('image/x-icon');
    expect(ico.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    for (const res of [svg, ico]) expect(res.headers['cache-control']).toBe('public, max-age=86400');
  });

  it('never lets a cache keep the API answers, and keeps the security headers on every file', async () => {
    const api = await get('/api/conversation', { 'x-refund-coach': '1' });
    expect(api.statusCode).toBe(200);
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['content-encoding']).toBeUndefined();
    const turn = await app.inject({ method: 'POST', url: '/api/turn', headers: { 'x-refund-coach': '1' }, payload: { text: '/start' } });
    expect(turn.headers['cache-control']).toBe('no-store');
    for (const url of ['/', '/chat.js', '/favicon.ico']) {
      expect((await get(url)).headers['content-security-policy']).toContain("default-src 'self'");
    }
  });
});
