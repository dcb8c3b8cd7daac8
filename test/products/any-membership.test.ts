/**
 * Any app's membership (the second built-in product), walked as people would: the greeting's
 * "another app" button or words, the app named by button or typed, then random presses
 * through the whole conversation in both languages. Every message must name the person's app
 * where it names one (drafts above all), and none may speak of Xiaohongshu, 黑卡 or its company, leave a template
 * blank unfilled, or promise a refund window nobody confirmed for that app.
 */
import { createCoach } from 'refund-coach';
import { Engine, type Reply } from '../../src/core/engine';
import { MemoryStore } from '../../src/stores/memory-store';
import { AT } from '../support/explore';
import { seededRandom } from '../support/fuzz-inputs';

const FOREIGN = /小红书|Xiaohongshu|黑卡|Black Card|小红卡|Red Card|行吟|7天内|within 7 days|inside the 7 days/;
/** Drafts about 优酷 name no other app. */
const OTHER_APPS = /爱奇艺|腾讯视频|哔哩哔哩|美团|京东|iQIYI|Tencent/;
const textOf = (reply: Reply) => reply.messages.flatMap((m) => m.blocks.map((b) => b.text)).join('\n');
const drafts = (reply: Reply) => reply.messages.flatMap((m) => m.blocks.filter((b) => b.draft).map((b) => b.text));

async function start(lang: 'zh' | 'en', app: { text: string } | { button: string }) {
  const engine = new Engine({ store: new MemoryStore(), now: () => AT, followUps: 'deliver' });
  const id = `any:${lang}:${JSON.stringify(app)}`;
  const greeting = await engine.turn(id, { kind: 'text', text: '/start' }, lang);
  const asked = await engine.turn(id, { kind: 'choice', id: 'product_anyMembership', turn: greeting.turn }, lang);
  let named =
    'text' in app
      ? await engine.turn(id, { kind: 'text', text: app.text }, lang)
      : await engine.turn(id, { kind: 'choice', id: app.button, turn: asked.turn }, lang);
  // A name the coach does not know is read back before it goes into the drafts.
  const readBack = named.stateId === 'confirmAppName' ? named : undefined;
  if (readBack) named = await engine.turn(id, { kind: 'choice', id: 'nameRight', turn: readBack.turn }, lang);
  return { engine, id, greeting, asked, readBack, named };
}

