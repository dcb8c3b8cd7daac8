/**
 * Thirty-first round: the findings of review 26 that the journeys show (the reviewer read only
 * the fact sheet and the printed journeys). Each test asserts what a person reads.
 */
import { J } from './products/journeys';
import { draftsIn, journeyText as all } from './support/journey-text';
import { walk } from './support/walk';
import { xhsBlackCard } from '../machines';

const both = ['zh', 'en'] as const;

describe("Thirty-first round: the twenty-sixth review's findings", () => {
  it('1 child paid: no 【如孩子另有付款…】 slot in the drafts; an optional add-on sentence for other payments is offered beside the draft', async () => {
    for (const lang of both) {
      const text = await all(J.childAlipay, lang);
      expect(text).not.toMatch(/如孩子另有付款|if your child made other payments/);
      const claims = draftsIn(text).filter((d) => d.includes('会员开在孩子的账号上。'));
      expect(claims.length).toBeGreaterThanOrEqual(1);
      for (const d of claims) expect(d).toContain('会员开在孩子的账号上。我作为孩子的监护人');
      expect(draftsIn(text)).toContain('另外，孩子还付了【几】笔，共【金额】元，我同样不追认。');
      expect(text).toContain(lang === 'zh' ? '如果孩子不止付了这一笔，可以在模板里加上' : 'If your child paid more than this one charge, you can add');
      if (lang === 'en') expect(text).toContain('Also, my child made [how many] more payments, ¥[amount] in total, which I do not ratify either.');
    }
  });
  it('11 English phrasing: "Was it another app\'s membership that charged you", "prefaced with "as I understand it" (据我了解)", "grounds for a report"', async () => {
    const text = (await Promise.all(Object.values(J).map((title) => all(title, 'en')))).join('\n');
    expect(text).toContain("Was it another app's membership that charged you (iQIYI");
    expect(text).toContain('the message to Meituan and the report may mention them, prefaced with "as I understand it" (据我了解).');
    expect(text).toContain('that can be grounds for a report');
    expect(text).not.toMatch(/Charged by another app|mention them as "as I understand it"|the ground of a report/);
  });
  it('12 小红卡 (en): "After Jan 1, 2026, could you still use your 小红卡 and its privileges?" with [No, it stopped working] [Yes, it still worked] [Not sure]', async () => {
    const text = await all(J.redCard, 'en');
    expect(text).toContain('only you can confirm: after Jan 1, 2026, could you still use your 小红卡 and its privileges?');
    expect(text).toContain('[No, it stopped working] [Yes, it still worked] [Not sure]');
    expect(text).not.toMatch(/\[No longer\]|\[Still works\]/);
  });
  it('9 Tencent: 《消费者权益保护法实施条例》 in full with book-title marks in the citation; English "Art." throughout the parenthesis and "no refund once used" in double quotes', async () => {
    const zh = await all(J.tencentMisled, 'zh');
    expect(zh).not.toContain('、实施条例第十七条');
    expect(zh).toContain('（《消费者权益保护法》第二十六条、《消费者权益保护法实施条例》第十七条）');
    const en = await all(J.tencentMisled, 'en');
    expect(en).toContain('(under the Consumer Rights Protection Law, Art. 26, and the Regulations, Art. 17, such terms are void)');
    expect(en).not.toMatch(/Article 26; Regulations|'no refund once/);
    expect(en).toContain('"no refund once used"');
  });
  it('10 小红卡: the hedge (no clear precedent) is said once; the note after "stopped working" is the short one', async () => {
    const zh = await all(J.redCard, 'zh');
    expect(zh).toContain('记下了：2026年1月1日以后，你的小红卡已经不能用了。这是你自己经历、说得清的事，模板会以你的口吻写上。');
    expect(zh.match(/没有见到明确的先例/g)).toHaveLength(1);
    const en = await all(J.redCard, 'en');
    expect(en).toContain('Noted: your 小红卡 has not worked since Jan 1, 2026. That is something you can vouch for, and the drafts state it in your voice.');
    expect(en).not.toContain("should hold, but I haven't seen a clear precedent");
    expect(en).toContain("should fit, but I haven't seen it tested");
  });
  it('5 the firm reply to 「已使用权益不能退」: the partial-refund request comes last, after the records request and the escalation ask, still as a request', async () => {
    for (const lang of both) {
      const text = await all(J.tencentMisled, lang);
      const firm = draftsIn(text).find((d) => d.startsWith('请告诉我，拒绝退款依据的是会员协议的哪一条。'))!;
      expect(firm).toMatch(
        /也请提供我开通时的原始合同[^。]*。如果您这里无法处理，请帮我升级给主管，并告诉我大概多久能有答复。如确实不能全额退款，希望至少扣除我已使用的部分，退还其余费用。订单号：P2026112312345678。$/,
      );
      if (lang === 'en')
        expect(text).toMatch(
          /If you can't handle it, please pass it to a supervisor and tell me roughly when I'll hear back\. If a full refund is truly not possible, I ask at least that you deduct the part I have used and refund the rest\.\s*Order number: P2026112312345678\./,
        );
    }
  });
  it('2 child paid: the 民法典 citation split by age: 第二十条 for under 8; 第十九条、第一百四十五条 for 8–17', async () => {
    const zh = await all(J.childAlipay, 'zh');
    expect(zh).toContain(
      '不满8周岁的孩子是无民事行为能力人，不能自己做这样的消费（《民法典》第二十条）；8到17周岁的，和年龄、智力不相适应的消费，需要监护人同意或者追认（第十九条、第一百四十五条）。',
    );
    expect(zh).not.toContain('（《民法典》第十九条、第二十条、第一百四十五条）');
    const en = await all(J.childAlipay, 'en');
    expect(en).toContain(
      "A child paid: under 8, a child has no capacity to make such a purchase (Civil Code Art. 20); aged 8–17, a purchase beyond the child's age and understanding needs the guardian's consent or ratification (Arts. 19 and 145).",
    );
    expect(en).not.toContain('(Civil Code, Arts. 19, 20 and 145)');
  });
  it('4 plan changed, figures skipped: one rule in the note and in the summary, the same line to add (reviews 28 F5, 29 F3: none in the drafts)', () => {
    const skipped = [
      'begin',
      'renewal',
      'days1to3',
      'reminderNone',
      'noneUsed',
      'wechat',
      'renewOn',
      'goAppeal',
      'notNeeded',
      'skipOrder',
      'planChanged',
      'skipPlanDetail',
    ];
    for (const lang of both) {
      const note = walk(xhsBlackCard, skipped, lang).saidText;
      const summary = walk(xhsBlackCard, [...skipped, 'finish', 'renewDone'], lang).text;
      const line = /「这次扣费和开通时不同：[^」]*」/;
      expect(note.match(line)?.[0]).toBe(summary.match(line)?.[0]);
      expect(note).toMatch(line);
      expect(`${note}\n${summary}`).not.toMatch(/删掉|delete/);
    }
  });
  it('3 apps the sheet does not cover: the walkthrough steps carry no positional guesses (常在右下角, 右上角, bottom, on the right, top right)', async () => {
    for (const lang of both) {
      const tencent = await all(J.tencentMisled, lang);
      expect(tencent).toContain(
        lang === 'zh' ? '第 1/5 步：打开腾讯视频，点【我】或【我的】。' : 'Step 1 of 5: open Tencent Video and tap 【我】 or 【我的】 (Me).',
      );
      const reading = await all(J.someReading, lang);
      for (const text of [tencent, reading]) {
        const steps = text.split('\n').filter((l) => /^(第 \d+\/\d+ 步|Step \d+ of \d+)/.test(l));
        expect(steps.length).toBeGreaterThan(0);
        for (const step of steps) expect(step).not.toMatch(/右下角|右上角|底部|on the right|at the bottom|top right/);
      }
    }
  });
});
