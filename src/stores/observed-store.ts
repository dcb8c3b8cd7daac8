/**
 * A Store that reports what happens to it, without changing it: a save refused because the
 * conversation changed meanwhile (a conflict: another instance or turn got there first, and
 * the engine redoes its turn) is counted, and with debug logging on every load and save is
 * logged with its timing. Wrapped where the store is opened, so the engine stays unaware.
 * Keys are logged only as one-way hashes: a key carries a chat id or a web cookie's id.
 */
import type { Logger, SaveHints, Store, StoredRecord } from '../core/ports';
import { maskId } from '../core/privacy';

export interface StoreObserver {
  /** A save that returned false. */
  onConflict?: () => void;
  /** Debug lines go to `logger.debug`, when the logger has one. */
  logger?: Logger;
}

export function observedStore(store: Store, observer: StoreObserver): Store {
  const debug = observer.logger?.debug?.bind(observer.logger);
  const since = (start: number) => Math.round((performance.now() - start) * 10) / 10;
  const observed: Store = {
    async load(key: string): Promise<StoredRecord | undefined> {
      const start = performance.now();
      const record = await store.load(key);
      debug?.({ conversation: maskId(key), version: record?.version ?? 0, ms: since(start) }, 'store load');
      return record;
    },
    async save(key: string, data: string, expectedVersion: number, hints?: SaveHints): Promise<boolean> {
      const start = performance.now();
      const saved = await store.save(key, data, expectedVersion, hints);
      if (!saved) observer.onConflict?.();
      debug?.({ conversation: maskId(key), expectedVersion, saved, unsent: hints?.unsent === true, dataLength: data.length, ms: since(start) }, 'store save');
      return saved;
    },
    delete: (key) => store.delete(key),
    close: () => store.close(),
  };
  // Only when the store has it: the engine treats a missing withUnsent as "cannot tell".
  if (store.withUnsent) observed.withUnsent = () => store.withUnsent!();
  // Shared (Redis) changes how the engine writes removals of sent replies: keep it visible.
  if (store.shared) Object.assign(observed, { shared: true });
  // Likewise dueBy: without it no follow-up would ever be found due.
  if (store.dueBy) observed.dueBy = (now, limit, namespace) => store.dueBy!(now, limit, namespace);
  return observed;
}
