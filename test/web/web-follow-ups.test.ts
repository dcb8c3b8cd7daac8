/**
 * Follow-ups in the web chat: nobody can be called on, so a reminder is shown on the next
 * visit (GET /api/conversation), leading back to its question, with "stop reminding me".
 */
import type { FastifyInstance } from 'fastify';
import { buildHttpApp } from '../../src/http/server';
import { webChatRoutes } from '../../src/adapters/web/web-chat-routes';
import { createCoach } from '../../src/index';
import { MemoryStore } from '../../src/stores/memory-store';
import { silentLogger } from '../../src/core/ports';

const HEADER = { 'x-refund-coach': '1', 'accept-language': 'en' };
const china = (text: string) => Date.parse(`${text}+08:00`);

interface Answer {
  reply?: { messages: Array<{ blocks: Array<{ text: string }> }>; choices: Array<{ label: string; token: string }>; state: string };
}

function webApp() {
  const clock = { now: china('2026-11-26T12:00:00') };
  const coach = createCoach({ store: new MemoryStore(), now: () => clock.now, followUps: 'onVisit' });
  const app = buildHttpApp({ logger: silentLogger, routes: [webChatRoutes({ coach, cookieMaxAgeMs: 86_400_000, logger: silentLogger })] });
  return { app, clock };
}

async function visitor(app: FastifyInstance) {
  let cookie = '';
  let last: Answer = {};
  const post = async (body: object) => {
    const response = await app.inject({ method: 'POST', url: '/api/turn', headers: { ...HEADER, ...(cookie ? { cookie } : {}) }, payload: body });
    if (response.headers['set-cookie']) cookie = String(response.headers['set-cookie']).split(';')[0]!;
    last = response.json() as Answer;
    return last;
  };
  const press = (label: RegExp) => {
    const choice = last.reply?.choices.find((c) => label.test(c.label));
    if (!choice) throw new Error(`no ${label} among ${last.reply?.choices.map((c) => c.label).join(' | ')}`);
    return post({ choice: choice.token });
  };
  const visit = async () => {
    last = (await app.inject({ method: 'GET', url: '/api/conversation', headers: { ...HEADER, cookie } })).json() as Answer;
    return last;
  };
  const calendar = () => app.inject({ method: 'GET', url: '/api/reminders.ics', headers: { 'accept-language': 'en', cookie } });
  return {
    post,
    press,
    visit,
    calendar,
    cookie: () => cookie,
    last: () => last,
    text: () => last.reply?.messages.flatMap((m) => m.blocks.map((b) => b.text)).join('\n') ?? '',
  };
}

describe('web chat follow-ups', () => {
  it('shows a reminder due since the last visit, once, with its question and "stop reminding me"', async () => {
    const { app, clock } = webApp();
    const person = await visitor(app);
    await person.post({ text: '/start' });
    await person.press(/start/i);
    await person.press(/first/i);
    await person.post({ text: 'Nov 23' });
    await person.press(/none/i);
    await person.press(/wechat/i);
    await person.press(/it's on/i);
    await person.press(/remind me on the last day/i);
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
});
