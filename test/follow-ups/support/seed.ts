/**
 * Conversations brought to a follow-up the way a person does it (button presses and typed
 * answers through a real engine), written straight into a store before a bot starts on it.
 * The engine here keeps no outbox, so the only thing left to send later is the follow-up.
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { Engine } from '../../../src/core/engine';
import type { Store } from '../../../src/core/ports';
import { decodeEnvelope, type ScheduledFollowUp } from '../../../src/core/envelope';
import { ChatDriver } from '../../support/engine-driver';
import { ROOT, cleanEnv, exitOf, waitFor } from '../../support/program';

/** An instant given as China local time, e.g. china('2026-11-30T10:00'). */
export const china = (isoLocal: string): number => Date.parse(`${isoLocal}+08:00`);

/** The day the conversations are set up: Thu 26 Nov 2026, 12:00 China time (test/support/explore AT). */
export const SETUP_AT = china('2026-11-26T12:00');
/** The window follow-up of a purchase "3 days ago" on SETUP_AT: the last day, Mon 30 Nov, 10:00. */
export const WINDOW_DUE = china('2026-11-30T10:00');

export type Journey = 'window' | 'renewal' | 'windowThenSubmitted' | 'windowReviewRenewal';

/** Brings one conversation to the verdict: a first-time member, paid 3 days ago by Alipay, nothing used. */
export async function toVerdict(d: ChatDriver): Promise<void> {
  await d.start();
  await d.press('begin');
  await d.type('first time');
  await d.type('3 days ago');
  await d.type('none');
  await d.type('alipay');
  await d.type('yes');
}

/** The verdict, then "remind me on the last day". */
async function toWindowReminder(d: ChatDriver): Promise<void> {
  await toVerdict(d);
  await d.press('remindWindow');
}

/** From the verdict: the app's steps to the end, then "still pending". */
async function submitInApp(d: ChatDriver): Promise<void> {
  await d.press('walkApp');
  for (let step = 0; step < 7; step++) await d.press('done');
}

export async function seed(store: Store, conversations: string[], journey: Journey, at = SETUP_AT, clock?: { now: () => number }): Promise<void> {
  const engine = new Engine({ store, now: clock?.now ?? (() => at), followUps: 'deliver' });
  for (const conversation of conversations) {
    const d = new ChatDriver(engine, conversation, 'en');
    if (journey === 'window' || journey === 'windowThenSubmitted') {
      await toWindowReminder(d);
    } else {
      // Renewal reminder "tomorrow": verdict, app steps, still pending, auto-renew left for later.
      await toVerdict(d);
      if (journey === 'windowReviewRenewal') await d.press('remindWindow');
      await submitInApp(d);
      await d.press(journey === 'windowReviewRenewal' ? 'remindReview' : 'pending');
      await d.press('renewLater');
      await d.press('remindRenewal');
    }
  }
}

/** Presses through the app's steps for conversations already at the verdict (they submit). */
export async function submitLater(store: Store, conversations: string[], at: number): Promise<void> {
  const engine = new Engine({ store, now: () => at, followUps: 'deliver' });
  for (const conversation of conversations) {
    const peeked = await engine.peek(conversation);
    const d = new ChatDriver(engine, conversation, 'en');
    d.last = peeked!;
    await submitInApp(d);
  }
}

export async function dueOf(store: Store, conversation: string): Promise<ScheduledFollowUp[]> {
  const record = await store.load(conversation);
  return (record && decodeEnvelope(record.data)?.due) ?? [];
}

// ---- the bot as a child process that a SIGKILL takes down at once ----

export type Child = ReturnType<typeof spawn> & { output: () => string };

/** test/follow-ups/support/bot-with-clock.ts in one node process (tsx as a hook, as `npm start` runs). */
export function startBotChild(env: Record<string, string>): Child {
  const loader = pathToFileURL(require.resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', loader, 'test/follow-ups/support/bot-with-clock.ts'], { cwd: ROOT, env: cleanEnv(env) });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return Object.assign(child, { output: () => out });
}

export async function whenPolling(child: Child): Promise<void> {
  await waitFor(() => child.output().includes('long polling started') || child.exitCode !== null, 30_000);
  if (child.exitCode !== null) throw new Error(`the bot did not start: ${child.output()}`);
}

export async function kill(child: Child): Promise<void> {
  child.kill('SIGKILL');
  await exitOf(child as never);
}

export async function stopGently(child: Child): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const code = await exitOf(child as never);
  clearTimeout(killer);
  return code;
}
