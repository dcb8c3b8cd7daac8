/** Typed dates through the engine: a future day is refused as one, a vague span becomes its bucket. */
import { ChatDriver } from '../support/engine-driver';

async function atOpened(): Promise<ChatDriver> {
  const chat = ChatDriver.create();
  await chat.start();
  await chat.press('begin');
  await chat.press('firstTime');
  expect(chat.last.stateId).toBe('askOpened');
  return chat;
}

it.each(['next Tuesday', '下周二', 'tomorrow'])('"%s" is refused as a future date, not moved back a week', async (text) => {
  const chat = await atOpened();
  const reply = await chat.type(text);
  expect(reply.stateId).toBe('askOpened');
  expect(chat.text).toMatch(/future|hasn't happened|not happened|ahead/i);
});

it('a vague "over a week ago" becomes "more than 7 days", never a precise day', async () => {
  const chat = await atOpened();
  expect((await chat.type('over a week ago')).stateId).toBe('askPrivilege');
});

it('"a few days ago" is asked back as the likeliest bucket', async () => {
  const chat = await atOpened();
  await chat.type('a few days ago');
  expect(chat.text).toContain('Do you mean "1–3 days ago"?');
  expect((await chat.press('confirmYes')).stateId).toBe('askPrivilege');
});

it('at "So it was Fri, Nov 20?", "早一天" records the day before that one (Nov 19), not a day counted from today', async () => {
  const chat = await atOpened();
  await chat.type('星期五');
  expect(chat.last.stateId).toBe('confirmOpened');
  const reply = await chat.type('早一天');
  expect(reply.stateId).toBe('askPrivilege');
  expect(chat.text).toMatch(/Nov(ember)? 19|11月19日/);
});

it('at the confirmation, "one day later, the 22nd" names two different days: asked again, nothing recorded', async () => {
  const chat = await atOpened();
  await chat.type('Friday');
  const reply = await chat.type('one day later, the 22nd');
  expect(reply.stateId).toBe('confirmOpened');
});
