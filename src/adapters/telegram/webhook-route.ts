/**
 * The Telegram webhook as a route of the shared HTTP server. It answers 2xx only for an
 * update durably taken (its turn saved, or completed before); anything else gets a 5xx, which
 * makes Telegram deliver the update again later. Requests without the secret are refused
 * before their body is read; a body that is not an update object is refused with 400.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Update } from 'telegraf/types';
import type { HandleOptions, UpdateOutcome } from './coach-bot';
import { SECRET_HEADER, secretMatches } from './secret-token';

/** Telegram's updates are a few KB; a megabyte leaves room for any of them. */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;
/** Wait this long for another instance holding the same update to finish it. */
const WAIT_FOR_OTHER_INSTANCE_MS = 3_000;
/** A hint only (Telegram keeps its own retry schedule), for proxies and people reading logs. */
const RETRY_AFTER_SECONDS = 5;

export interface WebhookRouteOptions {
  path: string;
  secret: string;
  handle(update: Update, options?: HandleOptions): Promise<UpdateOutcome>;
}

/** A JSON object with a whole, non-negative update_id: the least every update has. */
export function isUpdate(body: unknown): body is Update {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const id = (body as { update_id?: unknown }).update_id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0;
}

export function telegramWebhookRoute(options: WebhookRouteOptions): FastifyPluginAsync {
  return async (app) => {
    app.post(
      options.path,
      {
        bodyLimit: WEBHOOK_BODY_LIMIT,
        // onRequest runs before the body is read: a stranger's upload is never buffered.
        onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
          if (!secretMatches(options.secret, request.headers[SECRET_HEADER])) {
            return reply.code(403).header('connection', 'close').send();
          }
        },
      },
      async (request, reply) => {
        if (!isUpdate(request.body)) return reply.code(400).send();
        const outcome = await options.handle(request.body, { waitForOtherMs: WAIT_FOR_OTHER_INSTANCE_MS });
        if (outcome === 'done') return reply.code(200).send();
        return reply.code(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send();
      },
    );
  };
}
