/**
 * Review 31 F10: the 2024 Regulations' long English title is given once per conversation, then
 * "the Regulations". Which laws a conversation has been told in full is saved with it, so a
 * restart does not name them again, and an unsent reply sent later reads as it did.
 */
import { Engine, type Reply } from '../src/core/engine';
import { MemoryStore } from '../src/stores/memory-store';
import { JOURNEYS, J, type Step } from './products/journeys';
import { AT } from './support/explore';

const FULL = 'the 2024 Regulations for the Implementation of the Consumer Rights Protection Law 《消费者权益保护法实施条例》';
const text = (reply: Reply) => reply.messages.flatMap((m) => m.blocks.filter((b) => !b.draft).map((b) => b.text)).join('\n\n');
const fullCount = (replies: Reply[]) => replies.reduce((n, r) => n + text(r).split(FULL).length - 1, 0);
const shortCount = (replies: Reply[]) => replies.reduce((n, r) => n + (text(r).match(/the Regulations(?! for the Implementation)/g)?.length ?? 0), 0);

/** Plays a journey's button and text steps (no waiting days) through `engine`, returning each reply. */
async function play(engine: Engine, steps: readonly Step[], lang: 'zh' | 'en', from?: Reply): Promise<Reply[]> {
  let reply = from ?? (await engine.turn('c', { kind: 'text', text: '/start' }, lang));
  const replies = from ? [] : [reply];
  for (const step of steps) {
    if (typeof step === 'object' && 'days' in step) break;
    reply = await engine.turn('c', typeof step === 'string' ? { kind: 'choice', id: step, turn: reply.turn } : { kind: 'text', text: step.text }, lang);
    replies.push(reply);
  }
  return replies;
}

const renewal = JOURNEYS[J.renewalPriceChange]!;

describe('the Regulations named in full once per conversation', () => {
  it('a renewal conversation names them in full at the first mention, and only there', async () => {
    const replies = await play(new Engine({ store: new MemoryStore(), now: () => AT }), renewal, 'en');
    expect(fullCount(replies)).toBe(1);
    expect(shortCount(replies)).toBeGreaterThan(3);
    // The full name comes before any short one.
    const all = replies.map(text).join('\n\n');
    expect(all.indexOf(FULL)).toBeLessThan(all.search(/the Regulations(?! for the Implementation)/));
  });

  it('after a restart (a new engine on the same store) the conversation goes on with the short form', async () => {
    const store = new MemoryStore();
    const half = Math.floor(renewal.length / 2);
    const first = await play(new Engine({ store, now: () => AT }), renewal.slice(0, half), 'en');
    expect(fullCount(first)).toBe(1);
    const rest = await play(new Engine({ store, now: () => AT }), renewal.slice(half), 'en', first.at(-1));
    expect(fullCount(rest)).toBe(0);
    expect(shortCount(rest)).toBeGreaterThan(0);
  });

  it('an unsent reply read back from the outbox reads as it did: the one that named them in full still does', async () => {
    const engine = new Engine({ store: new MemoryStore(), now: () => AT, outbox: true });
    const replies = await play(engine, renewal.slice(0, 8), 'en');
    const naming = replies.findIndex((r) => text(r).includes(FULL));
    expect(naming).toBeGreaterThan(0);
    // Nothing was confirmed sent: every reply waits in the outbox, as after a crash.
    const unsent = (await engine.unsent('c')).map((u) => u.reply);
    const resent = unsent.find((r) => r.outboxId === replies[naming]!.outboxId)!;
    expect(text(resent)).toContain(FULL);
    expect(fullCount(unsent)).toBe(1);
  });

  it('a Chinese conversation switched to English is told the English title in full once', async () => {
    const engine = new Engine({ store: new MemoryStore(), now: () => AT });
    const zh = await play(engine, renewal.slice(0, 10), 'zh');
    expect(zh.map(text).join('')).toContain('《消费者权益保护法实施条例》');
    const switched = await engine.turn('c', { kind: 'command', name: 'lang', arg: 'en' }, 'zh');
    const en = [switched, ...(await play(engine, renewal.slice(10), 'en', switched))];
    expect(fullCount(en)).toBe(1);
  });
});
