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

  it('M3 the Apple second request: Apple\'s statement in plain Chinese (rights under local consumer law are unaffected), and it asks Apple to review the refund request', async () => {
    const zh = draftsOf(await all(J.meituanApple, 'zh')).filter((d) => d.startsWith('我申请退还'));
    const en = await all(J.meituanApple, 'en');
    expect(zh.length).toBeGreaterThanOrEqual(3);
    for (const draft of zh) {
      expect(draft).not.toContain('在有消费者保护法律的地方');
      expect(draft).not.toContain('请重新审核这笔扣款');
      expect(draft).toContain('苹果也说明，消费者依据所在地消费者保护法律享有的权利不受影响。请重新审核我的退款申请，谢谢。');
    }
    expect(await all(J.meituanApple, 'zh')).not.toMatch(/在消费者保护法律适用的地方|在有消费者保护法律的地方/);
    expect(en).not.toContain('where such laws exist');
    expect(en).not.toContain('Please review this charge again');
    expect(en).toContain("Apple also says that consumers' rights under the consumer-protection laws where they live are not affected. Please review my refund request again. Thank you.");
  });
});
