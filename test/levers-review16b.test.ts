/**
 * The rest of the sixteenth review's findings (/work/review16/REVIEW.md): m9, m10, m1, m8, m7, m5, in both languages.
 */
import { xhsBlackCard } from '../machines';
import { J, replay } from './products/journeys';
import { walk } from './support/walk';
import { draftsIn as draftsOf, journeyText as all } from './support/journey-text';
import type { Step } from './support/drive';

const both = ['zh', 'en'] as const;
type Lang = (typeof both)[number];
/** The text shown after the person's steps through the 黑卡 conversation. */
const shown = (steps: Step[], lang: Lang) => walk(xhsBlackCard, steps, lang).text;

describe('Nineteenth round: the rest of the sixteenth review', () => {
  it('m9 an app the fact sheet knows nothing about: the goodwill likelihood is no firmer than the sheet', async () => {
    const zh = await all(J.someReading, 'zh');
    const en = await all(J.someReading, 'en');
    expect(zh).not.toContain('可能性通常不大');
    expect(zh).toContain('如果没有协议或宣传上的依据，商家不一定同意。' /* review 19 finding 3 */);
    expect(en).not.toContain('a business is unlikely to agree');
    expect(en).toContain('without a promise in the agreement or on the sign-up page, it may not agree.' /* review 19 finding 3 */);
  });

  it('m10 every summary names the membership in its first line, as the person gave it', async () => {
    const cases: [string, string, string][] = [
      [J.renewalPriceChange, '会员：小红书黑卡会员', 'Membership: Xiaohongshu 黑卡 membership'],
      [J.redCard, '会员：小红书小红卡', 'Membership: Xiaohongshu 小红卡 membership'],
      [J.iqiyiCourt, '会员：爱奇艺会员', 'Membership: iQIYI membership'],
      [J.tencentMisled, '会员：腾讯视频会员', 'Membership: Tencent Video membership'],
      [J.meituanApple, '会员：美团会员', 'Membership: Meituan membership'],
      [J.someReading, '会员：某某读书会员', 'Membership: 某某读书 membership'],
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

  it('m1 小红卡, card stopped working: the 12315 request adds the fallback of at least the unserved prepayment, the amount a blank', () => {
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
    // Seventeenth review M1: the fallback moved out of the request into an optional line beside the draft, with its own blank.
    const zhLine = '如不能全额退还，请至少退还2026年1月1日后未提供服务期间对应的预付款【未使用期间的金额】元。';
    const enLine =
      'If a full refund is not possible, please at least refund the prepayment for the period after Jan 1, 2026 in which no service was provided: ¥[amount for the unused period].';
    const request = (text: string, lang: Lang) => text.split('\n').find((l) => l.startsWith(lang === 'zh' ? '诉求：' : 'Request: '))!;
    for (const notice of ['redCardNoticeNotSeen', 'redCardNoticeSeen']) {
      expect(request(shown(steps(notice, 'redCardStopped'), 'zh'), 'zh')).not.toContain('请至少退还');
      expect(shown(steps(notice, 'redCardStopped'), 'zh')).toContain(zhLine);
      expect(request(shown(steps(notice, 'redCardStopped'), 'en'), 'en')).not.toContain('please at least refund');
      expect(shown(steps(notice, 'redCardStopped'), 'en')).toContain(enLine);
    }
    for (const lang of both)
      for (const notice of ['redCardNoticeSeen', 'redCardNoticeNotSeen'])
        for (const works of ['redCardStillWorks', 'redCardWorksUnsure'])
          expect(shown(steps(notice, works), lang)).not.toMatch(/请至少退还|please at least refund/);
  });

  it('m8 Meituan via Apple: the separate complaint against the app needs a concrete request; the 举报 alone if they only want the regulator to act', async () => {
    const zh = await all(J.meituanApple, 'zh');
    const en = await all(J.meituanApple, 'en');
    expect(zh).toContain(
      '和投诉苹果退款是两件不同的纠纷。12315投诉要写明具体诉求，比如请美团就提醒里没有写明扣费金额作出说明；没有具体诉求的投诉可能不予受理。如果只是想让监管部门查处，用上面的举报就够了。投不投、以哪一件为主，由你决定。',
    );
    expect(en).toContain(
      'a separate dispute from the one against Apple about the refund. A 12315 complaint needs a concrete request, for example asking Meituan to explain why the reminder did not state the amount; one without a concrete request may not be accepted. If you only want the regulator to act, the report above is enough.',
    );
    // No compensation figure the fact sheet does not support.
    expect(zh.split('\n').find((l) => l.includes('另外投诉'))).not.toMatch(/补偿|等额/);
    expect(en.split('\n').find((l) => l.includes('in a complaint of its own'))).not.toMatch(/compensat/i);
  });

  it("m7 the second request to Apple says what Apple's statement is cited for, and cites no article", async () => {
    const toApple = (text: string, start: string) => draftsOf(text).filter((d) => d.startsWith(start));
    const zh = toApple(await all(J.meituanApple, 'zh'), '我申请退还');
    const en = (await all(J.meituanApple, 'en')).split('\n').filter((l) => l.includes("I'm asking for a refund of this period's"));
    expect(zh.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    for (const d of zh) {
      expect(d).toContain('贵方也公开说明过，消费者依据当地消费者保护法律享有的权利不受影响。请结合上述情况重新审核本次退款申请，谢谢。');
      // Seventeenth review M2 (a deliberate change): 第十条 only in the sentence "the rule requires a reminder; none came".
      expect(d.replace('按《消费者权益保护法实施条例》第十条，自动续费前应当以显著方式提醒消费者；', '')).not.toMatch(/第[一二三四五六七八九十百]+条/);
    }
    for (const d of en) {
      expect(d).toContain(
        "You have also stated publicly that consumers' rights under the consumer-protection laws where they live are not affected. Please review this refund request again in light of the facts above. Thank you.",
      );
      expect(d.replace(/Under Art\. 10 of the Regulations[^;]*, a consumer must be reminded prominently before an auto-renewal;/, '')).not.toMatch(/Art\./);
    }
  });

  it('m5 黑卡 renewal: Art. 62 names the original contract and transaction records; the reminder and consent records are asked for on that basis', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    const en = await all(J.renewalPriceChange, 'en');
    expect(zh).not.toContain('包括它发过提醒、你同意过这样续费的记录');
    expect(zh).toContain(
      '要求平台提供原始合同和交易记录，并一并要求它拿出续费前的提醒记录和你同意这样续费的记录；' /* seventeenth review m9; eighteenth review m1 */,
    );
    expect(en).not.toContain('including any reminder it sent');
    expect(en).toContain(
      'for the original contract and transaction records, and along with them the reminder record before the renewal and the record of your agreement to renew this way;',
    );
  });
});
