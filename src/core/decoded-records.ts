/**
 * Records an engine decoded or saved lately, so a record read back unchanged is not parsed
 * and resolved into a snapshot again: a turn reads its conversation, and the removal of its
 * sent reply reads it again straight after; decoding is the dearest part of either read.
 *
 * An entry is used only when the stored text is exactly the text it was made from, so it can
 * never stand for a record another process (or a /forget) changed. That is sound because the
 * envelope is a function of that text. Entries are shared: nothing may change them in place.
 * Bounded, least recently used out first (about 2 KB an entry).
 */
import { decodeEnvelope, type Envelope } from './envelope';
import type { StoredRecord } from './ports';
import type { ProductSet } from './products';

export class DecodedRecords {
  private readonly entries = new Map<string, { data: string; envelope: Envelope }>();

  constructor(
    private readonly products: ProductSet,
    private readonly capacity = 2048,
  ) {}

  /** The record decoded (undefined when absent or unreadable), reused while its text is unchanged. */
  decode(key: string, record: StoredRecord | undefined): Envelope | undefined {
    if (!record) return undefined;
    const known = this.entries.get(key);
    if (known && known.data === record.data) {
      this.remember(key, known.data, known.envelope);
      return known.envelope;
    }
    const envelope = decodeEnvelope(record.data, this.products);
    if (envelope) this.remember(key, record.data, envelope);
    return envelope;
  }

  /** An envelope just saved as `data`: the next read of it needs no decoding. */
  remember(key: string, data: string, envelope: Envelope): void {
    this.entries.delete(key);
    this.entries.set(key, { data, envelope });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}
