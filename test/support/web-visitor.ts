/**
 * One visitor of the web chat, driven through fastify's inject: keeps the cookie the server
 * issued, presses buttons by their label, visits, confirms reminders shown, fetches the calendar.
 */
import type { FastifyInstance } from 'fastify';

/** Headers the page sends (the app's own header: no cross-site request gets a turn). */
export const PAGE_HEADERS = { 'x-refund-coach': '1', 'accept-language': 'en' };

export interface PageAnswer {
  reply?: {
    messages: Array<{ blocks: Array<{ text: string }> }>;
    choices: Array<{ label: string; token: string }>;
    state: string;
    reminders?: string[];
  };
  push?: { key: string; on: boolean };
}

export type WebVisitor = Awaited<ReturnType<typeof webVisitor>>;

export async function webVisitor(app: FastifyInstance) {
  let cookie = '';
  let last: PageAnswer = {};
  const request = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await app.inject({ method, url, headers: { ...PAGE_HEADERS, ...(cookie ? { cookie } : {}) }, ...(payload ? { payload } : {}) });
    if (response.headers['set-cookie']) cookie = String(response.headers['set-cookie']).split(';')[0]!;
    return response;
  };
  const post = async (body: object) => (last = (await request('POST', '/api/turn', body)).json() as PageAnswer);
  const press = (label: RegExp) => {
    const choice = last.reply?.choices.find((c) => label.test(c.label));
    if (!choice) throw new Error(`no ${label} among ${last.reply?.choices.map((c) => c.label).join(' | ')}`);
    return post({ choice: choice.token });
  };
  const visit = async (shown: string[] = []) => {
    const query = shown.length ? `?shown=${encodeURIComponent(shown.join(','))}` : '';
    return (last = (await request('GET', `/api/conversation${query}`)).json() as PageAnswer);
  };
  return {
    request,
    post,
    press,
    visit,
    confirm: (shown: string[]) => request('POST', '/api/reminders/shown', { shown }),
    // As a calendar app or a plain link opens it: no page header.
    calendar: () => app.inject({ method: 'GET', url: '/api/reminders.ics', headers: { 'accept-language': 'en', cookie } }),
    cookie: () => cookie,
    /** The conversation id inside the signed cookie. */
    id: () => cookie.split('=')[1]!.split('.')[0]!,
    last: () => last,
    text: () => last.reply?.messages.flatMap((m) => m.blocks.map((b) => b.text)).join('\n') ?? '',
  };
}

/** Through to "remind me on the last day" (Mon, Nov 30 10:00 China time, from Thu, Nov 26). */
export async function reminderSet(person: WebVisitor): Promise<void> {
  await person.post({ text: '/start' });
  await person.press(/start/i);
  await person.press(/first/i);
  await person.post({ text: 'Nov 23' });
  await person.press(/none/i);
  await person.press(/wechat/i);
  await person.press(/it's on/i);
  await person.press(/remind me on the last day/i);
}
