/**
 * The rest of the sixteenth review's findings (/work/review16/REVIEW.md): m9, m10, m1, m8, m7, m5, in both languages.
 */
import { J, replay } from './products/journeys';

const both = ['zh', 'en'] as const;
type Lang = (typeof both)[number];
const all = async (title: string, lang: Lang) => (await replay(title, lang)).map((turn) => turn.text).join('\n\n');
const draftsOf = (text: string) => [...text.matchAll(/┌── draft\n([\s\S]*?)\n└──/g)].map((m) => m[1]!);

describe('Nineteenth round: the rest of the sixteenth review', () => {
  it('m9 an app the fact sheet knows nothing about: the goodwill likelihood is no firmer than the sheet', async () => {
    const zh = await all(J.someReading, 'zh');
    const en = await all(J.someReading, 'en');
    expect(zh).not.toContain('可能性通常不大');
    expect(zh).toContain('单凭这一点，商家可能不容易同意；有具体依据（比如协议里的退款承诺）会更有说服力。');
    expect(en).not.toContain('a business is unlikely to agree');
    expect(en).toContain('on that alone a business may well say no; a specific ground');
  });

  it('m10 every summary names the membership in its first line, as the person gave it', async () => {
    const cases: [string, string, string][] = [
      [J.renewalPriceChange, '会员：小红书黑卡会员', 'Membership: Xiaohongshu 黑卡 (Black Card) membership'],
      [J.redCard, '会员：小红书小红卡', 'Membership: Xiaohongshu 小红卡 (Red Card)'],
      [J.iqiyiCourt, '会员：爱奇艺会员', 'Membership: iQIYI'],
      [J.tencentMisled, '会员：腾讯视频会员', 'Membership: Tencent Video'],
      [J.meituanApple, '会员：美团会员', 'Membership: Meituan'],
      [J.someReading, '会员：某某读书会员', 'Membership: 某某读书'],
    ];
    for (const [title, zhLine, enLine] of cases) {
      for (const [lang, line, head] of [
        ['zh', zhLine, '📋 你的退款小结'],
        ['en', enLine, '📋 Your refund summary'],
      ] as const) {
        const summaries = (await replay(title, lang)).map((turn) => turn.text).filter((text) => text.startsWith(head));
        expect(summaries.length).toBeGreaterThan(0);
        for (const summary of summaries) expect(summary.split('\n')[1]).toBe(line);
      }
    }
  });
});
