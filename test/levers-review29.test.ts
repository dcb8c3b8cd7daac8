/**
 * Thirty-fourth round: review 29's rule finding that the journeys show (the reviewer read only the
 * fact sheet and the printed journeys). The test asserts what a person reads.
 */
import { J } from './products/journeys';
import { journeyText as all } from './support/journey-text';

describe("Thirty-fourth round: the twenty-ninth review's findings", () => {
  it('F1 money not arrived: the day submitted here stands in the 12315 draft only inside a blank to check, never as a stated fact', async () => {
    const zh = await all(J.approvedMoney, 'zh');
    expect(zh).toContain('事实经过：我于【2026年11月26日，以App记录为准】申请退还小红书黑卡会员费用');
    expect(zh).not.toMatch(/我于\d{4}年\d{1,2}月\d{1,2}日申请退还/);
    const en = await all(J.approvedMoney, 'en');
    expect(en).toContain("What happened: on [Nov 26, 2026; go by the app's record] I asked for a refund");
  });
});

describe("Thirty-fourth round: review 29's 12315 rule", () => {
  it('F2 one dispute, one mediator: a dispute a consumer association has handled or accepted is not accepted by 12315 (第十五条), not only "not at the same time"', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = await all(J.iqiyiCourt, lang);
      expect(text).not.toMatch(/不要再同时向12315投诉（反过来也一样）|at the same time \(or the other way round\)/);
      expect(text).toContain(
        lang === 'zh'
          ? '消费者协会已经处理过或已经受理的纠纷，12315不予受理'
          : '12315 does not accept a dispute that a consumer association (消费者协会) has already handled or accepted',
      );
    }
  });
});
