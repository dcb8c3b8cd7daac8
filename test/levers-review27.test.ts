/**
 * Thirty-second round: three of review 27's findings that the journeys show (the reviewer read
 * only the fact sheet and the printed journeys). Each test asserts what a person reads.
 */
import { J } from './products/journeys';
import { journeyText as all } from './support/journey-text';

const both = ['zh', 'en'] as const;

describe("Thirty-second round: the twenty-seventh review's findings", () => {
  it('F2 Tencent Video: the person said they used privileges, so the explanation says so instead of "if you did use something"', async () => {
    for (const lang of both) {
      const text = await all(J.tencentMisled, lang);
      expect(text).not.toMatch(/如果确实用过一些|if you did use something/);
      expect(text).toContain(lang === 'zh' ? '你用过一部分权益，所以也可以请求部分退款' : 'since you did use some privileges, ask for a partial refund');
    }
  });
  it('F6 黑猫: no reply time is given as a norm; a week or two is marked as my suggestion', async () => {
    const texts = await Promise.all(Object.values(J).flatMap((title) => both.map((lang) => all(title, lang))));
    const text = texts.join('\n');
    expect(text).not.toMatch(/一两周都没动静的话|if nothing happens in a week or two/);
    // Review 46 F1: nothing said of whether or when companies reply there (the sheet holds nothing).
    expect(text).toContain('多久回复，我手头没有资料；如果等了一两周（这个时间只是我的建议，不是规定）仍没动静');
    expect(text).toContain('reply on 黑猫; if nothing happens within a week or two (that span is my suggestion, not a rule)');
  });
  it('F5 English: the submit step says "look it over, then submit"', async () => {
    const text = (await Promise.all(Object.values(J).map((title) => all(title, 'en')))).join('\n');
    expect(text).not.toContain('check it once and submit');
    expect(text).toContain('look it over, then submit');
  });
});
