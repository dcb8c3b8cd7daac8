/**
 * Reminders by Web Push, where the browser offers it: the page subscribes (PushManager, with
 * this deployment's VAPID public key), the subscription is kept beside the conversation, and a
 * timer sends each reminder as it falls due to the browser's push service, encrypted for that
 * browser alone (RFC 8291, `web-push`); the page's service worker shows it as a notification.
 *
 * The reminder itself is fired as on a visit: it enters the conversation's outbox and is shown
 * on the next visit until the page confirms it (see web-chat-routes.ts), so a notification that
 * never arrives (a push service out of reach, as for many Android browsers in mainland China)
 * loses nothing. The notification says only which reminder it is, nothing of the case.
 *
 * A subscription is personal data: it is stored as a record of its own (`wpush:<id>`) in the
 * conversation store, so it expires with the same idle time, is deleted by /forget, and its
 * endpoint is never logged. The record's due time (the store's follow-up index, SaveHints)
 * is the conversation's next reminder, so the timer asks the store only for subscribed
 * conversations with something due.
 */
import { createECDH, hkdfSync } from 'node:crypto';
import webPush from 'web-push';
import { describeError, maskId, translatorFor, type Engine, type FollowUpKind, type Lang, type Logger, type Store } from '../../index';

/** Store keys of push subscriptions: their own namespace in the store's due index. */
export const PUSH_PREFIX = 'wpush:';
const WEB_PREFIX = 'web:';

export interface VapidKeys {
  /** Uncompressed P-256 public key, base64url (what the page's PushManager needs). */
  publicKey: string;
  /** P-256 private key, base64url. */
  privateKey: string;
}

/**
 * The deployment's VAPID key pair, derived from its secret (APP_SECRET): the same on every
 * instance and after every restart, so subscriptions keep working, and nothing to store. A
 * derived scalar outside the curve's range (odds about 2^-32) takes the next counter.
 */
export function vapidKeysFrom(secret: Uint8Array): VapidKeys {
  for (let counter = 0; ; counter++) {
    const scalar = Buffer.from(hkdfSync('sha256', secret, 'refund-coach', `vapid-${counter}`, 32));
    try {
      const ecdh = createECDH('prime256v1');
      ecdh.setPrivateKey(scalar);
      return { publicKey: ecdh.getPublicKey().toString('base64url'), privateKey: scalar.toString('base64url') };
    } catch {
      // not a valid private key: the next one
    }
  }
}

export interface PushSubscriptionJson {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/**
 * Push services the server will post to. A subscription names a URL the server then calls: a
 * list of the browsers' push services keeps anyone from pointing it at another host.
 */
const PUSH_HOSTS = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'updates.push.services.mozilla.com',
  'push.services.mozilla.com',
  'web.push.apple.com',
  '.notify.windows.com',
  '.push.apple.com',
];

export function isPushService(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || (url.port && url.port !== '443')) return false;
  return PUSH_HOSTS.some((host) => (host.startsWith('.') ? url.hostname.endsWith(host) : url.hostname === host));
}

/** A push request as it goes out (tests receive it on a server of their own). */
export type PushPost = (endpoint: string, init: { headers: Record<string, string>; body: Buffer }) => Promise<{ status: number }>;

