/**
 * Thirty-seventh round: the copy and depth points reviews 34–36 raised more than once and left
 * as notes, each as a person reads it. The payment rung's button names where they paid (35 F3,
 * 36 F6); the Regulations' English title without nested parentheses (35 F5, 36 F7); a guardian
 * who paid is told the payment app's complaint is theirs (34 F5, 35 F8, 36 F5); Apple's dense
 * paragraph in bullets (36 F8); 「这第一笔钱」 (36 F9).
 */
import { anyMembership, xhsBlackCard } from '../machines';
import { understand } from '../src/understanding/understand';
import { J, JOURNEYS, replay } from './products/journeys';
import { journeyText as all, summariesOf } from './support/journey-text';
import { AT } from './support/explore';
import { walk } from './support/walk';

const buttonRows = (text: string) => text.split('\n').filter((line) => line.startsWith('['));

describe("Thirty-seventh round: the payment rung's button (reviews 35 F3, 36 F6)", () => {
  it('a bank-card payer is offered "ask your bank", a WeChat payer "complain in WeChat Pay"; never the generic payment-app label', async () => {
    const cases = [
      [J.renewalPriceChange, '[在微信支付里投诉]', '[Complain in WeChat Pay]'],
      [J.iqiyiCourt, '[在支付宝里投诉]', '[Complain in Alipay]'],
    ] as const;
    for (const [journey, zh, en] of cases) {
      for (const [lang, label] of [
        ['zh', zh],
        ['en', en],
      ] as const) {
        const rows = buttonRows(await all(journey, lang)).join('\n');
        expect(rows).toContain(label);
        expect(rows).not.toMatch(/向支付平台投诉|Complain in the payment app/);
      }
    }
  });

  it('the tapped button reads back as it was shown, and typing its label picks that rung', async () => {
    // The 黑卡 renewal journey taps the WeChat rung: its echo is the label the person saw.
    expect((await replay(J.renewalPriceChange, 'zh')).map((turn) => turn.step)).toContain('[在微信支付里投诉]');
    const menu = walk(
      anyMembership,
      ['begin', 'app_meituan', 'firstTime', 'days1to3', 'noneUsed', 'otherPay', 'otherPay_bankCard', 'renewOn', 'goAppeal', 'accidental', 'skipOrder'],
      'zh',
    );
    expect(menu.prompt.labels).toEqual({ payChannel: 'payChannel_otherPay_bankCard' });
    for (const typed of ['问发卡银行', '找银行', 'ask your bank'])
      expect([typed, understand(typed, menu.prompt, AT)]).toMatchObject([typed, { type: 'user.choice', id: 'payChannel' }]);
  });

  it('when the way of paying is not known, the button keeps the general label', () => {
    const menu = walk(xhsBlackCard, ['begin', 'firstTime', 'days1to3', 'noneUsed', 'unsure', 'renewOn', 'goAppeal', 'notNeeded', 'skipOrder'], 'zh');
    expect(menu.prompt.choices).toContain('payChannel');
    expect(menu.prompt.labels).toBeUndefined();
  });
});

describe("Thirty-seventh round: the Regulations' English title (reviews 35 F5, 36 F7)", () => {
  it('is named in full once, with no parentheses inside the parentheses around it', async () => {
    const en = await all(J.childAlipay, 'en');
    expect(en).toContain('binds it (the 2024 Regulations for the Implementation of the Consumer Rights Protection Law 《消费者权益保护法实施条例》, Art. 12)');
    expect(en).not.toContain('Law (《');
  });
});

