/**
 * HTTPS_PROXY (or https_proxy) for the Bot API: where Telegram cannot be reached directly, the
 * bot's calls go through the proxy as CONNECT tunnels to api.telegram.org:443. The real program
 * runs against a local proxy, which sees the tunnel asked for (and refuses it: nothing leaves
 * this machine); the bot keeps trying, and its logs never show the proxy's password.
 */
import net from 'node:net';
import { readConfig, type TelegramConfig } from '../../src/config';
import { exitOf, startProgram } from '../support/program';

const TOKEN = '123456789:AAEfakeTokenForTestsOnly_abcdefghij';

interface Tunnel {
  line: string;
  auth: string | undefined;
}

/** A proxy that records each request's first line and Proxy-Authorization, then refuses it. */
function refusingProxy() {
  const tunnels: Tunnel[] = [];
  let arrived: (tunnel: Tunnel) => void = () => {};
  const first = new Promise<Tunnel>((resolve) => (arrived = resolve));
  const server = net.createServer((socket) => {
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [line = '', ...headers] = head.slice(0, end).split('\r\n');
      const auth = headers.find((h) => /^proxy-authorization:/i.test(h))?.replace(/^[^:]+:\s*/, '');
      const tunnel = { line, auth };
      tunnels.push(tunnel);
      arrived(tunnel);
      socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
    });
    socket.on('error', () => undefined);
  });
  return {
    tunnels,
    first,
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('HTTPS_PROXY for the Bot API', () => {
  it('reads HTTPS_PROXY, or https_proxy, as a URL; refuses anything else naming the variable', () => {
    const upper = readConfig({ BOT_TOKEN: TOKEN, HTTPS_PROXY: 'http://10.0.0.1:3128' }, []) as TelegramConfig;
    expect(upper.proxy?.href).toBe('http://10.0.0.1:3128/');
    const lower = readConfig({ BOT_TOKEN: TOKEN, https_proxy: 'http://u:p@10.0.0.2:8080' }, []) as TelegramConfig;
    expect(lower.proxy?.host).toBe('10.0.0.2:8080');
    expect((readConfig({ BOT_TOKEN: TOKEN }, []) as TelegramConfig).proxy).toBeUndefined();
    expect(() => readConfig({ BOT_TOKEN: TOKEN, HTTPS_PROXY: 'socks5://10.0.0.1:1080' }, [])).toThrow('HTTPS_PROXY must be an http(s) URL');
    expect(() => readConfig({ BOT_TOKEN: TOKEN, https_proxy: 'not a url' }, [])).toThrow('https_proxy must be an http(s) URL');
  });

  it.each(['HTTPS_PROXY', 'https_proxy'])(
    '%s: the program asks the proxy for a tunnel to api.telegram.org, with its credentials',
    async (name) => {
      const proxy = refusingProxy();
      const port = await proxy.listen();
      // The other spelling emptied, whatever this machine's environment holds.
      const program = startProgram({
        BOT_TOKEN: TOKEN,
        HTTPS_PROXY: '',
        https_proxy: '',
        [name]: `http://coach:s3cret-pass@127.0.0.1:${port}`,
        STORE_URL: 'memory:',
        LOG_LEVEL: 'info',
      });
      const refused = new Promise<void>((resolve) => {
        const seen = () => program.output().includes('telegram unreachable') && resolve();
        program.stdout.on('data', seen);
        program.stderr.on('data', seen);
      });
      try {
        const tunnel = await proxy.first;
        expect(tunnel.line).toBe('CONNECT api.telegram.org:443 HTTP/1.1');
        expect(Buffer.from(tunnel.auth?.replace(/^Basic /, '') ?? '', 'base64').toString()).toBe('coach:s3cret-pass');
        // The token travels inside the tunnel's TLS only: the proxy never sees it.
        expect(proxy.tunnels.map((t) => t.line).join('\n')).not.toContain(TOKEN.split(':')[1]);
        // Refused by the proxy, the bot says so and keeps trying (the web chat would keep serving).
        await refused;
      } finally {
        const exited = exitOf(program);
        program.kill('SIGTERM');
        await exited;
        await proxy.close();
      }
      const output = program.output();
      expect(output).toContain('Bot API calls go through the proxy (HTTPS_PROXY)');
      expect(output).toContain('telegram unreachable');
      expect(output).not.toContain('s3cret-pass');
    },
    30_000,
  );
});
