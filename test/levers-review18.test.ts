/**
 * The eighteenth review's findings (/work/review18/REVIEW.md), in both languages.
 */
import { J } from './products/journeys';
import { journeyText as all } from './support/journey-text';

describe("Twenty-second round: the eighteenth review's findings", () => {
  it('M1 实施条例 第十八条第二款 is cited only for what it says: on paying refunds in one go; never "at the price actually paid"', async () => {
    const zhGloss = '（一次性退清的要求见《消费者权益保护法实施条例》第十八条第二款）';
    const enGloss = 'Art. 18(2), on paying refunds in one go)';
    for (const title of [J.renewalPriceChange, J.redCard, J.approvedMoney, J.iqiyiCourt]) {
      const zh = await all(title, 'zh');
      const en = await all(title, 'en');
      expect(zh).not.toMatch(/按实际支付的金额|按我实际支付的|实际支付的价款/);
      expect(en).not.toMatch(/price actually paid|I actually paid(?! with)/);
      const zhCites = zh.split('\n').filter((l) => l.includes('第十八条第二款'));
      const enCites = en.split('\n').filter((l) => l.includes('Art. 18(2)'));
      expect(zhCites.length).toBeGreaterThan(0);
      expect(enCites.length).toBeGreaterThan(0);
      for (const l of zhCites) {
        expect(l).toContain(zhGloss);
        expect(l).toContain('一次性');
      }
      for (const l of enCites) expect(l).toContain(enGloss);
    }
  });

  it('m2 the first drafts for a renewal with no reminder name 实施条例 第十条 in place of 「按规定」, and never say the business broke it', async () => {
    for (const title of [J.renewalPriceChange, J.iqiyiCourt]) {
      const zh = await all(title, 'zh');
      const en = await all(title, 'en');
      expect(zh).not.toMatch(/按规定，自动续费(前|的经营者)/);
      expect(en).not.toMatch(/The rules require a (prominent reminder|business that auto-renews)/);
      expect(zh).toContain('按《消费者权益保护法实施条例》第十条，自动续费前应当以显著方式提醒消费者，但扣款前我没有收到任何续费提醒');
      expect(en).toContain('Under Art. 10 of the Regulations');
      expect(en).toMatch(/a prominent reminder is required before an auto-renewal, but I received no renewal reminder before the charge/);
      for (const d of zh.split('┌── draft').slice(1)) expect(d.split('└──')[0]).not.toMatch(/违法|违反了/);
    }
    const zh = await all(J.renewalPriceChange, 'zh');
    expect(zh).toContain('按《消费者权益保护法实施条例》第十条，自动续费的经营者应当在每次续费前以显著方式提醒消费者，但续费扣款前，我没有收到任何续费提醒。');
    expect(await all(J.renewalPriceChange, 'en')).toMatch(
      /Under Art\. 10 of the Regulations[^\n]*?, a business that auto-renews must remind the consumer prominently before each renewal, but/,
    );
  });

  it('m9 someone unsure whether auto-renewal is on is told to check the payment channel for an auto-debit first, not "switch it off now"', async () => {
    const zh = await all(J.someReading, 'zh');
    const en = await all(J.someReading, 'en');
    expect(zh).not.toContain('所以现在就关');
    expect(en).not.toContain('so switch it off now');
    expect(zh).toContain('你不确定自动续费开没开：先在付款渠道里查一下有没有这个会员的自动扣款，有的话现在就关');
    expect(en).toContain("You're not sure it's on: check your payment channel for an auto-debit for this membership first, and switch it off if there is one");
  });

  it('m4 the example request for a separate complaint against the app is an explanation of the reminder, not the refund Apple holds', async () => {
    const zh = await all(J.meituanApple, 'zh');
    const en = await all(J.meituanApple, 'en');
    expect(zh).not.toContain('协助办理这笔扣款的退款');
    expect(en).not.toContain('help get this charge refunded');
    expect(zh).toContain('12315投诉要写明具体诉求，比如请美团就提醒里没有写明扣费金额作出说明；');
    expect(en).toContain('for example asking Meituan to explain why the reminder did not state the amount;');
    expect(zh).not.toMatch(/合理补偿/);
  });

  it('m6 小红卡: before the optional fallback line, the reported full-refund promise, and the line only if the platform denies it and mediation needs a compromise', async () => {
    const zh = await all(J.redCard, 'zh');
    const en = await all(J.redCard, 'en');
    const zhLabel = zh.split('\n').find((l) => l.startsWith('（可选，由你决定是否加上）'))!;
    const enLabel = en.split('\n').find((l) => l.startsWith('(Optional; your call whether to add it)'))!;
    expect(zhLabel).toContain('据报道，平台曾表示会全额退还小红卡卡费，所以只有平台否认做过这一表态、调解时又必须让步，才考虑在「诉求」后面加上这一句');
    expect(zhLabel).not.toContain('如果你愿意在调解时接受退一步的结果');
    expect(enLabel).toContain(
      'according to news reports the platform said it would refund the 小红卡 card fee in full, so consider adding this sentence after the request only if the platform denies saying so and you have to give ground in mediation',
    );
    expect(enLabel).not.toContain("If you'd accept less in mediation");
  });

  it('m1 黑卡 and 电子商务法 第六十二条: still worth asking for the records, with no word on where the burden of proof falls; own screenshots kept anyway', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    const en = await all(J.renewalPriceChange, 'en');
    expect(zh).not.toMatch(/不用你一个人来证明/);
    expect(en).not.toMatch(/isn't yours alone to prove/);
    expect(zh).toContain('所以值得按这一条要求平台提供原始合同和交易记录，并一并要求它拿出续费前的提醒记录和你同意这样续费的记录；你自己的截图也照样保存好。');
    expect(en).toContain("So it's worth asking the platform, under this article, for the original contract and transaction records");
    expect(en).toContain('keep your own screenshots anyway.');
  });

  it('m10 money not arrived: the merchant (customer service) is asked before Alipay; 95188 only if it says the refund was sent and nothing shows in the bill', async () => {
    const zh = await all(J.approvedMoney, 'zh');
    const en = await all(J.approvedMoney, 'en');
    expect(zh).toContain(
      '2. 看不到退款的话，带上订单号和同意退款的截图问小红书客服：退款什么时候、退到了哪里\n3. 小红书客服说退款已经发出、账单里却看不到的话，再打支付宝客服95188',
    );
    expect(zh).not.toContain('看不到退款的话，打支付宝客服95188');
    expect(en).toContain(
      /* review 23 m6 */ "2. No refund there: ask Xiaohongshu customer service when the refund was sent and where it went. Have your order number and a screenshot of the refund approval ready.\n3. If Xiaohongshu says the refund was sent but nothing shows in your bill, call Alipay's customer service on 95188",
    );
    expect(en).not.toContain("No refund there: call Alipay's customer service");
  });

  it("m11 the child's in-app note runs as one sentence: 「这是首次开通，付款至今不超过7天，开通后没有使用过任何会员权益。」", async () => {
    const zh = await all(J.childAlipay, 'zh');
    const en = await all(J.childAlipay, 'en');
    expect(zh).not.toContain('这是第一次开通。付款还在7天内。');
    // The note is said on the seventh day too (it still counts): never "less than 7 days".
    expect(zh).not.toContain('不到7天');
    expect(en).not.toContain('less than 7 days ago');
    expect(zh).toContain('这是首次开通，付款至今不超过7天，开通后没有使用过任何会员权益。这笔订单是我未成年的孩子');
    expect(en).toContain(
      'What it says, in English: This is the first purchase of this membership, paid no more than 7 days ago, and no member privilege has been used since. My under-age child',
    );
  });

  it('m12 the Apple drafts: one register (贵方, 恳请…), and 「该笔订阅费于…扣款」', async () => {
    const zh = await all(J.meituanApple, 'zh');
    const en = await all(J.meituanApple, 'en');
    expect(zh).not.toMatch(/所以我也请你们|这笔是\d{4}年\d{1,2}月\d{1,2}日扣的/);
    expect(zh).toContain('该笔订阅费于【2026年11月26日，以苹果的收据邮件为准】扣款');
    expect(zh).toContain('贵方也公开说明过，消费者依据当地消费者保护法律享有的权利不受影响。请结合上述情况重新审核本次退款申请，谢谢。');
    expect(zh).not.toContain('恳请据此重新审核本次退款申请，谢谢。请重新审核');
    expect(en).toContain('are not affected. Please review this refund request again in light of the facts above. Thank you.');
    expect(en).not.toContain('again. Thank you.Please review');
  });

  it("m13 the 7-day rule's scope reads 「通过网络、电视、电话、邮购等方式购买的商品」", async () => {
    for (const title of [J.childAlipay, J.someReading]) {
      const zh = await all(title, 'zh');
      expect(zh).not.toContain('电话或邮购买的商品');
      expect(zh).toContain('针对的是通过网络、电视、电话、邮购等方式购买的商品');
    }
  });

  it('m14 the iQIYI email says the missing reminder once: the reason bullet leads with it, the paragraph gives only the rule', async () => {
    const zh = await all(J.iqiyiCourt, 'zh');
    const en = await all(J.iqiyiCourt, 'en');
    const zhEmail = zh
      .split('┌── draft')
      .find((d) => d.includes('主题：关于爱奇艺会员退款申请'))!
      .split('└──')[0]!;
    const enEmail = en.slice(
      en.indexOf('Subject: Refund request for the iQIYI'),
      en.indexOf('[your name]', en.indexOf('Subject: Refund request for the iQIYI')),
    );
    expect(zhEmail).toContain('· 退款原因：续费扣款前我没有收到任何续费提醒（另外，这个会员的内容不太适合我）');
    expect(zhEmail.match(/没有收到任何续费提醒/g)).toHaveLength(1);
    expect(zhEmail).toContain('《消费者权益保护法实施条例》第十条要求，自动续费的经营者应当在每次续费前以显著方式提醒消费者。');
    expect(enEmail).toMatch(/· Reason: no renewal reminder before the charge \(also: [^)]+\)/);
    expect(enEmail.match(/no (renewal )?reminder before the (renewal )?charge/g)).toHaveLength(1);
  });

  it('m15 English: 小红卡 is glossed, never "Red Card" (review 21 m12: literally "little red card", no quoted name)', async () => {
    const en = await all(J.redCard, 'en');
    expect(en).not.toContain('(Red Card)');
    expect(en).toContain(
      'If what you paid for was 小红卡 ("little red card", a Xiaohongshu membership card that news reports say ended on Jan 1, 2026), tap "It was 小红卡".',
    );
    expect(en).toContain('Membership: Xiaohongshu 小红卡 membership');
    expect(en).toContain('I had a 小红卡 and have not received a refund of the card fee.');
  });

  it('m16 English copy: "public sources say", the guardian\'s facts in one line, the 12315 facts as a sentence, and 黑猫 through public pressure', async () => {
    const renewal = await all(J.renewalPriceChange, 'en');
    const red = await all(J.redCard, 'en');
    const child = await all(J.childAlipay, 'en');
    for (const en of [renewal, red]) expect(en).not.toContain('public records suggest');
    expect(renewal + red).toContain('public sources say Xiaohongshu is operated by');
    expect(child).not.toMatch(/first time it was bought|within the last 7 days/);
    expect(child).toContain('This is the first purchase of this membership, paid only a few days ago, and no member privilege has been used since.');
    expect(renewal).toContain(
      'What happened: the renewal was charged on [Nov 23, 2026; go by the bill], via WeChat Pay 微信支付, order number [your order number].',
    );
    expect(renewal).not.toContain('What happened: Date of the renewal charge:');
    expect(renewal).toContain('it works through public pressure and can run alongside 12315 at any time');
    expect(renewal).not.toContain('at any point, through publicity');
  });
});
