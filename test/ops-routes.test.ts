/**
 * /healthz, /readyz and /metrics: ready only while the store answers, the metrics token, and
 * web turns counted by adapter and outcome (never with an id or text in a label).
 */
import { buildHttpApp } from '../src/http/server';
import { opsRoutes } from '../src/http/ops-routes';
import { createMetrics } from '../src/http/metrics';
import { webChatRoutes } from '../src/adapters/web/web-chat-routes';
import { createCoach, type Store } from '../src/index';
import { MemoryStore } from '../src/stores/memory-store';
import { silentLogger } from '../src/core/ports';
import { readConfig, ConfigError } from '../src/config';

function opsApp(store: Store, metricsToken?: string) {
  const coach = createCoach({ store });
  const metrics = createMetrics();
  const app = buildHttpApp({
    logger: silentLogger,
    routes: [
      webChatRoutes({ coach, cookieMaxAgeMs: 60_000, logger: silentLogger, metrics }),
      opsRoutes({ ready: () => coach.peek('ops:ready'), metrics, readyTimeoutMs: 300, ...(metricsToken ? { metricsToken } : {}) }),
    ],
  });
  return app;
}

/** A store that is down: every call fails, or never answers. */
function brokenStore(mode: 'fails' | 'hangs'): Store {
  const broken = () => (mode === 'fails' ? Promise.reject(new Error('down')) : new Promise<never>(() => {}));
  return { load: broken, save: broken, delete: broken, close: async () => {} };
}

describe('ops routes', () => {
  it('/healthz answers while the process runs; /readyz only while the store answers', async () => {
    const ok = opsApp(new MemoryStore());
    expect((await ok.inject('/healthz')).statusCode).toBe(200);
    expect((await ok.inject('/readyz')).json()).toEqual({ status: 'ready' });
    for (const mode of ['fails', 'hangs'] as const) {
      const down = opsApp(brokenStore(mode));
      expect((await down.inject('/healthz')).statusCode).toBe(200);
      const ready = await down.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['retry-after']).toBe('5');
    }
  });

  it('/metrics counts web turns by outcome, the turn latency and new web conversations', async () => {
    const app = opsApp(new MemoryStore());
    const headers = { 'x-refund-coach': '1' };
    const first = await app.inject({ method: 'POST', url: '/api/turn', headers, payload: { text: '/start' } });
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    await app.inject({ method: 'POST', url: '/api/turn', headers: { ...headers, cookie }, payload: { choice: 'stale-token' } });
    const text = (await app.inject('/metrics')).body;
    expect(text).toMatch(/refund_coach_turns_total\{adapter="web",outcome="(accepted|unchanged)"\} \d/);
    expect(text).toMatch(/refund_coach_turn_duration_seconds_count\{adapter="web"\} 2/);
    expect(text).toMatch(/refund_coach_web_sessions_total 1/);
    expect(text).not.toContain('rc_web');
  });

  it('/metrics requires the bearer token when METRICS_TOKEN is set', async () => {
    const token = 'metrics-token-0123456789';
    const app = opsApp(new MemoryStore(), token);
    expect((await app.inject('/metrics')).statusCode).toBe(401);
    expect((await app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    expect(readConfig({ METRICS_TOKEN: token }, ['--web'])).toMatchObject({ metricsToken: token });
    expect(() => readConfig({ METRICS_TOKEN: 'short' }, ['--web'])).toThrow(ConfigError);
  });
});
