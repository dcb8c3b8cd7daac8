/**
 * An adapter's idempotency key (any string: a message id, a request id) as the number the
 * engine records among a conversation's applied inputs. FNV-1a, folded to 52 bits so it is a
 * safe integer: a collision needs two keys of one conversation among its latest inputs, which
 * at 52 bits does not happen in practice.
 */
export function idempotencyNumber(key: string): number {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(key, 'utf8')) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return Number(hash & 0xfffffffffffffn);
}
