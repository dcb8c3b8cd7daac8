/**
 * "Do you mean …?": a typed answer read only tentatively is held in the stored conversation,
 * asked back with yes/no buttons, and applied on a yes, dropped on a no, or replaced by
 * whatever else the person says. Driven through the engine, as every adapter is.
 */
import { Engine } from '../../src/core/engine';
import { decodeEnvelope, encodeEnvelope } from '../../src/core/envelope';
import { MemoryStore } from '../../src/stores/memory-store';
import { ChatDriver } from '../support/engine-driver';
import { AT } from '../support/explore';

/** A Chinese conversation at "is auto-renew still on?". */
async function atAutoRenew(store = new MemoryStore()): Promise<ChatDriver> {
  const chat = ChatDriver.create(store, 'zh');
  await chat.start();
  await chat.press('begin');
  for (const answer of ['第一次', '3天前', '没有', '支付宝']) await chat.type(answer);
  expect(chat.last.stateId).toBe('askAutoRenew');
  return chat;
}

async function heldAt(store = new MemoryStore()): Promise<ChatDriver> {
  const chat = await atAutoRenew(store);
  const before = chat.last.turn;
  const reply = await chat.type('应该开着吧');
  expect(chat.text).toContain('你是说「开着」吗？');
  expect(chat.choiceIds).toEqual(['confirmYes', 'confirmNo']);
  expect(reply.turn).toBe(before + 1);
  expect(reply.stateId).toBe('askAutoRenew');
  return chat;
}

describe('a tentative answer is confirmed before it is recorded', () => {
  it('asks back, and a pressed yes applies the held choice as if its button had been pressed', async () => {
    const store = new MemoryStore();
    const chat = await heldAt(store);
    const reply = await chat.press('confirmYes');
    expect(reply.stateId).toBe('verdict');
    const stored = decodeEnvelope((await store.load('chat-1'))!.data)!;
    expect(stored.snapshot.context.autoRenew).toBe('renewOn');
    expect(stored.pending).toBeUndefined();
  });

  it('takes a typed yes the same way', async () => {
    const chat = await heldAt();
    expect((await chat.type('对')).stateId).toBe('verdict');
  });

  it('on a no says so and asks the original question again, recording nothing', async () => {
    const chat = await heldAt();
    const turn = chat.last.turn;
    const reply = await chat.press('confirmNo');
    expect(reply.stateId).toBe('askAutoRenew');
    expect(reply.turn).toBe(turn + 1);
    expect(chat.text).toMatch(/不是这个/);
    expect(chat.choiceIds).toContain('renewOn');
    // A bare "不是" to "is it on?" is asked back (read as off by mistake, the switch-off steps would be skipped).
    expect((await chat.type('不是')).stateId).toBe('askAutoRenew');
    expect(chat.text).toMatch(/关/);
    expect((await chat.press('confirmYes')).stateId).toBe('verdict');
  });

  it('reads anything else as a fresh answer to the original question', async () => {
    const chat = await heldAt();
    expect((await chat.type('已经关了')).stateId).toBe('verdict');
  });

  it('lets a command through as usual', async () => {
    const chat = await heldAt();
    expect((await chat.type('/back')).stateId).toBe('askPayment');
  });

  it('treats the buttons of the question before as stale', async () => {
    const chat = await atAutoRenew();
    const oldTurn = chat.last.turn;
    await chat.type('应该开着吧');
    const reply = await chat.send({ kind: 'choice', id: 'renewOff', turn: oldTurn });
    expect(reply.accepted).toBe(false);
    expect(chat.text).toContain('你是说「开着」吗？');
  });

  it('survives a restart: the held reading is stored with the conversation', async () => {
    const store = new MemoryStore();
    const first = await heldAt(store);
    const second = new ChatDriver(new Engine({ store, now: () => AT }), 'chat-1', 'zh');
    second.last = first.last;
    expect((await second.press('confirmYes')).stateId).toBe('verdict');
  });
});

describe('stored conversations', () => {
  it('reads a record written before readings could be held', async () => {
    const store = new MemoryStore();
    await atAutoRenew(store);
    const stored = decodeEnvelope((await store.load('chat-1'))!.data)!;
    const data = encodeEnvelope(stored);
    expect(JSON.parse(data)).not.toHaveProperty('pending');
    expect(decodeEnvelope(data)?.pending).toBeUndefined();
    expect(decodeEnvelope(encodeEnvelope({ ...stored, pending: 'renewOn' }))?.pending).toBe('renewOn');
  });
});
