/**
 * The web chat as one fastify plugin for the shared server: the page at `/` (its static files,
 * compressed and cached as page-files.ts says) and a small JSON API the page calls. The API
 * speaks only to requests carrying `X-Refund-Coach: 1`: a browser sends a custom header only
 * from a same-origin script (another site's form or image cannot), so no cross-site request
 * can drive or delete a conversation.
 *
 *   GET  /api/conversation  the current question (or none yet), with the page's texts, led by
 *                           reminders due and not yet confirmed shown; `?shown=t1,t2` confirms
 *   POST /api/turn          { text } or { choice }, optional { key } for a retried request
 *   POST /api/reminders/shown  { shown: [tokens] }: the page confirms it showed those reminders
 *   POST /api/forget        deletes the conversation (what /forget does) and the cookie
 *
 * A reminder is kept until the page confirms it was shown: with the engine passed in
 * (`engine`), a due reminder enters the conversation's outbox (in the same write that takes it
 * off the schedule) and is shown on every visit until the page sends its token back, so a
 * response lost on the way (a dropped connection, a closed tab) does not lose the reminder.
 *
 * Rate limits (per IP address, per conversation, and new conversations per address,
 * @fastify/rate-limit) and small body limits keep one visitor from exhausting the coach. The
 * counts live in this process's memory, or in Redis when the store is Redis, so that several
 * instances share them.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { createEvents } from 'ics';
import { randomBytes } from 'node:crypto';
import {
  describeError,
  LANGS,
  maskId,
  negotiateLanguage,
  translatorFor,
  type Coach,
  type CoachReply,
  type Lang,
  type Logger,
  type TurnMetrics,
} from '../../index';
import { cameOverHttps, cookieHeader, newWebId, readCookieId, readWebId, signWebId, WEB_PREFIX } from './conversation-cookie';
import { readPageFiles, sendPageFile } from './page-files';
import { pageTexts } from './page-texts';
import { DEFAULT_CACHE_CONTROL, SECURITY_HEADERS } from './security-headers';
import { RATE_LIMIT_NAMESPACE, rateLimitRedis, redisCounterStore } from './rate-limit-redis';
import type { WebPushReminders } from './web-push';
import { confirmShown, MAX_SHOWN, reminderToken, remindersReply, remindersToShow, shownTokens, type ReminderEngine } from './shown-reminders';

export type { ReminderEngine };

/** The cookie key when none is given: random, drawn once per process. */
const PROCESS_COOKIE_KEY = randomBytes(32);

export interface WebChatOptions {
  coach: Coach;
  /** How long the cookie lives: the store's idle time (CONVERSATION_TTL_DAYS). */
  cookieMaxAgeMs: number;
  logger: Logger;
  /** Per minute; tests lower them. */
  limits?: Partial<WebChatLimits>;
  /** Counts turns (adapter "web") and new conversations. */
  metrics?: WebChatMetrics;
  /**
   * A Redis to keep the rate limits' counters in (the store's STORE_URL when it is Redis), so
   * that every instance counts the same requests. Without it they are counted in memory.
   */
  rateLimitRedisUrl?: string;
  /** Signs the conversation cookie (the app passes the key derived from APP_SECRET). Default: random for the process. */
  cookieKey?: Uint8Array;
  /**
   * The coach's engine (the app passes it): due reminders are kept in the conversation's
   * outbox until the page confirms them shown. Without it, `coach.due()` hands a reminder
   * over once, and a response lost on the way loses it.
   */
  engine?: ReminderEngine;
  /** Reminders by Web Push (the page offers them where the browser can): see web-push.ts. */
  push?: WebPushReminders;
}

/** What the web chat counts: its turns (adapter "web") and new conversations. */
export interface WebChatMetrics extends TurnMetrics {
  /** A new anonymous web conversation (a cookie issued). */
  webSessionStarted(): void;
}

export interface WebChatLimits {
  /** API calls per IP address per minute (a household or office may share one). */
  perIp: number;
  /** API calls per conversation per minute (a person answers a few times a minute). */
  perConversation: number;
  /** Page file requests per IP address per minute. */
  pagePerIp: number;
  /** New conversations one IP address may start per minute (a cookie missing or refused). */
  newPerIp: number;
}

