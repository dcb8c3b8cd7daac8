/**
 * The fifteenth review's findings (/work/review15/REVIEW.md), read in the reviewed journeys or by
 * walking the machine, in both languages.
 */
import { J, replay } from './products/journeys';
import { draftsIn as draftsOf, journeyText as all } from './support/journey-text';

const both = ['zh', 'en'] as const;
const chatOf = (text: string) => text.replace(/┌── draft\n[\s\S]*?\n└──/g, '');

describe("Seventeenth round: the fifteenth review's findings", () => {
  it('m8 the Chinese greeting: the coach walks the person through the refund and teaches them to switch renewal off (it does not do it itself)', async () => {
    for (const title of [J.renewalPriceChange, J.someReading]) {
      const zh = await all(title, 'zh');
      expect(zh).not.toContain('并把自动续费关掉');
      expect(zh).toMatch(/我来陪你一步步申请.*的退款，也教你把自动续费关掉。/);
    }
  });

  it('m9 the iQIYI checklist: no deletion instruction is left to follow (reviews 28 F5, 29 F3: the plan change is described)', async () => {
    const zh = await all(J.iqiyiCourt, 'zh');
    expect(zh).not.toMatch(/一直删到这句末尾的句号|两句都删掉/);
  });

  it("m10 English: who should request a child's refund, in one plain sentence", async () => {
    const en = await all(J.childAlipay, 'en');
    expect(en).not.toContain('and that is both of you');
    expect(en).toContain("Either you or your child can contact customer service. Your child's account is the easiest," /* seventeenth review m11 */);
  });
});

describe('m6 the checklists hedge where the order number is', () => {
  it('m6 the checklist gives the menu path with the same hedge as elsewhere; for another app it says where such numbers usually are', async () => {
    for (const title of [J.renewalPriceChange, J.redCard, J.approvedMoney]) {
      expect(await all(title, 'zh')).toContain('☐ 订单号（通常在【我的订单】→ 订单详情，以你的版本为准）');
      expect(await all(title, 'en')).toContain('☐ Your order number (usually 【我的订单】 My Orders → order details; names may differ)');
    }
    expect(await all(J.iqiyiCourt, 'zh')).toContain('☐ 订单号（可以在爱奇艺的订单详情里找，或用支付账单里的商户订单号）' /* review 19 finding 12 */);
    expect(await all(J.iqiyiCourt, 'en')).toMatch(
      /☐ Your order number \(look in [^)]*'s order details, or use the merchant's order number in your payment bill\)/,
    );
    for (const lang of both) expect(await all(J.renewalPriceChange, lang)).not.toMatch(/☐ 订单号（【我的订单】|☐ Your order number \(【我的订单】/);
  });
});

describe('m4 the sign-up page answer', () => {
  it('m4 Tencent Video, "not shown plainly": the drafts say the page did not make the auto-renewal prominent, no more (both languages and the gloss)', async () => {
    const zh = await all(J.tencentMisled, 'zh');
    const en = await all(J.tencentMisled, 'en');
    for (const text of [zh, en]) expect(text).not.toContain('页面上没有以显著方式提示会自动续费和续费的价格');
    expect(en).not.toMatch(
      /did not point out prominently that it would auto-renew, or at what price|didn't show plainly that it would auto-renew or at what price/,
    );
    const zhDrafts = draftsOf(zh).filter((d) => d.includes('开通时，页面上'));
    expect(zhDrafts.length).toBeGreaterThanOrEqual(2);
    // Review 35 F2: 第十条 is attached to the auto-renewal only. Review 37 F1: one tap answers one
    // question, so the question asks about the auto-renewal alone and no draft adds the price.
    for (const d of zhDrafts) expect(d).toMatch(/开通时，页面上对自动续费的提示并不显著(（[^）]*第十条[^）]*）)?。/);
    for (const d of zhDrafts) expect(d).not.toContain('续费价格');
    expect(en).toContain('When I signed up, the page did not make the auto-renewal prominent');
    expect(en).not.toContain('nor the renewal price');
    expect(chatOf(zh)).toContain('开通的时候，页面上有没有明显地写着「会自动续费」？');
    expect(chatOf(en)).toContain('did the page say plainly that it would auto-renew? Tap');
    expect(chatOf(zh)).toContain('你说开通时页面上对自动续费的提示并不明显');
    expect(chatOf(en)).toContain('You say the sign-up page did not make the auto-renewal plain');
  });
});

describe('m7 money approved but missing, paid with Alipay', () => {
  it("m7 the summary's next step names Alipay (bill, 95188, its complaint with the text above) before 12315, as the checklist does", async () => {
    const zh = await all(J.approvedMoney, 'zh');
    const en = await all(J.approvedMoney, 'en');
    expect(zh).not.toContain('钱还没到：先用上面那段话问客服退款退到了哪里；几个工作日还没有结果，就用12315投诉摘要去投诉');
    expect(zh).toContain(
      '· 钱还没到：先在支付宝账单里看这笔订单有没有退款记录，没有就用上面那段话问客服退款退到了哪里；客服说已经退了、账单里却看不到，再问支付宝客服（95188，以App里显示的号码为准）；几个工作日还没有结果，在支付宝账单里对这笔订单提出疑问或投诉（文字见上）；还不行，再用12315投诉摘要去投诉',
    );
    expect(en).toContain("raise a question or complaint about this order in your Alipay bill (text above); if that doesn't help, file the 12315 complaint");
    expect(en).not.toContain("with the message above; if there's still no result after a few working days, file the 12315 complaint");
  });
});

