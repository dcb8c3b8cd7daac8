/**
 * The seventeenth review's findings (/work/review17/REVIEW.md), in both languages.
 */
import { initialTransition, transition } from 'xstate';
import { activePrompt, createCoachMachine, xhsBlackCard } from '../machines';
import { renderParts } from '../src/core/render';
import { translatorFor } from '../src/i18n';
import { J, replay } from './products/journeys';
import { toEvent, type Step } from './support/drive';

const both = ['zh', 'en'] as const;
type Lang = (typeof both)[number];
const all = async (title: string, lang: Lang) => (await replay(title, lang)).map((turn) => turn.text).join('\n\n');
const machine = createCoachMachine(xhsBlackCard);
/** The text shown after the person's steps through the 黑卡 conversation. */
function shown(steps: Step[], lang: Lang) {
  let [snapshot] = initialTransition(machine, { lang });
  for (const step of steps) [snapshot] = transition(machine, snapshot, toEvent(step));
  return renderParts(activePrompt(snapshot as never).parts, translatorFor(lang, xhsBlackCard.texts), lang);
}
const draftsOf = (text: string) => [...text.matchAll(/┌── draft\n([\s\S]*?)\n└──/g)].map((m) => m[1]!);
const summariesOf = async (title: string, lang: Lang) =>
  (await replay(title, lang)).map((turn) => turn.text).filter((text) => text.startsWith(lang === 'zh' ? '📋 你的退款小结' : '📋 Your refund summary'));

describe("Twentieth round: the seventeenth review's findings", () => {
  it('M1 小红卡: the 12315 request stays at the full fee; the fallback is an optional line beside it with its own blank, each blank listed', async () => {
    const steps = (notice: string, works: string): Step[] => [
      'begin',
      'redCard',
      'redCardNotRefunded',
      notice,
      works,
      'alipay',
      'skipOrder',
      'cs',
      'notWorked',
      'complain12315',
    ];
    const zhOpt = '如不能全额退还，请至少退还2026年1月1日后未提供服务期间对应的预付款【未使用期间的金额】元。';
    const enOpt =
      'If a full refund is not possible, please at least refund the prepayment for the period after Jan 1, 2026 in which no service was provided: ¥[amount for the unused period].';
    for (const notice of ['redCardNoticeSeen', 'redCardNoticeNotSeen']) {
      const zh = shown(steps(notice, 'redCardStopped'), 'zh');
      const en = shown(steps(notice, 'redCardStopped'), 'en');
      const zhRequest = zh.split('\n').find((l) => l.startsWith('诉求：'))!;
      const enRequest = en.split('\n').find((l) => l.startsWith('Request: '))!;
      expect(zhRequest).toMatch(/全额退还小红卡卡费【金额】元，按实际支付的金额一次性退还（《消费者权益保护法实施条例》第十八条第二款）。$/);
      expect(zhRequest).not.toContain('请至少退还');
      expect(enRequest).toMatch(/Art\. 18\(2\)\)\.$/);
      expect(enRequest).not.toContain('please at least refund');
      expect(zh).toContain('（可选，由你决定是否加上）');
      expect(zh.split('\n')).toContain(zhOpt);
      expect(en).toContain('(Optional; your call whether to add it)');
      expect(en).toContain(enOpt);
    }
    for (const lang of both)
      for (const notice of ['redCardNoticeSeen', 'redCardNoticeNotSeen'])
        for (const works of ['redCardStillWorks', 'redCardWorksUnsure'])
          expect(shown(steps(notice, works), lang)).not.toMatch(/请至少退还|please at least refund|未使用期间的金额|unused period/);
    // The summary's still-missing list names each blank.
    const zhSummary = (await summariesOf(J.redCard, 'zh')).at(-1)!;
    const enSummary = (await summariesOf(J.redCard, 'en')).at(-1)!;
    expect(zhSummary).toContain('草稿里写着【金额】');
    expect(zhSummary).toContain('☐ 可选那句里的【未使用期间的金额】');
    expect(enSummary).toContain('the drafts say 【金额】');
    expect(enSummary).toContain('☐ The 【未使用期间的金额】 blank in the optional line');
  });
});
