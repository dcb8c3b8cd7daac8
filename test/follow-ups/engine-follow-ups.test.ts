/**
 * Follow-ups through the real engine and a real store, with a fake clock: what a person sees
 * when they ask for a reminder, when it comes, where it leads, and what /reminders, "stop
 * reminding me", quiet hours, one a day, /forget and an adapter that cannot deliver do.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine, type FollowUpMode, type Inbound, type Reply } from '../../src/core/engine';
import { decodeEnvelope } from '../../src/core/envelope';
import type { Store } from '../../src/core/ports';
import { MemoryStore } from '../../src/stores/memory-store';
import { SqliteStore } from '../../src/stores/sqlite-store';
import { createCoach } from '../../src/library/coach';
import type { Lang } from '../../machines';

const china = (text: string) => Date.parse(`${text}+08:00`);

class Person {
  last!: Reply;
  constructor(
    readonly engine: Engine,
    readonly chat = 'tg:1',
    readonly lang: Lang = 'en',
  ) {}
  async send(inbound: Inbound): Promise<Reply> {
    this.last = await this.engine.turn(this.chat, inbound, this.lang);
    return this.last;
  }
  press = (id: string) => this.send({ kind: 'choice', id, turn: this.last.turn });
  type = (text: string) => this.send({ kind: 'text', text });
  get text(): string {
    return textOf(this.last);
  }
  get choices(): string[] {
    return this.last.messages.at(-1)!.choices.map((c) => c.id);
  }
}

const textOf = (reply: Reply) => reply.messages.flatMap((m) => m.blocks.map((b) => b.text)).join('\n');

function setup(store: Store, options: { mode?: FollowUpMode; lang?: Lang; at?: string } = {}) {
  const clock = { now: china(options.at ?? '2026-11-26T12:00:00') };
  const engine = new Engine({ store, now: () => clock.now, followUps: options.mode ?? 'deliver' });
  const person = new Person(engine, 'tg:1', options.lang ?? 'en');
  return { clock, engine, person, at: (text: string) => (clock.now = china(text)) };
}

/** A first-time member who paid on Mon 23 Nov by WeChat, nothing used: the verdict with 4 days left. */
async function toVerdict(person: Person): Promise<void> {
  await person.send({ kind: 'start' });
  for (const id of ['begin', 'firstTime']) await person.press(id);
  await person.type('2026-11-23');
  for (const id of ['noneUsed', 'wechat', 'renewOn']) await person.press(id);
  expect(person.last.stateId).toBe('verdict');
}

async function submitInApp(person: Person): Promise<void> {
  await person.press('walkApp');
  while (person.last.stateId.startsWith('app_')) await person.press('done');
  expect(person.last.stateId).toBe('afterSubmit');
}

async function dueOf(store: Store, chat = 'tg:1') {
  const record = await store.load(chat);
  return (record && decodeEnvelope(record.data)?.due) ?? [];
}

