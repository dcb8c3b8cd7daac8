/**
 * The fifteenth review's findings (/work/review15/REVIEW.md), read in the reviewed journeys or by
 * walking the machine, in both languages.
 */
import { J, replay } from './products/journeys';

const both = ['zh', 'en'] as const;
type Lang = (typeof both)[number];
const all = async (title: string, lang: Lang) => (await replay(title, lang)).map((turn) => turn.text).join('\n\n');
const draftsOf = (text: string) => [...text.matchAll(/┌── draft\n([\s\S]*?)\n└──/g)].map((m) => m[1]!);
const chatOf = (text: string) => text.replace(/┌── draft\n[\s\S]*?\n└──/g, '');

describe("Seventeenth round: the fifteenth review's findings", () => {
  it('m8 the Chinese greeting: the coach walks the person through the refund and teaches them to switch renewal off (it does not do it itself)', async () => {
    for (const title of [J.renewalPriceChange, J.someReading]) {
      const zh = await all(title, 'zh');
      expect(zh).not.toContain('并把自动续费关掉');
      expect(zh).toMatch(/我来陪你一步步申请.*的退款，也教你把自动续费关掉。/);
    }
  });

  it('m9 the iQIYI checklist: the deletion instruction names the whole sentence plainly', async () => {
    const zh = await all(J.iqiyiCourt, 'zh');
    expect(zh).not.toContain('一直删到这句末尾的句号');
    expect(zh).toContain('如果查下来其实没变，发送前把各草稿里「这次扣费和开通时不同：……」这一整句删掉');
  });

  it("m10 English: who should request a child's refund, in one plain sentence", async () => {
    const en = await all(J.childAlipay, 'en');
    expect(en).not.toContain('and that is both of you');
    expect(en).toContain(
      "The refund is best requested by the account holder or the payer; here that's your child and you, so either account can try customer service;",
    );
  });
});