describe('any app’s membership', () => {
  it.each([
    ['zh', { button: 'app_iqiyi' }, '爱奇艺'],
    ['en', { button: 'app_tencentVideo' }, 'Tencent Video'],
    ['zh', { text: '美团' }, '美团'],
    ['en', { text: 'aiqiyi' }, 'iQIYI'],
    ['zh', { text: '某某读书' }, '某某读书'],
    // Recognised by name only (nothing else about them is known): named back without asking.
    ['en', { text: 'douyin' }, 'Douyin'],
    ['zh', { text: '拼多多' }, '拼多多'],
  ] as const)('%s: the app (%j) is asked, understood and named back as %s', async (lang, app, name) => {
    const { asked, readBack, named } = await start(lang, app);
    expect(asked.stateId).toBe('askAppName');
    // Only a name not on the list is read back first, with the name as typed.
    expect(readBack === undefined).toBe(name !== '某某读书');
    if (readBack) expect(textOf(readBack)).toContain('我对「某某读书」不了解');
    expect(named.stateId).toBe('askMember');
    expect(textOf(named)).toContain(name);
    expect(textOf(named)).not.toMatch(FOREIGN);
  });

  it.each([
    ['zh', '得到app', '得到app', '不对', '对', '我对「得到app」不了解'],
    ['en', 'Dedao', 'Dedao', 'no, typo', 'yes', 'I don\'t know "Dedao"'],
  ] as const)('%s: a name it does not know (%s) is read back; no asks again and keeps nothing, yes keeps it', async (lang, typed, name, no, yes, readBack) => {
    const engine = new Engine({ store: new MemoryStore(), now: () => AT });
    const id = `read-back:${lang}`;
    const greeting = await engine.turn(id, { kind: 'text', text: '/start' }, lang);
    await engine.turn(id, { kind: 'choice', id: 'product_anyMembership', turn: greeting.turn }, lang);
    const asked = await engine.turn(id, { kind: 'text', text: typed }, lang);
    expect(asked.stateId).toBe('confirmAppName');
    expect(textOf(asked)).toContain(readBack);
    // Typed "no" (or the button): the name is asked again and nothing of it is kept.
    const again = await engine.turn(id, { kind: 'text', text: no }, lang);
    expect(again.stateId).toBe('askAppName');
    expect(textOf(again)).toMatch(lang === 'zh' ? /请再发一次App的名字/ : /send the app's name again/);
    expect(textOf(await engine.turn(id, { kind: 'text', text: '/summary' }, lang))).not.toContain(name);
    await engine.turn(id, { kind: 'text', text: typed }, lang);
    const kept = await engine.turn(id, { kind: 'text', text: yes }, lang);
    expect(kept.stateId).toBe('askMember');
    expect(textOf(kept)).toContain(name);
    // Back from the next question reads the same name back again.
    const back = await engine.turn(id, { kind: 'text', text: lang === 'zh' ? '返回' : 'back' }, lang);
    expect(back.stateId).toBe('confirmAppName');
    expect(textOf(back)).toContain(readBack);
  });

  it('does not take a phone number, an order number or a refusal as an app name', async () => {
    for (const text of ['13812345678', 'P2026112012345678', '不告诉你', 'none of your business']) {
      const { named } = await start('zh', { text });
      expect([text, named.stateId]).toEqual([text, 'askAppName']);
    }
  });

  it('understands the other app in the greeting itself, with the app when the message names it', async () => {
    const engine = new Engine({ store: new MemoryStore(), now: () => AT });
    await engine.turn('g', { kind: 'text', text: '/start' }, 'zh');
    const reply = await engine.turn('g', { kind: 'text', text: '我的B站大会员被自动续费了' }, 'zh');
    // Both answers read from one message: another app's membership, and which app.
    expect(reply.stateId).toBe('askMember');
    expect(textOf(reply)).toContain('哔哩哔哩');
    expect(textOf(reply)).not.toContain('黑卡');
    // Words that only name "another app" ask which one.
    await engine.turn('h', { kind: 'text', text: '/start' }, 'en');
    expect((await engine.turn('h', { kind: 'text', text: 'it is another app’s membership' }, 'en')).stateId).toBe('askAppName');
  });

  it.each(['zh', 'en'] as const)('%s: 60 random walks name the app in the drafts and say nothing of Xiaohongshu', async (lang) => {
    const random = seededRandom(lang === 'zh' ? 11 : 12);
    let draftsSeen = 0;
    let draftsNaming = 0;
    for (let walk = 0; walk < 60; walk++) {
      const { engine, id, named } = await start(lang, { button: 'app_youku' });
      let reply = named;
      for (let step = 0; step < 40 && reply.messages.at(-1)!.choices.length > 0; step++) {
        const text = textOf(reply);
        // Back at the greeting, 黑卡 is offered by name as the other product: that is its one place.
        if (reply.stateId !== 'greeting') expect(text).not.toMatch(FOREIGN);
        expect(text).not.toContain('{{');
        for (const draft of drafts(reply)) {
          draftsSeen++;
          if (draft.includes('优酷')) draftsNaming++;
          expect(draft).not.toMatch(OTHER_APPS);
        }
        // The app stays the one named (going back to that question and picking another is fine, but not this walk's point).
        const choices = reply.messages
          .at(-1)!
          .choices.filter((c) => !['restart', 'lang'].includes(c.id) && !c.id.startsWith('app_') && !c.id.startsWith('product_'));
        if (choices.length === 0) break;
        const pick = choices[Math.floor(random() * choices.length)]!;
        reply = await engine.turn(id, { kind: 'choice', id: pick.id, turn: reply.turn }, lang);
      }
      const summary = await engine.turn(id, { kind: 'text', text: '/summary' }, lang);
      if (summary.stateId !== 'greeting') expect(textOf(summary)).not.toMatch(FOREIGN);
      expect(textOf(summary)).not.toContain('{{');
    }
    expect(draftsSeen).toBeGreaterThan(20);
    // Most drafts name the app; a reply inside a customer-service chat need not.
    expect(draftsNaming / draftsSeen).toBeGreaterThan(0.5);
  });
});

describe('one engine for the bot and the web chat', () => {
  it('tells each adapter the truth about reminders: pushed on Telegram, noted for the next visit on the web', async () => {
    const engine = new Engine({ store: new MemoryStore(), now: () => AT, followUps: 'deliver', outbox: true });
    const web = createCoach({ store: new MemoryStore(), engine, followUps: 'onVisit' });
    const reminderText = async (turn: (text: string) => Promise<string>) => {
      for (const text of ['/start', "let's start", 'first time', '3 days ago', 'none', 'alipay', 'on']) await turn(text);
      return turn('⏰ Not now: remind me on the last day');
    };
    const bot = await reminderText(async (text) => textOf(await engine.turn('tg:1', { kind: 'text', text }, 'en')));
    const page = await reminderText(async (text) => {
      const reply = await web.turn('web:1', { text }, { lang: 'en' });
      return reply.messages.flatMap((m) => m.blocks.map((b) => b.text)).join('\n');
    });
    expect(bot).toContain("I'll remind you");
    expect(page).toContain('This page cannot send you messages');
    expect(page).not.toContain("I'll remind you");
  });
});
