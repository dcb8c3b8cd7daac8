/**
 * Twenty-eighth round: the findings of review 23 that the journeys show (the reviewer read only
 * the fact sheet and the printed journeys). Each test asserts what a person reads.
 */
import { IQIYI_PLAN, J } from './products/journeys';
import { draftsIn, journeyText as all } from './support/journey-text';
import { renewalsRefusedUsed, walk } from './support/walk';

const HEDGED_ZH = '据我了解，《互联网平台价格行为规则》要求收费标准发生变化的，应当在扣费前一并通知消费者；这次扣费前我没有收到这样的通知。';
const HEDGED_EN =
  'As I understand it, the Rules on Internet Platform Pricing Conduct require a change in the charges to be notified before the charge; I received no such notice before this one.';

describe("Twenty-eighth round: the twenty-third review's findings", () => {
  it('M1 iQIYI, plan changed and no notice: the customer-service, payment-app, email and 12315 drafts give the change its ground, hedged (据我了解), no article', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = await all(J.iqiyiCourt, lang);
      // The 举报 asks the regulator to check the rule applies; 黑猫 is public and names no rule.
      const drafts = draftsIn(text).filter((d) => d.includes('开通时不一样') && !/^(举报内容|投诉对象)/.test(d));
      expect(drafts.length).toBeGreaterThanOrEqual(4);
      for (const d of drafts) {
        expect(d).toContain(`${IQIYI_PLAN}。${HEDGED_ZH}`);
        expect(d).not.toMatch(/规则》第|违反|按规定/);
      }
      expect(text).toContain(
        lang === 'zh'
          ? '（条文编号我没有核实；是否适用由平台或监管部门判断，所以模板里如果用到它，会写成「据我了解」）'
          : '(I haven\'t verified the article number; whether they apply is for the platform or the regulator to judge, so where a draft uses them, it says "as I understand it")',
      );
    }
    expect(await all(J.iqiyiCourt, 'en')).toContain(HEDGED_EN);
  });

  it('m2 the renewal records request asks for the original contracts (member and auto-debit agreements) and transaction records, the reminder and the consent among them; the amount only where given', async () => {
    // Review 24 m7: now a list after 「以下记录：」.
    const asks: [string, string][] = [
      [J.renewalPriceChange, '168元'],
      [J.iqiyiCourt, '25元'],
    ];
    for (const [title, amount] of asks)
      for (const lang of ['zh', 'en'] as const) {
        const drafts = draftsIn(await all(title, lang));
        const asking = drafts.filter((d) => d.includes('向我发送提醒的记录'));
        expect(asking.length).toBeGreaterThanOrEqual(2);
        for (const d of asking)
          expect(d).toMatch(
            new RegExp(
              `提供以下记录：我开通时和本次续费的原始合同（会员协议、自动扣款协议）及交易记录；本次续费前向我发送提醒的记录；证明我同意过按本次套餐、以${amount}自动续费的记录`,
            ),
          );
      }
    expect(await all(J.renewalPriceChange, 'en')).toContain(
      'the original contracts (the member agreement and the auto-debit agreement) and transaction records from when I signed up and from this renewal; the record of the reminder sent to me before this renewal',
    );
  });

  it("m4 the firm reply to 「已使用权益不能退」 gives the person's own ground (the page's promise, 第十二条; or the missing reminder, 第十条), asks at least for the unused part; review 24 M2 puts the standard-terms argument back, before it", async () => {
    const MISLED =
      '请告诉我，拒绝退款依据的是会员协议的哪一条。开通页面上写着【页面上的原话或优惠】，实际情况却是【实际情况】，我被这项宣传误导了；按《消费者权益保护法实施条例》第十二条，经营者在宣传中作出的承诺对其有约束力，请按宣传履行，做不到的，请全额退款。如果拒绝依据的是「使用过权益不退」这样的格式条款，也请说明它为什么不属于不合理地限制消费者权利的条款（按《消费者权益保护法》第二十六条、《消费者权益保护法实施条例》第十七条，这样的条款无效）。' /* review 25 F2; review 26 finding 5: the partial ask moved to the end */;
    for (const lang of ['zh', 'en'] as const) {
      const firm = draftsIn(await all(J.tencentMisled, lang)).find((d) => d.startsWith('请告诉我，拒绝退款依据的是会员协议的哪一条。'))!;
      expect(firm).toContain(MISLED);
      expect(firm.match(/第二十六条/g)).toHaveLength(1); // review 24 M2: said once, first
    }
    expect(await all(J.tencentMisled, 'en')).toContain(
      "and I was misled by it; under Art. 12 of the Regulations, a business is bound by the promises it makes in its advertising, so please deliver what was advertised or, if you can't, refund me in full.",
    );
    // A renewal with no reminder, a privilege used: the missing reminder is the ground.
    for (const [product, steps] of renewalsRefusedUsed())
      for (const lang of ['zh', 'en'] as const) {
        const text = walk(product, steps, lang).text;
        expect(text).toContain(
          '请告诉我，拒绝退款依据的是会员协议的哪一条。扣款前我没有收到任何续费提醒；按《消费者权益保护法实施条例》第十条，自动续费的经营者应当在每次续费前以显著方式提醒消费者，请为我全额退还这笔续费。如果拒绝依据的是「使用过权益不退」这样的格式条款，也请说明它为什么不属于不合理地限制消费者权利的条款（按《消费者权益保护法》第二十六条、《消费者权益保护法实施条例》第十七条，这样的条款无效）。' /* review 25 F1 */,
        );
        expect(
          walk(product, steps, lang)
            .drafts.join('\n')
            .match(/第二十六条/g),
        ).toHaveLength(1); // review 24 M2: in the drafts, once
      }
  });

  it('m3 黑卡: the drafts cite 电子商务法 第六十二条 as a reference (参照), and the chat says the platform may call the membership a content service, the records request reasonable anyway', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = await all(J.renewalPriceChange, lang);
      const citing = draftsIn(text).filter((d) => d.includes('第六十二条'));
      expect(citing.length).toBeGreaterThanOrEqual(2);
      for (const d of citing) {
        // Review 24 m7: the renewal request has its basis as a sentence, 参照 kept.
        expect(d).toMatch(/（参照《电子商务法》第六十二条：|可参照《电子商务法》第六十二条：/);
        expect(d).not.toMatch(/[^照]《电子商务法》第六十二条/);
      }
      expect(text).toContain(
        lang === 'zh'
          ? '平台也可能说会员含内容服务、不适用电子商务法；即便如此，请它拿出提醒和同意续费的记录，本身就是合理要求。'
          : 'The platform may also say the membership includes content services and the E-Commerce Law does not apply; even so, asking it for the reminder and consent records is a reasonable request in itself.',
      );
      expect(text).not.toMatch(/第二条第三款|Art\. 2\(3\)/);
    }
    expect(await all(J.renewalPriceChange, 'en')).toContain('See Art. 62 of the E-Commerce Law 《电子商务法》: in a dispute' /* review 24 m7 */);
  });

  it('m1 the Chinese opening screen hedges 黑卡 (as guides describe it) and says why 小红卡 is an option (ended, as news reports say), as the English does', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    // Review 25 F9: reworded; 黑卡 is still never stated without the hedge right after it.
    expect(zh).toContain(
      '我来陪你一步步申请自动续费会员的退款，也教你把自动续费关掉。下面先按小红书黑卡会员来问（黑卡是攻略里说的小红书付费会员，具体以你App里看到的为准）。',
    );
    expect(zh).toContain('如果你付费的其实是「小红卡」（据新闻报道已于2026年1月1日停止），请点「其实是小红卡」。');
    expect(zh.match(/申请小红书黑卡会员的退款/g)?.length).toBe(
      zh.match(/申请小红书黑卡会员的退款，也教你把自动续费关掉。（黑卡是攻略里说的小红书付费会员，具体以你App里看到的为准。）/g)?.length,
    );
  });

  it('m8 every Chinese summary: the blanks are in the drafts already, filled in before sending (还缺的信息（发送前在模板里补上）)', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    expect(zh).toContain('还缺的信息（发送前在模板里补上）：');
    expect(zh).not.toContain('写进模板前补上');
  });

  it('m5 English: the 电子商务法 第六十二条 note says who loses or hides the records in plain verbs', async () => {
    const en = await all(J.renewalPriceChange, 'en');
    expect(en).toContain('and if it loses, forges, hides or refuses to provide them so that the facts cannot be established, it bears the legal consequences.');
    expect(en).not.toContain('if its losing');
  });

  it('m6 English: the money-not-arrived step asks when and where the refund went, then says what to have ready', async () => {
    const en = await all(J.approvedMoney, 'en');
    expect(en).toContain(
      'No refund there: ask Xiaohongshu customer service when the refund was sent and where it went. Have your order number and a screenshot of the refund approval ready.',
    );
    expect(en).not.toContain('with your order number and a screenshot of the agreement to refund, when and where the refund was sent');
  });

  it('m7 English: the button says what it does ("No official email: skip this step") and the confirmation reads plainly', async () => {
    const en = await all(J.iqiyiCourt, 'en');
    expect(en).toContain('[No official email: skip this step]');
    expect(en).toContain('tap "No official email: skip this step"');
    expect(en).toContain("OK, we'll skip email; no draft will say you sent one.");
    expect(en).not.toContain('No official email, skipped');
  });
});
