/**
 * Twenty-eighth round: the findings of review 23 that the journeys show (the reviewer read only
 * the fact sheet and the printed journeys). Each test asserts what a person reads.
 */
import { J } from './products/journeys';
import { draftsIn, journeyText as all } from './support/journey-text';

const HEDGED_ZH = '据我了解，《互联网平台价格行为规则》要求收费标准发生变化的，应当在扣费前一并通知消费者；这次扣费前我没有收到这样的通知。';
const HEDGED_EN =
  'As I understand it, the Rules on Internet Platform Pricing Conduct require a change in the charges to be notified before the charge; I received no such notice before this one.';

describe("Twenty-eighth round: the twenty-third review's findings", () => {
  it('M1 iQIYI, plan changed and no notice: the customer-service, payment-app, email and 12315 drafts give the change its ground, hedged (据我了解), no article', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = await all(J.iqiyiCourt, lang);
      const drafts = draftsIn(text).filter((d) => d.includes('这次扣费和开通时不同'));
      expect(drafts.length).toBeGreaterThanOrEqual(4);
      for (const d of drafts) {
        expect(d).toContain(`这次扣的是【这次的套餐】25元。${HEDGED_ZH}`);
        expect(d).not.toMatch(/规则》第|违反|按规定/);
      }
      expect(text).toContain(
        lang === 'zh'
          ? '（条文编号我没有核实；是否适用由平台或监管部门判断，所以草稿里写成"据我了解"）'
          : '(I haven\'t verified the article number; whether they apply is for the platform or the regulator to judge, which is why the drafts say "as I understand it")',
      );
    }
    expect(await all(J.iqiyiCourt, 'en')).toContain(HEDGED_EN);
  });

  it('m2 the renewal records request asks for the original contracts (member and auto-debit agreements) and transaction records, the reminder and the consent among them; the amount only where given', async () => {
    const asks: [string, string][] = [
      [J.renewalPriceChange, '（168元）'],
      [J.iqiyiCourt, '（25元）'],
    ];
    for (const [title, amount] of asks)
      for (const lang of ['zh', 'en'] as const) {
        const drafts = draftsIn(await all(title, lang));
        const asking = drafts.filter((d) => d.includes('向我发送提醒的记录'));
        expect(asking.length).toBeGreaterThanOrEqual(2);
        for (const d of asking)
          expect(d).toMatch(
            new RegExp(
              `提供我开通时和本次续费的原始合同（会员协议、自动扣款协议）和交易记录，包括本次续费前向我发送提醒的记录，以及我同意按这次扣费的套餐和金额${amount}自动续费的记录`,
            ),
          );
      }
    expect(await all(J.renewalPriceChange, 'en')).toContain(
      'the original contracts and transaction records from when I signed up and from this renewal (the member agreement and the auto-debit agreement), including the record of the reminder sent to me before this renewal',
    );
  });
});
