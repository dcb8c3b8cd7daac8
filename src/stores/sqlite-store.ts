/**
 * Conversations in one SQLite file (better-sqlite3, WAL), so they survive restarts. Saving
 * is a compare-and-set on a version column; handled update ids live in a second table.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SeenUpdates, Store, StoredRecord } from '../core/ports';

/** Update ids older than this are pruned: Telegram keeps undelivered updates for 24 hours. */
const SEEN_UPDATE_TTL_MS = 24 * 60 * 60 * 1000;

export class SqliteStore implements Store, SeenUpdates {
  private readonly db: Database.Database;
  private readonly statements;
  private seenSincePrune = 0;

  constructor(
    file: string,
    private readonly now: () => number = Date.now,
  ) {
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
      CREATE TABLE IF NOT EXISTS seen_updates (
        update_id INTEGER PRIMARY KEY,
        seen_at INTEGER NOT NULL
      );
    `);
    this.statements = {
      load: this.db.prepare<[string], StoredRecord>('SELECT version, data FROM conversations WHERE key = ?'),
      insert: this.db.prepare('INSERT OR IGNORE INTO conversations (key, version, data, updated_at) VALUES (?, 1, ?, ?)'),
      update: this.db.prepare(
        'UPDATE conversations SET version = version + 1, data = ?, updated_at = ? WHERE key = ? AND version = ?',
      ),
      delete: this.db.prepare('DELETE FROM conversations WHERE key = ?'),
      see: this.db.prepare('INSERT OR IGNORE INTO seen_updates (update_id, seen_at) VALUES (?, ?)'),
      pruneSeen: this.db.prepare('DELETE FROM seen_updates WHERE seen_at < ?'),
    };
  }

  async load(key: string): Promise<StoredRecord | undefined> {
    return this.statements.load.get(key);
  }

  async save(key: string, data: string, expectedVersion: number): Promise<boolean> {
    const result =
      expectedVersion === 0
        ? this.statements.insert.run(key, data, this.now())
        : this.statements.update.run(data, this.now(), key, expectedVersion);
    return result.changes === 1;
  }

  async delete(key: string): Promise<void> {
    this.statements.delete.run(key);
  }

  async firstSeen(updateId: number): Promise<boolean> {
    const fresh = this.statements.see.run(updateId, this.now()).changes === 1;
    if (++this.seenSincePrune >= 1000) {
      this.seenSincePrune = 0;
      this.statements.pruneSeen.run(this.now() - SEEN_UPDATE_TTL_MS);
    }
    return fresh;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Rows stored for a key (tests check that /forget leaves none). */
  countRows(key: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM conversations WHERE key = ?').get(key) as { n: number }).n;
  }
}
