/**
 * Every draft carries every fact the user gave, and nothing they did not: what they did not
 * give becomes a placeholder to fill in. Drafts go to Chinese customer service, so they are
 * Chinese for readers of either language.
 */
import { translatorFor } from '../src/i18n';
import type { Lang } from '../machines';
import { ChatDriver } from './support/engine-driver';

const zhT = translatorFor('zh');
const ORDER = 'P2026112055667788';

async function chatTo(lang: Lang, answers: Array<string | { type: string }>): Promise<ChatDriver> {
  const chat = ChatDriver.create(undefined, lang);
  await chat.start();
  for (const a of answers) {
    if (typeof a === 'string') await chat.press(a);
    else await chat.type(a.type);
  }
  return chat;
}

/** The copyable blocks of the latest reply. */
const drafts = (chat: ChatDriver) => chat.last.messages.flatMap((m) => m.blocks.filter((b) => b.draft).map((b) => b.text));

const GIVEN = ['begin', 'firstTime', { type: '2026-11-20' }, 'gift', 'wechat', 'renewOn', 'goAppeal', 'misled', 'skipMisledDetail', { type: ORDER }];
const NOT_GIVEN = ['begin', 'unsure', 'over7', 'unsure', 'unsure', 'unsure', 'goAppeal', 'money', 'skipOrder'];

describe.each(['zh', 'en'] as const)('drafts for a %s reader', (lang) => {
  const facts = [ORDER, '2026年11月20日', zhT('choice.wechat'), zhT('reason.misled')];

  it.each(['cs', 'email', 'complain12315'])('the %s draft has every fact given', async (rung) => {
    const chat = await chatTo(lang, [...GIVEN, rung]);
    const [draft] = drafts(chat);
    for (const fact of facts) expect(draft).toContain(fact);
    expect(draft).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the email subject follows the pattern with the order number', async () => {
    const chat = await chatTo(lang, [...GIVEN, 'email']);
    expect(drafts(chat)[0]).toContain(`关于小红书黑卡会员退款申请 - 订单号 ${ORDER}`);
  });

  it('the social post keeps the order number out (it is public)', async () => {
    const chat = await chatTo(lang, [...GIVEN, 'social']);
    const [post] = drafts(chat);
    expect(post).toContain('2026年11月20日');
    expect(post).not.toContain(ORDER);
  });

  it.each(['cs', 'email', 'complain12315'])('the %s draft leaves blanks for facts not given, never guesses', async (rung) => {
    const chat = await chatTo(lang, [...NOT_GIVEN, rung]);
    const [draft] = drafts(chat);
    expect(draft).toContain(zhT('appeal.orderNumber.placeholder'));
    expect(draft).toContain(zhT('opened.checkOrder'));
    expect(draft).toContain(zhT('appeal.paymentPlaceholder'));
    expect(draft).not.toMatch(/\d{1,2}月\d{1,2}日/);
    expect(draft).not.toMatch(/支付宝|微信支付|苹果/);
    // Eleventh round m10: filed with 12315, hardship in a filing's register.
    expect(draft).toContain(rung === 'complain12315' ? '因经济紧张' /* review 21 m7; review 29 F7: as tapped */ : zhT('reason.money'));
  });

  it('refusal replies carry the order number', async () => {
    const chat = await chatTo(lang, [...GIVEN, 'cs', 'theyRefused', 'refusedRule']);
    const [, firm] = drafts(chat);
    expect(firm).toContain(ORDER);
    // "Please contact Apple" is not a refusal a WeChat Pay payer is offered (reviews 18, 27).
    const asked = await chatTo(lang, [...GIVEN, 'cs', 'theyRefused']);
    expect(asked.choiceIds).not.toContain('refusedApple');
    expect(asked.choiceIds).toContain('refusedOther');
  });

  it('"please contact Apple" said to someone unsure how they paid: the replies leave the channel blank', async () => {
    const chat = await chatTo(lang, [...NOT_GIVEN, 'cs', 'theyRefused', 'refusedApple']);
    const [polite, firm] = drafts(chat);
    for (const reply of [polite, firm]) {
      expect(reply).toContain(zhT('appeal.paymentPlaceholder'));
      expect(reply).not.toMatch(/支付宝|微信支付/);
    }
  });
});

describe('order numbers', () => {
  it('refuses a card number typed by mistake and keeps nothing of it', async () => {
    const chat = await chatTo('en', ['begin', 'firstTime', 'days1to3', 'gift', 'alipay', 'renewOn', 'goAppeal', 'money']);
    const card = '4111111111111111'; // a well-known test card number, Luhn-valid
    await chat.type('4111 1111 1111 1111');
    expect(chat.text).toMatch(/card number/);
    expect(chat.last.stateId).toBe('askOrderNumber');
    await chat.press('skipOrder');
    await chat.press('cs');
    expect(chat.text).not.toContain(card);
  });

  it('keeps the order number on the case card for later rungs', async () => {
    const chat = await chatTo('zh', [...GIVEN, 'cs', 'notWorked']);
    expect(chat.last.stateId).toBe('appealMenu');
    await chat.send({ kind: 'command', name: 'summary' });
    expect(chat.text).toContain(ORDER);
  });
});
