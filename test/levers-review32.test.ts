/**
 * Thirty-sixth round: review 32's findings, with what a person reads at each step. F1: a date
 * the coach worked out from "3天前" (or the Today button) went into formal drafts as if the
 * person had named it; F3–F6: copy.
 */
import { transition } from 'xstate';
import { anyMembership, xhsBlackCard } from '../machines';
import { translatorFor } from '../src/i18n';
import { understand } from '../src/understanding/understand';
import { QUESTIONS } from './understanding/table';
import { J } from './products/journeys';
import { draftsIn, journeyText as all } from './support/journey-text';
import { machineOf, walk } from './support/walk';
import { AT } from './support/explore';

describe("Thirty-sixth round: review 32's rule finding F1", () => {
  it('a charge date worked out from "3天前" is a blank to check against the bill in every draft; the checklist names it plain', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = await all(J.renewalPriceChange, lang);
      const drafts = draftsIn(text).join('\n');
      expect(drafts).toContain('【2026年11月23日，以账单为准】');
      // Never the bare date in what is sent.
      expect(drafts.replaceAll('【2026年11月23日，以账单为准】', '')).not.toContain('2026年11月23日');
      expect(text).toContain(lang === 'zh' ? '核对账单上的扣款日期：模板写的是11月23日周一，以账单为准' : 'the draft says Mon, Nov 23; go by the bill');
      if (lang === 'en') expect(text).toContain('My Xiaohongshu 黑卡 membership was renewed automatically and charged on [Nov 23, 2026; go by the bill]');
    }
  });

  it('a date the person typed as a calendar day goes in as they gave it; the Today button paid through Apple is checked against the receipt email', async () => {
    const iqiyi = draftsIn(await all(J.iqiyiCourt, 'zh')).join('\n');
    expect(iqiyi).toContain('2026年11月20日');
    expect(iqiyi).not.toMatch(/【2026年11月20日/);
    const apple = draftsIn(await all(J.meituanApple, 'zh')).join('\n');
    expect(apple).toContain('该笔订阅费于【2026年11月26日，以苹果的收据邮件为准】扣款');
    expect(apple.replaceAll('【2026年11月26日，以苹果的收据邮件为准】', '')).not.toContain('2026年11月26日');
  });

  it('what is typed: a day said relative to today is marked so; a calendar day, or a relative day confirmed with a yes, is not', () => {
    const askOpened = QUESTIONS.askOpened!;
    const relative = (text: string) => {
      const read = understand(text, askOpened, AT);
      return read.type === 'user.date' ? read.relative === true : undefined;
    };
    for (const text of ['3天前', '上周三', '昨天', 'last Wednesday', '3 days ago', 'yesterday']) expect([text, relative(text)]).toEqual([text, true]);
    for (const text of ['11月23日', '23号', '11.23', 'Nov 23', 'the 23rd', '2026-11-23', '十一月二十三日'])
      expect([text, relative(text)]).toEqual([text, false]);
    // Recorded as relative; a confirmed reading ("Do you mean …?", yes) and "back" clear it.
    const machine = machineOf(anyMembership);
    const at = walk(anyMembership, ['begin', 'app_meituan', 'renewal'], 'zh').snapshot;
    const [typed] = transition(machine, at, { type: 'user.date', date: '2026-11-23', relative: true, at: AT });
    expect(typed.context.openedRelative).toBe(true);
    const [held] = transition(machine, at, { type: 'user.date', date: '2026-11-23', relative: true, confirm: true, at: AT });
    const [confirmed] = transition(machine, held, { type: 'user.choice', id: 'yes', at: AT });
    expect([confirmed.context.openedOn, confirmed.context.openedRelative]).toEqual(['2026-11-23', undefined]);
    const [back] = transition(machine, typed, { type: 'user.command', name: 'back', at: AT });
    expect(back.context.openedRelative).toBeUndefined();
  });
});