const stores: Array<[string, () => Store]> = [
  ['memory', () => new MemoryStore()],
  ['SQLite', () => new SqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rc-fu-')), 'c.db'))],
];

describe.each(stores)('follow-ups on %s', (_name, makeStore) => {
  it('window: offered at the verdict, set for 10:00 on the last day, leads back to the verdict decided afresh', async () => {
    const store = makeStore();
    const { engine, person, at } = setup(store);
    await toVerdict(person);
    expect(person.choices).toContain('remindWindow');
    await person.press('remindWindow');
    expect(person.text).toContain("I'll remind you at 10:00 China time on Mon, Nov 30");
    // Set once: the button is not offered again, and the question's buttons still work.
    expect(person.choices).not.toContain('remindWindow');
    await person.type('/reminders');
    expect(person.text).toContain('Mon, Nov 30 10:00: last day of the 7-day refund window');
    expect(person.last.messages[0]!.choices.map((c) => c.id)).toEqual(['cancel_window']);

    at('2026-11-30T09:59:00');
    expect(await engine.fireDue('tg:1')).toBeUndefined();
    at('2026-11-30T10:00:00');
    const run = await engine.fireDue('tg:1');
    const reply = run!.reply!;
    expect(textOf(reply)).toContain('today should be the last day of your 7-day window');
    // Decided afresh on its day: "submit today", not "4 days left".
    expect(textOf(reply)).toMatch(/submit today/);
    expect(reply.stateId).toBe('verdict');
    expect(reply.messages.at(-1)!.choices.map((c) => c.id)).toEqual(['walkApp', 'walkWeb', 'goAppeal', 'familyPaid', 'back', 'stopReminders']);
    // Its buttons continue the conversation.
    person.last = reply;
    await person.press('walkApp');
    expect(person.last.stateId).toBe('app_openMe');
    // Sent once: nothing is due any more.
    expect(await engine.fireDue('tg:1')).toBeUndefined();
    expect(await engine.dueConversations('tg:')).toEqual([]);
    await store.close();
  });

  it('window: dropped from the schedule as soon as the person submits, so it never comes', async () => {
    const store = makeStore();
    const { engine, person, at } = setup(store);
    await toVerdict(person);
    await person.press('remindWindow');
    expect(await dueOf(store)).toHaveLength(1);
    await submitInApp(person);
    expect(await dueOf(store)).toEqual([]);
    at('2026-11-30T10:00:00');
    expect(await engine.dueConversations('tg:')).toEqual([]);
    expect(await engine.fireDue('tg:1')).toBeUndefined();
    await store.close();
  });

  it('review: "no answer yet, remind me" comes on the 4th working day after submitting and asks where things stand', async () => {
    const store = makeStore();
    const { engine, person, at } = setup(store);
    await toVerdict(person);
    await submitInApp(person);
    expect(person.choices).toContain('remindReview');
    await person.press('remindReview');
    // Submitted Thu 26 Nov: working days 27, 30, 1 → the review's usual end; the 4th is Wed 2 Dec.
    expect(person.text).toContain("I'll remind you at 10:00 China time on Wed, Dec 2");
    expect(person.last.stateId).toBe('renewal');
    await person.press('renewLater');
    await person.press('skipReminder');
    at('2026-12-02T10:00:30');
    const reply = (await engine.fireDue('tg:1'))!.reply!;
    expect(textOf(reply)).toContain('Have you heard back?');
    expect(reply.stateId).toBe('afterSubmit');
    person.last = reply;
    await person.press('approved');
    expect(person.last.stateId).toBe('renewal');
    await store.close();
  });

  it('escalation: at the customer-service rung, comes after 2 working days with no answer and leads back to that rung', async () => {
    const store = makeStore();
    const { engine, person, at } = setup(store);
    await toVerdict(person);
    for (const id of ['goAppeal', 'notNeeded', 'skipOrder', 'cs']) await person.press(id);
    expect(person.last.stateId).toBe('appeal_cs');
    await person.press('remindEscalation');
    // Contacted Thu 26 Nov: 1–2 working days (27, 30) → the morning of the 3rd, Tue 1 Dec.
    expect(person.text).toContain("I'll remind you at 10:00 China time on Tue, Dec 1");
    at('2026-12-01T10:00:00');
    const reply = (await engine.fireDue('tg:1'))!.reply!;
    expect(textOf(reply)).toContain('since you contacted customer service');
    expect(reply.stateId).toBe('appeal_cs');
    person.last = reply;
    await person.press('notWorked');
    expect(person.last.stateId).toBe('appealMenu');
    await store.close();
  });

  it('renewal: a typed charge date sets it 5 days before; it leads back to switching auto-renewal off', async () => {
    const store = makeStore();
    const { engine, person, at } = setup(store);
    await toVerdict(person);
    await submitInApp(person);
    await person.press('pending');
    await person.press('renewLater');
    expect(person.last.stateId).toBe('renewalReminder');
    await person.type('Dec 20');
    expect(person.text).toContain("I'll remind you at 10:00 China time on Tue, Dec 15");
    expect(person.last.stateId).toBe('summary');
    at('2026-12-15T10:05:00');
    const reply = (await engine.fireDue('tg:1'))!.reply!;
    expect(textOf(reply)).toContain('auto-renewal was still on');
    expect(reply.stateId).toBe('renewal');
    person.last = reply;
    await person.press('renewDone');
    expect(person.last.stateId).toBe('summary');
    await store.close();
  });

  it('money: offered in the summary after approval; WeChat Pay is checked after 3 working days, with advice if nothing came', async () => {
    const store = makeStore();
    const { engine, person, at } = setup(store);
    await toVerdict(person);
    await submitInApp(person);
    await person.press('approved');
    await person.press('renewDone');
    expect(person.choices).toContain('remindMoney');
    await person.press('remindMoney');
    // Approved Thu 26 Nov; bank-card check after 3 working days (27, 30, 1) → Wed 2 Dec.
    expect(person.text).toContain("I'll remind you at 10:00 China time on Wed, Dec 2");
    at('2026-12-02T11:00:00');
    const reply = (await engine.fireDue('tg:1'))!.reply!;
    expect(reply.stateId).toBe('askArrived');
    person.last = reply;
    await person.press('moneyNotArrived');
    expect(person.text).toContain("WeChat Pay's bill");
    // A message for customer service and a 12315 summary come with it (issue 20, Fix 8).
    expect(person.last.stateId).toBe('moneyMissing');
    expect(person.text).toContain('至今没有收到这笔钱');
    await store.close();
  });

  it('quiet hours: overdue ones found at night wait for 09:00, then come one a day; a moot one is dropped, not sent', async () => {
    const store = makeStore();
    const { engine, person, at } = setup(store);
    await toVerdict(person);
    await person.press('remindWindow'); // Mon 30 Nov 10:00, the last day
    for (const id of ['goAppeal', 'notNeeded', 'skipOrder', 'cs', 'remindEscalation']) await person.press(id); // Tue 1 Dec 10:00
    await person.press('renewLater');
    await person.press('remindRenewal'); // Fri 27 Nov 10:00
    expect((await dueOf(store)).map((d) => d.kind).sort()).toEqual(['escalation_cs', 'renewal', 'window']);
    // The bot was down until Tue 1 Dec 22:30: all three overdue, and it is night.
    at('2026-12-01T22:30:00');
    const night = await engine.fireDue('tg:1');
    expect(night?.reply).toBeUndefined();
    // The window's last day has passed: "today is the last day" would be false, so it is dropped.
    expect(night?.dropped).toEqual(['window']);
    const moved = (await dueOf(store)).map((d) => [d.kind, d.at]).sort();
    expect(moved).toEqual([
      ['escalation_cs', china('2026-12-03T10:00:00')],
      ['renewal', china('2026-12-02T09:00:00')],
    ]);
    at('2026-12-02T09:00:00');
    const first = (await engine.fireDue('tg:1'))!;
    expect(first.reply?.followUp).toBe('renewal');
    // Late counts from its first time (27 Nov 10:00), not from when it was moved.
    expect(first.lateMs).toBe(china('2026-12-02T09:00:00') - china('2026-11-27T10:00:00'));
    // The other waits for tomorrow: one a day.
    at('2026-12-02T15:00:00');
    expect(await engine.fireDue('tg:1')).toBeUndefined();
    at('2026-12-03T10:00:00');
    expect((await engine.fireDue('tg:1'))!.reply?.followUp).toBe('escalation_cs');
    await store.close();
  });

  it('"stop reminding me" on a reminder cancels the rest; /reminders then says none are set', async () => {
    const store = makeStore();
    const { engine, person, at } = setup(store);
    await toVerdict(person);
    await person.press('remindWindow');
    await person.press('goAppeal');
    for (const id of ['notNeeded', 'skipOrder', 'cs', 'remindEscalation']) await person.press(id);
    at('2026-11-30T10:00:00');
    const reply = (await engine.fireDue('tg:1'))!.reply!;
    person.last = reply;
    await person.press('stopReminders');
    expect(person.text).toContain('no more reminders from me');
    expect(await dueOf(store)).toEqual([]);
    await person.type('/reminders');
    expect(person.text).toContain('You have no reminders set');
    await store.close();
  });

  it('/reminders cancels one reminder with its button, even from an older message', async () => {
    const store = makeStore();
    const { person } = setup(store);
    await toVerdict(person);
    await person.press('remindWindow');
    await person.type('/reminders');
    const listTurn = person.last.turn;
    await person.press('walkApp');
    await person.send({ kind: 'choice', id: 'cancel_window', turn: listTurn });
    expect(person.text).toContain('that reminder is cancelled');
    expect(await dueOf(store)).toEqual([]);
    await store.close();
  });

  it('/forget removes the follow-ups with the conversation', async () => {
    const store = makeStore();
    const { engine, person, at } = setup(store);
    await toVerdict(person);
    await person.press('remindWindow');
    await person.type('/forget');
    at('2026-11-30T10:00:00');
    expect(await engine.dueConversations('tg:')).toEqual([]);
    expect(await store.load('tg:1')).toBeUndefined();
    if (store instanceof SqliteStore) expect(store.countRows('tg:1')).toBe(0);
    await store.close();
  });
});

describe('found by a reviewer walking the reminders as a person', () => {
  it('the last-day reminder goes out even at 22:00 on its day (the bot was down), not the next morning when it is moot', async () => {
    const { engine, person, at } = setup(new MemoryStore());
    await toVerdict(person);
    await person.press('remindWindow');
    at('2026-11-30T22:00:00');
    const reply = (await engine.fireDue('tg:1'))!.reply!;
    expect(reply.followUp).toBe('window');
  });

  it('the window keeps its last day; a reminder set for that day first makes way', async () => {
    const store = new MemoryStore();
    const { person } = setup(store, { at: '2026-11-25T12:00:00' });
    await toVerdict(person); // last day Mon 30 Nov
    for (const id of ['goAppeal', 'notNeeded', 'skipOrder', 'cs', 'remindEscalation']) await person.press(id);
    // Contacted Wed 25: working days 26, 27 → the morning of the 3rd, Mon 30 Nov.
    expect(person.text).toContain('10:00 China time on Mon, Nov 30');
    while (person.last.stateId !== 'verdict') await person.type('/back');
    await person.press('remindWindow');
    expect(person.text).toContain("I'll remind you at 10:00 China time on Mon, Nov 30");
    const due = Object.fromEntries((await dueOf(store)).map((d) => [d.kind, d.at]));
    expect(due).toEqual({ window: china('2026-11-30T10:00:00'), escalation_cs: china('2026-12-01T10:00:00') });
  });

  it('a reminder asked for after its day has passed is not set, and the person is told', async () => {
    const store = new MemoryStore();
    const { person, at } = setup(store);
    await toVerdict(person);
    at('2026-12-01T12:00:00');
    await person.press('remindWindow');
    expect(person.text).toContain('That day has already passed');
    expect(await dueOf(store)).toEqual([]);
  });

  it('after a review reminder, "no answer yet" says to ask customer service now, and auto-renewal already off is not asked again', async () => {
    const { engine, person, at } = setup(new MemoryStore());
    await toVerdict(person);
    await submitInApp(person);
    await person.press('remindReview');
    await person.press('renewDone');
    at('2026-12-02T10:00:00');
    person.last = (await engine.fireDue('tg:1'))!.reply!;
    await person.press('pending');
    expect(person.text).toContain('now is the time to ask customer service');
    expect(person.last.stateId).toBe('summary');
    expect(person.text).not.toContain("You said it's on");
  });

  it('"check in with me later" pressed again after the reminder is set for the next morning, not for now', async () => {
    const store = new MemoryStore();
    const { engine, person, at } = setup(store);
    await toVerdict(person);
    await submitInApp(person);
    await person.press('remindReview');
    at('2026-12-02T10:00:00');
    person.last = (await engine.fireDue('tg:1'))!.reply!;
    await person.press('remindReview');
    expect(person.text).toContain("I'll remind you at 10:00 China time on Thu, Dec 3");
  });

  it.each(['别再提醒我了', 'stop reminding me', '取消提醒'])('typed "%s" stops every reminder, as the button does', async (typed) => {
    const store = new MemoryStore();
    const { person } = setup(store);
    await toVerdict(person);
    await person.press('remindWindow');
    await person.type(typed);
    expect(person.text).toContain('no more reminders from me');
    expect(await dueOf(store)).toEqual([]);
  });
});

describe('where follow-ups cannot be delivered', () => {
  it.each([
    ['unavailable', 'Reminders need Telegram or the web chat'],
    ['off', 'Reminders are switched off here'],
  ] as const)('%s: the person is told, gets the time to note down, and nothing is stored', async (mode, says) => {
    const store = new MemoryStore();
    const { person } = setup(store, { mode });
    await toVerdict(person);
    await person.press('remindWindow');
    expect(person.text).toContain(says);
    expect(person.text).toContain('Mon, Nov 30 10:00 (China time)');
    expect(await dueOf(store)).toEqual([]);
    await person.type('/reminders');
    expect(person.text).toContain(says.split(' here')[0]!);
  });
});

describe('in Chinese', () => {
  it('shows the time in China time, written the Chinese way', async () => {
    const { person } = setup(new MemoryStore(), { lang: 'zh' });
    await toVerdict(person);
    await person.press('remindWindow');
    expect(person.text).toContain('我会在11月30日周一 10:00（北京时间）提醒你');
  });
});

describe('the web chat (library `due`, on a visit)', () => {
  it('shows a follow-up due since the last visit at once, even at night, then leads on', async () => {
    const clock = { now: china('2026-11-26T12:00:00') };
    const coach = createCoach({ store: new MemoryStore(), now: () => clock.now, followUps: 'deliver' });
    let reply = await coach.turn('web:a', { text: '/start' });
    const press = async (label: RegExp) => {
      const choice = reply.choices.find((c) => label.test(c.label));
      if (!choice) throw new Error(`no choice ${label} in ${reply.choices.map((c) => c.label).join(' | ')}`);
      reply = await coach.turn('web:a', { choice: choice.token });
    };
    await press(/start|begin/i);
    await press(/first/i);
    reply = await coach.turn('web:a', { text: '2026-11-23' });
    await press(/none|haven't/i);
    await press(/wechat/i);
    await press(/^yes|on/i);
    await press(/remind me on the last day/);
    expect(await coach.due('web:a')).toBeUndefined();
    clock.now = china('2026-11-30T23:30:00');
    const due = await coach.due('web:a');
    expect(due?.messages.map((m) => m.blocks.map((b) => b.text).join('\n')).join('\n')).toContain('last day of your 7-day window');
    expect(due?.choices.map((c) => c.label)).toContain('🔕 Stop all reminders');
    expect(await coach.due('web:a')).toBeUndefined();
  });
});