describe('Thirty-seventh round: a guardian who paid is the payer (reviews 34 F5, 35 F8, 36 F5)', () => {
  // The reviewed child journey up to the app's refusal, with who paid swapped in.
  const childJourney = JOURNEYS[J.childAlipay]! as string[];
  const TO_REFUSED = (paidFrom: string) =>
    childJourney.slice(0, childJourney.indexOf('refused') + 1).map((step) => (step === 'paidFromMine' ? paidFrom : step));
  it('after "only the account holder", the guardian who paid from their own Alipay is told the Alipay complaint is theirs to file', async () => {
    expect(await all(J.childAlipay, 'zh')).toContain(
      '钱是从你的支付宝付的，你就是付款人：在支付宝里投诉这笔扣款，通常是从你自己的账户、以你的名义提交，用不到孩子的账号',
    );
    expect(await all(J.childAlipay, 'en')).toContain('The money came from your Alipay, so you are the payer');
  });

  it("not when the child's own account paid, nor for another refusal reason", () => {
    expect(walk(xhsBlackCard, [...TO_REFUSED('paidFromChild'), 'inApp_account'], 'zh').saidText).not.toContain('你就是付款人');
    expect(walk(xhsBlackCard, [...TO_REFUSED('paidFromMine'), 'inApp_late'], 'zh').saidText).not.toContain('你就是付款人');
    expect(walk(xhsBlackCard, [...TO_REFUSED('paidFromMine'), 'inApp_account'], 'zh').saidText).toContain('你就是付款人');
  });
});

describe("Thirty-seventh round: review 36's copy", () => {
  it('F8 Apple after a second refusal, in bullets: the request, if it still fails (投诉 vs 举报), Apple itself; F9 「开通时付的这笔钱」', async () => {
    const zh = await all(J.meituanApple, 'zh');
    expect(zh).toContain('\n· 如果还是不行：苹果没发提醒这件事，12315投诉里照事实写上。');
    expect(zh).toContain('请监管部门查处，要用「举报」');
    expect(zh).not.toContain('那是举报做的事');
    expect(await all(J.meituanApple, 'en')).toContain('\n· If it still fails: that Apple sent no reminder goes into the 12315 complaint as a fact.');
    const tencent = await all(J.tencentMisled, 'zh');
    expect(tencent).toContain('依我看，要回开通时付的这笔钱，更有力的依据是开通页面上的宣传、承诺和你实际得到的是否相符');
    expect(tencent).not.toContain('这第一笔钱');
  });
});

describe("Thirty-seventh round: review 37's findings", () => {
  it('F2 the records article in Chinese says 法律后果, as the statute and the English do; F5 no 「草稿」 shown in Chinese; F7 one name for the payment rung', async () => {
    const texts = await Promise.all(Object.values(J).map((title) => all(title, 'zh')));
    const zh = texts.join('\n');
    expect(zh).toContain('要承担相应的法律后果');
    expect(zh).not.toContain('法律责任');
    expect(zh).not.toContain('草稿');
    // Review 38 F7: nor 「文案」 (a marketing word): 「模板」, as consumer guides call these texts.
    expect(zh).not.toContain('文案');
    expect(zh).not.toMatch(/支付App投诉|在支付App里投诉也没解决/);
  });
});

describe("Thirty-seventh round: review 37's F11", () => {
  it("the summary's evidence list keeps each rung's own record: the payment-app complaint, the email sent, 12315, 黑猫; an email step skipped adds none", async () => {
    const renewal = (await summariesOf(J.renewalPriceChange, 'zh')).at(-1)!;
    expect(renewal).toContain('☐ 支付平台投诉的记录截图（商户如有回复，一并保存）');
    expect(renewal).toContain('☐ 12315投诉的提交记录和回复截图');
    expect((await summariesOf(J.iqiyiCourt, 'en')).at(-1)).toContain('☐ The link to, or screenshots of, the 黑猫 complaint');
    const TO_EMAIL = [
      'begin',
      'renewal',
      'days1to3',
      'reminderNone',
      'noneUsed',
      'wechat',
      'renewOn',
      'goAppeal',
      'notNeeded',
      'skipOrder',
      'cs',
      'notWorked',
      'email',
    ];
    const sent = walk(xhsBlackCard, [...TO_EMAIL, 'notWorked', { command: 'summary' }], 'zh').saidText;
    expect(sent).toContain('☐ 发出的邮件');
    const skipped = walk(xhsBlackCard, [...TO_EMAIL, 'emailSkipped', { command: 'summary' }], 'zh').saidText;
    expect(skipped).toContain('☐ 和客服的完整聊天记录截图');
    expect(skipped).not.toContain('☐ 发出的邮件');
  });
});

