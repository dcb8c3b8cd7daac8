/**
 * The fourteenth review's findings (/work/review14/REVIEW.md), read in the reviewed journeys or by
 * walking the machine, in both languages.
 */
import { namedOnce } from '../src/core/render';
import { translatorFor } from '../src/i18n';
import { J, replay } from './products/journeys';

const both = ['zh', 'en'] as const;
type Lang = (typeof both)[number];
const all = async (title: string, lang: Lang) => (await replay(title, lang)).map((turn) => turn.text).join('\n\n');
const draftsOf = (text: string) => [...text.matchAll(/┌── draft\n([\s\S]*?)\n└──/g)].map((m) => m[1]!);
const chatOf = (text: string) => text.replace(/┌── draft\n[\s\S]*?\n└──/g, '');
const TWICE = /\(《消费者权益保护法实施条例》, 2024\)\s*for the Implementation/;

describe("Sixteenth round: the fourteenth review's findings", () => {
  it('M1 English: no text names the Regulations twice in a row (the full name is written once, where a message first mentions them)', async () => {
    for (const title of Object.values(J)) expect(await all(title, 'en')).not.toMatch(TWICE);
    const t = translatorFor('en', 'coach');
    for (const key of ['appeal.signup.saved.notShown', 'why.askAppleReminder']) {
      const [block] = namedOnce([{ text: t(key), draft: false }], t);
      expect(block!.text).not.toMatch(TWICE);
      expect(block!.text).toContain('the Regulations for the Implementation of the Consumer Rights Protection Law (《消费者权益保护法实施条例》, 2024)');
    }
  });
});
