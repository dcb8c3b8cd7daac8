/**
 * A fake Telegram Bot API over HTTP on 127.0.0.1, for bots in this process or in child
 * processes (TELEGRAM_API_ROOT). It records every sendMessage the moment it arrives (that is
 * when Telegram shows the message to the person), then answers after a delay the test chooses,
 * so a process killed while waiting for the answer has a message out that it never saw
 * acknowledged. Chats in `blocked` get 403 "bot was blocked by the user". getUpdates has
 * nothing to give and is held open for a moment, like a long poll.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMessage {
  chatId: number;
  text: string;
  at: number;
}

export interface FakeBotApiOptions {
  /**
   * Milliseconds a sendMessage takes to reach Telegram: a client that dies meanwhile (its
   * connection closes) sent nothing.
   */
  arriveDelayMs?: () => number;
  /** Milliseconds before a sendMessage is answered (it counts as sent already). */
  sendDelayMs?: () => number;
  /** How long an empty getUpdates is held open. */
  pollHoldMs?: number;
}

export class FakeBotApi {
  readonly sent: SentMessage[] = [];
  readonly blocked = new Set<number>();
  /** 403s answered, per chat. */
  readonly refused = new Map<number, number>();
  /** sendMessage calls on their way or not yet answered. */
  get inFlight(): number {
    return this.flying;
  }
  private set inFlight(n: number) {
    this.flying = n;
    if (n === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
  private flying = 0;
  private readonly idleWaiters: Array<() => void> = [];

  /**
   * Resolves once no sendMessage is on its way or waiting for its answer: after a kill, each
   * message the dead process had fully written has then arrived (or been dropped) for good.
   */
  idle(): Promise<void> {
    return this.flying === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }
  private server?: http.Server;
  private nextId = 1;
  private readonly sockets = new Set<import('node:net').Socket>();

  constructor(private readonly options: FakeBotApiOptions = {}) {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Texts that reached one chat, in order. */
  textsTo(chatId: number): string[] {
    return this.sent.filter((m) => m.chatId === chatId).map((m) => m.text);
  }

  /** How many messages containing `needle` reached each chat. */
  countsOf(needle: string): Map<number, number> {
    const counts = new Map<number, number>();
    for (const m of this.sent) if (m.text.includes(needle)) counts.set(m.chatId, (counts.get(m.chatId) ?? 0) + 1);
    return counts;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const method = (req.url ?? '').split('/').at(-1) ?? '';
    let payload: Record<string, unknown> = {};
    try {
      payload = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {};
    } catch {
      payload = {};
    }
    const answer = (status: number, body: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    switch (method) {
      case 'getMe':
        return answer(200, { ok: true, result: { id: 123456789, is_bot: true, first_name: 'Coach', username: 'refund_coach_bot' } });
      case 'getUpdates':
        await new Promise((r) => setTimeout(r, this.options.pollHoldMs ?? 200));
        return answer(200, { ok: true, result: [] });
      case 'sendMessage': {
        const chatId = Number(payload.chat_id);
        if (this.blocked.has(chatId)) {
          this.refused.set(chatId, (this.refused.get(chatId) ?? 0) + 1);
          return answer(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
        }
        const travel = this.options.arriveDelayMs?.() ?? 0;
        if (travel > 0) {
          this.inFlight++;
          await new Promise((r) => setTimeout(r, travel));
          this.inFlight--;
          if (req.socket.destroyed || res.destroyed) return;
        }
        const text = String(payload.text);
        this.sent.push({ chatId, text, at: Date.now() });
        const messageId = this.nextId++;
        this.inFlight++;
        const delay = this.options.sendDelayMs?.() ?? 0;
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        this.inFlight--;
        return answer(200, { ok: true, result: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, text } });
      }
      default:
        return answer(200, { ok: true, result: true });
    }
  }
}

export const unescapeHtml = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
