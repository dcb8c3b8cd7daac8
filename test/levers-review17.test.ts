/**
 * The seventeenth review's findings (/work/review17/REVIEW.md), in both languages.
 */
import { anyMembership, xhsBlackCard } from '../machines';
import { translatorFor } from '../src/i18n';
import { J } from './products/journeys';
import { walk } from './support/walk';
import { draftsIn as draftsOf, journeyText as all, summariesOf } from './support/journey-text';
import type { Step } from './support/drive';

const both = ['zh', 'en'] as const;
type Lang = (typeof both)[number];
/** The text shown after the person's steps through the 黑卡 conversation. */
const shown = (steps: Step[], lang: Lang) => walk(xhsBlackCard, steps, lang).text;

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
      expect(zhRequest).toMatch(/全额退还小红卡卡费【金额】元，一次性原路退回（一次性退清的要求见《消费者权益保护法实施条例》第十八条第二款）。$/);
      expect(zhRequest).not.toContain('请至少退还');
      expect(enRequest).toMatch(/Art\. 18\(2\), on paying refunds in one go\)\.$/);
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
    expect(zhSummary).toContain('模板里写着【金额】');
    expect(zhSummary).toContain('☐ 可选那句里的【未使用期间的金额】');
    expect(enSummary).toContain('the drafts have the blank 【金额】 ("amount") for it');
    expect(enSummary).toContain('☐ The 【未使用期间的金额】 blank in the optional line');
  });

  it('M2 Meituan via Apple, no reminder from Apple: the second request states that none came, never that Apple broke the law', async () => {
    // Review 20 M2 (a deliberate change): Meituan did remind, so the request to Apple states the facts and cites no article;
    // 第十条 stays in the 12315 text as a question for the regulator (test/levers-review20.test.ts).
    const zhText = await all(J.meituanApple, 'zh');
    const enText = await all(J.meituanApple, 'en');
    const zh = draftsOf(zhText).filter((d) => d.startsWith('我申请退还'));
    const en = enText.split('\n').filter((l) => l.includes("I'm asking for a refund of this period's"));
    expect(zh.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    for (const d of zh) {
      expect(d).toContain('这次扣费前我没有收到苹果的续费提醒。续费扣款前我收到过美团发的提醒，但提醒里没有写明扣费金额。');
      expect(d).not.toMatch(/违反|违法|苹果应当|苹果有义务/);
    }
    for (const d of en) {
      expect(d).toContain('I received no renewal reminder from Apple before this charge.');
      expect(d).not.toMatch(/broke|breach|violat|Apple (had|was required|must)/i);
    }
    expect(zhText).not.toContain('不用再另找法律条文');
    expect(enText).not.toContain("you don't need to look for a legal article as well");
  });

  it("m7 Meituan via Apple: the 举报 names the app's operator that sent the reminder, says Apple made the charge and sent no reminder, and leaves each party's duty to the regulator", async () => {
    const zh = await all(J.meituanApple, 'zh');
    const en = await all(J.meituanApple, 'en');
    expect(zh).not.toContain('（不是苹果）');
    expect(en).not.toContain('(not Apple)');
    expect(zh).toContain('这份举报针对发提醒的美团运营公司；实际扣款的是苹果，苹果扣费前没有发提醒，举报里写明了这一点，由监管部门判断各自的义务。');
    expect(en).toContain(
      "This report is against Meituan's operating company, which sent the reminder; Apple made the charge and sent no reminder before it, and the report says so, leaving each party's duty for the regulator to decide.",
    );
    const report = draftsOf(zh).find((d) => d.startsWith('举报内容'))!;
    expect(report).toContain('这笔费用是苹果扣的，扣费前我没有收到苹果的续费提醒。');
    expect(report).toContain(
      '依据：据我了解，《互联网平台价格行为规则》要求每次自动扣费前告知扣费时间、金额和取消方式；是否适用于被举报方，请核查；扣款的苹果和发提醒的美团各自负有什么义务，也请监管部门认定。',
    );
    expect(report).not.toMatch(/违反|违法/);
    expect(en).toContain('Apple made this charge, and I received no renewal reminder from Apple before it.');
    expect(en).toContain(
      'please check whether they apply to the company reported, and what duty Apple, which made the charge, and Meituan, which sent the reminder, each had.',
    );
  });

  it("m3 approved, money not arrived: the 12315 draft's approval date is a blank, as the Alipay draft's is", async () => {
    const zh = await all(J.approvedMoney, 'zh');
    const en = await all(J.approvedMoney, 'en');
    const complaint = draftsOf(zh).find((d) => d.startsWith('投诉摘要'))!;
    expect(complaint).toContain('平台于【同意退款的日期，以App显示为准】同意退款');
    expect(complaint).not.toMatch(/平台于\d{4}年/);
    expect(zh).not.toContain('同意日期是按你点「退款通过了」的那天');
    expect(en).toContain('the platform approved it on [the date it agreed to the refund; go by what the app shows]');
    expect(en).not.toMatch(/approved it on (Mon|Tue|Wed|Thu|Fri|Sat|Sun|[A-Z][a-z]{2} \d)/);
    expect(en).not.toContain('the approval date as the day you tapped');
  });

  it('m1 an app typed by name, a hardship reason: no claim that mediation needs no breach; the business may refuse and acceptance is not certain', async () => {
    const zh = await all(J.someReading, 'zh');
    const en = await all(J.someReading, 'en');
    expect(zh).not.toContain('调解不以商家违规为前提');
    expect(zh).toContain(
      '先说一句：12315调解的是你和商家之间的消费纠纷。你选的理由是请商家通融，如果没有协议或宣传上的依据，商家不一定同意。' /* review 19 finding 3 */,
    );
    expect(en).not.toContain("mediation doesn't require the business to have broken a rule");
    expect(en).toContain(
      'A word first: 12315 mediates consumer disputes between you and the business. The reason you picked asks the business for goodwill; without a promise in the agreement or on the sign-up page, it may not agree.' /* review 19 finding 3 */,
    );
  });

  it("m2 approved, money not arrived: the check-in gives the guides' general 3–7 working days, not an estimate per payment method", async () => {
    const zh = await all(J.approvedMoney, 'zh');
    const en = await all(J.approvedMoney, 'en');
    expect(zh).not.toContain('这种付款方式的退款');
    expect(zh).toContain('⏰ 来问问：攻略说的3–7个工作日（只是估计）已经过了。');
    expect(en).not.toContain('through your payment channel');
    expect(en).toContain('⏰ Checking in: the 3–7 working days that guides mention (only an estimate) have now passed.');
    // WeChat Pay is checked after 3 working days (a bank card's check): its own line, not "3–7 have passed".
    expect(translatorFor('zh')('followUp.due.moneyWechat')).toContain('已经过了3个工作日');
    expect(translatorFor('en')('followUp.due.moneyWechat')).toContain('3 working days have passed');
  });

  it('m8 summaries: the English type line says "Type:", 小红卡 has no duplicated type line, and a status line only where the card stopped working', async () => {
    for (const title of [J.renewalPriceChange, J.iqiyiCourt, J.meituanApple]) {
      const summary = (await summariesOf(title, 'en')).at(-1)!;
      expect(summary.split('\n').filter((l) => l.startsWith('Membership:'))).toHaveLength(1);
      expect(summary).toContain('\nType: renewal\n');
    }
    for (const title of [J.tencentMisled, J.someReading]) expect((await summariesOf(title, 'en')).at(-1)!).toContain('\nType: first time\n');
    const zh = (await summariesOf(J.redCard, 'zh')).at(-1)!;
    const en = (await summariesOf(J.redCard, 'en')).at(-1)!;
    expect(zh).not.toContain('会员类型：小红卡');
    expect(en).not.toMatch(/Membership: 小红卡|Type: 小红卡/);
    expect(zh).toContain('会员：小红书小红卡\n状态：2026年1月1日后已不能使用，卡费未退\n');
    expect(en).toContain('Membership: Xiaohongshu 小红卡 membership\nStatus: unusable since Jan 1, 2026; fee not refunded\n');
    // Not said to have stopped working: no status line.
    const steps: Step[] = [
      'begin',
      'redCard',
      'redCardNotRefunded',
      'redCardNoticeNotSeen',
      'redCardWorksUnsure',
      'alipay',
      'skipOrder',
      { command: 'summary' },
    ];
    for (const lang of both) {
      const summary = walk(xhsBlackCard, steps, lang).saidText;
      expect(summary).toMatch(lang === 'zh' ? /会员：小红书小红卡/ : /Membership: Xiaohongshu 小红卡/);
      expect(summary).not.toMatch(/状态：|Status:/);
    }
  });

  it('m10 a child paid: 民法典 第十九条 said once, without the doubled "只要求…才需要"', async () => {
    const zh = await all(J.childAlipay, 'zh');
    expect(zh).not.toContain('第十九条只要求');
    expect(zh).toContain('按《民法典》第十九条，只有和孩子年龄、智力不相适应的消费，才需要监护人同意或追认。');
    expect(await all(J.childAlipay, 'en')).toContain(
      "Civil Code Art. 19 requires the guardian's consent or ratification only for purchases beyond the child's age and understanding.",
    );
  });

  it('m11 a child paid: who may contact customer service, in short sentences, without 「你们俩都算」', async () => {
    const zh = await all(J.childAlipay, 'zh');
    const en = await all(J.childAlipay, 'en');
    expect(zh).not.toContain('你们俩都算');
    expect(zh).toContain(
      '你和孩子都可以联系客服。最方便的是用孩子的账号，因为订单在那里，客服能直接查到；开头先说明：「我是这个账号使用者的家长，这笔钱是从我的支付宝付的。」用你自己的账号的话，把孩子的账号和订单号一起告诉客服。',
    );
    expect(en).not.toContain("here that's your child and you, so either account can try customer service;");
    expect(en).toContain(
      "Either you or your child can contact customer service. Your child's account is the easiest, because the order is there and the agent can find it directly. Start with this (copy the Chinese):",
    );
    expect(en).toContain("If you use your own account, give the agent your child's account and the order number.");
  });

  it('m9 黑卡 renewal: the Art. 62 note reads naturally and is no firmer than the sheet (the consequences only for the records the article names)', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    const en = await all(J.renewalPriceChange, 'en');
    expect(zh).not.toContain('可以据此一并要求对方拿出来');
    expect(zh).toContain(
      '所以值得按这一条要求平台提供原始合同和交易记录，并一并要求它拿出续费前的提醒记录和你同意这样续费的记录；你自己的截图也照样保存好。' /* eighteenth review m1 */,
    );
    expect(zh).not.toMatch(/拿不出来，后果由平台承担/);
    expect(en).toContain(
      "So it's worth asking the platform, under this article, for the original contract and transaction records, and along with them the reminder record before the renewal and the record of your agreement to renew this way; keep your own screenshots anyway.",
    );
  });

  it("m4 iQIYI renewal, no reminder: the email's reason line leads with the missing reminder; the 黑卡 first-timer's reason is unchanged", async () => {
    const zh = await all(J.iqiyiCourt, 'zh');
    const en = await all(J.iqiyiCourt, 'en');
    expect(zh).toContain('· 退款原因：续费扣款前我没有收到任何续费提醒（另外，这个会员的内容不太适合我）');
    expect(en).toMatch(/· Reason: no renewal reminder before the charge \(also: [^)]+\)/);
    expect(await all(J.tencentMisled, 'zh')).not.toContain('退款原因：续费扣款前没有收到任何续费提醒');
  });
});

