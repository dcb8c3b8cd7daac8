/**
 * Twenty-ninth round: the findings of review 24 that the journeys show (the reviewer read only
 * the fact sheet and the printed journeys). Each test asserts what a person reads.
 */
import { J } from './products/journeys';
import { draftsIn, journeyText as all } from './support/journey-text';

const both = ['zh', 'en'] as const;
const chatOf = (text: string) => text.replace(/┌── draft\n[\s\S]*?\n└──/g, '');

describe("Twenty-ninth round: the twenty-fourth review's findings", () => {
  it('M1 黑卡 renewal: the 2026 pricing rule is hedged as for every app: the chat says the article is unverified, every draft says 据我了解, the 举报 asks to check it applies, the summary hedges it', async () => {
    for (const lang of both) {
      const text = await all(J.renewalPriceChange, lang);
      expect(chatOf(text)).toContain(
        lang === 'zh'
          ? '另外，《互联网平台价格行为规则》（2026年4月10日起施行）也有每次自动扣费前告知扣费时间、金额和取消方式的要求（条文编号我没有核实）。'
          : "The Rules on Internet Platform Pricing Conduct (in force since Apr 10, 2026) also call for notice of the time, the amount and how to cancel before each automatic charge (I haven't verified the article number).",
      );
      const drafts = draftsIn(text).filter((d) => /价格行为规则/.test(d));
      expect(drafts.length).toBeGreaterThanOrEqual(4);
      for (const d of drafts) {
        expect(d).not.toMatch(/(?<!据我了解，)《互联网平台价格行为规则》要求|另外，《互联网平台价格行为规则》也有|规则》第|违反/);
        if (d.startsWith('举报内容')) expect(d).toMatch(/依据：[^\n]*据我了解，《互联网平台价格行为规则》要求[^\n]*是否适用于被举报方，请核查/);
        else expect(d).toContain('据我了解，《互联网平台价格行为规则》要求收费标准发生变化的，应当在扣费前一并通知消费者；');
      }
      expect(drafts.some((d) => d.startsWith('举报内容'))).toBe(true);
      if (lang === 'en') {
        expect(text).not.toMatch(/(?<!As I understand it, )the Rules on Internet Platform Pricing Conduct require/i);
        expect(text).toMatch(/please check whether they apply to the company reported/);
      }
      expect(text).toContain(
        lang === 'zh'
          ? '而据我了解，《互联网平台价格行为规则》要求收费标准变化须在扣费前一并告知消费者（条文编号我没有核实）。'
          : "and as I understand it, the Rules on Internet Platform Pricing Conduct require a change in the charges to be notified before the charge (I haven't verified the article number).",
      );
    }
  });
});