describe("Thirty-sixth round: review 32's copy", () => {
  it('F3 随时可退 glossed as "refundable"; F4 "the Pricing Rules", not "the rules"; F5 the English hello keeps "go by what your app shows"; F6 plain Chinese for the Apple notes', async () => {
    const misled = walk(
      anyMembership,
      ['begin', 'app_tencentVideo', 'firstTime', 'days1to3', 'otherPrivilege', 'wechat', 'renewOn', 'goAppeal', 'misled'],
      'en',
    );
    expect(misled.text).toContain('(the page said you could get a refund any time; in fact, once a privilege was used, no refund)');
    expect(misled.text).not.toMatch(/perk|cancel any time/);
    const apple = await all(J.meituanApple, 'en');
    expect(apple).not.toContain("don't cite the rules");
    expect(apple).toContain("don't cite the Pricing Rules");
    expect(apple).toContain(
      '· If it still fails: that Apple sent no reminder goes into the 12315 complaint as a fact. A complaint asks 12315 to mediate your refund; to ask the regulator to act, you file a 举报 (report), on the same 12315 platform.',
    );
    expect(await all(J.renewalPriceChange, 'en')).toContain('which guides describe as a Xiaohongshu paid membership; go by what your app actually shows.');
    const zh = await all(J.meituanApple, 'zh');
    expect(zh).not.toMatch(/第十条留在12315投诉里|不引用这条规则/);
    expect(zh).toContain(
      '· 如果还是不行：苹果没发提醒这件事，12315投诉里照事实写上。投诉是请12315调解你的退款；请监管部门查处，要用「举报」（在同一个12315平台上选「举报」）。',
    );
    expect(zh).toContain('所以给苹果的申请和对苹果的投诉只写事实，提醒里缺了什么，照你说的写；');
  });
});

describe("Thirty-sixth round: review 33's findings", () => {
  it('F1 the 12315 complaint against Apple states its missing reminder as a fact; the coach says a complaint mediates and a 举报 asks the regulator to act; F6 "said it would", not "promised"; F8 「照你的原话写」', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = await all(J.meituanApple, lang);
      const complaint = draftsIn(text).find((d) => d.startsWith('投诉摘要'))!;
      expect(complaint).toContain('扣费前我没有收到苹果的续费提醒。');
      expect(complaint).not.toMatch(/第十条|请核实本次自动续费前的提醒/);
      expect(text).toContain(
        lang === 'zh'
          ? '苹果没发提醒这件事，12315投诉里照事实写上。投诉是请12315调解你的退款；请监管部门查处，要用「举报」'
          : 'A complaint asks 12315 to mediate your refund; to ask the regulator to act, you file a 举报 (report)',
      );
      expect(text).not.toMatch(/请监管部门核实。|for the regulator to check\./);
    }
    expect(await all(J.redCard, 'en')).toContain('the platform publicly said it would refund the card fee in full itself');
    expect(await all(J.redCard, 'en')).not.toContain('promised to refund');
    const plan = await all(J.iqiyiCourt, 'zh');
    expect(plan).toContain('记下了，模板里会照你的原话写：');
    expect(plan).not.toContain('按你写的这样写');
  });
});

describe("Thirty-sixth round: review 33's F2 (and review 30 F5)", () => {
  const TO_OTHER = ['begin', 'app_meituan', 'firstTime', 'days1to3', 'noneUsed', 'otherPay'];
  const TO_CS = ['renewOn', 'goAppeal', 'notNeeded', 'skipOrder', 'cs'];
  it('"Other" is followed by which one; the drafts name it, an app store gets a hedged note, a skip keeps the blank', () => {
    for (const lang of ['zh', 'en'] as const) {
      const asked = walk(anyMembership, TO_OTHER, lang);
      expect(asked.prompt.stateId).toBe('askOtherPay');
      expect(asked.prompt.choices).toEqual([
        'otherPay_bankCard',
        'otherPay_unionPay',
        'otherPay_phoneBill',
        'otherPay_appStore',
        'skipOtherPay',
        'why',
        'back',
      ]);
      expect(walk(anyMembership, [...TO_OTHER, 'otherPay_bankCard', ...TO_CS], lang).drafts.join('\n')).toContain('付款方式：银行卡');
      const store = walk(anyMembership, [...TO_OTHER, 'otherPay_appStore'], lang);
      expect(store.saidText).toMatch(
        lang === 'zh'
          ? /一般和苹果类似.*退款通常要向应用商店申请.*我手头没有它们的资料/
          : /usually it works like Apple.*the refund is usually asked of the store.*my sources say nothing about these stores/,
      );
      expect(walk(anyMembership, [...TO_OTHER, 'otherPay_appStore', ...TO_CS], lang).drafts.join('\n')).toContain('付款方式：手机应用商店（【哪家应用商店】）');
      expect(walk(anyMembership, [...TO_OTHER, 'skipOtherPay', ...TO_CS], lang).drafts.join('\n')).toContain('付款方式：【付款方式，见付款记录】');
      // Back from the next question returns to "which one?", which forgets the answer.
      const back = walk(anyMembership, [...TO_OTHER, 'otherPay_phoneBill', { command: 'back' }], lang);
      expect([back.prompt.stateId, back.snapshot.context.otherPay]).toEqual(['askOtherPay', undefined]);
    }
  });
});

