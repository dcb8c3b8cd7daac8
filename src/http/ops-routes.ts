/**
 * Routes for whoever runs the coach: /healthz (the process answers), /readyz (the store
 * answers too; 503 otherwise, so a load balancer stops sending people to a broken instance)
 * and /metrics (Prometheus text), which may require `Authorization: Bearer METRICS_TOKEN`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { CoachMetrics } from './metrics';

export interface OpsOptions {
  /** Resolves when the store can be read; rejects (or hangs) when it cannot. */
  ready: () => Promise<unknown>;
  metrics: CoachMetrics;
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** How long /readyz waits for the store. */
  readyTimeoutMs?: number;
  /**
   * Parts that may be down while people are still served (the bot's link to Telegram, while
   * the web chat works): reported in /readyz's body, not in its status.
   */
  parts?: () => Record<string, string>;
}

/** Compares hashes, so neither the length nor the content of the token leaks through timing. */
function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function opsRoutes(options: OpsOptions): FastifyPluginAsync {
  return async (app) => {
    app.get('/healthz', async () => ({ status: 'ok' }));

    app.get('/readyz', async (_request, reply) => {
      try {
        await within(options.ready(), options.readyTimeoutMs ?? 2_000);
        return { status: 'ready', ...options.parts?.() };
      } catch {
        return reply.code(503).header('retry-after', '5').send({ status: 'store unreachable' });
      }
    });

    app.get('/metrics', async (request, reply) => {
      if (options.metricsToken) {
        const [scheme, token] = (request.headers.authorization ?? '').split(' ');
        if (scheme !== 'Bearer' || !token || !sameToken(token, options.metricsToken)) {
          return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized' });
        }
      }
      return reply.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
    });
  };
}
