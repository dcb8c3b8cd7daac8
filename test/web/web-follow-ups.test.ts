/**
 * Follow-ups in the web chat: nobody can be called on, so a reminder is shown on the next
 * visit (GET /api/conversation), leading back to its question, with "stop reminding me".
 */
import { buildHttpApp } from '../../src/http/server';
import { webChatRoutes } from '../../src/adapters/web/web-chat-routes';
import { createCoach, Engine } from '../../src/index';
import { MemoryStore } from '../../src/stores/memory-store';
import { silentLogger } from '../../src/core/ports';
import { reminderSet, webVisitor } from '../support/web-visitor';

const china = (text: string) => Date.parse(`${text}+08:00`);

/** The web chat on a clock; `kept`: with the engine, so reminders wait until confirmed shown (as the app runs it). */
function webApp(kept = false) {
  const clock = { now: china('2026-11-26T12:00:00') };
  const store = new MemoryStore();
  const engine = kept ? new Engine({ store, now: () => clock.now, followUps: 'onVisit', logger: silentLogger }) : undefined;
  const coach = createCoach({ store, now: () => clock.now, followUps: 'onVisit', ...(engine ? { engine } : {}) });
  const app = buildHttpApp({
    logger: silentLogger,
    routes: [webChatRoutes({ coach, cookieMaxAgeMs: 86_400_000, logger: silentLogger, ...(engine ? { engine } : {}) })],
  });
  return { app, clock };
}

describe('web chat follow-ups', () => {
  it('shows a reminder due since the last visit, once, with its question and "stop reminding me"', async () => {
    const { app, clock } = webApp();
    const person = await webVisitor(app);
    await reminderSet(person);
    // Honest: the page cannot call on anyone; the reminder waits for a visit, or the calendar.
    expect(person.text()).toContain('Noted for Mon, Nov 30 10:00 (China time). This page cannot send you messages');
    expect(person.text()).not.toContain("I'll remind you");
    const ics = await person.calendar();
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.headers['content-disposition']).toContain('attachment');
    const file = ics.body;
    // One event at the reminder's instant, in UTC (10:00 China time is 02:00Z), with an alarm.
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(file).toContain('DTSTART:20261130T020000Z');
    expect(file).toMatch(/SUMMARY:.*last day/i);
    expect(file).toContain('BEGIN:VALARM');
    // Nothing personal in it: no conversation id from the cookie.
    const conversationId = person.cookie().split('=')[1]!.split('.')[0]!;
    expect(conversationId.length).toBeGreaterThan(16);
    expect(file).not.toContain(conversationId);

    // A visit before it is due shows the question as it was.
    await person.visit();
    expect(person.text()).not.toContain('⏰ Reminder');
    // The next visit after its time (late at night: the person is here, so it shows).
    clock.now = china('2026-11-30T22:40:00');
    await person.visit();
    expect(person.text()).toContain('today should be the last day of your 7-day window');
    expect(person.text()).toContain('How would you like to go on?');
    expect(person.last().reply?.choices.map((c) => c.label)).toContain('🔕 Stop all reminders');
    // Shown once: a reload shows the question, not the reminder again.
    await person.visit();
    expect(person.text()).not.toContain('today should be the last day');
    // Its buttons continue the conversation.
    await person.press(/steps in the app/i);
    expect(person.last().reply?.state).toBe('app_openMe');
  });

  it('keeps a reminder until the page confirms it shown: responses lost on the way lose nothing', async () => {
    const { app, clock } = webApp(true);
    const person = await webVisitor(app);
    await reminderSet(person);
    clock.now = china('2026-11-30T22:40:00');
    // Ten visits whose responses never reach the page (the page confirms nothing): the
    // reminder is in every one, under the same token, with its question.
    const tokens = new Set<string>();
    let lost = 0;
    for (let i = 0; i < 10; i++) {
      await person.visit();
      if (!person.text().includes('today should be the last day of your 7-day window')) lost++;
      for (const t of person.last().reply?.reminders ?? []) tokens.add(t);
    }
    process.stdout.write(`web reminders, responses dropped: tried 10, lost ${lost}\n`);
    expect(lost).toBe(0);
    expect(tokens.size).toBe(1);
    expect(person.text()).toContain('How would you like to go on?');
    expect(person.last().reply?.choices.map((c) => c.label)).toContain('🔕 Stop all reminders');
    // A token that is not this reminder's (another number, turn or kind) confirms nothing.
    const [token] = [...tokens];
    const [n, turn, kind] = token!.split('.');
    for (const other of [`${Number(n) + 1}.${turn}.${kind}`, `${n}.${Number(turn) + 1}.${kind}`, `${n}.${turn}.other`, 'junk']) {
      expect((await person.confirm([other])).statusCode).toBe(200);
    }
    await person.visit();
    expect(person.last().reply?.reminders).toEqual([token]);
    // Confirmed: shown no more; the question as it was.
    expect((await person.confirm([token!])).json()).toEqual({ ok: true });
    await person.visit();
    expect(person.last().reply?.reminders).toBeUndefined();
    expect(person.text()).not.toContain('today should be the last day');
    expect(person.text()).toContain('How would you like to go on?');
    // Its buttons continue the conversation.
    await person.press(/steps in the app/i);
    expect(person.last().reply?.state).toBe('app_openMe');
  });

  it('takes the confirmation with the next visit (?shown=) when the confirming request was lost', async () => {
    const { app, clock } = webApp(true);
    const person = await webVisitor(app);
    await reminderSet(person);
    clock.now = china('2026-11-30T22:40:00');
    await person.visit();
    const tokens = person.last().reply?.reminders ?? [];
    expect(tokens).toHaveLength(1);
    await person.visit(tokens);
    expect(person.last().reply?.reminders).toBeUndefined();
    expect(person.text()).not.toContain('today should be the last day');
    // Sent again (the page could not tell whether it arrived): nothing else is confirmed.
    await person.visit(tokens);
    expect(person.text()).toContain('How would you like to go on?');
  });
});
