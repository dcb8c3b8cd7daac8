/**
 * The web chat in a real browser: Debian's chromium (installed by .ci/run), driven by
 * playwright-core, which never downloads a browser of its own. One journey covers what a
 * person does: clicks to a draft, a typed answer, a reload (the conversation so far stays on
 * screen, kept in this browser's localStorage), a server restart, the language switch, Copy,
 * and "delete my data" (which empties that localStorage too); every request must stay on our
 * own host.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '../support/emulator';
import { startWeb, type WebUnderTest } from './web-server';

const CHROMIUM = '/usr/bin/chromium';
/** What the coach says to a text it cannot read, in Chinese (see locales/zh/coach.json, fallback.text). */
const FALLBACK_ZH = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '../../locales/zh/coach.json'), 'utf8')) as { fallback: { text: string } }
).fallback.text.slice(0, 8);
const haveChromium = fs.existsSync(CHROMIUM);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Until the page has its answer: it takes one message at a time (buttons disabled meanwhile). */
const answered = (tab: Page) =>
  tab.waitForFunction(() => {
    // Runs in the page (a function, not a string: the page's CSP allows no eval).
    const page = (globalThis as unknown as { document: { querySelector(selector: string): unknown } }).document;
    return page.querySelector('#choices button') !== null && page.querySelector('#choices button[disabled]') === null;
  });

/**
 * Types each answer into the page's text box once the previous one is answered (the page
 * ignores a message typed while it waits, as on a slow network), and waits until it shows as sent.
 */
async function typeAnswers(tab: Page, answers: readonly string[]): Promise<void> {
  for (const answer of answers) {
    await answered(tab);
    await tab.getByLabel('Your answer, in your own words').fill(answer);
    await tab.keyboard.press('Enter');
    await tab
      .locator('.msg.me')
      .filter({ hasText: new RegExp(`^${answer}$`) })
      .waitFor();
  }
}