describe("Thirty-sixth round: review 33's F4 (reviews 31 F5, 32 F8)", () => {
  const TO_REFUSED = (used: string) => ['begin', 'firstTime', 'days1to3', used, 'wechat', 'renewOn', 'walkApp', ...Array(7).fill('done'), 'refused'];
  const TO_CS = ['notNeeded', 'skipOrder', 'cs'];
  it("after an in-app refusal the app's reason is asked; the drafts state it and answer it only from the case", () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(walk(xhsBlackCard, TO_REFUSED('noneUsed'), lang).prompt.choices).toEqual([
        'inApp_used',
        'inApp_late',
        'inApp_account',
        'inApp_noReason',
        'skipInAppReason',
        'why',
        'back',
      ]);
      const cs = (used: string, reason: string) => walk(xhsBlackCard, [...TO_REFUSED(used), reason, ...TO_CS], lang).drafts.join('\n');
      // "Used a privilege" is contradicted only when the person said none was used.
      expect(cs('noneUsed', 'inApp_used')).toContain('我在App内申请过退款，被拒绝了。App给的理由是已使用会员权益，但我没有使用过会员权益。');
      expect(cs('paidContent', 'inApp_used')).toContain('我在App内申请过退款，被拒绝了。App给的理由是已使用会员权益。');
      expect(cs('paidContent', 'inApp_used')).not.toContain('但我没有使用过');
      // A time limit is put to them to check, not disputed.
      expect(cs('noneUsed', 'inApp_late')).toContain('App给的理由是超过了申请时限，请核对我的付款时间和申请时间。');
      expect(cs('noneUsed', 'inApp_noReason')).toContain('App没有写明拒绝的理由。');
      // Not a guardian: no guardian's offer.
      expect(cs('noneUsed', 'inApp_account')).not.toContain('监护人');
      const skipped = cs('noneUsed', 'skipInAppReason');
      expect(skipped).toContain('我在App内申请过退款，被拒绝了。');
      expect(skipped).not.toMatch(/App给的理由|App没有写明/);
      const back = walk(xhsBlackCard, [...TO_REFUSED('noneUsed'), 'inApp_late', { command: 'back' }], lang);
      expect([back.prompt.stateId, back.snapshot.context.inAppRefusal]).toEqual(['inAppRefusalReason', undefined]);
    }
  });
});

describe("Thirty-sixth round: review 34's findings", () => {
  const TO_OTHER = ['begin', 'app_meituan', 'firstTime', 'days1to3', 'noneUsed', 'otherPay'];
  it('F1 the way named after "Other" decides where to switch off and the payment rung: a bank, 云闪付, the carrier, the app store, each hedged', () => {
    const expected = {
      otherPay_bankCard: ['能不能取消这项扣款授权', 'whether that debit authorisation can be cancelled'],
      otherPay_unionPay: ['到云闪付App的设置里找「免密支付」「自动扣款」', "in the 云闪付 app's settings"],
      otherPay_phoneBill: ['通常要通过运营商退订', 'usually stopped through your carrier'],
      otherPay_appStore: ['通常在那家应用商店的订阅管理里取消', "usually cancelled in that store's subscription settings"],
    };
    for (const [kind, [zh, en]] of Object.entries(expected)) {
      expect(walk(anyMembership, [...TO_OTHER, kind, 'renewOn'], 'zh').text).toContain(zh);
      expect(walk(anyMembership, [...TO_OTHER, kind, 'renewOn'], 'en').text).toContain(en);
      const ladder = walk(anyMembership, [...TO_OTHER, kind, 'renewOn', 'goAppeal', 'accidental', 'skipOrder'], 'zh').text;
      expect(ladder).not.toContain('你用的是其他付款方式');
    }
    expect(walk(anyMembership, [...TO_OTHER, 'otherPay_bankCard', 'renewOn', 'goAppeal', 'accidental', 'skipOrder'], 'zh').text).toContain('找你的发卡银行');
    // Review 45 F2: asked back only as a favour (not needed), a direct card debit has no bank rung.
    expect(walk(anyMembership, [...TO_OTHER, 'otherPay_bankCard', 'renewOn', 'goAppeal', 'notNeeded', 'skipOrder'], 'zh').text).not.toContain('发卡银行');
  });

  it('copy: the English hello in two sentences; 云闪付 glossed as UnionPay\'s app; the 黑猫 wait marked as a suggestion on the span; "that guides mention"', async () => {
    const en = await all(J.renewalPriceChange, 'en');
    expect(en).toContain(
      'I\'ll help you ask for a refund of an auto-renewing membership and switch off its auto-renewal. The questions below are about 黑卡 ("black card"), which guides describe as a Xiaohongshu paid membership; go by what your app actually shows.',
    );
    expect(translatorFor('en')('choice.otherPay_unionPay')).toBe("云闪付 (UnionPay's QuickPass app)");
    expect(await all(J.iqiyiCourt, 'zh')).toContain('如果等了一两周（这个时间只是我的建议，不是规定）仍没动静');
    expect(await all(J.approvedMoney, 'en')).not.toContain('working days guides mention');
  });
});

