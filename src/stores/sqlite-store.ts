/**
 * Conversations in one SQLite file (better-sqlite3, WAL), so they survive restarts. Saving
 * is a compare-and-set on a version column; handled update ids live in a second table.
 * Conversations idle longer than the TTL read as absent and are pruned now and then.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SeenUpdates, Store, StoredRecord } from '../core/ports';
import { DEFAULT_CONVERSATION_TTL_MS, type ExpiryOptions } from './memory-store';

/** Update ids older than this are pruned: Telegram keeps undelivered updates for 24 hours. */
const SEEN_UPDATE_TTL_MS = 24 * 60 * 60 * 1000;
/** Writes between prunes: often enough to keep the file small, rare enough to cost nothing. */
const PRUNE_EVERY_WRITES = 1000;

export interface SqliteStoreOptions extends ExpiryOptions {
  /** Saves between prunes of expired conversations (default 1000). */
  pruneEvery?: number;
}

export class SqliteStore implements Store, SeenUpdates {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly now: () => number;
  private readonly ttlMs: number;
  private readonly pruneEvery: number;
  private seenSincePrune = 0;
  private savesSincePrune = 0;

  /** `options` may also be just the clock, as in earlier versions. */
  constructor(file: string, options: SqliteStoreOptions | (() => number) = {}) {
    const settings = typeof options === 'function' ? { now: options } : options;
    this.now = settings.now ?? Date.now;
    this.ttlMs = settings.ttlMs ?? DEFAULT_CONVERSATION_TTL_MS;
    this.pruneEvery = settings.pruneEvery ?? PRUNE_EVERY_WRITES;
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS conversations (
        key TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        data TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS conversations_updated_at ON conversations (updated_at);
      CREATE TABLE IF NOT EXISTS seen_updates (
        update_id INTEGER PRIMARY KEY,
        seen_at INTEGER NOT NULL,
        done INTEGER NOT NULL DEFAULT 0
      );
    `);
    // Files made before updates were completed separately lack the column.
    const columns = this.db.prepare('PRAGMA table_info(seen_updates)').all() as Array<{ name: string }>;
    if (!columns.some((c) => c.name === 'done')) this.db.exec('ALTER TABLE seen_updates ADD COLUMN done INTEGER NOT NULL DEFAULT 1');
    // One process owns a SQLite file, so claims still open now belong to a process that
    // died mid-update: release them, so Telegram's redelivery of those updates is handled.
    this.db.exec('DELETE FROM seen_updates WHERE done = 0');
    // Every statement takes the expiry cutoff (now - TTL): a row last saved at or before it
    // counts as absent, whether or not the pruner has removed it yet.
    this.statements = {
      load: this.db.prepare<[string, number], StoredRecord>('SELECT version, data FROM conversations WHERE key = ? AND updated_at > ?'),
      // A new conversation may take the place of an expired row that is still on disk.
      insert: this.db.prepare(`
        INSERT INTO conversations (key, version, data, updated_at) VALUES (?, 1, ?, ?)
        ON CONFLICT (key) DO UPDATE SET version = 1, data = excluded.data, updated_at = excluded.updated_at
        WHERE conversations.updated_at <= ?`),
      update: this.db.prepare(
        'UPDATE conversations SET version = version + 1, data = ?, updated_at = ? WHERE key = ? AND version = ? AND updated_at > ?',
      ),
      delete: this.db.prepare('DELETE FROM conversations WHERE key = ?'),
      pruneConversations: this.db.prepare('DELETE FROM conversations WHERE updated_at <= ?'),
      see: this.db.prepare('INSERT OR IGNORE INTO seen_updates (update_id, seen_at) VALUES (?, ?)'),
      complete: this.db.prepare('UPDATE seen_updates SET done = 1 WHERE update_id = ?'),
      pruneSeen: this.db.prepare('DELETE FROM seen_updates WHERE seen_at < ?'),
    };
    // A bot restarted after a long pause starts with a tidy file; the index keeps this cheap.
    this.pruneExpired();
  }

  async load(key: string): Promise<StoredRecord | undefined> {
    return this.statements.load.get(key, this.cutoff());
  }

  async save(key: string, data: string, expectedVersion: number): Promise<boolean> {
    const now = this.now();
    const cutoff = now - this.ttlMs;
    const result =
      expectedVersion === 0
        ? this.statements.insert.run(key, data, now, cutoff)
        : this.statements.update.run(data, now, key, expectedVersion, cutoff);
    if (++this.savesSincePrune >= this.pruneEvery) this.pruneExpired();
    return result.changes === 1;
  }

  async delete(key: string): Promise<void> {
    this.statements.delete.run(key);
  }

  async complete(updateId: number): Promise<void> {
    this.statements.complete.run(updateId);
  }

  async claim(updateId: number): Promise<boolean> {
    const fresh = this.statements.see.run(updateId, this.now()).changes === 1;
    if (++this.seenSincePrune >= PRUNE_EVERY_WRITES) {
      this.seenSincePrune = 0;
      this.statements.pruneSeen.run(this.now() - SEEN_UPDATE_TTL_MS);
    }
    return fresh;
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
    this.savesSincePrune = 0;
    this.statements.pruneConversations.run(this.cutoff());
  }
}
