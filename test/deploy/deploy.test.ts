/**
 * The deploy guide's files, as README's Deploy section shows them: the systemd unit parses
 * (`systemd-analyze verify`), and the nginx site, run on loopback in front of the real program
 * (`npm start -- --web`), answers /healthz and a web chat turn over HTTPS, with the headers the
 * app trusts (the cookie comes back Secure; with TRUST_PROXY, the per-address limits count each
 * visitor, not nginx). Only loopback addresses; the certificate is a
 * throwaway one for coach.example.com. Each part is skipped, saying why, where its tool is missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { cleanEnv, exitOf, PROGRAM, ROOT, waitFor } from '../support/program';

const DEPLOY = __dirname;
const HOST = 'coach.example.com';
const has = (command: string) => spawnSync('/bin/sh', ['-c', 'command -v "$1"', 'sh', command]).status === 0;
const nginxBinary = ['nginx', '/usr/sbin/nginx'].find((c) => has(c) || fs.existsSync(c));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const describeIf = (ok: boolean, why: string) => (ok ? describe : (name: string, fn: () => void) => describe.skip(`${name} (skipped: ${why})`, fn));

it('README shows the unit file and the nginx site verbatim', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const [file, fence] of [
    ['refund-coach.service', 'ini'],
    ['nginx.conf', 'nginx'],
  ]) {
    expect(readme).toContain(`\`\`\`${fence}\n${fs.readFileSync(path.join(DEPLOY, file!), 'utf8')}\`\`\``);
  }
});

describeIf(has('systemd-analyze'), 'systemd-analyze is not installed (apt-get install systemd)')('the systemd unit', () => {
  it('parses with systemd-analyze verify, without a warning', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-unit-'));
    fs.copyFileSync(path.join(DEPLOY, 'refund-coach.service'), path.join(dir, 'refund-coach.service'));
    const run = spawnSync('systemd-analyze', ['verify', path.join(dir, 'refund-coach.service')], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n').filter((line) => line.includes('refund-coach.service'))).toEqual([]);
  });

  it('restarts on failure but not on a refused setting, stops within a timeout, and keeps its data and settings where the guide says', () => {
    const unit = fs.readFileSync(path.join(DEPLOY, 'refund-coach.service'), 'utf8');
    for (const line of [
      'Restart=on-failure',
      'RestartPreventExitStatus=2',
      'TimeoutStopSec=90s',
      'StateDirectory=refund-coach',
      'EnvironmentFile=/etc/refund-coach/env',
      'ExecStart=/usr/bin/node dist/src/main.js',
    ]) {
      expect(unit).toContain(`\n${line}\n`);
    }
  });
});

describeIf(Boolean(nginxBinary) && has('openssl'), 'nginx or openssl is not installed (apt-get install nginx-light openssl)')(
  'nginx in front of the coach',
  () => {
    let dir: string;
    let app: ChildProcess & { out: string };
    let nginx: ChildProcess;
    let tlsPort: number;
    let plainPort: number;

    /** The site file as shipped, moved onto loopback ports and the throwaway certificate. */
    function siteOnLoopback(appPort: number): string {
      const site = fs.readFileSync(path.join(DEPLOY, 'nginx.conf'), 'utf8');
      const replaced = site
        .replace('server 127.0.0.1:8080;', `server 127.0.0.1:${appPort};`)
        .replace('listen 443 ssl http2;', `listen 127.0.0.1:${tlsPort} ssl http2;`)
        .replace('listen [::]:443 ssl http2;', '')
        .replace('listen 80;', `listen 127.0.0.1:${plainPort};`)
        .replace('listen [::]:80;', '')
        .replace(`/etc/letsencrypt/live/${HOST}/fullchain.pem`, path.join(dir, 'cert.pem'))
        .replace(`/etc/letsencrypt/live/${HOST}/privkey.pem`, path.join(dir, 'key.pem'));
      // Every replacement found its line: what runs is the shipped file but for these.
      expect(replaced).not.toMatch(/:8080|listen 443|listen 80;|\[::\]|letsencrypt\/live/);
      return replaced;
    }

    function request(
      port: number,
      options: { method?: string; path: string; headers?: Record<string, string>; body?: string; tls?: boolean; from?: string },
    ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
      return new Promise((resolve, reject) => {
        const settings = {
          host: '127.0.0.1',
          port,
          method: options.method ?? 'GET',
          path: options.path,
          headers: { host: HOST, ...options.headers },
          // Another loopback address (127.0.0.2 …) stands for another visitor.
          ...(options.from ? { localAddress: options.from } : {}),
          // The throwaway certificate, checked as a browser would (name and signature).
          ...(options.tls !== false ? { servername: HOST, ca: fs.readFileSync(path.join(dir, 'cert.pem')) } : {}),
        };
        const req = (options.tls !== false ? https : http).request(settings, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(options.body);
      });
    }

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-nginx-'));
      const [appPort, tls, plain] = [await freePort(), await freePort(), await freePort()];
      tlsPort = tls;
      plainPort = plain;
      // A throwaway certificate for coach.example.com, valid a day.
      const cert = spawnSync('openssl', [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${HOST}`,
        '-addext',
        `subjectAltName=DNS:${HOST}`,
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ]);
      expect(cert.status).toBe(0);

      fs.writeFileSync(path.join(dir, 'site.conf'), siteOnLoopback(appPort));
      fs.writeFileSync(
        path.join(dir, 'nginx.conf'),
        [
          `pid ${dir}/nginx.pid;`,
          `error_log ${dir}/error.log;`,
          'events {}',
          'http {',
          '  access_log off;',
          ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
          `  include ${dir}/site.conf;`,
          '}',
          '',
        ].join('\n'),
      );
      const check = spawnSync(nginxBinary!, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
      expect(check.stderr).toContain('syntax is ok');
      expect(check.status).toBe(0);

      const child = spawn(process.execPath, [...PROGRAM, '--web'], {
        cwd: ROOT,
        env: cleanEnv({
          PORT: String(appPort),
          STORE_URL: `sqlite:${path.join(dir, 'data', 'coach.db')}`,
          WEB_CHAT: 'on',
          LOG_LEVEL: 'info',
          // As the guide says: the proxy on this machine is trusted to name the visitor.
          TRUST_PROXY: '127.0.0.1',
        }),
      });
      app = Object.assign(child, { out: '' });
      child.stdout.on('data', (c: Buffer) => (app.out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (app.out += c.toString()));
      await waitFor(() => app.out.includes('web chat listening'), 30_000);

      nginx = spawn(nginxBinary!, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
      await waitFor(async () => {
        try {
          return (await request(tlsPort, { path: '/healthz' })).status > 0;
        } catch {
          return false;
        }
      }, 15_000);
    }, 60_000);

    afterAll(async () => {
      nginx?.kill('SIGQUIT');
      app?.kill('SIGTERM');
      await Promise.all([nginx && exitOf(nginx as never), app && exitOf(app as never)]);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('answers /healthz and /readyz over HTTPS', async () => {
      const health = await request(tlsPort, { path: '/healthz' });
      expect(health.status).toBe(200);
      expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok' });
      expect((await request(tlsPort, { path: '/readyz' })).status).toBe(200);
    });

    it('sends plain HTTP to HTTPS', async () => {
      const plain = await request(plainPort, { path: '/?x=1', tls: false });
      expect(plain.status).toBe(301);
      expect(plain.headers.location).toBe(`https://${HOST}/?x=1`);
    });

    it('serves the page compressed and takes a web chat turn, the cookie Secure because the proxy says HTTPS', async () => {
      const page = await request(tlsPort, { path: '/', headers: { 'accept-encoding': 'br' } });
      expect(page.status).toBe(200);
      expect(page.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(page.body).toString()).toContain('<script src="/chat.js?v=');
      const turn = await request(tlsPort, {
        method: 'POST',
        path: '/api/turn',
        headers: { 'x-refund-coach': '1', 'content-type': 'application/json', 'accept-language': 'zh-CN' },
        body: JSON.stringify({ text: '/start' }),
      });
      expect(turn.status).toBe(200);
      expect(JSON.parse(turn.body.toString())).toMatchObject({ lang: 'zh', reply: { state: 'greeting' } });
      expect(String(turn.headers['set-cookie'])).toMatch(/^rc_web=[\w-]{32}\.[\w-]+;.*; Secure$/);
      expect(turn.headers['cache-control']).toBe('no-store');
    });

    it('counts visitors, not the proxy: two addresses behind nginx are rate-limited separately, and a forged X-Forwarded-For is overwritten', async () => {
      // The app lets one address start 20 conversations a minute (a turn without a cookie).
      const start = (from: string, forged?: string) =>
        request(tlsPort, {
          method: 'POST',
          path: '/api/turn',
          from,
          headers: { 'x-refund-coach': '1', 'content-type': 'application/json', ...(forged ? { 'x-forwarded-for': forged } : {}) },
          body: JSON.stringify({ text: '/start' }),
        }).then((r) => r.status);
      const first: number[] = [];
      // Each with a different forged header: nginx replaces it with the address it saw.
      for (let i = 0; i < 21; i++) first.push(await start('127.0.0.2', `203.0.113.${i + 1}`));
      expect(first).toEqual([...Array.from({ length: 20 }, () => 200), 429]);
      expect(await start('127.0.0.3')).toBe(200);
    });

    it('keeps /metrics from visitors', async () => {
      // The test's requests come from 127.0.0.1, which the site allows: a visitor's would not.
      const site = fs.readFileSync(path.join(DEPLOY, 'nginx.conf'), 'utf8');
      expect(site).toMatch(/location = \/metrics \{\s+allow 127\.0\.0\.1;\s+deny all;/);
      expect((await request(tlsPort, { path: '/metrics' })).status).toBe(200);
    });
  },
);
