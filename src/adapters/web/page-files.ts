/**
 * The page's three files (web/ at the package root, next to locales/), read once at start
 * and served from memory: they are a few kilobytes, and nothing else on disk is reachable.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface PageFile {
  body: Buffer;
  type: string;
}

/** URL path → file in web/. Only these are served. */
const FILES: Readonly<Record<string, { name: string; type: string }>> = {
  '/': { name: 'index.html', type: 'text/html; charset=utf-8' },
  '/chat.js': { name: 'chat.js', type: 'text/javascript; charset=utf-8' },
  '/chat.css': { name: 'chat.css', type: 'text/css; charset=utf-8' },
};

/** web/ sits at the project root, whether this runs from src/ or from dist/src/. */
function findWebDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'web', 'index.html');
    if (fs.existsSync(candidate)) return path.dirname(candidate);
    if (path.dirname(dir) === dir) throw new Error('web/ folder not found');
  }
}

export function readPageFiles(dir = findWebDir(__dirname)): Map<string, PageFile> {
  return new Map(Object.entries(FILES).map(([url, f]) => [url, { body: fs.readFileSync(path.join(dir, f.name)), type: f.type }]));
}
