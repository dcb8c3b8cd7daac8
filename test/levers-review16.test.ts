/**
 * The sixteenth review's findings (/work/review16/REVIEW.md), read in the reviewed journeys, in both languages.
 */
import { xhsBlackCard } from '../machines';
import { J } from './products/journeys';
import { walk } from './support/walk';
import { draftsIn as draftsOf, journeyText as all } from './support/journey-text';
import type { Step } from './support/drive';

const both = ['zh', 'en'] as const;
type Lang = (typeof both)[number];
/** The text shown after the person's steps through the 黑卡 conversation. */
const shown = (steps: Step[], lang: Lang) => walk(xhsBlackCard, steps, lang).text;

describe("Eighteenth round: the sixteenth review's findings", () => {
  it('m3 the Art. 19 paragraph says its test once; English says "understanding", not "intelligence"', async () => {
    const zh = await all(J.childAlipay, 'zh');
    const en = await all(J.childAlipay, 'en');
    expect(zh).not.toContain('第十九条看的是');
    expect(zh).toContain(
      '按《民法典》第十九条，只有和孩子年龄、智力不相适应的消费，才需要监护人同意或追认。跟客服说明时，照实讲清楚' /* seventeenth review m10 */,
    );
    expect(en).not.toContain("Art. 19's test is");
    expect(en).not.toContain('intelligence');
    expect(en).toContain("beyond the child's age and understanding. When you explain it to customer service");
  });

  it("m4 the child's account: customer service can find the order directly", async () => {
    const zh = await all(J.childAlipay, 'zh');
    const en = await all(J.childAlipay, 'en');
    expect(zh).not.toContain('更容易直接指到这笔订单');
    expect(zh).toContain('最方便的是用孩子的账号，因为订单在那里，客服能直接查到' /* seventeenth review m11 */);
    expect(en).not.toContain('points straight to it');
    expect(en).toContain('because the order is there and the agent can find it directly' /* seventeenth review m11 */);
  });

  it('m11 Meituan via Apple: full-width brackets inside Chinese, and one wording for the red expiry date', async () => {
    const zh = await all(J.meituanApple, 'zh');
    expect(zh).not.toContain("(I'd like to)");
    expect(zh).toContain("在「我想」（I'd like to）下拉菜单里");
    expect(zh).not.toContain('红色的到期说明');
    expect(zh).toContain('显示红色的到期日');
  });

  it("m2 the 2020 Supreme People's Court guidance is hedged as its MEDIUM label requires", async () => {
    const zh = await all(J.childAlipay, 'zh');
    const en = await all(J.childAlipay, 'en');
    expect(zh).not.toMatch(/另外，最高人民法院2020年/);
    expect(zh).toContain('据公开资料，最高人民法院2020年的一份指导意见支持监护人要回未成年人未经同意的网络付费');
    expect(en).not.toContain("The Supreme People's Court's 2020 guidance also supports");
    expect(en).toContain("Public sources describe a 2020 Supreme People's Court guidance that supports");
  });

  it('m6 the Alipay complaint leaves the approval date blank: the person never gave it', async () => {
    const zh = draftsOf(await all(J.approvedMoney, 'zh')).find((d) => d.startsWith('投诉商户：'))!;
    const en = (await all(J.approvedMoney, 'en')).match(/Merchant complained about: [\s\S]*?Request: [^\n]*/)![0];
    expect(zh).toContain('情况：商户已于【同意退款的日期】同意退还');
    expect(zh).not.toMatch(/商户已于2026年/);
    expect(en).toContain('the merchant agreed on [the date it agreed to the refund] to refund');
    expect(en).not.toMatch(/agreed on [A-Z][a-z]{2} \d/);
  });

  it("M1 小红卡, card stopped working: the customer-service and 黑猫 drafts state it as the person's own fact", async () => {
    const zh = draftsOf(await all(J.redCard, 'zh'));
    const en = await all(J.redCard, 'en');
    const cs = zh.find((d) => d.startsWith('您好！我想申请退还小红书小红卡'))!;
    expect(cs).toContain('我开通过小红卡，至今没有收到卡费的退款。2026年1月1日以后，我的小红卡已经无法使用。');
    const heimao = zh.find((d) => d.startsWith('投诉对象：小红书'))!;
    expect(heimao).toContain('我开通过小红卡；2026年1月1日以后，我的小红卡已经无法使用，卡费至今没有退还给我。');
    expect(en).toContain('I had a 小红卡 and have not received a refund of the card fee. Since Jan 1, 2026 my card can no longer be used.');
    expect(en).toContain('I had a 小红卡; since Jan 1, 2026 my card can no longer be used, and the card fee has still not been refunded to me.');
    // Each draft says it once.
    for (const d of zh) expect(d.split('我的小红卡已经无法使用').length).toBeLessThanOrEqual(2);
  });

  it('M1 the stopped card is said once when the person saw the notice too, and not at all when they did not say it stopped', () => {
    const steps = (notice: string, works: string): Step[] => ['begin', 'redCard', 'redCardNotRefunded', notice, works, 'unsure', 'skipOrder', 'cs'];
    for (const lang of both) {
      const fact = lang === 'zh' ? '我的小红卡已经无法使用' : 'my card can no longer be used';
      const seenStopped = shown(steps('redCardNoticeSeen', 'redCardStopped'), lang);
      expect(seenStopped.split(fact).length).toBe(2);
      for (const notice of ['redCardNoticeSeen', 'redCardNoticeNotSeen'])
        for (const works of ['redCardStillWorks', 'redCardWorksUnsure']) expect(shown(steps(notice, works), lang)).not.toContain(fact);
    }
  });
});
