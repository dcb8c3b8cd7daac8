/**
 * Chooses where conversations live from STORE_URL: `sqlite:PATH` (relative or absolute) or
 * `memory:`. Both also remember handled Telegram update ids.
 */
import type { SeenUpdates, Store } from '../core/ports';
import { MemorySeenUpdates } from './memory-seen-updates';
import { MemoryStore } from './memory-store';
import { SqliteStore } from './sqlite-store';

export const DEFAULT_STORE_URL = 'sqlite:./data/refund-coach.db';

export interface OpenedStore {
  store: Store;
  seen: SeenUpdates;
}

/** True when `url` names a store this build can open (config checks it before start). */
export function isStoreUrl(url: string): boolean {
  return url === 'memory:' || /^sqlite:.+/.test(url);
}

export function openStore(url: string): OpenedStore {
  if (url === 'memory:') return { store: new MemoryStore(), seen: new MemorySeenUpdates() };
  const sqlite = new SqliteStore(url.slice('sqlite:'.length));
  return { store: sqlite, seen: sqlite };
}