describe("Thirty-sixth round: review 34's F2", () => {
  it('a plan change typed: the coach says a stated first-month offer may be answered with "it was disclosed", so the drafts claim no breach and ask for the records', async () => {
    const zh = await all(J.iqiyiCourt, 'zh');
    expect(zh).toContain('如果开通时的低价是页面上写明的首月或限时优惠，平台可能会说续费价格早已告知过');
    const en = await all(J.iqiyiCourt, 'en');
    expect(en).toContain(
      'If the lower price at sign-up was a first-month or limited-time offer stated on the page, the platform may say the renewal price was disclosed then.',
    );
  });
});

describe("Thirty-sixth round: review 35's findings", () => {
  it('F1 the English hello offers help to ask for a refund, not to get one; F2 第十条 is cited for the auto-renewal only, the price said beside it; F4, F7 copy', async () => {
    const en = await all(J.renewalPriceChange, 'en');
    expect(en).toContain("I'll help you ask for a refund of an auto-renewing membership");
    expect(en).not.toContain('help you get a refund');
    expect(en).toContain('and a renewal charge may not be something you can request there.');
    const zh = draftsIn(await all(J.tencentMisled, 'zh')).join('\n');
    expect(zh).not.toContain('对自动续费和续费价格的提示并不显著（');
    expect(zh).toContain(
      '开通时，页面上对自动续费的提示并不显著（《消费者权益保护法实施条例》第十条要求，自动续费的经营者应当在消费者接受服务前以显著方式提醒消费者）。',
    );
    expect(await all(J.meituanApple, 'zh')).toContain(
      '这条规则管不管得到苹果和美团，我都没法确定：所以给苹果的申请和对苹果的投诉只写事实，提醒里缺了什么，照你说的写；给美团的话和举报里，用「据我了解」提一句。',
    );
  });
});

describe("Thirty-sixth round: review 36's rule findings", () => {
  it('F1 a 12315 complaint against Apple is something to try, its acceptance uncertain, the seller as the receipt names it; F2 the bank lines say the sheet holds nothing on banks; F3 screenshots before the Alipay switch-off', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const apple = await all(J.meituanApple, lang);
      expect(apple).toMatch(lang === 'zh' ? /会不会受理并不确定/ : /Whether it is accepted isn't certain/);
      expect(apple).not.toMatch(/在中国的经营主体|operating entity in China/);
      expect(draftsIn(apple).find((d) => d.startsWith('投诉摘要'))).toContain('被投诉方：苹果（App Store），【收据邮件上写明的销售方全称和地址】');
      // (Review 45 F2: the reviewed bank-card journey asks back as a favour, so its ladder has no bank rung.)
      const toBank = ['begin', 'app_meituan', 'firstTime', 'days1to3', 'noneUsed', 'otherPay', 'otherPay_bankCard', 'renewOn'];
      const bank = walk(anyMembership, [...toBank, 'goAppeal', 'accidental', 'skipOrder'], lang).text;
      expect(bank).toMatch(
        lang === 'zh'
          ? /找你的发卡银行：问问这笔扣款能怎么处理（我手头没有银行的资料/
          : /Your card-issuing bank: ask what can be done about this charge \(my sources say nothing about banks/,
      );
      const child = await all(J.childAlipay, lang);
      expect(child).not.toMatch(/有的话关掉|switch it off if so/);
      expect(child).toMatch(
        lang === 'zh' ? /关之前先截图自动扣款协议和这笔扣款记录/ : /Before switching it off, screenshot the auto-debit agreement and this charge/,
      );
    }
  });
});
