import { anyMembership } from '../machines';
import { J } from './products/journeys';
import { draftsIn, journeyText as all, paragraph } from './support/journey-text';
import { moneyMissing, walk } from './support/walk';

import zhAny from '../locales/zh/any-membership.json';
import enAny from '../locales/en/any-membership.json';

describe('Twenty-fourth round: the rest of review 19', () => {
  it('3 the goodwill note before the 12315 draft never says 12315 may not accept it, and the English note is short sentences', async () => {
    const zh = await all(J.someReading, 'zh');
    const en = await all(J.someReading, 'en');
    expect(zh).not.toContain('12315受理也不一定');
    expect(en).not.toMatch(/whether 12315 takes the complaint on/);
    const zhNote = paragraph(zh, '先说一句：12315调解的是');
    expect(zhNote).toContain('你选的理由是请商家通融，如果没有协议或宣传上的依据，商家不一定同意。');
    expect(zhNote).toContain('第十二条，这样的承诺对商家有约束力');
    const enNote = paragraph(en, 'A word first: 12315 mediates');
    expect(enNote).toContain('The reason you picked asks the business for goodwill;');
    expect(enNote).toContain('promised a refund, screenshot it. Under Art. 12 of the Regulations');
    expect(enNote).toContain('such a promise binds the business.');
    for (const sentence of enNote.split(/(?<=\.) /)) expect(sentence.split(' ').length).toBeLessThanOrEqual(28);
  });

  it('8 the goodwill 12315 filing says the first sign-up when (and only when) the person said so, and asks the regulator to mediate (review 21 m7), never 「近期」', async () => {
    const zh = draftsIn(await all(J.someReading, 'zh')).join('\n');
    const en = await all(J.someReading, 'en');
    expect(zh).toContain('事实经过：我于【日期见订单详情】首次开通某某读书会员，付款方式为');
    expect(zh).toContain('因经济紧张，希望经营者退还这笔会员费，请求市场监管部门组织调解。');
    expect(zh).not.toContain('近期');
    expect(en).toContain('What happened: I signed up for the 某某读书 membership for the first time on [date: see the order details], via');
    expect(en).toContain('Money is tight for me; I ask the business to refund this membership fee, and ask the market regulator to mediate.');
    for (const member of ['firstTime', 'unsure'])
      for (const reason of ['money', 'notNeeded']) {
        const steps = [
          'begin',
          { text: '某某读书' },
          'nameRight',
          member,
          'unsure',
          'unsure',
          'otherPay',
          'skipOtherPay',
          'unsure',
          'goAppeal',
          reason,
          'skipOrder',
          'complain12315',
        ];
        const draft = walk(anyMembership, steps, 'zh').drafts.join('\n');
        const enDraft = walk(anyMembership, steps, 'en').drafts.join('\n');
        expect(draft.includes('首次开通')).toBe(member === 'firstTime');
        expect(enDraft.includes('for the first time')).toBe(member === 'firstTime');
        expect(draft).toContain('希望经营者退还这笔会员费，请求市场监管部门组织调解。' /* review 21 m7 */);
        expect(draft).not.toContain('近期');
      }
  });

  it("5 the 12315 draft for a refund that never arrived keeps a line for the payment app's complaint (Alipay, WeChat Pay), with a delete-if-not note; none for other channels", async () => {
    const zh = await all(J.approvedMoney, 'zh');
    const en = await all(J.approvedMoney, 'en');
    const alipayLine = '【日期】我在支付宝账单里对这笔订单提出了投诉，仍未解决。';
    // Review 20 M1: the line is no longer in the draft; the note before it says to add it if the person did complain.
    expect(draftsIn(zh).find((d) => d.startsWith('投诉摘要'))).not.toContain(alipayLine);
    expect(zh).toContain(`如果你在支付宝投诉过，再加上：「${alipayLine}」`);
    expect(en).toContain('(On [date] I complained about this order in my Alipay bill, and it is still not resolved.)');
    expect(en).toContain(`If you complained in Alipay, add as well: ${alipayLine}`);
    const wechatLine = '【日期】我在微信支付账单里对这笔订单投诉了商户，仍未解决。';
    for (const lang of ['zh', 'en'] as const) {
      expect(moneyMissing('alipay', lang)).toContain(alipayLine);
      expect(moneyMissing('alipay', lang)).not.toContain(wechatLine);
      expect(moneyMissing('wechat', lang)).toContain(wechatLine);
      expect(moneyMissing('wechat', lang)).not.toContain('支付宝账单里对这笔订单');
      for (const other of ['otherPay', 'unsure', 'apple']) expect(moneyMissing(other, lang)).not.toMatch(/我在(支付宝|微信支付)账单里/);
    }
    expect(moneyMissing('wechat', 'zh')).toContain(`如果你在微信支付投诉过，再加上：「${wechatLine}」`);
    expect(moneyMissing('wechat', 'en')).toContain(
      'On [date] I complained to WeChat Pay about this merchant from the order in my bill, and it is still not resolved.',
    );
  });

  it("5 (the other half) a WeChat Pay payer whose refund never came is walked through WeChat Pay's own complaint before 12315, with the text for it, as an Alipay payer is", () => {
    const zh = moneyMissing('wechat', 'zh');
    const en = moneyMissing('wechat', 'en');
    // The steps: the bill, customer service, WeChat Pay's complaint (hedged: the entry's name is the usual one), then 12315.
    expect(zh).toMatch(
      /1\. 在微信支付「账单」[\s\S]*2\. [\s\S]*客服[\s\S]*3\. [\s\S]*【投诉商户】（通常的叫法，以你的版本为准）[\s\S]*95017（以微信里显示的为准）[\s\S]*4\. 还不行，再走12315/,
    );
    expect(en).toMatch(
      /1\. Find this order in WeChat Pay's bill[\s\S]*3\. [\s\S]*【投诉商户】 \(complain about the merchant\) \(the usual names; yours may differ\)[\s\S]*4\. If that doesn't help, 12315 is next/,
    );
    // The complaint text comes before the 12315 summary, as in the Alipay list.
    for (const text of [zh, en]) {
      const drafts = text.indexOf('投诉商户：');
      expect(drafts).toBeGreaterThan(0);
      expect(drafts).toBeLessThan(text.indexOf('投诉摘要'));
    }
    expect(zh).toContain('先在微信支付账单里这笔订单下对订单提出疑惑或投诉商户（上面第3步）');
    // An Alipay payer is not sent to WeChat Pay, nor the reverse.
    expect(moneyMissing('alipay', 'zh')).not.toContain('投诉商户】');
    expect(zh).not.toContain('95188');
  });

  it('12 other apps\' menus and order pages: 「有的App」 / "some apps", never 「多数App」, "most apps" or an unhedged 「一般」', async () => {
    const zhSwitch = '有的App里也能关，常见的入口叫【自动续费管理】之类（有没有、在哪，以你看到的为准）';
    const enSwitch = 'Some apps also have a switch, often called 【自动续费管理】 (Manage auto-renewal) or similar (if it has one; go by what you see)';
    for (const title of [J.tencentMisled, J.someReading]) {
      const zh = await all(title, 'zh');
      const en = await all(title, 'en');
      expect(zh).toContain(zhSwitch);
      expect(en).toContain(enSwitch);
      expect(zh).not.toMatch(/多数App|App里一般也能关|很多App常见/);
      expect(en).not.toMatch(/most apps|The app itself may also have a switch/i);
    }
    expect(await all(J.tencentMisled, 'zh')).toContain('有的App在订单或会员页面里也会显示');
    expect(await all(J.tencentMisled, 'en')).toContain('some apps also show it on the order or membership page');
    expect(JSON.stringify(zhAny)).not.toMatch(/多数|很多App|一般在App|一般把鼠标|一般会看到|订单号一般在/);
    expect(JSON.stringify(enAny)).not.toMatch(/most apps/i);
  });
});