describe("Thirty-seventh round: review 37's F10", () => {
  it('"never meant to renew" beside a reminder received: the coach says Apple may ask why it was not cancelled, and what the reminder left out is the firmer ground', async () => {
    expect(await all(J.meituanApple, 'zh')).toContain('苹果可能会问：收到提醒为什么没取消？所以这段先写提醒里缺的那一项，再写你选的原因');
    expect(await all(J.meituanApple, 'en')).toContain(
      "so Apple may ask why you didn't cancel then; the text therefore puts what the reminder left out first, and your reason after it. Change anything",
    );
    // Review 39 F2: and the second request itself leads with that gap; the reason follows it.
    expect(await all(J.meituanApple, 'zh')).toContain(
      '这次扣费前我没有收到苹果的续费提醒。续费扣款前我收到过美团发的提醒，但提醒里没有写明扣费金额。另外，我本来没打算续费',
    );
    // No reminder at all: nothing to explain.
    const TO_REASON = [
      'begin',
      'app_meituan',
      'renewal',
      'today',
      'reminderNone',
      'noneUsed',
      'apple',
      'renewOn',
      'walkApple',
      'done',
      'done',
      'done',
      'done',
      'refused',
    ];
    const none = walk(anyMembership, [...TO_REASON, 'notMeantRenew'], 'zh').text;
    expect(none).toContain('第二次申请的要点');
    expect(none).not.toContain('苹果可能会问');
  });
});

describe("Thirty-seventh round: review 38's rule findings", () => {
  it('F1 the payer\'s own complaint is said as usual practice; F2 "what you tried since", not "the channels"; F3 the fallback never asks to restore a plan the person is leaving', async () => {
    const zh = await all(J.childAlipay, 'zh');
    expect(zh).toContain('在支付宝里投诉这笔扣款，通常是从你自己的账户、以你的名义提交');
    expect(await all(J.childAlipay, 'en')).toContain("is usually filed from your own account and in your own name, without your child's account");
    expect(zh).toContain('现在：App里的申请被拒了，后来试过的办法也还没解决问题');
    expect(zh).not.toContain('试过的渠道也还没解决');
    for (const lang of ['zh', 'en'] as const)
      expect(await all(J.renewalPriceChange, lang)).not.toMatch(/恢复为我开通时的套餐|恢复原套餐|restore (the|that) plan/);
    expect(await all(J.renewalPriceChange, 'zh')).toContain(
      '如果不能全额退还，也请按我还没用到的时间折算退款；如果这也不行，请只按我开通时的套餐收取一期的费用，退还其余的',
    );
  });
});

describe("Thirty-seventh round: review 39's findings", () => {
  it('F1 "up to 3 days early" is said as what guides say; F3 after two Apple refusals, Apple support comes before 12315; F6 one hedge, not three; F7 plainer Chinese; F8/F9 English', async () => {
    const child = await all(J.childAlipay, 'zh');
    expect(child).toContain('注意：据多个攻略说，商家可能最多提前3天扣款');
    expect(await all(J.childAlipay, 'en')).toContain('Note: several guides say merchants may charge up to 3 days early');
    expect(child).not.toContain('这是成功机会最大的一种情况（仍由平台审核决定）');
    expect(child).toContain('模板里会写上这个理由；你前面说过的情况里能反驳这个理由的，也会一并写上。');
    const summary = (await summariesOf(J.meituanApple, 'zh')).at(-1)!;
    expect(summary.indexOf('· 先联系 Apple 中国支持')).toBeGreaterThan(-1);
    expect(summary.indexOf('· 先联系 Apple 中国支持')).toBeLessThan(summary.indexOf('· 还是不行，再提交12315投诉'));
    const en = await all(J.meituanApple, 'en');
    expect(en).not.toMatch(/\. change anything/);
    expect(await all(J.renewalPriceChange, 'en')).not.toMatch(/Privileges: |the drafts say 【金额】/);
  });
});

describe("Thirty-seventh round: review 40's findings", () => {
  it('F1 no bank menu names the sheet does not hold: ask the bank; F2 the in-app reason line reads plainly; F6 the privileges line fits a renewal', async () => {
    for (const lang of ['zh', 'en'] as const) expect(await all(J.someReading, lang)).not.toMatch(/快捷支付|online banking/);
    const child = await all(J.childAlipay, 'en');
    expect(child).toContain("along with anything you've told me that answers it");
    expect(child).not.toContain("answer it where what you've told me does");
    expect((await summariesOf(J.renewalPriceChange, 'en')).at(-1)).toContain('Privileges since the renewal charge: ');
  });
});
