/**
 * Issue 20, the twelfth review's M1, M2 and m1: what is sent never names a rule more firmly than the
 * chat does. Where the coach hedges whether the 2026 pricing rule reaches the app (an app the fact
 * sheet says nothing about, a charge Apple took), every text sent states the facts only, as the texts
 * for a content app already do with 电子商务法 第六十二条; the 举报, which asks the regulator to act,
 * names the rule and asks them to check that it applies. Read in the reviewed journeys, both languages.
 */
import { IQIYI_PLAN, J, JOURNEYS, replay } from './products/journeys';

const both = ['zh', 'en'] as const;
const draftsIn = (text: string) => [...text.matchAll(/┌── draft\n([\s\S]*?)\n└──/g)].map((m) => m[1]!);
/** The drafts and, in English, their readings ("What it says, in English: …", up to the next blank line). */
const sentIn = (text: string) => [...draftsIn(text), ...[...text.matchAll(/What it says, in English:[\s\S]*?(?=\n\n|$)/g)].map((m) => m[0])];
const chatOf = (text: string) => text.replace(/┌── draft\n[\s\S]*?\n└──/g, '');
const PRICING_RULE = /价格行为规则|Pricing Conduct/;
/** The chat says it cannot be sure the rule reaches this app or charge. */
const HEDGED =
  /条文编号我没有核实|I haven't verified the article number|这条规则对[^。]*是否适用|是否适用由平台或监管部门判断|对苹果的这笔扣费是否适用|I can't be sure they cover|whether (they|the rules?) covers?|whether (they|the rules?) (apply|appl(y|ies) to)|the rules reach/;
const isReport = (draft: string) => /^(举报内容|What it says, in English:\nReport)/.test(draft) || draft.startsWith('Report');