describe('m1 the assessment and a reported plan change', () => {
  it('m1 the 黑卡 renewal assessment names the plan change the person reported (the pricing rule, as the drafts cite it); a case with no reported change keeps the one ground', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    const en = await all(J.renewalPriceChange, 'en');
    expect(zh).not.toContain('判断：扣费前没收到续费提醒，按自动续费的规定，这是你最有力的理由，可以要求退还这笔续费。');
    expect(zh).toContain(
      '判断：你有两条理由。一是扣费前没收到续费提醒，按自动续费的规定，这是你最有力的理由；二是你说这次扣费的金额或套餐和开通时不同，而据我了解，《互联网平台价格行为规则》要求收费标准变化须在扣费前一并告知消费者（条文编号我没有核实）。', // review 24 M1: hedged
    );
    expect(draftsOf(zh).some((d) => d.includes('《互联网平台价格行为规则》'))).toBe(true);
    expect(en).toContain("Second, you said this charge's amount or plan differs from what you signed up for");
    // The Meituan renewal reported no plan change: one ground, nothing about a change.
    for (const lang of both) expect(await all(J.meituanApple, lang)).not.toMatch(/你有两条理由|you have two grounds|你还说这次扣费的金额或套餐/);
  });
});

describe("m5 a child's purchase", () => {
  it("m5 the child-purchase advice rests on 民法典 第十九条's own test (age and intelligence), with no factors stated as practice", async () => {
    const zh = await all(J.childAlipay, 'zh');
    const en = await all(J.childAlipay, 'en');
    expect(zh).not.toMatch(/一般来说，金额相对孩子的年龄偏大|会让你的理由更有说服力/);
    expect(en).not.toMatch(/What usually makes your case stronger|large for the child's age/);
    expect(zh).toContain('才需要监护人同意或追认。跟客服说明时，照实讲清楚孩子多大、这笔钱是多少、是不是付了不止一次，让对方按这一条来判断。');
    expect(en).toContain("beyond the child's age and understanding. When you explain it to customer service, say truthfully how old");
  });
});

describe('m3 the 举报 and the plan change', () => {
  it('m3 黑卡 renewal, the plan change given: the 举报 asks the regulator to check the undisclosed change and cites the pricing rule under 依据, not in the facts', async () => {
    for (const lang of both) {
      const report = draftsOf(await all(J.renewalPriceChange, lang)).find((d) => d.startsWith('举报内容'))!;
      expect(report).toContain(
        '举报事项：小红书黑卡会员自动续费扣款前，我没有收到续费提醒；这次扣费还和我当初开通时不一样：开通时连续包月15元，这次按年卡扣了168元。请核查企业是否按规定在续费前提醒了消费者，以及收费标准的变化是否在扣费前告知了消费者。',
      );
      // Review 24 M1: hedged, and the regulator asked to check it applies.
      expect(report).toContain(
        '；据我了解，《互联网平台价格行为规则》要求每次自动扣费前告知扣费时间、金额和取消方式，收费标准发生变化的，应当一并通知消费者，是否适用于被举报方，请核查。\n请求',
      );
      const facts = report.split('\n').find((l) => l.startsWith('事实：'))!;
      expect(facts).not.toContain('价格行为规则');
    }
    expect(await all(J.renewalPriceChange, 'en')).toContain('and whether the change in the charges was notified before the charge.');
  });
});

describe('M2 小红卡: whether the card still worked', () => {
  it('M2 a 小红卡 holder is asked whether the card still worked after 2026-01-01; "no longer": the 12315 text states it as their fact and rests 第五十三条 / 第二十二条第二款 on it, outside "if the report is true" (hedged in the chat)', async () => {
    for (const lang of both) {
      const turns = await replay(J.redCard, lang);
      const asked = turns.find((t) => /2026年1月1日以后，你的小红卡还能用吗|after Jan 1, 2026, could you still use your 小红卡/.test(t.text));
      expect(asked).toBeDefined();
      const text = turns.map((t) => t.text).join('\n\n');
      expect(chatOf(text)).toMatch(/没有见到明确的先例|haven't seen a clear precedent|haven't seen it tested/);
      const complaint = draftsOf(text).find((d) => d.startsWith('投诉摘要'))!;
      const facts = complaint.split('\n').find((l) => l.startsWith('事实经过：'))!;
      expect(facts).toContain(
        '我开通过小红卡；2026年1月1日以后，我的小红卡已经无法使用，卡费至今没有退还。我理解下面这条也适用于这种情况，请核实：经营者以预收款方式提供服务、未按照约定提供的，应当按照消费者的要求履行约定或者退回预付款（《消费者权益保护法》第五十三条、《消费者权益保护法实施条例》第二十二条第二款）。另外，我本人没有看到过平台的通知',
      );
      // 第五十三条 comes before the "if true" clause, which holds only 第十二条.
      const ifTrue = facts.indexOf('如作出过这样的表态');
      expect(ifTrue).toBeGreaterThan(facts.indexOf('第五十三条'));
      expect(facts.slice(ifTrue)).not.toContain('第五十三条');
      expect(facts.slice(ifTrue)).toContain('第十二条');
      expect(facts).not.toContain('请按以下规定处理');
    }
    expect(await all(J.redCard, 'en')).toContain('since Jan 1, 2026 my card can no longer be used, and the card fee has not been refunded.');
  });
});
