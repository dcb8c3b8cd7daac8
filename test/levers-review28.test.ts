/**
 * Thirty-third round: review 28's findings that the journeys show (the reviewer read only the
 * fact sheet and the printed journeys). Each test asserts what a person reads.
 */
import { xhsBlackCard } from '../machines';
import { J } from './products/journeys';
import type { Step } from './support/drive';
import { walk } from './support/walk';
import { journeyText as all } from './support/journey-text';

const both = ['zh', 'en'] as const;
const everything = async () => (await Promise.all(Object.values(J).flatMap((title) => both.map((lang) => all(title, lang))))).join('\n');

describe("Thirty-third round: the twenty-eighth review's findings", () => {
  it('F1 Tencent Video: the firm reply asks why a "no refund once used" term is not an unreasonable one; it never calls it void', async () => {
    for (const lang of both) {
      const text = await all(J.tencentMisled, lang);
      expect(text).not.toMatch(/即使会员协议里有「使用过权益不退」这样的格式条款|is void if it unreasonably limits|Even if the agreement has a standard term/);
      expect(text).toContain('如果拒绝依据的是「使用过权益不退」这样的格式条款，也请说明它为什么不属于不合理地限制消费者权利的条款');
      expect(text).toContain(lang === 'zh' ? '「用过不退」算不算这样的条款，并没有定论' : 'whether "no refund once used" is such a term is not settled');
    }
  });
  it('F2 the 2026 pricing rules are "as I understand it" in the chat too, not only in the drafts', async () => {
    const text = await everything();
    // Every mention outside /sources carries the hedge (the sources list names the rules, article unconfirmed).
    // (The English names it with its Chinese title after the hedged English name: review 42 F6.)
    expect(text.match(/(?<!据我了解，|Pricing Conduct )《互联网平台价格行为规则》(?!（2026-04-10施行)/g) ?? []).toEqual([]);
    expect(
      text.match(/(?<!as I understand it, the |As I understand it, the )Rules on Internet Platform Pricing Conduct(?! \(in force 2026-04-10)/g) ?? [],
    ).toEqual([]);
  });
  it('F3 黑猫: who runs it and what it does are said as public accounts say them', async () => {
    const text = await everything();
    expect(text).toContain('黑猫投诉（tousu.sina.com.cn）据公开信息由新浪运营');
    expect(text).toContain('黑猫投诉 (tousu.sina.com.cn) is, by public accounts, run by Sina');
    expect(text).not.toMatch(/tousu\.sina\.com\.cn）由新浪运营|tousu\.sina\.com\.cn\) is run by Sina/);
  });
  it('F4 paid "another way": no bank card or phone bill is assumed', async () => {
    for (const lang of both) {
      const text = await all(J.someReading, lang);
      expect(text).not.toMatch(/银行卡、话费|bank-card or phone-bill|bank card, phone bill|each bank or carrier/);
      expect(text).toContain(lang === 'zh' ? '在你付款所用渠道的账单或记录里' : 'on the bill or statement of whatever you paid with');
    }
  });
  it('F6, F7 Chinese copy: evidence "for disputing this charge"; the best case hedged as the English is', async () => {
    const text = await everything();
    expect(text).not.toMatch(/为扣款争取|最容易退成功/);
    expect(text).toContain('关之前先截图保存。以后如果要就这笔扣款维权或申请退款，这些就是证据：');
    expect(text).toContain('按攻略的说法，这是成功机会最大的一种情况（结果仍由平台决定）。');
  });
  it('F8 iQIYI: an email step skipped for want of an address is not listed as a prepared draft', async () => {
    for (const lang of both) {
      const text = await all(J.iqiyiCourt, lang);
      expect(text).not.toMatch(/已准备：邮件模板|Prepared: email draft/);
      expect(text).toContain(lang === 'zh' ? '邮件：没找到官方邮箱，已跳过' : 'Email: skipped (no official address found)');
    }
  });
  it('F8 the skipped email step is taken back by "back" and by opening the step again', () => {
    const toEmail: Step[] = ['begin', 'firstTime', 'over7', 'noneUsed', 'wechat', 'renewOn', 'goAppeal', 'money', 'skipOrder', 'email'];
    const summaryAfter = (steps: Step[]) => walk(xhsBlackCard, [...toEmail, ...steps, { command: 'summary' }], 'en').saidText;
    expect(summaryAfter(['emailSkipped'])).toContain('Email: skipped (no official address found)');
    expect(summaryAfter(['emailSkipped', { command: 'back' }])).not.toContain('Email: skipped');
    const sentLater = summaryAfter(['emailSkipped', 'email', 'refunded']);
    expect(sentLater).not.toContain('Email: skipped');
    expect(sentLater).toContain('Prepared: email draft');
  });
});
