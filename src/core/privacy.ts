/**
 * Keeping personal data out of logs. Chat ids become short one-way hashes (enough to follow
 * one conversation through the logs); order numbers keep only their last four characters.
 */
import { createHash } from 'node:crypto';

export function maskId(id: string | number): string {
  return createHash('sha256').update(String(id)).digest('hex').slice(0, 10);
}

export function maskOrderNumber(orderNumber: string): string {
  const tail = orderNumber.slice(-4);
  return `${'*'.repeat(Math.max(orderNumber.length - 4, 4))}${tail}`;
}
