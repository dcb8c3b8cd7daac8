/**
 * Thirty-fifth round: review 28 F9 (the drafts for "misled by the offer" were built on two blanks
 * before the coach asked what misled the person), with what a person reads at each step.
 */
import { anyMembership } from '../machines';
import type { Step } from './support/drive';
import { walk } from './support/walk';
import { J } from './products/journeys';
import { journeyText as all } from './support/journey-text';

const TO_REASON: Step[] = ['begin', 'app_tencentVideo', 'firstTime', 'days1to3', 'otherPrivilege', 'wechat', 'renewOn', 'goAppeal'];
const PAGE = '页面写着随时可退，实际用过权益就不给退';

describe("Thirty-fifth round: review 28's F9", () => {
  it('F9 misled: before any draft the coach asks what the page said and what it really was; the line goes into every draft as typed', () => {
    for (const lang of ['zh', 'en'] as const) {
      const asked = walk(anyMembership, [...TO_REASON, 'misled'], lang);
      expect(asked.prompt.stateId).toBe('appealMisledDetail');
      expect(asked.text).toMatch(
        lang === 'zh' ? /开通页面上是怎么写的（或者给了什么优惠），实际又是怎样？/ : /What did the sign-up page say \(or offer\), and what was it really\?/,
      );
      expect(asked.drafts).toEqual([]);
      const typed: Step[] = [...TO_REASON, 'misled', { text: PAGE }];
      expect(walk(anyMembership, typed, lang).saidText).toContain(PAGE);
      const cs = walk(anyMembership, [...typed, 'skipOrder', 'cs'], lang).drafts.join('\n');
      expect(cs).toContain(`开通页面上的宣传和实际情况不一样：${PAGE}，我被这项宣传误导了`);
      expect(cs).not.toMatch(/【页面上的原话或优惠】|【实际情况】/);
      const firm = walk(anyMembership, [...typed, 'skipOrder', 'cs', 'theyRefused', 'refusedUsed'], lang).drafts.join('\n');
      expect(firm).toContain(`开通页面上的宣传和实际情况不一样：${PAGE}，我被这项宣传误导了；按《消费者权益保护法实施条例》第十二条`);
      // Given, the summary no longer lists the page's words as missing.
      const summary = walk(anyMembership, [...typed, 'skipOrder', 'finish', 'renewDone'], lang).text;
      expect(summary).not.toMatch(/页面上的原话，以及实际情况|The exact words or offer on the page, and what it actually was/);
    }
  });

  it('F9 skipped, or typed with no Chinese: the drafts keep the two blanks and the coach says so; back forgets the line', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const answer of ['skipMisledDetail', { text: 'the page said cancel any time' }] as Step[]) {
        const steps: Step[] = [...TO_REASON, 'misled', answer];
        expect(walk(anyMembership, steps, lang).saidText).toMatch(lang === 'zh' ? /模板里留了两个空/ : /the drafts leave two blanks/);
        const cs = walk(anyMembership, [...steps, 'skipOrder', 'cs'], lang).drafts.join('\n');
        expect(cs).toContain('开通页面上写着【页面上的原话或优惠】，实际情况却是【实际情况】');
        expect(cs).not.toMatch(/cancel any time/);
      }
      const back: Step = { command: 'back' };
      expect(walk(anyMembership, [...TO_REASON, 'misled', { text: PAGE }, back], lang).prompt.stateId).toBe('appealMisledDetail');
      const again: Step[] = [...TO_REASON, 'misled', { text: PAGE }, back, 'skipMisledDetail', 'skipOrder', 'cs'];
      expect(walk(anyMembership, again, lang).drafts.join('\n')).not.toContain(PAGE);
    }
  });
});

describe("Thirty-fifth round: review 30's copy findings", () => {
  it('F8 an email step skipped asks for no account or name; F9 the English "good news" keeps the hedge; F11 "approved", not "granted"', async () => {
    const iqiyi = await all(J.iqiyiCourt, 'en');
    expect(iqiyi).toContain('Email: skipped');
    expect(iqiyi).not.toContain('☐ Your account and name in the email');
    expect(await all(J.childAlipay, 'en')).toContain('which guides describe as the case most likely to go through (the platform still decides).');
    const approved = await all(J.approvedMoney, 'en');
    expect(approved).not.toContain('refund granted');
    expect(approved).toContain('Result: refund approved');
  });
});

describe("Thirty-fifth round: review 31's rule findings", () => {
  it('F1 no "official record" claim for 12315; F2 no "if no reminder came" after "none came"; F3 an agreed refund is not said to arrive', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const iqiyi = await all(J.iqiyiCourt, lang);
      expect(iqiyi).not.toMatch(/正式记录|official record/);
      expect(iqiyi).not.toMatch(/没收到提醒的，再截|if no reminder came/);
      expect(iqiyi).toMatch(lang === 'zh' ? /你说没收到提醒，再截扣款日前后的短信和App消息中心/ : /since no reminder came, SMS and the app's message center/);
      const typed = await all(J.someReading, lang);
      expect(typed).not.toMatch(/钱应该会原路退回|the money should go back the way you paid/);
      expect(typed).toMatch(lang === 'zh' ? /要等钱真正到账才算办完/ : /it isn't done until it arrives/);
    }
  });
});

describe("Thirty-sixth round: review 31's Chinese copy", () => {
  it('F8 a promise binds 「对经营者具有约束力」, 作出 as in the drafts; F9 「不算今天，还有N天」', async () => {
    for (const title of [J.childAlipay, J.approvedMoney, J.someReading]) {
      const zh = await all(title, 'zh');
      expect(zh).not.toMatch(/对它自己有约束力|对它有约束力|做出的承诺/);
      expect(zh).toContain('作出的承诺，对经营者具有约束力');
    }
    const approved = await all(J.approvedMoney, 'zh');
    expect(approved).not.toContain('除今天外');
    expect(approved).toMatch(/所以最后一天是12月3日周四，不算今天，还有7天/);
  });
});

describe("Thirty-sixth round: review 32's rule findings", () => {
  it('F2 after approval the money "usually" goes back the way it was paid, and it is not done until it arrives: never "it will go back"', async () => {
    const zh = await all(J.approvedMoney, 'zh');
    expect(zh).not.toMatch(/钱会原路退回/);
    expect(zh).toContain('💰 到账时间（支付宝）：钱一般原路退回，要等钱真正到账才算办完。');
    const en = await all(J.approvedMoney, 'en');
    expect(en).not.toMatch(/When it arrives|the money goes back the way you paid/);
    expect(en).toContain("💰 Getting the money back (Alipay): it usually goes back the way you paid, and it isn't done until it arrives.");
  });
});