const DEFAULT_LIMITS: WebChatLimits = { perIp: 120, perConversation: 40, pagePerIp: 120, newPerIp: 20 };
/** A typed answer is a sentence or two; a choice token is short. */
const MAX_TEXT = 1000;
const BODY_LIMIT = 4 * 1024;

const turnBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    text: { type: 'string', minLength: 1, maxLength: MAX_TEXT },
    choice: { type: 'string', minLength: 1, maxLength: 100 },
    key: { type: 'string', minLength: 1, maxLength: 64 },
    // The language the page shows: a new conversation (after "delete my data") keeps it.
    lang: { type: 'string', enum: [...LANGS] },
  },
} as const;

const pushBody = {
  type: 'object',
  required: ['endpoint', 'keys'],
  properties: {
    endpoint: { type: 'string', minLength: 1, maxLength: 1024 },
    expirationTime: {},
    keys: {
      type: 'object',
      required: ['p256dh', 'auth'],
      properties: { p256dh: { type: 'string', maxLength: 200 }, auth: { type: 'string', maxLength: 100 } },
    },
  },
} as const;

const shownBody = {
  type: 'object',
  additionalProperties: false,
  required: ['shown'],
  properties: { shown: { type: 'array', maxItems: MAX_SHOWN, items: { type: 'string', maxLength: 64 } } },
} as const;

interface TurnBody {
  text?: string;
  choice?: string;
  key?: string;
  lang?: Lang;
}

/** What the page receives: the reply (or none) and the page's texts in the reply's language. */
function answer(lang: Lang, reply: CoachReply | undefined, reminders?: string[], push?: { key: string; on: boolean }) {
  return {
    lang,
    ui: pageTexts(lang),
    ...(push ? { push } : {}),
    reply: reply && { messages: reply.messages, choices: reply.choices, state: reply.state, ...(reminders?.length ? { reminders } : {}) },
  };
}

