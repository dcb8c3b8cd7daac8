/**
 * Keeping personal data out of logs. Chat ids become short one-way hashes (enough to follow
 * one conversation through the logs). Nothing a person types is logged at all, so order
 * numbers never reach the logs in any form.
 */
import { createHash } from 'node:crypto';

export function maskId(id: string | number): string {
  return createHash('sha256').update(String(id)).digest('hex').slice(0, 10);
}
