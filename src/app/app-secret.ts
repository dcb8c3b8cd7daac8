/**
 * The deployment's secret (APP_SECRET), from which independent keys are derived (HKDF): one
 * signs the web chat's cookies, one keys the hashes of ids in logs and rate-limit keys, and one
 * is the VAPID key pair of Web Push (the same on every instance, so subscriptions outlive a
 * restart).
 * Without APP_SECRET both come from random bytes drawn at start-up: nothing breaks, but web
 * chat cookies and hashed ids change on every restart and differ between instances (start-up
 * warns once). Nothing is persisted.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { vapidKeysFrom, type VapidKeys } from '../adapters/web/web-push';
import { setIdHashKey } from '../core/privacy';

export interface AppKeys {
  /** HMAC key of the hashes of chat ids (logs, Redis key names). */
  idHash: Buffer;
  /** HMAC key of the web chat's conversation cookie. */
  cookie: Buffer;
  /** The Web Push (VAPID) key pair. */
  vapid: VapidKeys;
}

let current: AppKeys | undefined;

function derive(secret: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'refund-coach', purpose, 32));
}

function keysFrom(material: Buffer): AppKeys {
  return { idHash: derive(material, 'id-hash'), cookie: derive(material, 'web-cookie'), vapid: vapidKeysFrom(derive(material, 'web-push-vapid')) };
}

/**
 * Sets the process's keys from APP_SECRET (random when unset) and hands the id-hash key to
 * `maskId`. Returns whether the keys were generated, so the caller can warn.
 */
export function useAppSecret(secret: string | undefined): { generated: boolean } {
  const material = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  current = keysFrom(material);
  setIdHashKey(current.idHash);
  return { generated: !secret };
}

/**
 * The process's keys: random ones, drawn once, if start-up set none (then `maskId` keeps its
 * own random key, so hashes already logged by this process stay comparable).
 */
export function appKeys(): AppKeys {
  if (!current) {
    const material = randomBytes(32);
    current = keysFrom(material);
  }
  return current;
}
