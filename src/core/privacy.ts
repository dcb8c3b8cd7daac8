/**
 * Keeping personal data out of logs. Chat ids become short keyed hashes (HMAC-SHA-256 with a
 * per-deployment key): enough to follow one conversation through the logs, and without the
 * key no id can be recovered from its hash by trying candidates (a chat id is a short number,
 * so an unkeyed hash of it is reversed in seconds). Nothing a person types is logged at all,
 * so order numbers never reach the logs in any form.
 */
import { createHmac, randomBytes } from 'node:crypto';

/**
 * Random until start-up sets the deployment's (APP_SECRET, see src/app/app-secret.ts), so a
 * library user who sets none still logs no id that can be reversed.
 */
let idHashKey: Buffer = randomBytes(32);

/** The key every later `maskId` uses (set once at start-up). */
export function setIdHashKey(key: Uint8Array): void {
  idHashKey = Buffer.from(key);
}

export function maskId(id: string | number): string {
  return createHmac('sha256', idHashKey).update(String(id)).digest('hex').slice(0, 10);
}