describe('Twelfth review M1, M2: the pricing rule in what is sent, no firmer than the chat', () => {
  it("in every reviewed journey where the chat hedges the rule, no text sent names it except a 举报 that asks the regulator to check it applies (and, review 21 m4, the optional message to the app, as the person's understanding)", async () => {
    let hedgedJourneys = 0;
    let reports = 0;
    for (const title of Object.keys(JOURNEYS))
      for (const lang of both) {
        const all = (await replay(title, lang)).map((turn) => turn.text).join('\n\n');
        if (!HEDGED.test(chatOf(all))) continue;
        hedgedJourneys++;
        for (const draft of sentIn(all)) {
          if (!PRICING_RULE.test(draft)) continue;
          // Review 21 m4: the optional message to the app names the rule as the person's understanding, no article, no claim it applies.
          // Review 23 M1: so may any draft, in this exact hedged form (the iQIYI plan change).
          // Review 24 M1: a 举报 asks the regulator to check it applies.
          if (isReport(draft)) {
            expect(draft).toMatch(/是否适用于被举报方，请核查|please check whether they apply to the company reported/);
            reports++;
            continue;
          }
          if (/据我了解，《互联网平台价格行为规则》要求|As I understand it, the Rules on Internet Platform Pricing Conduct (call for|require)/.test(draft)) {
            expect(draft).not.toMatch(/规则》第|按规定|违反|breach|Art\. \d+ of the Rules/);
            continue;
          }
          throw new Error(`the rule named outside its hedged form: ${draft}`);
        }
      }
    // iQIYI and Meituan through Apple, in both languages; Meituan's 举报 names the rule.
    expect(hedgedJourneys).toBeGreaterThanOrEqual(4);
    expect(reports).toBeGreaterThanOrEqual(2);
  });

  it('M2 iQIYI: the plan change is stated as a fact in every text sent; review 23 M1 gives it its ground in the hedged form (据我了解, no article, no 违反)', async () => {
    for (const lang of both) {
      const all = (await replay(J.iqiyiCourt, lang)).map((turn) => turn.text).join('\n\n');
      const sent = draftsIn(all).filter((draft) => /开通时不一样/.test(draft));
      expect(sent.length).toBeGreaterThanOrEqual(4);
      for (const draft of sent.filter((d) => !/^(举报内容|投诉对象)/.test(d))) {
        expect(draft).toContain(
          `这笔扣费也和我当初开通时不一样：${IQIYI_PLAN}。据我了解，《互联网平台价格行为规则》要求收费标准发生变化的，应当在扣费前一并通知消费者；`,
        );
        expect(draft).not.toMatch(/规则》第|违反|按规定|另外，《互联网平台价格行为规则》也有/);
      }
    }
  });

  it("M1 Meituan through Apple: the requests to Apple and the 12315 complaint naming Apple state the fact and Apple's own word; the 举报 against Meituan names the rule, hedged", async () => {
    for (const lang of both) {
      const turns = await replay(J.meituanApple, lang);
      const drafts = draftsIn(turns.map((turn) => turn.text).join('\n\n'));
      const toApple = drafts.filter((draft) => /^(我申请退还|What it says, in English: I'm asking for a refund)/.test(draft));
      expect(toApple.length).toBeGreaterThanOrEqual(2);
      for (const draft of toApple) expect(draft).not.toMatch(PRICING_RULE);
      expect(
        toApple.some((draft) =>
          /没有写明扣费金额。另外，我本来没打算续费，这次是自动续上的。贵方也公开说明过，消费者依据当地消费者保护法律享有的权利不受影响。请结合上述情况重新审核本次退款申请，谢谢。/.test(
            draft,
          ),
        ),
      ).toBe(true);
      // The English reading of it, beside the draft.
      if (lang === 'en')
        expect(turns.map((turn) => turn.text).join('\n')).toMatch(
          /did not give the amount\. Also: I never meant to renew; it renewed automatically\. You have also stated publicly that consumers' rights under the consumer-protection laws/,
        );
      const complaint = drafts.find((draft) => /被投诉方：苹果/.test(draft))!;
      expect(complaint).toMatch(/续费扣款前我收到过美团发的提醒，但提醒里没有写明扣费金额。/);
      expect(complaint).not.toMatch(PRICING_RULE);
      const report = drafts.find((draft) => /被举报方/.test(draft))!;
      expect(report).toMatch(/依据：据我了解，《互联网平台价格行为规则》要求每次自动扣费前告知扣费时间、金额和取消方式；是否适用于被举报方，请核查；/);
      if (lang === 'en')
        expect(turns.map((turn) => turn.text).join('\n')).toMatch(
          /Basis: as I understand it, the Rules on Internet Platform Pricing Conduct require .*; please check whether they apply to the company reported, and what duty Apple/,
        );
      // The second request's points say the text states what the reminder left out, as the person said it.
      const points = turns.find((turn) => /第二次申请的要点|For the second request/.test(turn.text))!.text;
      expect(chatOf(points)).toMatch(lang === 'zh' ? /下面这段照实写上了/ : /the text below says exactly that/);
    }
  });

  it('review 24 M1: every journey, 黑卡 included, hedges the rule in chat, and the 12315 complaint names it only in its hedged form', async () => {
    for (const lang of both) {
      const all = (await replay(J.renewalPriceChange, lang)).map((turn) => turn.text).join('\n\n');
      expect(chatOf(all)).toMatch(/条文编号我没有核实|I haven't verified the article number/);
      const drafts = draftsIn(all);
      expect(
        drafts
          .filter((draft) => /^投诉摘要/.test(draft))
          .some((draft) => /据我了解，《互联网平台价格行为规则》要求收费标准发生变化的，应当在扣费前一并通知消费者/.test(draft)),
      ).toBe(true);
      for (const draft of drafts) expect(draft).not.toMatch(/另外，《互联网平台价格行为规则》也有|(?<!据我了解，)《互联网平台价格行为规则》要求，/);
    }
  });
});

describe('Twelfth review m1: a preference reason stays out of the complaints that rest on a ground', () => {
  it('no reminder and a changed plan: customer service hears "it doesn\'t suit me"; the complaints end on the grounds', async () => {
    for (const title of [J.renewalPriceChange, J.iqiyiCourt])
      for (const lang of both) {
        const drafts = draftsIn((await replay(title, lang)).map((turn) => turn.text).join('\n\n'));
        const complaints = drafts.filter((draft) => /^(投诉摘要|投诉商户|What it says, in English:\n?(Complaint|Merchant))/.test(draft));
        expect(complaints.length).toBeGreaterThanOrEqual(2);
        for (const draft of complaints) {
          expect(draft).not.toMatch(/不太适合我|doesn't really suit me/);
          expect(draft).toMatch(/基于以上情况，申请退(还这笔扣款|款)。|For these reasons I ask for (this charge to be refunded|a refund)\./);
        }
        expect(drafts.some((draft) => /不太适合我/.test(draft))).toBe(true);
      }
  });
});