describe('Twenty-first round: the rest of the seventeenth review', () => {
  /** The 黑卡 in-app walk, as a guardian, up to the step that asks for the reason (the sixth). */
  const guardianNote = (facts: Step[], lang: Lang) =>
    shown(
      ['begin', ...facts, 'alipay', 'renewOn', 'familyPaid', 'minorPaid', 'skipAge', 'paidFromMine', 'accountChild', 'walkApp', ...Array<Step>(5).fill('done')],
      lang,
    );
  const zhNote = '这笔订单是我未成年的孩子在未经我同意的情况下支付的，我作为监护人不予追认，申请退款。';

  it("m5 the child's in-app note: first time, within 7 days and nothing used lead it, each only if the person said so", () => {
    const zh = guardianNote(['firstTime', 'days1to3', 'noneUsed'], 'zh');
    expect(zh).toContain(`这是首次开通，付款至今不超过7天，开通后没有使用过任何会员权益。${zhNote}` /* eighteenth review m11 */);
    const en = guardianNote(['firstTime', 'days1to3', 'noneUsed'], 'en');
    expect(en).toContain(
      'What it says, in English: This is the first purchase of this membership, paid no more than 7 days ago, and no member privilege has been used since. My under-age child paid',
    );
    // Privileges used: no "nothing used"; past the 7 days: no "within 7 days".
    const used = guardianNote(['firstTime', 'days1to3', 'gift'], 'zh');
    expect(used).toContain(`这是首次开通，付款至今不超过7天。${zhNote}`);
    expect(used).not.toContain('没有使用过');
    const late = guardianNote(['firstTime', 'over7', 'noneUsed'], 'zh');
    expect(late).toContain(`这是首次开通，开通后没有使用过任何会员权益。${zhNote}`);
    expect(late).not.toContain('7天');
    const lateEn = guardianNote(['firstTime', 'over7', 'gift'], 'en');
    expect(lateEn).toContain('What it says, in English: This is the first purchase of this membership. My under-age child paid');
    expect(lateEn).not.toMatch(/7 days|member privilege/);
  });
  it('m6 Tencent Video, first payment: what 第十条 does (the auto-renewal notice: a 举报, stopping renewal, the misled claim), and that the first payment rests mainly on 第十二条', async () => {
    const zh = await all(J.tencentMisled, 'zh');
    const en = await all(J.tencentMisled, 'en');
    expect(zh).not.toContain('比单纯请商家通融更有分量');
    expect(en).not.toContain('it carries more weight than asking for goodwill alone');
    // Review 20 m4 (a deliberate change): a ground for a 举报 only; no "stop auto-renewal", no "supports a misled claim".
    expect(zh).toContain('这一条管的是自动续费的提醒，可以作为举报的依据。');
    expect(zh).toContain(
      '依我看，要回开通时付的这笔钱，更有力的依据是开通页面上的宣传、承诺和你实际得到的是否相符（《消费者权益保护法实施条例》第十二条：经营者在宣传、通知、声明中作出的承诺，对经营者具有约束力）。',
    );
    expect(en).toContain('This article is about the auto-renewal notice, and it can be a ground for a 举报 (report).');
    expect(en).toContain(
      'As I read it, the stronger ground for getting back what you paid at sign-up is whether what the sign-up page advertised and promised matches what you actually got (Art. 12 of the Regulations: promises a business makes in its advertising, notices and statements bind it).',
    );
  });
  it('copy notes: the request to Apple speaks to Apple (「贵方也公开说明过…」), and the 小红卡 note cites the prepayment rule on that basis', async () => {
    const zh = draftsOf(await all(J.meituanApple, 'zh')).filter((d) => d.startsWith('我申请退还'));
    const en = await all(J.meituanApple, 'en');
    expect(zh.length).toBeGreaterThan(0);
    for (const d of zh) {
      expect(d).toContain('贵方也公开说明过，消费者依据当地消费者保护法律享有的权利不受影响。请结合上述情况重新审核本次退款申请，谢谢。');
      expect(d).not.toContain('苹果也说明');
    }
    expect(en).toContain("You have also stated publicly that consumers' rights under the consumer-protection laws where they live are not affected");
    // The coach's own lines to the person still say "Apple"; only the text addressed to Apple changes.
    expect(en).not.toContain("Apple also says that consumers' rights under the consumer-protection laws where they live are not affected, so I");
    const red = await all(J.redCard, 'en');
    expect(red).toContain('That is something you can vouch for, and the drafts state it in your voice.');
    expect(red).not.toContain('rests the prepayment rule on it');
  });
  it('A an Apple payer who got no reminder from anyone: the second request to Apple states the 第十条 rule and that none came, never a breach nor that Apple owed it', () => {
    const steps: Step[] = [
      ...['begin', 'app_meituan', 'renewal', 'today', 'reminderNone', 'noneUsed', 'apple', 'renewOn', 'walkApple'],
      ...['done', 'done', 'done', 'done', 'refused', 'notMeantRenew'],
    ];
    const at = (lang: Lang) => walk(anyMembership, steps, lang).text;
    const zhRule = '按《消费者权益保护法实施条例》第十条，自动续费前应当以显著方式提醒消费者；这次扣费前我没有收到任何续费提醒。';
    const enRule =
      'Under Art. 10 of the 2024 Regulations for the Implementation of the Consumer Rights Protection Law 《消费者权益保护法实施条例》, a consumer must be reminded prominently before an auto-renewal; I received no renewal reminder of any kind before this charge.';
    const zh = at('zh');
    const en = at('en');
    const zhRequest = zh.split('\n').find((l) => l.startsWith('我申请退还'))!;
    expect(zhRequest).toContain(zhRule);
    // Said once: the plain "按规定…" sentence gives way to the rule.
    expect(zhRequest.replace(zhRule, '')).not.toMatch(/第[一二三四五六七八九十百]+条|条例|没有收到/);
    expect(zhRequest).not.toMatch(/违反|违法|苹果应当|苹果有义务/);
    const enRequest = en.split('\n').find((l) => l.includes("I'm asking for a refund of this period's"))!;
    expect(enRequest).toContain(enRule);
    expect(enRequest.replace(enRule, '')).not.toMatch(/Art\.|received no/);
    expect(enRequest).not.toMatch(/broke|breach|violat|Apple (had|was required|must)/i);
    expect(zh).toContain(
      '第十条要求自动续费前以显著方式提醒消费者，而你说扣费前没有收到任何续费提醒，所以上面这段第二次申请写上了这一条。苹果会不会因此退款，由苹果决定，我没法保证。',
    );
    expect(en).toContain(
      "and you said no reminder of any kind came before the charge, so the second request above includes that article. Whether Apple refunds on that basis is Apple's decision; I can't promise it.",
    );
  });
});
