/**
 * The nineteenth review's findings (/work/review19/REVIEW.md) that this stop fixed, in both languages.
 */
import { J } from './products/journeys';
import { journeyText as all } from './support/journey-text';

describe("Twenty-third round: the nineteenth review's findings", () => {
  it('M1 实施条例 第十八条第二款 is named for what it is about (paying a refund in one go), never quoted after a colon as if it said 退款义务', async () => {
    for (const title of [J.renewalPriceChange, J.redCard, J.approvedMoney, J.iqiyiCourt]) {
      const zh = await all(title, 'zh');
      const en = await all(title, 'en');
      expect(zh).not.toContain('第十八条第二款：');
      expect(zh).not.toContain('经营者履行退款义务的');
      expect(en).not.toContain('Art. 18(2): ');
      expect(zh).toContain('（一次性退清的要求见《消费者权益保护法实施条例》第十八条第二款）');
      expect(en).toContain('Art. 18(2), on paying refunds in one go');
    }
  });

  it('m8 the goodwill filing says the money reason as tapped, without a 「近期」 the person never said', async () => {
    const zh = await all(J.someReading, 'zh');
    const en = await all(J.someReading, 'en');
    expect(zh).toContain('因经济紧张，希望经营者退还这笔会员费，请求市场监管部门组织调解。' /* review 19 finding 8 */);
    expect(zh).not.toContain('近期经济');
    expect(en).not.toMatch(/money is tight for me at the moment/i);
  });

  it('m9 m10 Chinese copy: 「该笔订阅费于…扣款」, and 「只有…才考虑」', async () => {
    const apple = await all(J.meituanApple, 'zh');
    expect(apple).toContain('该笔订阅费于');
    expect(apple).not.toContain('该笔订阅费用于');
    const redCard = await all(J.redCard, 'zh');
    expect(redCard).toContain('才考虑在「诉求」后面加上这一句');
    expect(redCard).not.toMatch(/只有[^。]*再考虑/);
  });

  it('m11 m12 English: "must remind", not "is to remind"; the app "may" have a switch, not "most apps"', async () => {
    for (const title of [J.renewalPriceChange, J.iqiyiCourt, J.tencentMisled, J.someReading]) {
      const en = await all(title, 'en');
      const zh = await all(title, 'zh');
      expect(en).not.toMatch(/is to remind|is to be reminded|Most apps also have a switch/);
      expect(zh).not.toContain('多数App');
    }
  });
});
