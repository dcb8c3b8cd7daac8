/**
 * The page's three files (page/ beside this module in src/, shipped in the package), read once
 * at start and served from memory: they are a few kilobytes, and nothing else on disk is reachable.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface PageFile {
  body: Buffer;
  type: string;
}

/** URL path → file in page/. Only these are served. */
const FILES: Readonly<Record<string, { name: string; type: string }>> = {
  '/': { name: 'index.html', type: 'text/html; charset=utf-8' },
  '/chat.js': { name: 'chat.js', type: 'text/javascript; charset=utf-8' },
  '/chat.css': { name: 'chat.css', type: 'text/css; charset=utf-8' },
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

export function readPageFiles(dir = findWebDir(__dirname)): Map<string, PageFile> {
  return new Map(Object.entries(FILES).map(([url, f]) => [url, { body: fs.readFileSync(path.join(dir, f.name)), type: f.type }]));
}
