/**
 * The fourteenth review's findings (/work/review14/REVIEW.md), read in the reviewed journeys or by
 * walking the machine, in both languages.
 */
import { anyMembership } from '../machines';
import { namedOnce } from '../src/core/render';
import { translatorFor } from '../src/i18n';
import { J, replay } from './products/journeys';
import { walk } from './support/walk';
import { draftsIn as draftsOf, journeyText as all } from './support/journey-text';
import type { Step } from './support/drive';

const both = ['zh', 'en'] as const;
const chatOf = (text: string) => text.replace(/┌── draft\n[\s\S]*?\n└──/g, '');
/** Tencent Video, first time, the in-app request refused, the sign-up page not shown plainly, to the 12315 rung. */
const TENCENT_TO_12315: Step[] = [
  ...['begin', 'app_tencentVideo', 'firstTime', 'days1to3', 'otherPrivilege', 'wechat', 'renewOn', 'walkApp'],
  ...['done', 'done', 'done', 'done', 'done', 'refused', 'skipInAppReason', 'misled', 'skipMisledDetail', 'skipOrder', 'signupNotShown', 'complain12315'],
];
const TWICE = /\(《消费者权益保护法实施条例》, 2024\)\s*for the Implementation/;

describe("Sixteenth round: the fourteenth review's findings", () => {
  it('M1 English: no text names the Regulations twice in a row (the full name is written once, where a message first mentions them)', async () => {
    for (const title of Object.values(J)) expect(await all(title, 'en')).not.toMatch(TWICE);
    const t = translatorFor('en', 'coach');
    for (const key of ['appeal.signup.saved.notShown', 'why.askAppleReminder']) {
      const [block] = namedOnce([{ text: t(key), draft: false }], t);
      expect(block!.text).not.toMatch(TWICE);
      expect(block!.text).toContain('the 2024 Regulations for the Implementation of the Consumer Rights Protection Law 《消费者权益保护法实施条例》');
    }
  });

  it("M3 the Apple second request: Apple's statement in plain Chinese (rights under local consumer law are unaffected), and it asks Apple to review the refund request", async () => {
    const zh = draftsOf(await all(J.meituanApple, 'zh')).filter((d) => d.startsWith('我申请退还'));
    const en = await all(J.meituanApple, 'en');
    expect(zh.length).toBeGreaterThanOrEqual(3);
    for (const draft of zh) {
      expect(draft).not.toContain('在有消费者保护法律的地方');
      expect(draft).not.toContain('请重新审核这笔扣款');
      expect(draft).toContain('贵方也公开说明过，消费者依据当地消费者保护法律享有的权利不受影响。请结合上述情况重新审核本次退款申请，谢谢。');
    }
    expect(await all(J.meituanApple, 'zh')).not.toMatch(/在消费者保护法律适用的地方|在有消费者保护法律的地方/);
    expect(en).not.toContain('where such laws exist');
    expect(en).not.toContain('Please review this charge again');
    expect(en).toContain(
      "You have also stated publicly that consumers' rights under the consumer-protection laws where they live are not affected. Please review this refund request again in light of the facts above. Thank you.",
    );
  });

  it("M2 the 12315 complaint naming Apple states the facts (the app's reminder without the amount; none from Apple) and asks the regulator to check 第十条; the texts to Apple cite no article", async () => {
    for (const lang of both) {
      const drafts = draftsOf(await all(J.meituanApple, lang));
      const complaint = drafts.find((d) => /被投诉方：苹果/.test(d))!;
      expect(complaint).not.toContain('扣费前我没有收到苹果的续费提醒（');
      expect(complaint).toContain(
        // Review 33 F1 (a deliberate change): a complaint asks for mediation, so Apple's missing reminder is a fact there, with no 第十条 question.
        '续费扣款前我收到过美团发的提醒，但提醒里没有写明扣费金额。扣费前我没有收到苹果的续费提醒。续费扣款后，我没有使用过会员权益。',
      );
      // Seventeenth review M2 (a deliberate change): the second request to Apple states 第十条 in one sentence form only
      // ("the rule requires a reminder; I received none"), never a breach.
      const rule = '按《消费者权益保护法实施条例》第十条，自动续费前应当以显著方式提醒消费者；这次扣费前我没有收到苹果的续费提醒。';
      for (const d of drafts.filter((d) => d.startsWith('我申请退还'))) {
        expect(d.replace(rule, '')).not.toMatch(/第十条|条例/);
        expect(d).not.toMatch(/违反|违法/);
      }
    }
    // The "why" beside the question does not say Apple owed the reminder.
    expect(translatorFor('zh', 'coach')('why.askAppleReminder')).toContain('这笔续费的提醒该由苹果还是App来发，我手头的资料没有说');
    expect(translatorFor('en', 'coach')('why.askAppleReminder')).toContain("My sources don't say whether Apple or the app owes that reminder");
    const en = await all(J.meituanApple, 'en');
    expect(en).not.toContain('I received no renewal reminder from Apple before the charge (Art. 10');
    expect(en).not.toContain('Please check whether the reminder before this renewal met Art. 10');
    expect(en).toMatch(
      // Review 33 F1: the complaint states Apple's missing reminder as a fact (a complaint is mediation, not a check of 第十条).
      /the reminder did not give the amount\. I received no renewal reminder from Apple before the charge\. Since the renewal charge/,
    );
  });

  it('m10 English copy: plain verbs, no raw button labels in summaries, one word (privilege) for what a member uses, straight quotes', async () => {
    const en = (await Promise.all(Object.values(J).map((title) => all(title, 'en')))).join('\n\n');
    for (const old of [
      'Alipay holds a password-free',
      'Below is where such things usually are in apps',
      "the refund is still Apple's",
      "used some of the membership's benefits",
      'Paid with: Other',
      'Route: the company agreed to refund after',
      '“',
    ])
      expect(en).not.toContain(old);
    expect(en).not.toMatch(/\bbenefits?\b/);
    // Review 36 F3: screenshots first, the switch-off in the last step.
    expect(en).toContain("this membership's password-free payment or auto-debit is usually in Alipay");
    expect(en).toContain('These are places some apps use' /* review 19 finding 12 */);
    expect(en).toContain('the refund still has to come from Apple');
    expect(en).toMatch(/Privileges since (you paid|the renewal charge): used some member privileges/);
    // Review 33 F2: the Other button is followed by which one (the typed-app journey says a bank card).
    expect(en).toContain('Paid with: bank card');
    expect(en).toContain('Route: a 12315 complaint (the company then agreed to refund)');
    expect(en).toContain('I don\'t know "某某读书"');
  });

  it('m8 Apple: the cancelled subscription is confirmed with 「已确认取消」 / "Confirmed, it\'s cancelled", and the refusal points back to step 1 for the Apple ID', async () => {
    for (const lang of both) {
      const turns = await replay(J.meituanApple, lang);
      const confirm = turns.find((turn) => /不用再关了|so there's nothing more to switch off/.test(turn.text))?.text ?? '';
      expect(confirm).not.toMatch(/关好了|Done, it's off/);
      expect(confirm).toContain(lang === 'zh' ? '确认好了就点「已确认取消」。' : 'tap "Confirmed, it\'s cancelled"');
      expect(confirm).toContain(lang === 'zh' ? '[已确认取消]' : "[Confirmed, it's cancelled]");
      const text = turns.map((turn) => turn.text).join('\n\n');
      expect(text).not.toMatch(/先核对是哪个账户被扣的款|First check which account was charged/);
      expect(text).toContain(
        lang === 'zh'
          ? '退款申请要从收据邮件上的那个 Apple ID 提交（见申请步骤第1步'
          : 'The request has to come from the Apple ID on the receipt email (see step 1',
      );
    }
  });

  it('m6 Apple refused: the coach says the second request already gives the specific reasons, no "if you have a legal ground, add it"', async () => {
    const zh = chatOf(await all(J.meituanApple, 'zh'));
    const en = chatOf(await all(J.meituanApple, 'en'));
    expect(zh).not.toContain('如果你有具体的法律理由，可以写进申请里');
    // Seventeenth review M2 (a deliberate change): no reminder from Apple, the request states 第十条; the coach says so, hedged.
    expect(zh).not.toContain('不用再另找法律条文');
    // Review 20 M2: the app did remind, so the request states only the facts; the coach says why, hedged.
    expect(zh).toContain(
      '所以上面这段只写事实：提醒里没写扣费金额，苹果没有发过提醒。苹果会不会因此退款，由苹果决定，我没法保证。\n' +
        '· 如果还是不行：苹果没发提醒这件事，12315投诉里照事实写上。投诉是请12315调解你的退款；请监管部门查处，要用「举报」（在同一个12315平台上选「举报」）。',
    );
    expect(en).not.toContain('if you have a specific legal ground, you can put it in your request');
    expect(en).not.toContain("you don't need to look for a legal article as well");
    expect(en).toContain(
      "so the request above sticks to the facts (the reminder did not give the amount; nothing came from Apple). Whether Apple refunds on that basis is Apple's decision; I can't promise it.\n· If it still fails: that Apple sent no reminder goes into the 12315 complaint as a fact. A complaint asks 12315 to mediate your refund; to ask the regulator to act, you file a 举报 (report), on the same 12315 platform.",
    );
  });

  it('m9 the switch-off in another payment channel: no "version" for a bank or carrier, the Chinese terms glossed; iQIYI\'s customer service: "iQIYI decides"', async () => {
    const zh = await all(J.someReading, 'zh');
    const en = await all(J.someReading, 'en');
    // Review 34 F1: the typed-app journey now says a bank card, and the switch-off names the bank (no "version" for a bank).
    expect(zh).toContain(
      // Review 40 F1: no bank menu names (the sheet holds nothing on banks): ask the bank.
      '如果确实是银行卡直接扣的，可以问发卡银行能不能取消这项扣款授权（我手头没有银行的资料，以银行的说法为准）',
    );
    expect(en).toContain('if the card really was debited directly, you can ask your card-issuing bank whether that debit authorisation can be cancelled');
    expect(`${zh}${en}`).not.toMatch(/快捷支付|online banking/);
    const skipped = (lang: 'zh' | 'en') =>
      walk(anyMembership, ['begin', 'app_meituan', 'firstTime', 'unsure', 'unsure', 'otherPay', 'skipOtherPay', 'unsure'], lang).text;
    expect(skipped('zh')).toContain('到你付款用的那个渠道里找「自动扣款」「免密支付」或「自动续费」，在那里关，名称各家不一样');
    expect(skipped('en')).toContain(
      'look for auto-debit (自动扣款), password-free payment (免密支付) or auto-renewal (自动续费) there; each provider names them differently',
    );
    const iqZh = await all(J.iqiyiCourt, 'zh');
    const iqEn = await all(J.iqiyiCourt, 'en');
    expect(iqZh).not.toContain('结果由平台决定');
    expect(iqZh).toContain('结果由爱奇艺决定，我没法保证。');
    expect(iqEn).not.toContain('The platform decides');
    expect(iqEn).toContain("iQIYI decides; I can't promise an outcome.");
  });

  it('m3 a child paid: the sign-up question asks about the page the child signed up through', async () => {
    const zh = await all(J.childAlipay, 'zh');
    const en = await all(J.childAlipay, 'en');
    expect(zh).not.toContain('还有：开通的时候，页面上有没有明显地写着');
    expect(zh).toContain('还有：孩子开通时的页面上，有没有明显写着「会自动续费」？你或孩子还记得的话');
    expect(en).not.toContain('Also: when you signed up, did the page say plainly');
    expect(en).toContain('Also: on the page your child signed up through, was the auto-renewal shown plainly?');
    // Not for an adult who signed up themself.
    expect(await all(J.tencentMisled, 'zh')).toContain('还有：开通的时候，页面上有没有明显地写着');
  });

  it("m4 a child paid from the guardian's Alipay: which account to use is said before the text to copy, and only as something to try", async () => {
    for (const lang of both) {
      const turn = (await replay(J.childAlipay, lang))
        .map((t) => t.text)
        .find((text) => /会员开在孩子的账号上，钱是从你的|The membership is on your child's account and the money/.test(text))!;
      expect(turn).not.toMatch(/用谁的账号联系客服都行|either account can contact customer service/);
      expect(turn).toContain(
        lang === 'zh'
          ? '你和孩子都可以联系客服。最方便的是用孩子的账号，因为订单在那里，客服能直接查到' /* seventeenth review m11 */
          : "Either you or your child can contact customer service. Your child's account is the easiest, because the order is there and the agent can find it directly",
      );
      const account = turn.indexOf(lang === 'zh' ? '会员开在孩子的账号上' : "The membership is on your child's account");
      const intro = turn.indexOf(lang === 'zh' ? '下面这段是申请退还' : 'Below is the message for the agent');
      expect(account).toBeGreaterThanOrEqual(0);
      expect(account).toBeLessThan(intro);
    }
  });

  it('m5 approved, money missing, paid with Alipay: the Alipay complaint (step 4) comes with its own text before 12315, as the list orders them', async () => {
    for (const lang of both) {
      const turn = (await replay(J.approvedMoney, lang)).map((t) => t.text).find((text) => /^(还没到？按这个顺序查|Not yet\? Check in this order)/.test(text))!;
      expect(turn).not.toMatch(
        /如果几个工作日后客服还是没给结果，可以向12315投诉|If customer service still has no answer after a few working days, you can complain to 12315/,
      );
      const pay = turn.indexOf(
        lang === 'zh'
          ? '先在支付宝账单里这笔订单下提出疑问或投诉（上面第4步）'
          : 'first raise a query or complaint under this order in your Alipay bill (step 4 above)',
      );
      const then12315 = turn.indexOf(lang === 'zh' ? '还不行，再向12315投诉。' : "If that doesn't work either, complain to 12315.");
      expect(pay).toBeGreaterThan(0);
      expect(then12315).toBeGreaterThan(pay);
      const drafts = draftsOf(turn);
      expect(drafts.some((d) => d.startsWith('投诉商户：') && d.includes('但我至今没有收到退款。\n诉求：请商户把已同意的退款原路退回。'))).toBe(true);
      expect(await all(J.approvedMoney, lang)).toContain(
        lang === 'zh' ? '已准备：在支付宝账单里投诉这笔订单的文字' : 'Prepared: a complaint to file in Alipay, from this order on your bill',
      );
    }
  });

  it('m1 电商法 第六十二条 as the sheet holds it: the platform must produce the records and bears the consequences if it cannot; keep your own screenshots', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    const en = await all(J.renewalPriceChange, 'en');
    expect(zh).not.toContain('「我没收到提醒」不用你来证明');
    expect(zh).toContain('所以值得按这一条要求平台提供原始合同和交易记录' /* seventeenth review m9; eighteenth review m1 */);
    // Sixteenth review m5: the consequences are said once, of the records Art. 62 names.
    expect(zh).toContain('经营者丢失、伪造、隐匿或者拒绝提供这些记录，致使事实无法查明的，要承担相应的法律后果。');
    expect(zh).toContain('你同意这样续费的记录；你自己的截图也照样保存好。');
    expect(en).not.toContain("So you don't have to prove the missing reminder");
    expect(en).toContain("So it's worth asking the platform, under this article, for the original contract and transaction records");
    expect(en).toContain(
      'and if it loses, forges, hides or refuses to provide them so that the facts cannot be established, it bears the legal consequences.' /* review 21 m2, review 23 m5 */,
    );
    expect(en).toContain('to renew this way; keep your own screenshots anyway.');
  });

  it("m7 the sign-up page did not show the auto-renewal plainly: 举报 offered as an option in the summary's next steps (and with its own text at the 12315 rung)", async () => {
    const zh = await all(J.tencentMisled, 'zh');
    const en = await all(J.tencentMisled, 'en');
    expect(zh).toContain(
      '· 开通页没有明显提示自动续费：也可以在12315选「举报」（只决定要不要查处，不决定给不给你退款）；要举报的话，到「12315投诉」那一步，我会把举报内容一起写好',
    );
    expect(en).toContain(
      "· The sign-up page didn't show the auto-renewal plainly: you can also choose 举报 (a report) on 12315 (it decides whether to act, not your refund); if you want to, the 12315 complaint step writes the report for you too",
    );
    // Not for a first-timer who did not say so.
    expect(await all(J.childAlipay, 'zh')).not.toContain('开通页没有明显提示自动续费：也可以在12315选「举报」');
    // At the 12315 rung: the report, with its own text, the person's choice.
    for (const lang of both) {
      const text = walk(anyMembership, TENCENT_TO_12315, lang).text;
      expect(text).toContain(
        lang === 'zh'
          ? '你说开通时页面上对自动续费的提示并不明显，这也可以在同一个12315平台上选「举报」'
          : "you said the sign-up page didn't make the auto-renewal plain: you can also choose 举报 (a report) on the same 12315 platform",
      );
      expect(text).toContain('举报事项：开通腾讯视频会员时，页面上对自动续费的提示并不显著，请核查企业是否按规定提醒了消费者。');
      expect(text).toContain('依据：《消费者权益保护法实施条例》第十条要求，自动续费的经营者应当在消费者接受服务前以显著方式提醒消费者。');
      expect(text).toContain(lang === 'zh' ? '举不举报，由你决定' : 'Whether to report is up to you');
    }
  });
});
