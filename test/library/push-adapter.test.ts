/**
 * The README's push adapter, built on the public surface alone, compiled and run: a journey
 * whose sends fail now and then arrives whole, once and in order; a reminder asked for at the
 * verdict arrives days later through the same outbox.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AT } from '../support/explore';
import { startPushAdapter, type Platform } from './push-adapter-example';

const DAY_MS = 24 * 3_600_000;
const ANSWERS = ['/start', "let's start", 'first time', '3 days ago', 'no', 'alipay', 'on'];

/** A platform that records what a person would see, and fails the sends it is told to. */
function recordingPlatform(failing: ReadonlySet<number> = new Set()) {
  const seen: Array<{ text: string; buttons: string[] }> = [];
  let attempts = 0;
  const platform: Platform = {
    async send(_chat, text, buttons) {
      if (failing.has(++attempts)) throw new Error('connection reset');
      seen.push({ text, buttons: buttons.map((b) => b.data) });
    },
  };
  return { platform, seen };
}

async function journey(failing?: ReadonlySet<number>) {
  let now = AT;
  const { platform, seen } = recordingPlatform(failing);
  const adapter = await startPushAdapter(platform, { storeUrl: 'memory:', now: () => now });
  for (const [i, text] of ANSWERS.entries()) await adapter.receive('ann', { text }, i + 1);
  // Failed sends are retried after a short pause: wait for the whole verdict to arrive.
  while (!seen.at(-1)?.buttons.some((b) => b.endsWith(':remindWindow'))) await new Promise((r) => setTimeout(r, 5));
  const remind = seen.at(-1)!.buttons.find((b) => b.endsWith(':remindWindow'))!;
  await adapter.receive('ann', { button: remind }, ANSWERS.length + 1);
  const beforeReminder = seen.length;
  now = AT + 4 * DAY_MS; // the window reminder goes out on its last day, Mon Nov 30 at 10:00
  await adapter.sendFollowUps();
  await adapter.close();
  return { seen, beforeReminder };
}

describe('the README push adapter', () => {
  it('is in the README verbatim, and well under 100 lines', () => {
    const example = fs.readFileSync(path.join(__dirname, 'push-adapter-example.ts'), 'utf8').trim();
    expect(fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8')).toContain(example);
    expect(example.split('\n').length).toBeLessThan(80);
  });

  it('delivers every reply once and in order although sends fail, then the reminder days later', async () => {
    const faultless = await journey();
    const faulty = await journey(new Set([2, 5, 6, 9]));
    expect(faultless.seen.length).toBeGreaterThan(ANSWERS.length);
    expect(faulty.seen.map((m) => m.text)).toEqual(faultless.seen.map((m) => m.text));
    // The reminder came after the verdict, as its own message, with "stop reminding me".
    expect(faultless.seen.length).toBeGreaterThan(faultless.beforeReminder);
    expect(faultless.seen.at(-1)!.buttons.some((b) => b.endsWith(':stopReminders'))).toBe(true);
  });
});
