/**
 * Thirtieth round: the findings of review 25 that the journeys show (the reviewer read only
 * the fact sheet and the printed journeys). Each test asserts what a person reads.
 */
import { J } from './products/journeys';
import { anyMembership, xhsBlackCard } from '../machines';
import { draftsIn, journeyText as all } from './support/journey-text';
import { renewalsRefusedUsed, walk } from './support/walk';

const both = ['zh', 'en'] as const;

describe("Thirtieth round: the twenty-fifth review's findings", () => {
  it('F1+F2 the firm reply to 「已使用权益不能退」: the clause question, the page facts and the 第十二条 promise asking for a full refund, the standard-terms sentence, then a partial refund only as a request', async () => {
    const TERMS =
      '如果拒绝依据的是「使用过权益不退」这样的格式条款，也请说明它为什么不属于不合理地限制消费者权利的条款（按《消费者权益保护法》第二十六条、《消费者权益保护法实施条例》第十七条，这样的条款无效）。';
    const ASK = '如确实不能全额退款，希望至少扣除我已使用的部分，退还其余费用。';
    for (const lang of both) {
      const text = await all(J.tencentMisled, lang);
      const firm = draftsIn(text).find((d) => d.startsWith('请告诉我，拒绝退款依据的是会员协议的哪一条。'))!;
      expect(firm).toContain(
        `请告诉我，拒绝退款依据的是会员协议的哪一条。开通页面上写着【页面上的原话或优惠】，实际情况却是【实际情况】，我被这项宣传误导了；按《消费者权益保护法实施条例》第十二条，经营者在宣传中作出的承诺对其有约束力，请按宣传履行，做不到的，请全额退款。${TERMS}`,
      );
      for (const d of draftsIn(text)) expect(d).not.toMatch(/不应一概不退|至少应退还|does not rule out/);
      if (lang === 'en')
        expect(text).toContain(
          'Please tell me which clause of the membership agreement the refusal rests on. The sign-up page said [the exact words or offer on the page], but in fact [what it actually was], and I was misled by it; under Art. 12 of the Regulations, a business is bound by the promises it makes in its advertising, so please deliver what was advertised or, if you can\'t, refund me in full. If the refusal rests on a standard term such as "no refund once privileges are used", please also explain why it is not a term that unreasonably limits consumers\' rights (under the Consumer Rights Protection Law, Art. 26, and the Regulations, Art. 17, such terms are void).',
        );
    }
    // A renewal with no reminder: the same shape with 第十条 as the ground, a full refund of the renewal asked first.
    for (const [product, steps] of renewalsRefusedUsed())
      for (const lang of both) {
        const used = walk(product, steps, lang).text;
        expect(used).toContain(
          `请告诉我，拒绝退款依据的是会员协议的哪一条。扣款前我没有收到任何续费提醒；按《消费者权益保护法实施条例》第十条，自动续费的经营者应当在每次续费前以显著方式提醒消费者，请为我全额退还这笔续费。${TERMS}`,
        );
        expect(used).not.toMatch(/不应一概不退|至少应退还|does not rule out/);
        if (lang === 'en')
          expect(used).toContain(
            'a business offering auto-renewal must remind the consumer prominently before each renewal, so please refund this renewal charge in full. If the refusal rests on a standard term',
          );
        const none = walk(
          product,
          steps.map((s) => (s === 'otherPrivilege' ? 'noneUsed' : s)),
          lang,
        ).text;
        expect(none).toContain(`请为我全额退还这笔续费。${TERMS}`);
        expect(none).not.toContain(ASK);
      }
  });
  it('F4 Meituan through Apple: the 12315 complaint against Apple asks for a one-go refund and the record of the reminder before this renewal (如有); 实施条例 第十八条第二款 only where a refund is owed; no 电子商务法 第六十二条', async () => {
    for (const lang of both) {
      const text = await all(J.meituanApple, lang);
      const draft = draftsIn(text).find((d) => d.includes('被投诉方：苹果'))!;
      // A reminder came (from Meituan, without the amount): not a refund owed, so the one-go ask without the citation.
      expect(draft).toContain('诉求：请督促被投诉方退还这笔美团会员订阅费用25元，一次性原路退回；并请被投诉方提供本次续费前向我发送续费提醒的记录（如有）。');
      expect(draft).not.toMatch(/第六十二条|第十八条第二款/);
      if (lang === 'en')
        expect(text).toContain(
          'Request: please have the company refund this Meituan membership subscription fee, ¥25, in one payment to my original payment method, and provide the record of any renewal reminder it sent me before this renewal.',
        );
    }
    // No reminder at all: a refund owed, so 第十八条第二款 is cited as in the other 12315 drafts.
    const steps = [
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
      'notMeantRenew',
      'appleCancelled',
      'appleRefusedAgain',
    ];
    for (const lang of both) {
      const w = walk(anyMembership, steps, lang);
      expect(w.drafts.join('\n')).toContain(
        '诉求：请督促被投诉方退还这笔美团会员订阅费用【金额】元，一次性原路退回（一次性退清的要求见《消费者权益保护法实施条例》第十八条第二款）；并请被投诉方提供本次续费前向我发送续费提醒的记录（如有）。',
      );
      if (lang === 'en')
        expect(w.text).toMatch(
          /in one payment to my original payment method \(see the (2024 )?Regulations[^\n]*Art\. 18\(2\), on paying refunds in one go\), and provide the record of any renewal reminder/,
        );
    }
  });

  it('F5 黑卡 money not arrived: the 12315 draft asks the business for the refund reference number, the date it was issued and where it was sent', async () => {
    for (const lang of both) {
      const text = await all(J.approvedMoney, lang);
      expect(text).toMatch(
        /诉求：请督促经营者履行已同意的退款，[^\n]*一次性退清的要求见《消费者权益保护法实施条例》第十八条第二款）。并请经营者提供该笔退款的退款单号、发起时间和退款去向。\n/,
      );
      if (lang === 'en')
        expect(text).toMatch(
          /Art\. 18\(2\), on paying refunds in one go\), and ask the business to provide the refund reference number, the date it was issued and where it was sent\.\n/,
        );
    }
  });
  it('F10 the ladder: 黑猫 moves out of the numbered list to a separate line after the last step ("另外：" / "Separately:")', async () => {
    for (const lang of both) {
      const text = await all(J.renewalPriceChange, lang);
      expect(text).toContain(
        lang === 'zh'
          ? '4. 12315：市场监管部门的正式投诉渠道\n5. 社交平台发帖：最后手段\n另外：黑猫投诉不算其中一步，任何时候都可以和12315同时用，靠公开和舆论压力。\n'
          : '5. A social post: the last resort\nSeparately: 黑猫投诉 (Heimao) is not a further rung; it works through public pressure and can run alongside 12315 at any time.\n',
      );
      for (const title of Object.values(J)) expect(await all(title, lang)).not.toMatch(/^· 黑猫投诉(不算其中一步| \(Heimao\): not a further rung)/m);
    }
  });
  it('F9 the Chinese greeting: one plain sentence, then the 黑卡 hedge in its own parenthesis (as the English line hedges it)', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    expect(zh).toContain(
      '我来陪你一步步申请自动续费会员的退款，也教你把自动续费关掉。下面先按小红书黑卡会员来问（黑卡是攻略里说的小红书付费会员，具体以你App里看到的为准）。\n',
    );
    expect(zh).not.toContain('申请黑卡会员（攻略里说是');
    expect(await all(J.renewalPriceChange, 'en')).toContain(
      'I\'ll help you ask for a refund of an auto-renewing membership and switch off its auto-renewal. The questions below are about 黑卡 ("black card"), which guides describe as a Xiaohongshu paid membership; go by what your app actually shows.',
    );
  });
  it('F8 黑卡 renewal: the records request refers to 电子商务法 第六十二条 without the stutter (「可参照」, not 「依据可参照」; "See Art. 62")', async () => {
    for (const lang of both) {
      const text = await all(J.renewalPriceChange, lang);
      expect(text).toContain('可参照《电子商务法》第六十二条：发生争议时，电子商务经营者应当提供原始合同和交易记录。');
      expect(text).not.toContain('依据可参照');
      if (lang === 'en') {
        expect(text).toContain(
          'See Art. 62 of the E-Commerce Law 《电子商务法》: in a dispute an e-commerce business must provide the original contract and transaction records.',
        );
        expect(text).not.toContain('For the basis, see');
      }
    }
  });
  it('F7 English copy: the consumer-association line, and the plan-change blanks, in plain English', async () => {
    const MEDIATOR =
      '(消费者协会; only one mediator handles a dispute at a time, so if 12315 has already mediated yours, call the association first to ask whether it will take it)';
    for (const title of [J.renewalPriceChange, J.iqiyiCourt]) {
      const en = await all(title, 'en');
      expect(en).toContain(MEDIATOR);
      expect(en).not.toContain('whether it takes one 12315 has already mediated');
    }
    // Reviews 28 F5, 29 F3: skipped, the plan-change note gives the line to add, glossed in plain English.
    const en = walk(
      xhsBlackCard,
      ['begin', 'renewal', 'days1to3', 'reminderNone', 'noneUsed', 'wechat', 'renewOn', 'goAppeal', 'notNeeded', 'skipOrder', 'planChanged', 'skipPlanDetail'],
      'en',
    ).saidText;
    expect(en).toContain('(this charge differs from what I signed up for: at sign-up it was [plan and price], this time I was charged [plan and amount])');
    expect(en).not.toMatch(/at sign-up and this time/);
  });
  it('F6 app details not on the sheet are suggestions with the version hedge: the Alipay bill, 「人工客服」, the 商户订单号', async () => {
    const zh = await all(J.approvedMoney, 'zh');
    expect(zh).toContain('1. 在支付宝「账单」里点开这笔订单，看看有没有退款记录（名称以你的版本为准）。');
    const en = await all(J.approvedMoney, 'en');
    expect(en).toContain("1. Open this order in Alipay's bill (账单) and see whether there is a refund record (names may differ in your version).");
    for (const title of [J.renewalPriceChange, J.iqiyiCourt]) {
      expect(await all(title, 'zh')).toContain('如果先是机器人回复，可以试试输入「人工客服」（不同App不一样）。');
      expect(await all(title, 'en')).toContain('If a bot answers first, you can try typing 人工客服 (human agent); apps differ.');
    }
    expect(await all(J.iqiyiCourt, 'zh')).toContain('也可以试试支付宝账单详情里的商户订单号（名称以你的版本为准）');
    expect(await all(J.iqiyiCourt, 'en')).toContain(
      "; the merchant's order number in your Alipay bill details may work too (names may differ in your version)",
    );
    for (const lang of both) {
      const text = (await Promise.all(Object.values(J).map((title) => all(title, lang)))).join('\n');
      expect(text).not.toMatch(
        /通常能看到有没有退款|可以输入「人工客服」。|也可以用支付宝账单详情里的商户订单号|it usually shows whether a refund was made|If a bot answers first, type/,
      );
    }
  });
  // F3 (the optional other-payments blank) was replaced by review 26 finding 1: test/levers-review26.test.ts.
});
