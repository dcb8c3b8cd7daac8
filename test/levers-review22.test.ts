/**
 * Twenty-seventh round: the findings of review 22 that the journeys show (the reviewer read
 * only the fact sheet and the printed journeys). Each test asserts what a person reads.
 */
import { J } from './products/journeys';
import { draftsIn, journeyText as all } from './support/journey-text';

describe("Twenty-seventh round: the twenty-second review's findings", () => {
  it('M1 the English greeting never states that 黑卡 exists (fact sheet §8): it is how guides describe it', async () => {
    const en = await all(J.renewalPriceChange, 'en');
    expect(en).toContain(
      'The questions below are about 黑卡 ("black card"), which guides describe as a Xiaohongshu paid membership; go by what your app actually shows',
    );
    expect(en).not.toMatch(/your 黑卡 \(literally "black card", Xiaohongshu's paid membership\)/);
  });

  it('M2 the 12315 summary for an approved refund that never came says, always, that the money has not arrived', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = await all(J.approvedMoney, lang);
      const summary = draftsIn(text).find((d) => d.startsWith('投诉摘要') && d.includes('同意退款'));
      expect(summary).toContain('平台同意退款后，至今我没有收到这笔退款。');
    }
    expect(await all(J.approvedMoney, 'en')).toContain('Since the approval I have still not received the refund.');
  });

  it('m1 whose account the in-app request comes from is said as usual, not as certain', async () => {
    const zh = await all(J.childAlipay, 'zh');
    expect(zh).toContain('App里的退款申请一般要在开通会员的那个账号里操作（订单在那个账号下，以你看到的为准）');
    expect(zh).not.toContain('App里的退款申请要从开通会员的那个账号发起');
    expect(await all(J.childAlipay, 'en')).toContain('the request usually has to be made from the account the membership is on');
  });

  it("m2 the 小红卡 drafts quote 消保法 第五十三条 with the consumer's choice (deliver as agreed, or refund)", async () => {
    const zh = await all(J.redCard, 'zh');
    const drafts = draftsIn(zh).filter((d) => d.includes('第五十三条'));
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(d).toContain('应当按照消费者的要求履行约定或者退回预付款');
    expect(zh).not.toMatch(/要求退回预付款（/);
  });

  it('m5–m7 copy: 退一步的方案, "the 3–7 working days that guides estimate", "another one to add to the 12315 summary"', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    expect(zh).toContain('退一步的方案（可选）：');
    expect(zh).not.toContain('可选的退而求其次');
    const en = await all(J.renewalPriceChange, 'en');
    expect(en).toContain('and another one to add to the 12315 summary');
    expect(await all(J.approvedMoney, 'en')).toContain('the 3–7 working days that guides mention (only an estimate) have now passed');
  });
});