export function webChatRoutes(options: WebChatOptions): FastifyPluginAsync {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const files = readPageFiles();
  const { coach } = options;
  // The deployment's key comes from the composition root (APP_SECRET); without it, one random
  // key for the whole process, so a server restarted inside it keeps its conversations.
  const cookieKey = options.cookieKey ?? PROCESS_COOKIE_KEY;

  return async (app: FastifyInstance) => {
    const redis = options.rateLimitRedisUrl ? rateLimitRedis(options.rateLimitRedisUrl, options.logger) : undefined;
    if (redis) app.addHook('onClose', async () => redis.disconnect());
    await app.register(rateLimit, {
      // global: false: only the routes below are limited, never the Telegram webhook.
      global: false,
      timeWindow: 60_000,
      // skipOnError: when the limiter's Redis cannot answer (stopped, unreachable, or frozen:
      // every count has a deadline, see rate-limit-redis.ts), requests go through unlimited
      // rather than failing or waiting. The limits guard against one visitor's flood; refusing
      // everyone during an outage would be worse than a short spell without them (and the
      // store, on the same Redis, answers for itself: a turn it cannot save still fails).
      ...(redis ? { store: redisCounterStore(redis, RATE_LIMIT_NAMESPACE), skipOnError: true } : {}),
    });
    const perIp = app.rateLimit({ max: limits.perIp, keyGenerator: (r) => `ip:${r.ip}` });
    // The plugin runs one of its hooks per request, so the other limits are checked by hand.
    const conversationLimit = app.createRateLimit({
      max: limits.perConversation,
      // A keyed hash, never the cookie's id itself: the key name outlives /forget for a minute.
      keyGenerator: (r) => `c:${maskId(readWebId(r, cookieKey) ?? r.ip)}`,
    });
    const refuse = (reply: FastifyReply, limit: Awaited<ReturnType<typeof conversationLimit>>) => {
      if (limit.isAllowed || !limit.isExceeded) return undefined;
      return reply.code(429).header('retry-after', String(limit.ttlInSeconds)).send({ error: 'too many requests' });
    };
    const perConversation = async (request: FastifyRequest, reply: FastifyReply) => {
      await refuse(reply, await conversationLimit(request));
    };
    const newConversationLimit = app.createRateLimit({ max: limits.newPerIp, keyGenerator: (r) => `new:${r.ip}` });
    const pagePerIp = app.rateLimit({ max: limits.pagePerIp, keyGenerator: (r) => `page:${r.ip}` });

    // This plugin's scope only (fastify encapsulation): the webhook keeps its own headers.
    app.addHook('onSend', async (_request, reply, payload) => {
      void reply.headers(SECURITY_HEADERS);
      if (!reply.hasHeader('cache-control')) void reply.header('cache-control', DEFAULT_CACHE_CONTROL);
      return payload;
    });

    for (const [url, file] of files) {
      app.get(url, { onRequest: [pagePerIp] }, async (request, reply) => sendPageFile(file, request, reply));
    }

    const requireHeader = async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.headers['x-refund-coach'] !== '1') await reply.code(403).send({ error: 'missing X-Refund-Coach header' });
    };
    const api = { onRequest: [requireHeader, perIp, perConversation], bodyLimit: BODY_LIMIT };
    const langOf = (request: FastifyRequest) => negotiateLanguage(request.headers['accept-language']);

    // The page offers notifications only where the server sends them; `on`: this conversation has a subscription.
    const pushState = async (id: string | undefined) =>
      options.push ? { key: options.push.publicKey, on: id ? await options.push.subscribed(id).catch(() => false) : false } : undefined;

    app.get<{ Querystring: { shown?: string } }>('/api/conversation', api, async (request) => {
      const id = readWebId(request, cookieKey);
      if (!id) return answer(langOf(request), undefined, undefined, await pushState(undefined));
      const conversation = WEB_PREFIX + id;
      const push = await pushState(id);
      if (options.engine) {
        // Reminders due since the last visit come first, leading back to their question, and
        // again on every visit until the page confirms them shown.
        const waiting = await remindersToShow(options.engine, conversation, shownTokens(request.query.shown));
        if (waiting.length > 0) {
          const reply = remindersReply(waiting);
          return answer(reply.lang, reply, waiting.map(reminderToken), push);
        }
        const reply = await coach.peek(conversation);
        return answer(reply?.lang ?? langOf(request), reply, undefined, push);
      }
      const reply = (await coach.due(conversation)) ?? (await coach.peek(conversation));
      return answer(reply?.lang ?? langOf(request), reply, undefined, push);
    });

    // The browser's push subscription for this conversation's reminders (personal data: kept
    // with the conversation, deleted with it; its endpoint is never logged).
    app.post<{ Body: { endpoint: string; keys: { p256dh: string; auth: string } } }>(
      '/api/push/subscribe',
      { ...api, schema: { body: pushBody } },
      async (request, reply) => {
        const id = readWebId(request, cookieKey);
        if (!options.push) return reply.code(404).send({ error: 'push off' });
        if (!id || !(await coach.peek(WEB_PREFIX + id))) return reply.code(409).send({ error: 'no conversation' });
        const subscription = { endpoint: request.body.endpoint, keys: { p256dh: request.body.keys.p256dh, auth: request.body.keys.auth } };
        if (!options.push.accepts(subscription)) return reply.code(422).send({ error: 'push_service_only' });
        await options.push.subscribe(id, subscription);
        return { ok: true };
      },
    );

    app.post('/api/push/unsubscribe', api, async (request) => {
      const id = readWebId(request, cookieKey);
      if (id && options.push) await options.push.unsubscribe(id);
      return { ok: true };
    });

    // The page showed these reminders: they are not shown again.
    app.post<{ Body: { shown: string[] } }>('/api/reminders/shown', { ...api, schema: { body: shownBody } }, async (request) => {
      const id = readWebId(request, cookieKey);
      if (id && options.engine) await confirmShown(options.engine, WEB_PREFIX + id, shownTokens(request.body.shown));
      return { ok: true };
    });

    app.post<{ Body: TurnBody }>('/api/turn', { ...api, schema: { body: turnBody } }, async (request, reply) => {
      const { text, choice, key, lang } = request.body;
      if ((text === undefined) === (choice === undefined)) return reply.code(400).send({ error: 'text_or_choice' });
      const cookie = readCookieId(request, cookieKey);
      let id = cookie.id;
      if (!id) {
        // A new conversation (no cookie, or one this deployment did not sign): counted per address.
        const refused = refuse(reply, await newConversationLimit(request));
        if (refused) return refused;
        id = newWebId();
        options.logger.info({ adapter: 'web', ...(cookie.refused ? { cookieRefused: true } : {}) }, 'web conversation started');
        options.metrics?.webSessionStarted();
      }
      // Sent on every turn, so an active conversation's cookie lives as long as its record.
      // The cookie as sent when it is this id's (the same value signing would give).
      void reply.header('set-cookie', cookieHeader(cookie.signed ?? signWebId(id, cookieKey), options.cookieMaxAgeMs, cameOverHttps(request)));
      const input = text !== undefined ? { text } : { choice: choice! };
      const done = options.metrics?.timeTurn('web');
      const start = performance.now();
      // Read only for the debug line (what the turn started from); never at other levels.
      const before = options.logger.debug ? (await coach.peek(WEB_PREFIX + id).catch(() => undefined))?.state : undefined;
      try {
        const result = await coach.turn(WEB_PREFIX + id, input, { lang: lang ?? langOf(request), ...(key ? { idempotencyKey: key } : {}) });
        done?.(result.accepted ? 'accepted' : 'unchanged');
        // A reminder set or cancelled: the subscription's due time follows (best effort: the
        // reminder is shown on the next visit whatever happens here).
        if (options.push && result.accepted) {
          await options.push.refresh(id).catch((error: unknown) => options.logger.warn(describeError(error), 'web push: could not follow the reminders'));
        }
        options.logger.debug?.(
          {
            adapter: 'web',
            conversation: maskId(WEB_PREFIX + id),
            input: text !== undefined ? 'text' : 'choice',
            stateBefore: before ?? null,
            stateAfter: result.state,
            accepted: result.accepted,
            lang: result.lang,
            ms: Math.round(performance.now() - start),
          },
          'turn',
        );
        return answer(result.lang, result);
      } catch (error) {
        done?.('error');
        throw error;
      }
    });

    // The person's reminders as calendar events (a plain link: no custom header, so it is a GET
    // that only ever hands this browser its own reminder times, nothing that changes anything).
    app.get('/api/reminders.ics', { onRequest: [perIp, perConversation] }, async (request, reply) => {
      const id = readWebId(request, cookieKey);
      const lang = (id && (await coach.peek(WEB_PREFIX + id))?.lang) || langOf(request);
      const reminders = id ? await coach.reminders(WEB_PREFIX + id) : [];
      const t = translatorFor(lang);
      const calendar = createEvents(
        reminders.map(({ kind, at }) => ({
          // Nothing personal in the file: the kind and the time are all it holds.
          uid: `${kind}-${at}@refund-coach`,
          productId: 'refund-coach',
          start: at,
          startInputType: 'utc' as const,
          startOutputType: 'utc' as const,
          duration: { minutes: 15 },
          title: t(`engine:followUps.kind.${kind}`),
          description: t('engine:followUps.calendarNote'),
          alarms: [{ action: 'display' as const, description: t(`engine:followUps.kind.${kind}`), trigger: { minutes: 0, before: true } }],
        })),
      );
      if (calendar.error || calendar.value === undefined) return reply.code(500).send({ error: 'calendar' });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="refund-coach-reminders.ics"')
        .send(calendar.value);
    });

    app.post('/api/forget', api, async (request, reply) => {
      const id = readWebId(request, cookieKey);
      // The page goes on in the language the person chose, though nothing of theirs is kept.
      const lang = (id && (await coach.peek(WEB_PREFIX + id))?.lang) || langOf(request);
      if (id) {
        await coach.forget(WEB_PREFIX + id);
        await options.push?.unsubscribe(id);
      }
      void reply.header('set-cookie', cookieHeader('', 0, cameOverHttps(request)));
      return answer(lang, undefined);
    });
  };
}
