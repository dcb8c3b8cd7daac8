/**
 * The engine around the machine: storage round trips, version resets, stale buttons, ordering
 * of concurrent turns, conflicts between writers, and /forget.
 */
import { Engine } from '../src/core/engine';
import { encodeEnvelope } from '../src/core/envelope';
import { MemoryStore } from '../src/stores/memory-store';
import type { Store, StoredRecord } from '../src/core/ports';
import { ChatDriver } from './support/engine-driver';
import { AT } from './support/explore';
import { translatorFor } from '../src/i18n';

describe('engine', () => {
  it('greets a new conversation in the hinted language', async () => {
    const chat = ChatDriver.create(new MemoryStore(), 'zh');
    const reply = await chat.start();
    expect(reply).toMatchObject({ lang: 'zh', stateId: 'greeting', turn: 1 });
    expect(chat.text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('continues a stored conversation from a new engine on the same store (a restart)', async () => {
    const store = new MemoryStore();
    const first = ChatDriver.create(store);
    await first.start();
    await first.press('begin');
    await first.press('firstTime');
    const second = new ChatDriver(new Engine({ store, now: () => AT }));
    second.last = first.last;
    const reply = await second.press('days1to3');
    expect(reply.stateId).toBe('askPrivilege');
  });

  it('starts over politely when the stored snapshot is from another machine version', async () => {
    const store = new MemoryStore();
    await store.save('chat-1', JSON.stringify({ v: 0, turn: 3, value: 'verdict', context: { lang: 'zh' } }), 0);
    const chat = ChatDriver.create(store);
    const reply = await chat.type('hello');
    expect(reply.stateId).toBe('greeting');
    expect(reply.messages[0]!.blocks[0]!.text).toMatch(/start again/);
  });

  it.each([['not json'], ['{"v":1,"turn":2,"value":"noSuchState","context":{"lang":"en","trail":[],"triedChannels":[]}}']])(
    'starts over instead of crashing on an unreadable snapshot: %s',
    async (data) => {
      const store = new MemoryStore();
      await store.save('chat-1', data, 0);
      const reply = await ChatDriver.create(store).type('hi');
      expect(reply.stateId).toBe('greeting');
    },
  );

  it('answers a stale button with a notice and the current question, changing nothing', async () => {
    const chat = ChatDriver.create();
    await chat.start();
    const oldTurn = chat.last.turn;
    await chat.press('begin');
    const reply = await chat.send({ kind: 'choice', id: 'begin', turn: oldTurn });
    expect(reply.stateId).toBe('askMember');
    expect(reply.messages[0]!.blocks[0]!.text).toMatch(/earlier question/);
    expect(reply.messages.at(-1)!.choices.map((c) => c.id)).toContain('firstTime');
  });

  it('rejects a forged button id that is not on the current question', async () => {
    const chat = ChatDriver.create();
    await chat.start();
    await chat.press('begin');
    const reply = await chat.send({ kind: 'choice', id: 'walkApple', turn: chat.last.turn });
    expect(reply.stateId).toBe('askMember');
  });

  it('keeps old buttons valid while the question has not changed (help, why)', async () => {
    const chat = ChatDriver.create();
    await chat.start();
    await chat.press('begin');
    const turn = chat.last.turn;
    await chat.press('why');
    expect(chat.last.turn).toBe(turn);
    expect((await chat.send({ kind: 'choice', id: 'firstTime', turn })).stateId).toBe('askOpened');
  });

  it('answers stickers and photos, unknown commands and huge messages without losing anything', async () => {
    const chat = ChatDriver.create();
    await chat.start();
    await chat.press('begin');
    for (const inbound of [
      { kind: 'unsupported' as const },
      { kind: 'command' as const, name: 'frobnicate' },
      { kind: 'text' as const, text: 'x'.repeat(5000) },
    ]) {
      const reply = await chat.send(inbound);
      expect(reply.stateId).toBe('askMember');
      expect(reply.messages).toHaveLength(2);
    }
  });

  it('handles 100 concurrent inputs for one chat one at a time, none lost', async () => {
    const chat = ChatDriver.create();
    await chat.start();
    await chat.press('begin');
    const replies = await Promise.all(Array.from({ length: 100 }, () => chat.engine.turn('chat-1', { kind: 'command', name: 'lang' })));
    // Each switch saw the one before it, so the languages alternate.
    expect(replies.map((r) => r.lang)).toEqual(Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 'zh' : 'en')));
  });

  it('redoes a turn when another writer saved first, so no answer is lost', async () => {
    const inner = new MemoryStore();
    let interfere = true;
    const racing: Store = {
      load: (k) => inner.load(k),
      delete: (k) => inner.delete(k),
      close: () => inner.close(),
      async save(k, data, expected): Promise<boolean> {
        if (interfere) {
          interfere = false;
          // Another instance switches the language between our load and our save.
          const current = (await inner.load(k)) as StoredRecord;
          const other = JSON.parse(current.data);
          other.context.lang = 'zh';
          await inner.save(k, JSON.stringify(other), current.version);
        }
        return inner.save(k, data, expected);
      },
    };
    const chat = ChatDriver.create(inner);
    await chat.start();
    interfere = true;
    const engine = new Engine({ store: racing, now: () => AT });
    const reply = await engine.turn('chat-1', { kind: 'choice', id: 'begin', turn: chat.last.turn });
    expect(reply).toMatchObject({ stateId: 'askMember', lang: 'zh' });
  });

  it('/forget deletes everything stored for the chat and only that chat', async () => {
    const store = new MemoryStore();
    const a = ChatDriver.create(store);
    const b = new ChatDriver(a.engine, 'chat-2');
    await a.start();
    await b.start();
    expect(store.size).toBe(2);
    const reply = await a.send({ kind: 'command', name: 'forget' });
    expect(reply.messages[0]!.blocks[0]!.text).toMatch(/deleted everything/);
    expect(await store.load('chat-1')).toBeUndefined();
    expect(store.size).toBe(1);
  });

  it('stores only the state and case file, well under 2 KB for a full case', async () => {
    const store = new MemoryStore();
    const chat = ChatDriver.create(store);
    await chat.start();
    for (const id of [
      'begin',
      'firstTime',
      'over7',
      'gift',
      'wechat',
      'renewOn',
      'goAppeal',
      'misled',
      'skipMisledDetail',
      'cs',
      'notWorked',
      'email',
      'notWorked',
      'escalate',
    ]) {
      await chat.press(id);
    }
    const data = (await store.load('chat-1'))!.data;
    expect(Buffer.byteLength(data)).toBeLessThan(2048);
    expect(data).not.toMatch(/[\u4e00-\u9fff]/); // no rendered text
  });
});

describe('envelope', () => {
  it('round-trips through the store format', () => {
    const encoded = encodeEnvelope({
      machineVersion: 1,
      product: 'xhsBlackCard',
      turn: 1,
      snapshot: { value: 'greeting', context: { lang: 'en', trail: [], triedChannels: [] } } as never,
      applied: [],
    });
    expect(JSON.parse(encoded)).toEqual({ v: 1, p: 'xhsBlackCard', turn: 1, value: 'greeting', context: { lang: 'en', trail: [], triedChannels: [] } });
  });
});

describe('/sources and /summary', () => {
  const en = translatorFor('en');

  it('/sources names what the current advice rests on, with each confidence label, and changes nothing', async () => {
    const chat = ChatDriver.create();
    await chat.start();
    for (const id of ['begin', 'firstTime', 'days1to3', 'noneUsed', 'alipay', 'renewOn']) await chat.press(id);
    const turn = chat.last.turn;
    const reply = await chat.send({ kind: 'command', name: 'sources' });
    const text = reply.messages[0]!.blocks.map((b) => b.text).join('\n');
    expect(text).toContain(`${en('sources.list.guideArticle')} (confidence: ${en('sources.confidence.GUIDE')}; last checked`);
    expect(text).toContain(`${en('sources.list.consumerLaw25')} (confidence: ${en('sources.confidence.HIGH')}; last checked`);
    expect(reply).toMatchObject({ stateId: 'verdict', turn });
  });

  it('/sources at the Alipay renewal switch cites the guides (medium confidence)', async () => {
    const chat = ChatDriver.create();
    await chat.start();
    for (const id of ['begin', 'firstTime', 'days1to3', 'noneUsed', 'alipay', 'renewOn', 'goAppeal', 'money', 'skipOrder', 'finish']) await chat.press(id);
    const reply = await chat.send({ kind: 'command', name: 'sources' });
    expect(reply.messages[0]!.blocks.map((b) => b.text).join('\n')).toContain(
      `${en('sources.list.alipayGuides')} (confidence: ${en('sources.confidence.MEDIUM')}; last checked`,
    );
  });

  it('/summary lists what is still missing, and stops listing it once given', async () => {
    const chat = ChatDriver.create();
    await chat.start();
    for (const id of ['begin', 'firstTime', 'days1to3', 'gift', 'wechat', 'renewOn', 'goAppeal', 'misled', 'skipMisledDetail']) await chat.press(id);
    let card = (await chat.send({ kind: 'command', name: 'summary' })).messages[0]!.blocks.map((b) => b.text).join('\n');
    expect(card).toContain(en('summary.missing.orderNumber'));
    expect(card).toContain(en('summary.missing.exactDate'));
    expect(card).toContain(en('summary.evidence.offerScreenshot')); // misled: keep the offer page
    await chat.type('P2026112055667788');
    card = (await chat.send({ kind: 'command', name: 'summary' })).messages[0]!.blocks.map((b) => b.text).join('\n');
    expect(card).not.toContain(en('summary.missing.orderNumber'));
    expect(card).toContain('P2026112055667788');
  });

  it('Sixth review #13: /summary where drafts are showing points back to them and asks the question again, without printing them twice', async () => {
    const chat = ChatDriver.create();
    await chat.start();
    for (const id of ['begin', 'firstTime', 'days1to3', 'noneUsed', 'alipay', 'renewOn', 'goAppeal', 'money', 'skipOrder', 'cs']) await chat.press(id);
    const reply = await chat.send({ kind: 'command', name: 'summary' });
    const question = reply.messages[reply.messages.length - 1]!;
    expect(question.blocks.some((b) => b.draft)).toBe(false);
    expect(question.blocks.map((b) => b.text).join('\n')).toContain(en('engine:promptAbove'));
    expect(question.choices.length).toBeGreaterThan(1);
    // Any other turn still shows the question whole.
    const again = await chat.send({ kind: 'command', name: 'why' });
    expect(again.messages[again.messages.length - 1]!.blocks.some((b) => b.draft)).toBe(true);
  });
});

describe('updates delivered twice', () => {
  it('applies an update once; a redelivery shows the current question again and changes nothing', async () => {
    const store = new MemoryStore();
    const engine = new Engine({ store, now: () => AT });
    await engine.turn('chat-1', { kind: 'start' }, 'zh', 1);
    await engine.turn('chat-1', { kind: 'text', text: '开始' }, 'zh', 2);
    const first = await engine.turn('chat-1', { kind: 'text', text: '不确定' }, 'zh', 3);
    expect(first.stateId).toBe('askOpened');
    // The same update again ("不确定" would also answer the next question): not applied twice.
    const again = await engine.turn('chat-1', { kind: 'text', text: '不确定' }, 'zh', 3);
    expect(again).toMatchObject({ stateId: 'askOpened', accepted: false });
    expect(again.messages).toHaveLength(1);
    expect(again.messages[0]!.choices.map((c) => c.id)).toContain('days1to3');
  });

  it('after a crash mid-update, the redelivered update is handled, not lost or doubled (SQLite)', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { SqliteStore } = await import('../src/stores/sqlite-store');
    const { openStore } = await import('../src/stores/open-store');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refund-coach-'));
    const url = `sqlite:${path.join(dir, 'coach.db')}`;
    try {
      const before = await openStore(url);
      const engine = new Engine({ store: before.store, now: () => AT });
      await engine.turn('tg:1', { kind: 'start' }, 'en', 10);
      // Update 11 is taken and applied, but the process dies before completing it;
      // update 12 is taken but the process dies before applying it.
      expect(await before.seen.claim(11)).toBe(true);
      await engine.turn('tg:1', { kind: 'text', text: 'start' }, 'en', 11);
      expect(await before.seen.claim(12)).toBe(true);
      await before.store.close();

      const after = await openStore(url);
      const restarted = new Engine({ store: after.store, now: () => AT });
      // Telegram redelivers both: 11 is recognised as applied, 12 is applied now.
      expect(await after.seen.claim(11)).toBe(true);
      const again = await restarted.turn('tg:1', { kind: 'text', text: 'start' }, 'en', 11);
      expect(again).toMatchObject({ stateId: 'askMember', accepted: false });
      expect(await after.seen.claim(12)).toBe(true);
      expect((await restarted.turn('tg:1', { kind: 'text', text: 'first time' }, 'en', 12)).stateId).toBe('askOpened');
      await after.seen.complete(12);
      expect(await after.seen.claim(12)).toBe(false);
      expect(after.store).toBeInstanceOf(SqliteStore);
      await after.store.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('typed commands', () => {
  it.each([
    ['/lang en', 'en'],
    ['/lang zh', 'zh'],
    ['/lang 中文', 'zh'],
    ['/lang', 'zh'],
    ['/lang@refund_coach_bot English', 'en'],
  ])('"%s" from an English conversation leaves it in %s, at the same question', async (text, lang) => {
    const chat = ChatDriver.create();
    await chat.start();
    await chat.press('begin');
    const reply = await chat.type(text);
    expect(reply).toMatchObject({ lang, stateId: 'askMember' });
  });

  it('reads /forget typed as text, the way adapters pass it on', async () => {
    const store = new MemoryStore();
    const chat = ChatDriver.create(store);
    await chat.start();
    await chat.type('/forget');
    expect(store.size).toBe(0);
  });
});
