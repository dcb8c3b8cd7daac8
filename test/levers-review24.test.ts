/**
 * Twenty-ninth round: the findings of review 24 that the journeys show (the reviewer read only
 * the fact sheet and the printed journeys). Each test asserts what a person reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IQIYI_PLAN, J } from './products/journeys';
import { draftsIn, journeyText as all } from './support/journey-text';
import { moneyMissing, renewalsRefusedUsed, walk } from './support/walk';

const both = ['zh', 'en'] as const;
const chatOf = (text: string) => text.replace(/┌── draft\n[\s\S]*?\n└──/g, '');

describe("Twenty-ninth round: the twenty-fourth review's findings", () => {
  it('M1 黑卡 renewal: the 2026 pricing rule is hedged as for every app: the chat says the article is unverified, every draft says 据我了解, the 举报 asks to check it applies, the summary hedges it', async () => {
    for (const lang of both) {
      const text = await all(J.renewalPriceChange, lang);
      expect(chatOf(text)).toContain(
        lang === 'zh'
          ? '另外，据我了解，《互联网平台价格行为规则》（2026年4月10日起施行）也有每次自动扣费前告知扣费时间、金额和取消方式的要求（条文编号我没有核实）。'
          : "As I understand it, the Rules on Internet Platform Pricing Conduct 《互联网平台价格行为规则》 (in force since Apr 10, 2026) also call for notice of the time, the amount and how to cancel before each automatic charge (I haven't verified the article number).",
      );
      const drafts = draftsIn(text).filter((d) => /价格行为规则/.test(d));
      expect(drafts.length).toBeGreaterThanOrEqual(4);
      for (const d of drafts) {
        expect(d).not.toMatch(/(?<!据我了解，)《互联网平台价格行为规则》要求|另外，《互联网平台价格行为规则》也有|规则》第|违反/);
        if (d.startsWith('举报内容')) expect(d).toMatch(/依据：[^\n]*据我了解，《互联网平台价格行为规则》要求[^\n]*是否适用于被举报方，请核查/);
        else expect(d).toContain('据我了解，《互联网平台价格行为规则》要求收费标准发生变化的，应当在扣费前一并通知消费者；');
      }
      expect(drafts.some((d) => d.startsWith('举报内容'))).toBe(true);
      if (lang === 'en') {
        expect(text).not.toMatch(/(?<!As I understand it, )the Rules on Internet Platform Pricing Conduct require/i);
        expect(text).toMatch(/please check whether they apply to the company reported/);
      }
      expect(text).toContain(
        lang === 'zh'
          ? '而据我了解，《互联网平台价格行为规则》要求收费标准变化须在扣费前一并告知消费者（条文编号我没有核实）。'
          : "and as I understand it, the Rules on Internet Platform Pricing Conduct require a change in the charges to be notified before the charge (I haven't verified the article number).",
      );
    }
  });

  it("M2 the firm reply to 「已使用权益不能退」 leads with the standard-terms lever (消保法 第二十六条, 实施条例 第十七条), then the person's own ground; the explanation says so in one sentence", async () => {
    // Review 25 F1+F2: the person's own ground first now, then the terms; a partial refund only as a request.
    const TERMS =
      '如果拒绝依据的是「使用过权益不退」这样的格式条款，也请说明它为什么不属于不合理地限制消费者权利的条款（按《消费者权益保护法》第二十六条、《消费者权益保护法实施条例》第十七条，这样的条款无效）。';
    for (const lang of both) {
      const text = await all(J.tencentMisled, lang);
      const firm = draftsIn(text).find((d) => d.startsWith('请告诉我，拒绝退款依据的是会员协议的哪一条。'))!;
      expect(firm).toContain(`请按宣传履行，做不到的，请全额退款。${TERMS}`);
      expect(chatOf(text)).toContain(
        lang === 'zh'
          ? // Review 28 F1: whether 「用过不退」 is such a term is not settled, so the firm reply asks why it is not.
            '不合理地限制消费者权利的格式条款无效（《消费者权益保护法》第二十六条、《消费者权益保护法实施条例》第十七条）；「用过不退」算不算这样的条款，并没有定论，所以坚定版回复是请对方说明它为什么不算。'
          : "A standard term that unreasonably limits consumers' rights is void (Consumer Rights Protection Law, Art. 26; the Regulations",
      );
      if (lang === 'en')
        expect(chatOf(text)).toContain('whether "no refund once used" is such a term is not settled, so the firm reply asks them to explain why theirs is not');
      if (lang === 'en')
        expect(text).toContain(
          'If the refusal rests on a standard term such as "no refund once privileges are used", please also explain why it is not a term that unreasonably limits consumers\' rights (under the Consumer Rights Protection Law, Art. 26, and the Regulations, Art. 17, such terms are void).',
        );
    }
    // A renewal with no reminder, a privilege used: the terms lever, then the missing reminder (第十条).
    for (const [product, steps] of renewalsRefusedUsed())
      for (const lang of both) {
        expect(walk(product, steps, lang).text).toContain(`请为我全额退还这笔续费。${TERMS}`);
        // No privilege used: the terms sentence without "用过部分权益".
        const none = walk(
          product,
          steps.map((s) => (s === 'otherPrivilege' ? 'noneUsed' : s)),
          lang,
        ).text;
        expect(none).toContain(
          '也请说明它为什么不属于不合理地限制消费者权利的条款（按《消费者权益保护法》第二十六条、《消费者权益保护法实施条例》第十七条，这样的条款无效）。',
        );
        expect(none).not.toContain('用过部分权益');
      }
  });

  it('m2 Meituan through Apple: the chat says the texts to Apple and the complaint against Apple do not cite the pricing rule, and the message to Meituan and the 举报 may mention it as 「据我了解」 (as they do)', async () => {
    for (const lang of both) {
      const text = await all(J.meituanApple, lang);
      expect(chatOf(text)).toContain(
        lang === 'zh'
          ? '这条规则管不管得到苹果和美团，我都没法确定：所以给苹果的申请和对苹果的投诉只写事实，提醒里缺了什么，照你说的写；给美团的话和举报里，用「据我了解」提一句。'
          : 'so the refund requests to Apple and the complaint against Apple say only what the reminder left out, as you told me, and don\'t cite the Pricing Rules; the message to Meituan and the report may mention them, prefaced with "as I understand it" (据我了解).',
      );
      const drafts = draftsIn(text).filter((d) => /价格行为规则/.test(d));
      expect(drafts.length).toBeGreaterThanOrEqual(2);
      for (const d of drafts) expect(d).toContain('据我了解，《互联网平台价格行为规则》要求每次自动扣费前告知扣费时间、金额和取消方式');
      if (lang === 'en')
        expect(text).toContain(
          'Basis: as I understand it, the Rules on Internet Platform Pricing Conduct require the time, the amount and how to cancel to be given before each automatic charge; please check whether they apply',
        );
    }
  });

  it('m1 Tencent Video: the 第十条 sign-up sentence is tied to a request: confirm the order will not be auto-renewed', async () => {
    for (const lang of both) {
      const text = await all(J.tencentMisled, lang);
      const drafts = draftsIn(text).filter((d) => d.includes('在消费者接受服务前以显著方式提醒消费者）'));
      expect(drafts.length).toBeGreaterThanOrEqual(3);
      for (const d of drafts) expect(d).toContain('在消费者接受服务前以显著方式提醒消费者）。请确认这笔订单此后不会再自动扣费。');
      if (lang === 'en')
        expect(text).toContain('to remind the consumer prominently before the service starts). Please confirm this order will not be auto-renewed.');
    }
  });

  it('m5 黑卡 money not arrived: the 12315 evidence line lists the customer-service chat and the payment-app complaint as optional blanks (keep the steps taken)', async () => {
    for (const lang of both) {
      const text = await all(J.approvedMoney, lang);
      expect(text).toContain('证据：同意退款的记录截图、付款记录截图【、与客服的聊天记录截图】【、支付宝投诉记录截图】（做过哪一步就留哪一项）。');
      if (lang === 'en')
        expect(text).toContain(
          'Evidence: a screenshot of the refund approval, a screenshot of the payment record[, a screenshot of the chat with customer service][, a screenshot of the Alipay complaint] (keep only the steps you took).',
        );
    }
    // A WeChat payer: the WeChat Pay complaint; another payment: customer service only.
    expect(moneyMissing('wechat', 'zh')).toContain(
      '证据：同意退款的记录截图、付款记录截图【、与客服的聊天记录截图】【、微信支付投诉记录截图】（做过哪一步就留哪一项）。',
    );
    expect(moneyMissing('wechat', 'en')).toContain('[, a screenshot of the WeChat Pay complaint] (keep only the steps you took).');
    expect(moneyMissing('otherPay', 'zh')).toContain('证据：同意退款的记录截图、付款记录截图【、与客服的聊天记录截图】（联系过客服就留这一项）。');
  });

  it('m4 iQIYI: the plan change described goes into the 12315 complaint as typed, with no blank and no deletion instruction (reviews 28 F5, 29 F3)', async () => {
    for (const lang of both) {
      const text = await all(J.iqiyiCourt, lang);
      expect(text).not.toMatch(/两句都删掉|delete both/);
      const complaint = draftsIn(text).find((d) => d.startsWith('投诉摘要'))!;
      expect(complaint).toContain(`这笔扣费也和我当初开通时不一样：${IQIYI_PLAN}。`);
    }
  });

  it('m3 after 12315 mediation fails, the 消协 rung says one dispute has one mediator at a time and to ask first whether it takes one 12315 mediated (never that it declines)', async () => {
    for (const title of [J.renewalPriceChange, J.redCard, J.iqiyiCourt])
      for (const lang of both) {
        const text = await all(title, lang);
        expect(text).toContain(
          lang === 'zh'
            ? '· 请消费者协会调解（同一纠纷一次只由一家调解；12315调解过的，消协是否还受理，可以先打电话问）'
            : '· mediation by a consumer association (消费者协会; only one mediator handles a dispute at a time, so if 12315 has already mediated yours, call the association first to ask whether it will take it)',
        );
        expect(text).not.toMatch(/消协可能不再受理|may decline a dispute/);
      }
  });

  it('m6 Chinese text uses 「」, never ASCII double quotes (every zh locale file; the iQIYI explanation and the Tencent firm reply)', async () => {
    const dir = path.join(__dirname, '..', 'locales', 'zh');
    const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : o && typeof o === 'object' ? Object.values(o).flatMap(strings) : []);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')))
      for (const text of strings(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')))) expect(`${file}: ${text}`).not.toMatch(/"/);
    expect(await all(J.iqiyiCourt, 'zh')).toContain('所以模板里如果用到它，会写成「据我了解」）。');
    expect(await all(J.tencentMisled, 'zh')).not.toContain('"使用过权益不退"');
  });

  it('m7 the renewal records request is split: a list after 「以下记录：」, then 「依据可参照《电子商务法》第六十二条」 as its own sentence (黑卡); the amount only where given', async () => {
    const asks: [string, string, boolean][] = [
      [J.renewalPriceChange, '168元', true],
      [J.iqiyiCourt, '25元', false],
    ];
    for (const [title, amount, online] of asks)
      for (const lang of both) {
        const text = await all(title, lang);
        const asking = draftsIn(text).filter((d) => d.includes('向我发送提醒的记录'));
        expect(asking.length).toBeGreaterThanOrEqual(2);
        for (const d of asking) {
          expect(d).toMatch(
            new RegExp(
              `提供以下记录：我开通时和本次续费的原始合同（会员协议、自动扣款协议）及交易记录；本次续费前向我发送提醒的记录；证明我同意过按本次套餐、以${amount}自动续费的记录。${online ? '可参照《电子商务法》第六十二条：发生争议时，电子商务经营者应当提供原始合同和交易记录。' : ''}`,
            ),
          );
          expect(d).not.toContain('（参照《电子商务法》');
        }
      }
    expect(await all(J.renewalPriceChange, 'en')).toContain(
      'these records: the original contracts (the member agreement and the auto-debit agreement) and transaction records from when I signed up and from this renewal; the record of the reminder sent to me before this renewal; the record of my consent to renew on this plan at ¥168. See Art. 62 of the E-Commerce Law 《电子商务法》: in a dispute an e-commerce business must provide the original contract and transaction records.',
    );
  });

  it('m11 money not arrived: the check-in says the estimate once', async () => {
    const zh = await all(J.approvedMoney, 'zh');
    const en = await all(J.approvedMoney, 'en');
    expect(zh).toContain('⏰ 来问问：攻略说的3–7个工作日（只是估计）已经过了。');
    expect(zh).not.toContain('攻略估计的3–7个工作日');
    expect(en).toContain('⏰ Checking in: the 3–7 working days that guides mention (only an estimate) have now passed.');
  });

  it("m10 English: the sign-up discount aside and the unknown app's cancel-for-refund sentence read naturally", async () => {
    expect(await all(J.renewalPriceChange, 'en')).toContain('(if there was a first-month discount or similar at sign-up, go by your bill)');
    const some = await all(J.someReading, 'en');
    expect(some).toContain(
      "I don't know whether 某某读书 lets you cancel for a refund within a set time after signing up; that's its own rule, and apps differ.",
    );
    expect(some).not.toContain('promises a refund for some time after signing up');
  });

  it('m12 money is tight (goodwill): beside the 12315 filing, an optional pro-rata line the person chooses to keep, said to be a negotiating option, not a right; the filing itself unchanged', async () => {
    for (const lang of both) {
      const text = await all(J.someReading, lang);
      expect(chatOf(text)).toContain(
        lang === 'zh'
          ? '可选：按未使用的时间比例退还，是可以提出的协商方案，不是你的权利；如果你愿意在调解时退一步，可以在「诉求」后面加上这一句（加不加由你决定）：'
          : "Optional: refunding the unused part of the period is something you can propose, not a right; if you'd accept less in mediation, you can add this sentence after the request (your call):",
      );
      const drafts = draftsIn(text);
      expect(drafts).toContain('如不能全额退还，请按未使用的时间比例退还。');
      if (lang === 'en') expect(text).toContain("What it says, in English: If a full refund isn't possible, please refund the unused part of the period.");
      const filing = drafts.find((d) => d.startsWith('投诉摘要'))!;
      expect(filing).not.toContain('比例');
    }
  });
});
