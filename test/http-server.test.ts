/**
 * The shared HTTP server (src/http/server.ts) enforces its connection limits itself: a
 * connection past the cap is closed at once, an idle keep-alive connection is closed after
 * its timeout, and a request whose headers never finish is cut at the request timeout.
 */
import net from 'node:net';
import { startHttpServer, type HttpServer } from '../src/http/server';
import { silentLogger } from '../src/core/ports';

/** Resolves with how long the server took to close the socket (or `giveUpMs`). */
function closedAfter(socket: net.Socket, giveUpMs: number): Promise<number> {
  const started = Date.now();
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(giveUpMs), giveUpMs);
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Date.now() - started);
    });
  });
}

describe('http server limits', () => {
  let server: HttpServer;
  const sockets: net.Socket[] = [];
  const connect = () =>
    new Promise<net.Socket>((resolve) => {
      const socket = net.connect(server.port, '127.0.0.1', () => resolve(socket));
      sockets.push(socket);
    });

  beforeAll(async () => {
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger,
      limits: { maxConnections: 3, keepAliveTimeoutMs: 300, requestTimeoutMs: 500, checkIntervalMs: 100 },
      routes: [async (app) => void app.get('/ping', async () => 'pong')],
    });
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await server.close();
  });

  it('closes a connection past the cap at once', async () => {
    const held = await Promise.all([connect(), connect(), connect()]);
    const extra = await connect();
    expect(await closedAfter(extra, 1000)).toBeLessThan(1000);
    for (const socket of held) socket.destroy();
    await new Promise((r) => setTimeout(r, 50));
  });

  it('closes an idle keep-alive connection after its timeout', async () => {
    const socket = await connect();
    socket.write('GET /ping HTTP/1.1\r\nHost: x\r\n\r\n');
    // node adds up to a second of grace to the keep-alive timeout.
    expect(await closedAfter(socket, 3000)).toBeLessThan(2500);
  });

  it('cuts a request whose headers never finish', async () => {
    const socket = await connect();
    socket.write('GET /ping HTTP/1.1\r\nHost: x\r\n');
    expect(await closedAfter(socket, 3000)).toBeLessThan(1500);
  });
});
