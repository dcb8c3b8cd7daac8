/**
 * The product is a value: a coach given two products asks which at the greeting, and each
 * conversation then follows its own product's rules and texts. The third product here
 * (test/products/tiny-membership) is a folder of its own with no edit under src/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCoach, xhsBlackCard, type CoachReply } from 'refund-coach';
import { decodeEnvelope } from '../../src/core/envelope';
import { MemoryStore } from '../../src/stores/memory-store';
import { AT } from '../support/explore';
import { tinyMembership } from './tiny-membership';

const textOf = (reply: CoachReply) => reply.messages.flatMap((m) => m.blocks.map((b) => b.text)).join('\n');
const labels = (reply: CoachReply) => reply.choices.map((c) => c.label);
const press = (reply: CoachReply, label: string) => {
  const choice = reply.choices.find((c) => c.label === label);
  if (!choice) throw new Error(`no button ${label} in ${labels(reply).join(' | ')}`);
  return { choice: choice.token };
};

/** One journey: the product's button, first time, paid on Nov 21 (5 days before AT), nothing used, Alipay, renewal on. */
async function journey(productLabel: string, lang: 'en' | 'zh' = 'en') {
  const store = new MemoryStore();
  const coach = createCoach({ store, now: () => AT, products: [xhsBlackCard, tinyMembership] });
  const say = (input: { text: string } | { choice: string }) => coach.turn('t:1', input, { lang });
  const greeting = await say({ text: '/start' });
  let reply = await say(press(greeting, productLabel));
  const askMember = reply;
  reply = await say({ text: lang === 'zh' ? '第一次' : 'first time' });
  reply = await say({ text: '2026-11-21' });
  if (reply.state === 'confirmOpened') reply = await say({ text: 'yes' });
  reply = await say({ text: lang === 'zh' ? '没用过' : 'none' });
  reply = await say({ text: lang === 'zh' ? '支付宝' : 'alipay' });
  const verdict = await say({ text: lang === 'zh' ? '开着' : 'on' });
  return { store, coach, greeting, askMember, verdict, say };
}

describe('products as values', () => {
  it('offers the other product at the greeting, its button labelled by that product', async () => {
    const { greeting } = await journey('Tiny Plus');
    expect(textOf(greeting)).toContain("Was it another app's membership that charged you");
    expect(labels(greeting)).toEqual(['Start', 'Tiny Plus', expect.any(String)]);
  });

  it('follows the chosen product: its question, its answers, its window, its steps', async () => {
    const tiny = await journey('Tiny Plus');
    expect(textOf(tiny.askMember)).toContain('Tiny Plus: is this your first');
    expect(tiny.askMember.choices.map((c) => c.label).join()).not.toMatch(/小红卡|Red Card/);
    // Paid 5 days ago: outside Tiny Plus's 3 days, inside 黑卡's 7.
    expect(tiny.verdict.state).toBe('verdict');
    expect(textOf(tiny.verdict)).toContain('more than 3 days have passed');
    const walk = await tiny.say(press(tiny.verdict, tiny.verdict.choices.find((c) => /app/i.test(c.label))!.label));
    expect(textOf(walk)).toContain('Tiny step 1 of 2: open Account.');

    const black = await journey('Start');
    expect(textOf(black.askMember)).toMatch(/小红卡|Red Card/);
    expect(textOf(black.verdict)).toContain('inside the 7 days');
  });

  it('speaks the product in Chinese too', async () => {
    const tiny = await journey('Tiny Plus 会员', 'zh');
    expect(textOf(tiny.askMember)).toContain('Tiny Plus：这是你第一次开通');
    expect(textOf(tiny.verdict)).toContain('已经超过3天');
  });

  it('stores the product with the conversation; a record saved before products read as 黑卡', async () => {
    const { store } = await journey('Tiny Plus');
    const saved = JSON.parse((await store.load('t:1'))!.data) as { p?: string };
    expect(saved.p).toBe('tinyMembership');

    // A 黑卡 conversation at its first question, written the way records were before products.
    const legacy = new MemoryStore();
    const coach = createCoach({ store: legacy, now: () => AT });
    await coach.turn('old', { text: '/start' });
    const greeting = await coach.peek('old');
    await coach.turn('old', { choice: greeting!.choices[0]!.token });
    const record = await legacy.load('old');
    const { p: _product, ...before } = JSON.parse(record!.data) as Record<string, unknown>;
    expect(await legacy.save('old', JSON.stringify(before), record!.version)).toBe(true);
    expect(decodeEnvelope(JSON.stringify(before))?.product).toBe('xhsBlackCard');
    const next = await coach.turn('old', { text: 'first time' });
    expect(next.state).toBe('askOpened');
    expect(textOf(next)).not.toContain("couldn't pick up our earlier conversation");
  });

  it('needed no edit under src/: nothing there names the test product', () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const root = path.join(__dirname, '..', '..');
    const naming = [...files(path.join(root, 'src')), ...files(path.join(root, 'machines'))].filter((f) =>
      /tinyMembership|tiny-membership/.test(fs.readFileSync(f, 'utf8')),
    );
    expect(naming).toEqual([]);
  });
});