const postWithFetch: PushPost = async (endpoint, { headers, body }) => {
  const response = await fetch(endpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer().catch(() => undefined);
  return { status: response.status };
};

export interface WebPushOptions {
  store: Store;
  engine: Pick<Engine, 'fireDue' | 'scheduled' | 'dueConversations'>;
  vapid: VapidKeys & { subject: string };
  logger: Logger;
  /** How often subscribed conversations with a reminder due are looked for. */
  intervalMs?: number;
  /** Which endpoints may be posted to (default: the browsers' push services over HTTPS). */
  endpointAllowed?: (endpoint: string) => boolean;
  /** Sends one push request (default: fetch). */
  post?: PushPost;
}

interface KeptSubscription {
  s: PushSubscriptionJson;
}

/** A notification stays at the push service up to a day: a reminder older than that is shown on the visit. */
const PUSH_TTL_SECONDS = 24 * 60 * 60;
const DEFAULT_INTERVAL_MS = 30_000;
const BATCH = 100;

export class WebPushReminders {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  readonly publicKey: string;

  constructor(private readonly options: WebPushOptions) {
    this.publicKey = options.vapid.publicKey;
  }

  /** Whether this subscription can be kept: a push service's HTTPS URL and well-formed keys. */
  accepts(subscription: PushSubscriptionJson): boolean {
    const allowed = this.options.endpointAllowed ?? isPushService;
    const b64url = /^[A-Za-z0-9_-]+={0,2}$/;
    return (
      allowed(subscription.endpoint) &&
      b64url.test(subscription.keys.p256dh) &&
      Buffer.from(subscription.keys.p256dh, 'base64url').length === 65 &&
      b64url.test(subscription.keys.auth) &&
      Buffer.from(subscription.keys.auth, 'base64url').length === 16
    );
  }

  /** Keeps the conversation's subscription (replacing any), due with its next reminder. */
  async subscribe(id: string, subscription: PushSubscriptionJson): Promise<void> {
    const kept: KeptSubscription = { s: { endpoint: subscription.endpoint, keys: { p256dh: subscription.keys.p256dh, auth: subscription.keys.auth } } };
    await this.write(id, kept);
  }

  /** Deletes the conversation's subscription (unsubscribed, or /forget). */
  async unsubscribe(id: string): Promise<void> {
    await this.options.store.delete(PUSH_PREFIX + id);
  }

  /** Whether the conversation has a subscription kept. */
  async subscribed(id: string): Promise<boolean> {
    return (await this.options.store.load(PUSH_PREFIX + id)) !== undefined;
  }

  /**
   * After a turn: the subscription's due time follows the conversation's reminders (one set,
   * one cancelled), and its idle time starts again with the conversation's.
   */
  async refresh(id: string): Promise<void> {
    const record = await this.options.store.load(PUSH_PREFIX + id);
    if (record) await this.write(id, JSON.parse(record.data) as KeptSubscription, record.version);
  }

  private async write(id: string, kept: KeptSubscription, version?: number): Promise<void> {
    const { store, engine } = this.options;
    const next = (await engine.scheduled(WEB_PREFIX + id))[0]?.at;
    const data = JSON.stringify(kept);
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = version ?? (await store.load(PUSH_PREFIX + id))?.version ?? 0;
      if (await store.save(PUSH_PREFIX + id, data, current, next !== undefined ? { nextDue: next } : {})) return;
      version = undefined;
    }
  }

  start(): void {
    const look = () => {
      this.running = this.tick().catch((error: unknown) => this.options.logger.warn(describeError(error), 'web push: look at the schedule failed'));
      void this.running.finally(() => {
        if (this.timer) this.timer = setTimeout(look, this.options.intervalMs ?? DEFAULT_INTERVAL_MS);
      });
    };
    this.timer = setTimeout(look, 0);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Sends every subscribed conversation's reminder due now (tests call it directly). */
  async tick(): Promise<void> {
    const due = await this.options.engine.dueConversations(PUSH_PREFIX, BATCH);
    for (const key of due) {
      await this.deliver(key.slice(PUSH_PREFIX.length)).catch((error: unknown) =>
        this.options.logger.warn(
          { ...describeError(error), conversation: maskId(WEB_PREFIX + key.slice(PUSH_PREFIX.length)) },
          'web push: a reminder could not be sent',
        ),
      );
    }
  }

  private async deliver(id: string): Promise<void> {
    const { store, engine, logger } = this.options;
    const record = await store.load(PUSH_PREFIX + id);
    if (!record) return;
    const kept = JSON.parse(record.data) as KeptSubscription;
    // As on a visit, but quiet hours apply: the reminder enters the outbox (shown on the next
    // visit until the page confirms it) in the write that takes it off the schedule, so two
    // instances never both send it.
    const run = await engine.fireDue(WEB_PREFIX + id, { outbox: true });
    const kind = run?.reply?.followUp;
    if (kind) {
      const status = await this.push(kept.s, kind, run.reply!.lang);
      if (status === 404 || status === 410) {
        // The browser dropped the subscription: nothing to keep.
        logger.info({ conversation: maskId(WEB_PREFIX + id), status }, 'web push: subscription gone; deleted');
        await this.unsubscribe(id);
        return;
      }
      if (status < 200 || status >= 300) logger.warn({ conversation: maskId(WEB_PREFIX + id), status }, 'web push: the push service refused a reminder');
    }
    // Its due time moves to the next reminder (or none).
    await this.write(id, kept, record.version);
  }

  /** One encrypted push; returns the push service's status. Never logs the endpoint. */
  private async push(subscription: PushSubscriptionJson, kind: FollowUpKind, lang: Lang): Promise<number> {
    const t = translatorFor(lang);
    const payload = JSON.stringify({ title: t(`engine:followUps.kind.${kind}`), body: t('engine:followUps.calendarNote'), tag: kind });
    const details = webPush.generateRequestDetails(subscription, payload, {
      vapidDetails: { subject: this.options.vapid.subject, publicKey: this.options.vapid.publicKey, privateKey: this.options.vapid.privateKey },
      TTL: PUSH_TTL_SECONDS,
      urgency: 'high',
      topic: kind,
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(details.headers)) if (name.toLowerCase() !== 'content-length') headers[name] = String(value);
    const { status } = await (this.options.post ?? postWithFetch)(subscription.endpoint, { headers, body: details.body as Buffer });
    return status;
  }
}
