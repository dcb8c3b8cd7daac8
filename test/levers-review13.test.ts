/**
 * Issue 20, the thirteenth review's findings (/work/review13/REVIEW.md), read in the reviewed
 * journeys or by walking the machine, in both languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { anyMembership, xhsBlackCard, type Lang } from '../machines';
import { LOCALES_DIR } from '../src/i18n';
import { J, JOURNEYS, replay } from './products/journeys';
import { draftsIn as draftsOf, journeyText as all } from './support/journey-text';
import { walk } from './support/walk';
import type { Step } from './support/drive';

const both = ['zh', 'en'] as const;
/** A 黑卡 renewal with no reminder, to the appeal ladder. */
const RENEWAL_TO_LADDER: Step[] = [
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
  { text: '168' },
];
const chatOf = (text: string) => text.replace(/┌── draft\n[\s\S]*?\n└──/g, '');

describe("Fifteenth round: the thirteenth review's findings", () => {
  it('m1 Meituan through Apple: the coach says texts to Apple state the facts only, and a 举报 may name the rule for the regulator to check', async () => {
    const zh = chatOf(await all(J.meituanApple, 'zh'));
    const en = chatOf(await all(J.meituanApple, 'en'));
    expect(zh).not.toContain('所以我写的文字只照你说的写上提醒里缺了什么，不引用这条规则。');
    // Review 24 m2: the app sent the reminder: the texts to Apple don't cite the rule; the message to the app and the 举报 may, hedged.
    expect(zh).toMatch(
      /这条规则管不管得到苹果和美团，我都没法确定：所以给苹果的申请和对苹果的投诉只写事实，提醒里缺了什么，照你说的写；给美团的话和举报里，用「据我了解」提一句。/,
    );
    expect(en).not.toContain("So what I draft says only what the reminder left out, as you told me, and doesn't cite the rules.");
    expect(en).toMatch(
      /the complaint against Apple say only what the reminder left out, as you told me, and don't cite the Pricing Rules; the message to Meituan and the report may mention them/,
    );
  });

  it('m10 English: no literal "\\n" in any text; the 举报 gloss puts "Basis: …" on its own line', async () => {
    const en = await all(J.meituanApple, 'en');
    expect(en).not.toContain('\\n');
    expect(en).toMatch(/I received no renewal reminder from Apple before it\.\nBasis: as I understand it, the Rules on Internet Platform Pricing Conduct/);
    for (const lang of both)
      for (const file of ['coach', 'any-membership']) expect(fs.readFileSync(path.join(LOCALES_DIR, lang, `${file}.json`), 'utf8')).not.toMatch(/[^\\]\\\\n/);
  });

  it('m8 the money check-in asks once: the follow-up says the time has passed, the question under it asks whether the refund arrived', async () => {
    for (const lang of both) {
      const turn = (await replay(J.approvedMoney, lang)).map((t) => t.text).find((text) => /^⏰ (来问问：攻略说的|Checking in: the 3–7)/.test(text))!;
      expect(turn).toContain(lang === 'zh' ? '退款到账了吗？' : 'Has the refund reached your account?');
      expect(turn).not.toMatch(/钱退回来了吗|Has the money come back/);
    }
  });

  it('m9 money not arrived through Alipay: 花呗 said once, as credit restored, never as balance', async () => {
    const zh = await all(J.approvedMoney, 'zh');
    const en = await all(J.approvedMoney, 'en');
    expect(zh).toContain('花呗付的退回花呗额度，不会变成余额');
    expect(zh).not.toContain('花呗付的回花呗（花呗是信用付款，退回的是花呗）');
    expect(en).toContain('花呗 payments go back as 花呗 credit, not as balance');
    expect(en).not.toContain('花呗 to 花呗 (花呗 is credit');
  });

  it('m12 a span of days: the last day says which payment date it assumes, and where to check it', async () => {
    const steps: Step[] = ['begin', 'firstTime', 'days1to3', 'noneUsed', 'alipay', 'renewOn'];
    const zh = walk(xhsBlackCard, steps, 'zh').text;
    const en = walk(xhsBlackCard, steps, 'en').text;
    expect(en).toMatch(/no later than [^(]+ \(that assumes you paid on [^;]+; check your payment date in the order details\)/);
    expect(en).not.toContain('(the date is in the order details)');
    expect(zh).toMatch(/稳妥起见最晚在[^（]+当天提交（这是按[^（]+付款算的，付款日期以订单详情为准）/);
  });

  it('m11 English opening: "we\'ll check it together at the end", no tense slip', async () => {
    for (const title of [J.renewalPriceChange, J.meituanApple]) {
      const en = (await replay(title, 'en'))[0]!.text;
      expect(en).toContain("(I'll raise it right after the assessment, and we'll check it together at the end)");
      expect(en).not.toContain('and we check it at the end');
    }
  });

  it('m13 English hedges read plainly: "I can\'t be sure they cover this app", "whether they cover this app depends on how it operates", where 客服 usually is', async () => {
    const meituan = await all(J.meituanApple, 'en');
    expect(meituan).toContain("I can't be sure they cover Apple or Meituan");
    // Review 23 M1 reworded this hedge: it now says why the drafts write "as I understand it".
    expect(await all(J.iqiyiCourt, 'en')).toContain('whether they apply is for the platform or the regulator to judge');
    expect(await all(J.iqiyiCourt, 'en')).toMatch(
      /look for 客服 \(customer service\) on the 我的 \(Me\) page, in the help center or in the order details\./ /* review 19 finding 12 */,
    );
    for (const title of [J.meituanApple, J.iqiyiCourt, J.tencentMisled])
      expect(await all(title, 'en')).not.toMatch(/I can't be sure\)|its own circumstances|usually look for 客服/);
  });

  it('m2 the plan-change fallback is a step-down option the person decides on, the drafts asking for the full amount first; never "not a legal right"', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    const en = await all(J.renewalPriceChange, 'en');
    expect(zh).toMatch(/模板先按全额退款来要，不主动退让。[^\n]*这是退一步的方案，用不用、什么时候用，由你决定。/);
    expect(en).toMatch(
      /The drafts ask for the full amount and offer nothing less up front\.[^\n]*It's a step-down option; whether and when to use it is your call\./,
    );
    expect(zh).not.toContain('这是协商的选项，不是法定权利');
    expect(en).not.toMatch(/something to negotiate, not a legal right/);
  });

  it('m4 the plan-change prompt gives placeholders (X, Y), never figures that look real', async () => {
    for (const lang of both) {
      const asked = walk(xhsBlackCard, [...RENEWAL_TO_LADDER, 'planChanged'], lang).text;
      expect(asked).toContain(
        lang === 'zh'
          ? '比如「开通时连续包月X元，这次扣了年卡Y元」（X、Y换成你账单上的数）'
          : 'e.g. 开通时连续包月X元，这次扣了年卡Y元 (monthly at ¥X at sign-up, charged ¥Y for a year this time; use the figures on your bill)',
      );
      expect(asked).not.toMatch(/15元|168元|¥15|¥168/);
    }
  });

  it('M2 English: the prompt says the drafts are in Chinese and asks for Chinese; a line with no Chinese stays out of the drafts, and the coach says so', async () => {
    const asked = walk(xhsBlackCard, [...RENEWAL_TO_LADDER, 'planChanged'], 'en').text;
    expect(asked).toContain('The drafts are in Chinese, so write it in Chinese if you can');
    expect(asked).toContain(
      "If you reply in English, I won't paste English into the Chinese drafts; I'll give you a Chinese line with blanks to fill in instead.",
    );
    for (const lang of both) {
      const typed = walk(xhsBlackCard, [...RENEWAL_TO_LADDER, 'planChanged', { text: 'monthly at 15 yuan, charged 168 for a year' }], lang);
      expect(typed.saidText).toContain(
        lang === 'zh'
          ? '你写的这句里没有中文。模板是中文的，我没有把它放进去：请按账单，用中文把上面那句填好'
          : "What you wrote has no Chinese in it, so I haven't put it into the Chinese drafts: fill in the line above in Chinese",
      );
      const draft = walk(xhsBlackCard, [...RENEWAL_TO_LADDER, 'planChanged', { text: 'monthly at 15 yuan, charged 168 for a year' }, 'cs'], lang).text;
      // Reviews 28 F5, 29 F3: no blanks in the drafts either; the line to fill in is in the note above.
      expect(draft).not.toMatch(/monthly at 15 yuan|开通时不同|开通时的套餐和金额/);
      // Typed in Chinese, it goes in as typed, with the English gloss beside it as before.
      const zhLine = walk(xhsBlackCard, [...RENEWAL_TO_LADDER, 'planChanged', { text: '开通时连续包月15元，这次按年卡扣了168元' }], lang).saidText;
      expect(zhLine).toContain('开通时连续包月15元，这次按年卡扣了168元');
      if (lang === 'en') expect(zhLine).toMatch(/开通时连续包月15元，这次按年卡扣了168元 \(at sign-up/);
    }
  });

  it('m3 the numbered ladder leaves 黑猫 out of the numbers: unnumbered, as running alongside 12315 (review 25 F10: after the last step)', async () => {
    for (const lang of both) {
      const ladder = (await replay(J.renewalPriceChange, lang)).map((turn) => turn.text).find((text) => /^(按这个顺序|Try these in order)/.test(text))!;
      const lines = ladder.split('\n');
      const at12315 = lines.findIndex((line) => /^4\. 12315/.test(line));
      expect(at12315).toBeGreaterThan(0);
      // Review 25 F10: 黑猫 on its own line after the last step.
      expect(lines[at12315 + 1]).toMatch(lang === 'zh' ? /^5\. 社交平台发帖/ : /^5\. A social post/);
      expect(lines[at12315 + 2]).toBe(
        lang === 'zh'
          ? '另外：黑猫投诉不算其中一步，任何时候都可以和12315同时用，靠公开和舆论压力。' /* review 20 m7 */
          : 'Separately: 黑猫投诉 (Heimao) is not a further rung; it works through public pressure and can run alongside 12315 at any time.',
      );
      expect(ladder).not.toMatch(/\d\. 黑猫/);
    }
  });

  it('m14 a reading app: the benefit examples and the reminder name member-only books and audiobooks', async () => {
    const zh = await all(J.someReading, 'zh');
    const en = await all(J.someReading, 'en');
    expect(zh).toContain('· 读过或下载过会员专享的书，听过会员有声书');
    expect(zh).toContain('想想开通后有没有看过会员内容、读过或下载过会员专享的书、听过会员有声书、领过券');
    expect(en).toContain('· read or downloaded member-only books, or listened to member audiobooks');
    expect(en).toContain('read or downloaded member-only books, listened to member audiobooks or claimed a coupon');
  });

  /** The last case card a reviewed journey shows. */
  const lastSummary = async (title: string, lang: Lang) =>
    (await replay(title, lang))
      .map((turn) => turn.text)
      .filter((text) => text.includes('📋'))
      .at(-1)!;

  it('m7 summaries list what was prepared (the replies to a refusal, the pro-rata formula when shown) and the rungs skipped, still open', async () => {
    const tencentZh = await lastSummary(J.tencentMisled, 'zh');
    const tencentEn = await lastSummary(J.tencentMisled, 'en');
    expect(tencentZh).toContain(
      '已准备：发给在线客服的话\n已准备：部分退款的计算方法（会员费 ÷ 这一期的天数 × 还没用到的天数）\n已准备：客服拒绝时的礼貌版和坚定版回复',
    );
    expect(tencentEn).toContain('Prepared: how to work out a partial refund (the fee ÷ the days in the period × the days not yet used)');
    expect(tencentEn).toContain('Prepared: a polite and a firm reply for when customer service refuses');
    // 小红卡: the payment-app complaint and the email were passed over on the way to 12315 and 黑猫:
    // the first is the next step (review 41 F4: not the social post), the other is still open.
    const redZh = await lastSummary(J.redCard, 'zh');
    const redEn = await lastSummary(J.redCard, 'en');
    expect(redZh).toContain('· 还没解决的话，清单上的下一步是支付平台投诉');
    expect(redZh).toContain('· 还没试过：邮件。想留书面记录，可以补发' /* review 20 m7: never "alongside" */);
    expect(redEn).toContain('· Not solved yet: the next rung on the list is a complaint in the payment app');
    expect(redEn).toContain('· Not tried yet: email. If you want a written record, you can still send it');
    // Nothing passed over, nothing said: the 黑卡 renewal went up the ladder rung by rung (email skipped is said).
    const renewal = await lastSummary(J.renewalPriceChange, 'zh');
    expect(renewal).not.toMatch(/还没试过：[^\n]*(在线客服|支付平台投诉|黑猫)/);
  });

  /** A first-time Tencent Video member misled by the offer, in-app refused, at the ladder: the reviewed journey's steps (order number skipped). */
  const tencent = JOURNEYS[J.tencentMisled]!;
  const TENCENT_AT_LADDER: Step[] = [
    'begin',
    // (Buttons and typed text only: no day passes before this point.)
    ...(tencent.slice(1, tencent.indexOf('misled') + 2) as Step[]),
    'skipOrder',
  ];

  it('M1 a first-timer at the ladder is asked once whether the sign-up page showed the auto-renewal plainly; three answers, never "didn\'t notice" merged with "not shown"', () => {
    for (const lang of both) {
      const atLadder = walk(anyMembership, TENCENT_AT_LADDER, lang);
      expect(atLadder.prompt.choices).toEqual(expect.arrayContaining(['signupShown', 'signupNotShown', 'signupUnsure']));
      expect(atLadder.text).toContain(
        lang === 'zh'
          ? '还有：开通的时候，页面上有没有明显地写着「会自动续费」？'
          : 'Also: when you signed up, did the page say plainly that it would auto-renew?',
      );
      expect(atLadder.text).not.toMatch(/没注意到|didn't notice/);
      // Answered, it is not asked again; nor once a channel is opened (skipped).
      const answered = walk(anyMembership, [...TENCENT_AT_LADDER, 'signupUnsure'], lang);
      expect(answered.prompt.choices).not.toContain('signupShown');
      expect(walk(anyMembership, [...TENCENT_AT_LADDER, 'cs', 'notWorked'], lang).prompt.choices).not.toContain('signupShown');
      // A renewal is never asked.
      expect(walk(xhsBlackCard, RENEWAL_TO_LADDER, lang).prompt.choices).not.toContain('signupShown');
    }
  });

  it('M1 "not shown plainly" only: the coaching names 实施条例 第十条 (before the service starts) and every draft states it as said, with the article; other answers add nothing', () => {
    const SENTENCE =
      '开通时，页面上对自动续费的提示并不显著（《消费者权益保护法实施条例》第十条要求，自动续费的经营者应当在消费者接受服务前以显著方式提醒消费者）。';
    for (const lang of both) {
      const saved = walk(anyMembership, [...TENCENT_AT_LADDER, 'signupNotShown'], lang).saidText;
      expect(saved).toMatch(
        lang === 'zh'
          ? /第十条要求，自动续费的经营者在你接受服务之前，就要以显著方式提醒你/
          : /Article 10 of the (2024 )?Regulations[^.]*requires a business that auto-renews to remind you prominently before you start using the service/,
      );
      for (const rung of ['cs', 'payChannel', 'email', 'complain12315', 'heimao', 'social']) {
        const drafts = walk(anyMembership, [...TENCENT_AT_LADDER, 'signupNotShown', rung], lang).drafts;
        expect(drafts.length).toBeGreaterThan(0);
        // Fourteenth review m7: the 举报 states it in its own form (事实, then 依据 with the article).
        for (const d of drafts.filter((d) => !d.startsWith('举报内容'))) expect(d).toContain(SENTENCE);
        if (lang === 'en') expect(drafts.some((d) => d.includes('before the service starts'))).toBe(true);
        for (const other of ['signupShown', 'signupUnsure'])
          expect(walk(anyMembership, [...TENCENT_AT_LADDER, other, rung], lang).text).not.toMatch(/接受服务前以显著方式|before the service starts/);
      }
      // The replies to a refusal say it too.
      const replies = walk(anyMembership, [...TENCENT_AT_LADDER, 'signupNotShown', 'cs', 'theyRefused', 'refusedUsed'], lang).drafts;
      expect(replies.length).toBeGreaterThanOrEqual(2);
      for (const d of replies) expect(d).toContain(SENTENCE);
    }
  });

  it('m5 Meituan through Apple, reminded by the app: whether Apple itself sent a reminder is asked; on "no" the Apple texts say so, the 12315 complaint with 第十条', async () => {
    for (const lang of both) {
      const turns = await replay(J.meituanApple, lang);
      const asked = turns.find((turn) => turn.step === (lang === 'zh' ? '[App发的（短信、推送或站内信）]' : '[The app (SMS, push or in-app message)]'))!;
      expect(asked.text).toContain(
        lang === 'zh' ? '苹果自己有没有在扣费前给你发过续费提醒邮件？' : 'Did Apple itself email you a renewal reminder before the charge?',
      );
      const drafts = draftsOf(turns.map((turn) => turn.text).join('\n\n'));
      const toApple = drafts.filter((d) => /^(我申请退还|What it says, in English: I'm asking)/.test(d) || /被投诉方：苹果/.test(d));
      expect(toApple.length).toBeGreaterThanOrEqual(2);
      for (const d of toApple) expect(d).toContain('扣费前我没有收到苹果的续费提醒');
      expect(drafts.find((d) => /被投诉方：苹果/.test(d))).toContain('扣费前我没有收到苹果的续费提醒。续费扣款后，我没有使用过会员权益。');
      // Not in the texts to Meituan. (Seventeenth review m7, a deliberate change: the 举报 states that Apple charged and sent none.)
      for (const d of drafts.filter((d) => /^美团/.test(d))) expect(d).not.toContain('没有收到苹果的续费提醒');
      expect(drafts.find((d) => /被举报方/.test(d))).toContain('这笔费用是苹果扣的，扣费前我没有收到苹果的续费提醒。');
    }
  });
});
