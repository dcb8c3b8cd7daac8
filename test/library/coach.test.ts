/**
 * The public library surface (src/index.ts), used the way another chat adapter would use it:
 * only through `refund-coach`, never the engine or its stored format.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createCoach, negotiateLanguage, openStore, type Coach } from 'refund-coach';
import { AT } from '../support/explore';
import { lineChat } from './example-adapter';

async function newCoach(): Promise<Coach> {
  const { store } = await openStore('memory:');
  return createCoach({ store, now: () => AT });
}

describe('createCoach', () => {
  it('holds a conversation by typed text and by choice tokens, in the language asked for', async () => {
    const coach = await newCoach();
    const first = await coach.turn('web:1', { text: '/start' }, { lang: 'zh' });
    expect(first.lang).toBe('zh');
    expect(first.state).toBe('greeting');
    const begin = first.choices.find((c) => c.label === '开始')!;
    const asked = await coach.turn('web:1', { choice: begin.token });
    expect(asked).toMatchObject({ state: 'askMember', accepted: true });
    expect((await coach.turn('web:1', { text: '第一次' })).state).toBe('askOpened');
  });

  it('marks drafts, so an adapter can show them as copyable blocks', async () => {
    const coach = await newCoach();
    await coach.turn('web:2', { text: '/start' });
    for (const text of ['start', 'first time', 'more than 7 days', 'none', 'wechat', 'on', 'customer service', 'money', 'skip', 'online customer service']) {
      await coach.turn('web:2', { text });
    }
    const reply = (await coach.peek('web:2'))!;
    expect(reply.state).toBe('appeal_cs');
    const drafts = reply.messages.flatMap((m) => m.blocks).filter((b) => b.draft);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.text).toMatch(/您好/);
  });

  it('answers a token from an older question with a notice, changing nothing', async () => {
    const coach = await newCoach();
    const first = await coach.turn('web:3', { text: '/start' });
    await coach.turn('web:3', { choice: first.choices[0]!.token });
    const stale = await coach.turn('web:3', { choice: first.choices[0]!.token });
    expect(stale).toMatchObject({ accepted: false, state: 'askMember' });
    expect((await coach.turn('web:3', { choice: 'not a token' })).accepted).toBe(false);
  });

  it('applies an input with the same idempotency key once', async () => {
    const coach = await newCoach();
    await coach.turn('web:4', { text: '/start' });
    await coach.turn('web:4', { text: 'start' }, { idempotencyKey: 'req-1' });
    const once = await coach.turn('web:4', { text: '/back' }, { idempotencyKey: 'req-2' });
    const again = await coach.turn('web:4', { text: '/back' }, { idempotencyKey: 'req-2' });
    expect(once.state).toBe('greeting');
    expect(again).toMatchObject({ state: 'greeting', accepted: false });
  });

  it('peeks without changing anything, and forgets everything', async () => {
    const coach = await newCoach();
    expect(await coach.peek('web:5')).toBeUndefined();
    await coach.turn('web:5', { text: '/start' });
    const before = await coach.peek('web:5');
    expect(await coach.peek('web:5')).toEqual(before);
    await coach.forget('web:5');
    expect(await coach.peek('web:5')).toBeUndefined();
    await coach.close();
  });
});

describe('negotiateLanguage', () => {
  it.each([
    ['zh-hans', 'zh'],
    ['zh-TW', 'zh'],
    ['en-GB', 'en'],
    ['zh_CN.UTF-8', 'zh'],
    ['C', 'en'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['fr-FR,fr;q=0.9,zh-CN;q=0.8,en;q=0.5', 'zh'],
    ['de, en;q=0', 'en'],
    ['zh;q=0, en', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%p → %s', (code, lang) => expect(negotiateLanguage(code)).toBe(lang));
});

describe('the README example adapter', () => {
  const example = fs.readFileSync(path.join(__dirname, 'example-adapter.ts'), 'utf8');

  it('is in the README verbatim, and under 40 lines', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(example.trim());
    expect(example.trim().split('\n').length).toBeLessThan(40);
  });

  it('runs a journey to a draft, in Chinese from the locale', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const done = lineChat(input, output, 'zh_CN.UTF-8');
    for (const line of ['1', '第一次', '超过7天', '都没用过', '微信', '开着', '准备联系客服', '经济紧张', '跳过', '在线客服']) input.write(`${line}\n`);
    input.end();
    await done;
    expect(text).toMatch(/第一个问题/);
    expect(text).toMatch(/────\n您好！我想申请退还小红书黑卡会员的费用/);
  });
});
