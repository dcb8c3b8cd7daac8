/**
 * `npm run screenshot`: the README's picture of the web chat on a 390 px phone, in Chinese,
 * with a draft on screen. Uses Debian's chromium like the browser tests (Chinese glyphs need a
 * CJK font, e.g. `apt-get install fonts-wqy-microhei`).
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startWeb } from './web-server';

const OUT = path.resolve(__dirname, 'web-chat-390.png');
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
/**
 * Which choice to click at each question, from the start to the first draft (customer
 * service): start, first time, 1–3 days ago, none used, Alipay, renewal on, contact customer
 * service, not what I need, skip the order number, online customer service.
 */
const CLICKS = [0, 0, 1, 4, 0, 0, 2, 0, 0, 0];

async function main(): Promise<void> {
  const web = await startWeb('memory:');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    await page.goto(web.url);
    await page.locator('#choices button').first().waitFor();
    for (const index of CLICKS) {
      await Promise.all([page.waitForResponse('**/api/turn'), page.locator('#choices button').nth(index).click()]);
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText(), for the rendered line breaks
      if (process.env.DEBUG_SHOT) process.stdout.write(`${await page.locator('#choices').innerText()}\n---\n`);
    }
    await page.locator('.draft').first().waitFor();
    await page.screenshot({ path: OUT });
    process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)}\n`);
  } finally {
    await browser.close();
    await web.stop();
  }
}

void main();