// Each test waits on the page (events), never on a clock; the per-test limits below only stop a
// hang, set well above a loaded two-core machine's slowest run.
(haveChromium ? describe : describe.skip)('web chat in chromium', () => {
  let dir: string;
  let web: WebUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const hosts = new Set<string>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-chat-'));
    // Restarted on the same port later: one the kernel will not hand to a test running beside it.
    web = await startWeb(`sqlite:${path.join(dir, 'coach.db')}`, await freePort());
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.url.replace(/\/$/, '') });
    page = await context.newPage();
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const choice = (name: string) => page.locator('#choices').getByRole('button', { name, exact: true });

  it('serves the page with a strict Content-Security-Policy and starts in the browser’s language', async () => {
    const response = await page.goto(web.url);
    const csp = response!.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Refund coach');
    await choice('Start').waitFor();
    expect(await page.locator('#log').getAttribute('role')).toBe('log');
  }, 90_000);

  it('takes clicks and a typed answer from the labelled text box', async () => {
    await choice('Start').click();
    // Keyboard only: focus moves to the new question's first choice ("First time").
    await choice('Renewal (not first time)').waitFor();
    expect(await page.evaluate('document.activeElement.textContent')).toBe('First time');
    await page.keyboard.press('Enter');
    await choice('1–3 days ago').waitFor();
    await page.getByLabel('Your answer, in your own words').fill('3 days ago');
    await page.keyboard.press('Enter');
    await choice('None used').waitFor();
  }, 90_000);

  /** The messages on screen (their text and drafts, not the page's own labels), mine marked with "> ". */
  const transcript = async () =>
    (await page
      .locator('#log .msg')
      .evaluateAll((nodes) =>
        nodes.map((n) => `${n.classList.contains('me') ? '> ' : ''}${[...n.querySelectorAll('p, pre')].map((t) => t.textContent).join(' | ')}`),
      )) as string[];

  it('keeps the place and the conversation so far across a reload and a server restart', async () => {
    const before = await transcript();
    // The greeting, my answers (a click and a typed one) and the questions: more than the last question.
    expect(before).toEqual(expect.arrayContaining(['> First time', '> 3 days ago']));
    await page.reload();
    await choice('None used').waitFor();
    // The same conversation, with the question the server waits on shown once, not twice.
    expect(await transcript()).toEqual(before);
    const port = web.server.port;
    await web.stop();
    web = await startWeb(`sqlite:${path.join(dir, 'coach.db')}`, port);
    await page.reload();
    await choice('None used').waitFor();
    expect(await transcript()).toEqual(before);
  }, 90_000);

  it('clicks through to a draft, and Copy puts it on the clipboard', async () => {
    for (const name of ['None used', 'Alipay 支付宝', 'It’s on', 'Contact customer service', 'Not what I need', 'Skip', 'Online customer service']) {
      await choice(name.replace('’', "'")).click();
    }
    const draft = page.locator('.draft pre').first();
    await draft.waitFor();
    const text = (await draft.textContent()) ?? '';
    expect(text.length).toBeGreaterThan(20);
    await page.locator('.draft').first().getByRole('button', { name: 'Copy' }).click();
    await button('Copied').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(text);
  }, 90_000);

  it('reflows without sideways scrolling at 200% zoom (a 390 px phone at 195 CSS px)', async () => {
    await page.setViewportSize({ width: 195, height: 422 });
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(overflow).toBeLessThanOrEqual(0);
  }, 10_000);

  it('switches language with the page’s switch (/lang), keyboard only', async () => {
    await page.locator('#lang').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '退款教练' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    const shown = await transcript();
    await page.reload();
    await page.getByRole('heading', { name: '退款教练' }).waitFor();
    // The English messages before the switch are still there, followed by the Chinese ones.
    expect(await transcript()).toEqual(shown);
    expect(shown).toContain('> 3 days ago');
  }, 90_000);

  it('deletes my data: the conversation and the cookie are gone', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await button('删除我的数据').click();
    await page.getByText('这次对话保存的内容已全部删除。').waitFor();
    expect((await context.cookies()).filter((c) => c.name === 'rc_web')).toEqual([]);
    // Nothing of the conversation is left in this browser: not the cookie, not the transcript.
    expect(await page.evaluate('localStorage.length')).toBe(0);
    expect(await transcript()).toEqual(['这次对话保存的内容已全部删除。']);
    // Evaluated in the page (the test's own types have no DOM).
    const state = (await page.evaluate("fetch('/api/conversation', { headers: { 'X-Refund-Coach': '1' } }).then((r) => r.json())")) as { reply?: unknown };
    expect(state.reply).toBeUndefined();
    await choice('重新开始').click();
    await choice('开始').waitFor();
  }, 90_000);

  it('shows each message’s own buttons: a reminders list with its cancel button, then the question', async () => {
    const remindersDir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-chat-reminders-'));
    const withReminders = await startWeb(`sqlite:${path.join(remindersDir, 'coach.db')}`, 0, undefined, 'onVisit');
    const tab = await context.newPage();
    const tabHosts = new Set<string>();
    tab.on('request', (request) => tabHosts.add(new URL(request.url()).host));
    try {
      await tab.goto(withReminders.url);
      const question = (name: string) => tab.locator('#choices').getByRole('button', { name, exact: true });
      await question('Start').click();
      await typeAnswers(tab, ['first time', '3 days ago', 'none used', 'alipay', 'on']);
      await question('⏰ Not now: remind me on the last day').click();
      await typeAnswers(tab, ['/reminders']);
      // The list carries its own button, beside it; the question below keeps its answers.
      const cancel = tab.locator('#log .msg .inline-choices').getByRole('button', { name: 'Cancel reminder: last day of the window', exact: true });
      await cancel.waitFor();
      expect(await question('Steps in the app').count()).toBe(1);
      await cancel.click();
      await tab
        .locator('#log .msg')
        .filter({ hasText: /cancelled/i })
        .last()
        .waitFor();
    } finally {
      await tab.close();
      await withReminders.stop();
      fs.rmSync(remindersDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('a dropped connection: said in Chinese, the answer marked unsent, sent again under the same key and counted once', async () => {
    const droppedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-chat-dropped-'));
    const dropped = await startWeb(`sqlite:${path.join(droppedDir, 'coach.db')}`);
    const zh = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    const tab = await zh.newPage();
    try {
      await tab.goto(dropped.url);
      const question = (name: string) => tab.locator('#choices').getByRole('button', { name, exact: true });
      await question('开始').click();
      await question('第一次开通').click();
      await question('1–3天前').waitFor();
      // The answer reaches the server, but its response is lost on the way back.
      let lost = 0;
      await tab.route('**/api/turn', async (route) => {
        await route.fetch();
        lost++;
        await route.abort('connectionreset');
      });
      await tab.getByLabel('你的回答（直接打字也可以）').fill('3天前');
      await tab.keyboard.press('Enter');
      await tab.locator('.unsent').waitFor();
      expect(await tab.locator('#status').textContent()).toBe('网络断了：你的回答没有发出去。检查一下网络，再点「重新发送」。');
      expect(await tab.locator('#status').textContent()).not.toContain('Failed to fetch');
      await tab.unroute('**/api/turn');
      await tab.getByRole('button', { name: '重新发送', exact: true }).click();
      // The same key: the server shows the question after that answer, not the one after two.
      await question('都没用过').waitFor();
      expect(lost).toBe(1);
      expect(await tab.locator('.unsent').count()).toBe(0);
      // Applied twice, "3天前" would have been read against the privileges question and not understood.
      expect(await tab.locator('#log .msg').filter({ hasText: FALLBACK_ZH }).count()).toBe(0);
    } finally {
      await zh.close();
      await dropped.stop();
      fs.rmSync(droppedDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('Copy over plain HTTP (no clipboard there): the draft is selected for the phone’s own Copy', async () => {
    // A name that is not loopback makes the page an insecure context, as a plain-HTTP deployment is;
    // the name still resolves to 127.0.0.1, so nothing leaves this machine.
    const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...ARGS, '--host-resolver-rules=MAP coach.test 127.0.0.1'] });
    try {
      const tab = await (await plain.newContext({ locale: 'en-US' })).newPage();
      await tab.goto(web.url.replace('127.0.0.1', 'coach.test'));
      expect(await tab.evaluate('window.isSecureContext')).toBe(false);
      const question = (name: string) => tab.locator('#choices').getByRole('button', { name, exact: true });
      await question('Start').click();
      await typeAnswers(tab, ['first time', '3 days ago', 'none used', 'alipay', 'on']);
      for (const name of ['Contact customer service', 'Not what I need', 'Skip', 'Online customer service']) await question(name).click();
      const draft = tab.locator('.draft').first();
      await draft.waitFor();
      await draft.getByRole('button', { name: 'Copy' }).click();
      await draft.getByRole('button', { name: "Selected: use your phone's Copy" }).waitFor();
      const selected = await tab.evaluate('String(window.getSelection())');
      expect(selected).toBe(await draft.locator('pre').textContent());
    } finally {
      await plain.close();
    }
  }, 90_000);

  it('a reminder whose response is dropped still reaches the page, and is not shown again once it was', async () => {
    const dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'web-chat-due-'));
    const clock = { now: Date.now() };
    const due = await startWeb(`sqlite:${path.join(dir2, 'coach.db')}`, 0, undefined, 'onVisit', clock);
    const own = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const tab = await own.newPage();
    const tabHosts = new Set<string>();
    tab.on('request', (request) => tabHosts.add(new URL(request.url()).host));
    const reminder = tab.locator('#log .msg').filter({ hasText: /last day of your 7-day window/ });
    try {
      await tab.goto(due.url);
      const question = (name: string) => tab.locator('#choices').getByRole('button', { name, exact: true });
      await question('Start').click();
      await typeAnswers(tab, ['first time', '3 days ago', 'none used', 'alipay', 'on']);
      await question('⏰ Not now: remind me on the last day').click();
      await tab
        .locator('#log .msg')
        .filter({ hasText: /Noted for/ })
        .waitFor();
      // Half an hour after the reminder's time (from the calendar file: the last day, 10:00 China time).
      const ics = await (await tab.request.get(`${due.url}api/reminders.ics`)).text();
      const [, y, mo, d, h, mi] = /DTSTART:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)00Z/.exec(ics)!.map(Number) as number[];
      clock.now = Date.UTC(y!, mo! - 1, d, h, mi) + 30 * 60_000;
      // The visit reaches the server (which hands the reminder over), but its response is lost.
      let dropped = 0;
      await tab.route('**/api/conversation*', async (route) => {
        await route.fetch();
        dropped++;
        await route.abort('connectionreset');
      });
      await tab.reload();
      // Before any answer the page has no texts of its own yet: its line in both languages.
      const again = tab.getByRole('button', { name: '重试 · Try again', exact: true });
      await again.waitFor();
      expect(dropped).toBe(1);
      expect(await reminder.count()).toBe(0);
      expect(await tab.locator('#status').textContent()).toContain('No connection');
      expect(await tab.locator('#status').textContent()).not.toContain('Failed to fetch');
      await tab.unroute('**/api/conversation*');
      // Once more: the reminder is still there, with its question.
      const confirmed = tab.waitForResponse((r) => r.url().endsWith('/api/reminders/shown') && r.ok());
      await again.click();
      await reminder.waitFor();
      await question('🔕 Stop all reminders').waitFor();
      await confirmed;
      // Shown and confirmed: a reload shows the conversation, the reminder once.
      await tab.reload();
      await question('Steps in the app').waitFor();
      expect(await reminder.count()).toBe(1);
      const visit = await (await tab.request.get(`${due.url}api/conversation`, { headers: { 'x-refund-coach': '1' } })).json();
      expect(visit.reply.reminders).toBeUndefined();
      expect([...tabHosts]).toEqual([new URL(due.url).host]);
    } finally {
      await own.close();
      await due.stop();
      fs.rmSync(dir2, { recursive: true, force: true });
    }
  }, 40_000);

  it('reminders by notification: offered where the browser can, said plainly where it cannot, and only our host asked', async () => {
    const dir3 = fs.mkdtempSync(path.join(os.tmpdir(), 'web-chat-push-'));
    const pushing = await startWeb(`sqlite:${path.join(dir3, 'coach.db')}`, 0, undefined, 'onVisit', undefined, true);
    const origin = pushing.url.replace(/\/$/, '');
    const texts = JSON.parse(fs.readFileSync(path.join(__dirname, '../../locales/en/web.json'), 'utf8')) as Record<string, string>;
    const tabHosts = new Set<string>();
    const open = async (setup: (c: BrowserContext) => Promise<void>) => {
      const c = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
      await setup(c);
      const tab = await c.newPage();
      tab.on('request', (request) => tabHosts.add(new URL(request.url()).host));
      await tab.goto(pushing.url);
      await tab.locator('#choices').getByRole('button', { name: 'Start', exact: true }).waitFor();
      return { c, tab, note: tab.locator('#push-note'), button: tab.locator('#push') };
    };
    try {
      // A browser without PushManager: no offer, and the calendar named instead.
      const without = await open(async (c) => {
        await c.addInitScript(() => void delete (globalThis as { PushManager?: unknown }).PushManager);
      });
      await without.note.filter({ hasText: texts.pushUnavailable! }).waitFor();
      expect(await without.button.isHidden()).toBe(true);
      await without.c.close();

      // Notifications refused for the page (a browser driven by playwright refuses what was not
      // granted): said so, with the calendar instead.
      const blocked = await open(async () => undefined);
      await blocked.button.filter({ hasText: texts.pushOffer! }).waitFor();
      // The China caveat is there before anyone taps.
      expect(await blocked.note.textContent()).toBe(texts.pushNote);
      await blocked.button.click();
      await blocked.note.filter({ hasText: texts.pushDenied! }).waitFor();
      expect(await blocked.tab.evaluate('Notification.permission')).toBe('denied');
      expect(await blocked.button.isHidden()).toBe(true);
      await blocked.c.close();

      // Allowed, but no push service within reach (this test's Chromium reaches none, as many
      // Android browsers in mainland China cannot): said so once the browser gives up.
      const allowed = await open((c) => c.grantPermissions(['notifications'], { origin }));
      await allowed.button.filter({ hasText: texts.pushOffer! }).click();
      const outcome = allowed.note.filter({ hasText: texts.pushFailed! }).or(allowed.note.filter({ hasText: texts.pushOn! }));
      await outcome.waitFor({ timeout: 30_000 });
      process.stdout.write(`web push in headless Chromium: ${await allowed.note.textContent()}\n`);
      // The service worker came from our own host.
      expect(await allowed.tab.evaluate('navigator.serviceWorker.getRegistration().then((r) => !!r)')).toBe(true);
      await allowed.c.close();
      expect([...tabHosts]).toEqual([new URL(pushing.url).host]);
    } finally {
      await pushing.stop();
      fs.rmSync(dir3, { recursive: true, force: true });
    }
  }, 60_000);

  it('never asked another host for anything', () => {
    expect([...hosts]).toEqual([new URL(web.url).host]);
  });
});
