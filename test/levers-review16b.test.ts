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
});
