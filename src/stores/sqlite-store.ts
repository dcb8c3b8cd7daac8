/**
 * Conversations in one SQLite file (better-sqlite3, WAL), so they survive restarts. Saving
 * is a compare-and-set on a version column. Conversations idle longer than the TTL read as
 * absent and are pruned now and then.
 *
 * Handled update ids are not kept here: a SQLite file belongs to one process, so claims only
 * need to live in that process (see open-store), and an update redelivered after a restart is
 * recognised by the conversation itself, which records the updates applied to it in the same
 * write. That keeps each turn to one write.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SaveHints, Store, StoredRecord } from '../core/ports';
import { DEFAULT_CONVERSATION_TTL_MS, type ExpiryOptions } from './expiry';

/**
 * Time between prunes of expired rows. A prune scans the table (no index on updated_at: an
 * index made every save about twice as dear, while a scan takes about 1 ms per 10,000 rows),
 * so it runs rarely; rows past the TTL read as absent meanwhile anyway.
 */
const PRUNE_INTERVAL_MS = 10 * 60 * 1000;

export interface SqliteStoreOptions extends ExpiryOptions {
  /** Least time between prunes of expired conversations, by the store's clock (default 10 minutes). */
  pruneIntervalMs?: number;
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly now: () => number;
  private readonly ttlMs: number;
  private readonly pruneIntervalMs: number;
  private lastPrune = 0;

  /** `options` may also be just the clock, as in earlier versions. */
  constructor(file: string, options: SqliteStoreOptions | (() => number) = {}) {
    const settings = typeof options === 'function' ? { now: options } : options;
    this.now = settings.now ?? Date.now;
    this.ttlMs = settings.ttlMs ?? DEFAULT_CONVERSATION_TTL_MS;
    this.pruneIntervalMs = settings.pruneIntervalMs ?? PRUNE_INTERVAL_MS;
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // /forget must leave nothing on disk: deleted rows are overwritten with zeros, not just
    // unlinked (the WAL is checkpointed and truncated after a delete, see delete()).
    this.db.pragma('secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS conversations (
        key TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        data TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
    `);
    // Conversations with replies not yet sent, found again by a scan at start (withUnsent):
    // an index would cost every save a second b-tree write (the flag flips on each turn and
    // off once sent), while one scan at start takes about 1 ms per 10,000 rows. Added to
    // files made before it, where every row starts with nothing unsent.
    const columns = this.db.prepare('PRAGMA table_info(conversations)').all() as Array<{ name: string }>;
    if (!columns.some((c) => c.name === 'unsent')) this.db.exec('ALTER TABLE conversations ADD COLUMN unsent INTEGER NOT NULL DEFAULT 0');
    // When the earliest follow-up of a conversation is due, for the scheduler's scan. The
    // index is partial: a save of a conversation without follow-ups (nearly all) never
    // touches it. Added to files made before it, where no row has follow-ups.
    if (!columns.some((c) => c.name === 'next_due')) this.db.exec('ALTER TABLE conversations ADD COLUMN next_due INTEGER');
    this.db.exec('CREATE INDEX IF NOT EXISTS conversations_next_due ON conversations (next_due) WHERE next_due IS NOT NULL');
    // Earlier versions indexed updated_at; saves are cheaper without it (see PRUNE_INTERVAL_MS).
    this.db.exec('DROP INDEX IF EXISTS conversations_updated_at');
    // Earlier versions kept update ids here; they are no longer needed.
    this.db.exec('DROP TABLE IF EXISTS seen_updates');
    // Every statement takes the expiry cutoff (now - TTL): a row last saved at or before it
    // counts as absent, whether or not the pruner has removed it yet.
    this.statements = {
      load: this.db.prepare<[string, number], StoredRecord>('SELECT version, data FROM conversations WHERE key = ? AND updated_at > ?'),
      // A new conversation may take the place of an expired row that is still on disk.
      insert: this.db.prepare(`
        INSERT INTO conversations (key, version, data, updated_at, unsent, next_due) VALUES (?, 1, ?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET version = 1, data = excluded.data, updated_at = excluded.updated_at, unsent = excluded.unsent,
          next_due = excluded.next_due
        WHERE conversations.updated_at <= ?`),
      update: this.db.prepare(
        'UPDATE conversations SET version = version + 1, data = ?, updated_at = ?, unsent = ?, next_due = ? WHERE key = ? AND version = ? AND updated_at > ?',
      ),
      withUnsent: this.db.prepare<[number], { key: string }>('SELECT key FROM conversations WHERE unsent = 1 AND updated_at > ?'),
      // substr, not LIKE: a namespace is matched literally, whatever characters it has.
      dueBy: this.db.prepare<[number, number, string, string, number], { key: string }>(
        'SELECT key FROM conversations WHERE next_due IS NOT NULL AND next_due <= ? AND updated_at > ? AND substr(key, 1, length(?)) = ? ORDER BY next_due LIMIT ?',
      ),
      delete: this.db.prepare('DELETE FROM conversations WHERE key = ?'),
      pruneConversations: this.db.prepare('DELETE FROM conversations WHERE updated_at <= ?'),
    };
    // A bot restarted after a long pause starts with a tidy file.
    this.pruneExpired();
  }

  async load(key: string): Promise<StoredRecord | undefined> {
    return this.statements.load.get(key, this.cutoff());
  }

  async save(key: string, data: string, expectedVersion: number, hints: SaveHints = {}): Promise<boolean> {
    const now = this.now();
    const cutoff = now - this.ttlMs;
    const unsent = hints.unsent ? 1 : 0;
    const nextDue = hints.nextDue ?? null;
    const result =
      expectedVersion === 0
        ? this.statements.insert.run(key, data, now, unsent, nextDue, cutoff)
        : this.statements.update.run(data, now, unsent, nextDue, key, expectedVersion, cutoff);
    if (now - this.lastPrune >= this.pruneIntervalMs) this.pruneExpired();
    return result.changes === 1;
  }

  async delete(key: string): Promise<void> {
    this.statements.delete.run(key);
    // Earlier versions of the row live on in WAL frames until a checkpoint copies the zeroed
    // pages back and the WAL is truncated. A reader still holding an old snapshot would keep
    // the WAL; this store has none (one connection), so TRUNCATE completes.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async withUnsent(): Promise<string[]> {
    return this.statements.withUnsent.all(this.cutoff()).map((row) => row.key);
  }

  async dueBy(now: number, limit: number, namespace: string): Promise<string[]> {
    return this.statements.dueBy.all(now, this.cutoff(), namespace, namespace, limit).map((row) => row.key);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Rows stored for a key, expired or not (tests check that /forget and pruning leave none). */
  countRows(key: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM conversations WHERE key = ?').get(key) as { n: number }).n;
  }

  private cutoff(): number {
    return this.now() - this.ttlMs;
  }

  private pruneExpired(): void {
    this.lastPrune = this.now();
    this.statements.pruneConversations.run(this.cutoff());
  }
}
