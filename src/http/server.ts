/**
 * The one HTTP server of the coach (fastify). Routes arrive as plugins: the Telegram
 * webhook today; the web chat, /healthz, /readyz and /metrics later. Every limit is enforced
 * by fastify or node's HTTP server as bytes and time arrive, never by trusting a header (the
 * client's address comes from X-Forwarded-For only from a proxy named in `trustProxy`):
 *
 * - body size: fastify counts the bytes it reads, chunked bodies included, and stops at the
 *   limit (413); the connection is then closed so the rest of the upload is not read;
 * - a request (headers and body) must arrive within `requestTimeoutMs`, which node checks
 *   every `checkIntervalMs`, so a slow-body connection is cut within a few seconds of it;
 * - idle keep-alive connections close after `keepAliveTimeoutMs`; a connection silent for
 *   `connectionTimeoutMs` (even mid-response) is closed;
 * - at most `maxConnections` sockets at once; more are refused by node at accept.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { Logger } from '../core/ports';
import { describeError } from '../logging';

export interface HttpLimits {
  /** Largest request body, in bytes (routes may lower it). */
  bodyLimit: number;
  /** Time to receive a whole request, headers and body. */
  requestTimeoutMs: number;
  /** How often node looks for requests past their deadline (its default is 30 s). */
  checkIntervalMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** A connection with no traffic either way for this long is closed (0 = never). */
  connectionTimeoutMs: number;
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  bodyLimit: 1024 * 1024,
  // Telegram sends a small body at once; 8 s plus node's 1 s check cuts a trickle within 10 s.
  requestTimeoutMs: 8_000,
  checkIntervalMs: 1_000,
  keepAliveTimeoutMs: 10_000,
  // Longer than the slowest honest answer (a turn may take up to its 60 s handler timeout).
  connectionTimeoutMs: 90_000,
  // Telegram opens at most 100 connections per bot (setWebhook max_connections, default 40).
  maxConnections: 256,
};

export interface HttpServerOptions {
  port: number;
  /** Default: every IPv4 interface, as a server behind Telegram must be reachable. */
  host?: string;
  logger: Logger;
  limits?: Partial<HttpLimits>;
  /** Route plugins, registered in order. */
  routes: FastifyPluginAsync[];
  /**
   * The proxy in front whose X-Forwarded-For names the client (TRUST_PROXY: its addresses, or
   * a hop count); unset, the header is ignored and `request.ip` is the connection's address.
   */
  trustProxy?: string[] | number;
}

export interface HttpServer {
  app: FastifyInstance;
  /** The port actually listened on (useful with port 0). */
  port: number;
  /** Stops taking connections, waits for requests in flight, then closes. */
  close(): Promise<void>;
}

/** Trusts the `hops` proxies nearest the server (hop 0 is the connection's own address). */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

export function buildHttpApp(options: Omit<HttpServerOptions, 'port' | 'host'>): FastifyInstance {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  const app = Fastify({
    // Our own logger only: fastify's would log URLs and headers (the webhook secret travels in one).
    logger: false,
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    http: {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    // Whose X-Forwarded-For becomes request.ip (the per-address limits' key): only the proxy's.
    // A hop count as the function proxy-addr makes of one (fastify's types take no number).
    trustProxy: typeof options.trustProxy === 'number' ? trustHops(options.trustProxy) : (options.trustProxy ?? false),
    // JSON from outside must not set __proto__ or constructor.prototype.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  app.server.maxConnections = limits.maxConnections;
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) options.logger.error({ route: request.routeOptions.url, ...describeError(error) }, 'request failed');
    // A body refused part-way (too large) would otherwise be read to its end.
    if (status === 413) reply.header('connection', 'close');
    void reply.code(status).send({ error: status >= 500 ? 'internal error' : (error.code ?? 'bad request') });
  });
  for (const route of options.routes) void app.register(route);
  return app;
}

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const app = buildHttpApp(options);
  await app.listen({ port: options.port, host: options.host ?? '0.0.0.0' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { app, port, close: () => app.close() };
}
