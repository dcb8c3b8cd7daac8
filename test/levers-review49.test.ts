/**
 * Thirty-ninth round: reviews 49 and 50, which read the same journeys (957509a). Review 49's
 * two rule findings (the guardian's claim and Apple's second request, each no firmer than the
 * fact sheet), and the copy and depth notes of both that were taken.
 */
import { xhsBlackCard } from '../machines';
import { SOURCES, sourcesOf } from '../machines/sources';
import { J, replay } from './products/journeys';
import { draftsIn, journeyText as all, summariesOf } from './support/journey-text';
import { walk } from './support/walk';

describe("Thirty-ninth round: review 49's rule findings", () => {
  it("F1 a child aged 8–17: a purchase beyond their age needs the guardian's consent or ratification, no legal conclusion beyond it", async () => {
    const zh = await all(J.childAlipay, 'zh');
    const en = await all(J.childAlipay, 'en');
    expect(zh).toContain('和年龄、智力不相适应的消费，需要监护人同意或者追认（第十九条、第一百四十五条）');
    expect(en).toContain("needs the guardian's consent or ratification (Arts. 19 and 145)");
    expect(`${zh}\n${en}`).not.toMatch(/不发生效力|has no effect/);
  });

  it('F2 after Apple refuses, asking again is what usually can be done, and whether the page allows it is up to Apple', async () => {
    const zh = await all(J.meituanApple, 'zh');
    const en = await all(J.meituanApple, 'en');
    expect(zh).toContain('通常还可以再申请一次，写一个更具体的理由（页面上还能不能再选这一笔，以苹果为准）');
    expect(en).toContain('you can usually ask again with a more specific reason (whether the page still lets you pick that purchase is up to Apple)');
    expect(`${zh}\n${en}`).not.toMatch(/可以再提交一次|you can submit again/);
  });
});

describe('Thirty-ninth round: reviews 49 and 50, copy and depth', () => {
  it('50 F1 the greeting offers refunds for any auto-renewing membership, and the other apps come right after the plan', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = (await replay(J.renewalPriceChange, lang))[0]!.text;
      const [other, honesty] =
        lang === 'zh' ? ['其他App的自动续费会员', '先说明：我只是教练'] : ["Another app's auto-renewing membership", "To be clear: I'm a coach"];
      expect(text.indexOf(other)).toBeGreaterThan(0);
      expect(text.indexOf(other)).toBeLessThan(text.indexOf(honesty));
    }
    expect(walk(xhsBlackCard, [], 'zh').text).toContain('我来陪你一步步申请自动续费会员的退款，也教你把自动续费关掉。下面先按小红书黑卡会员来问');
    expect(walk(xhsBlackCard, [], 'en').text).toContain(
      "I'll help you ask for a refund of an auto-renewing membership and switch off its auto-renewal. The questions below are about 黑卡",
    );
  });

  it('50 F2 after 12315 did not settle it, the summary lists the 12315 status the later texts leave to pick', async () => {
    for (const journey of [J.redCard, J.iqiyiCourt]) {
      expect((await summariesOf(journey, 'zh')).at(-1)).toContain(
        '☐ 12315之后写的文字（如黑猫投诉）里12315的进展：【未受理／调解未成／已受理，尚无结果】按实际情况三选一',
      );
      expect((await summariesOf(journey, 'en')).at(-1)).toContain('☐ The 12315 status in the texts written after it');
    }
    // Before any later rung, there is no such blank to fill.
    const turns = await replay(J.iqiyiCourt, 'zh');
    const atTwelve = turns.findIndex((turn) => turn.text.includes('12315投诉摘要'));
    expect(turns.slice(0, atTwelve + 1).some((turn) => turn.text.includes('12315的进展'))).toBe(false);
  });

  it("50 F6 a child who paid from the parent's Alipay: look through the auto-debit list, keep the payment password from the child", async () => {
    expect(await all(J.childAlipay, 'zh')).toContain('顺便看看那个列表里有没有别的你不认识的项目；支付密码也别让孩子知道');
    expect(await all(J.childAlipay, 'en')).toContain('keep your payment password away from your child');
  });

  it('49 F5, 50 F4 where the drafts do not cite 电子商务法 第六十二条, the coach says why as what the platform may say, never as law (reviews 51, 52 F1)', async () => {
    const zh = await all(J.iqiyiCourt, 'zh');
    const en = await all(J.iqiyiCourt, 'en');
    expect(zh).toContain('这一条是否适用于爱奇艺，我没法确定（平台可能会说会员属于内容服务、不适用电子商务法），所以模板只提出请求，没有引用它。');
    expect(en).toContain(
      "I can't say for sure whether it covers iQIYI (iQIYI may say a membership is a content service the law does not cover), so the drafts make the request without citing it.",
    );
    expect(`${zh}\n${en}`).not.toMatch(/不适用于网上提供音视频|does not apply to online content services/);
  });

  it("49 F4 no reminder before a renewal: MIIT's 2023 five-day notice, hedged and attributed to the notice, never as the law; /sources lists it as MEDIUM", async () => {
    for (const journey of [J.renewalPriceChange, J.iqiyiCourt]) {
      expect(await all(journey, 'zh')).toContain('工信部2023年的一份通知（工信部信管函〔2023〕26号）也要求App在自动续费前5天提醒用户（据我了解）。');
      expect(await all(journey, 'en')).toContain('also asks apps to remind users 5 days before auto-renewal, as I understand it.');
    }
    expect(sourcesOf('verdict.noReminder')).toContain('miitNotice2023');
    expect(SOURCES.miitNotice2023).toBe('MEDIUM');
    // Said only where no reminder came: a reminder that came is not judged by its timing.
    expect(await all(J.meituanApple, 'zh')).not.toContain('信管函');
  });

  it('the lines that read translated or vague are gone (49 F8–F12, 50 F7–F9)', async () => {
    const zh = (await Promise.all(Object.values(J).map((journey) => all(journey, 'zh')))).join('\n');
    const en = (await Promise.all(Object.values(J).map((journey) => all(journey, 'en')))).join('\n');
    for (const gone of ['到账前都不算完', '如果能回应它', '请点那个选项', '贵方也说明过', '亲身能说清']) expect(zh).not.toContain(gone);
    for (const gone of ["isn't a right you can point to", '\nMerchant: ']) expect(en).not.toContain(gone);
    expect(zh).toContain('你前面说过的情况里能反驳这个理由的，也会一并写上');
    expect(zh).toContain('请点「其实是小红卡」');
  });
});

describe('Thirty-ninth round: reviews 51 and 52 (at 74673a7)', () => {
  it('the refund in one go is what 第十八条第二款 is cited for; the fallback reads plainly; no "good news" before the platform decides', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    expect(zh).toContain('（一次性退清的要求见《消费者权益保护法实施条例》第十八条第二款）');
    expect(zh).not.toContain('关于一次性退清款项的规定');
    expect(zh).toMatch(/如果不能全额退还，也请按我还没用到的时间折算退款；如果这也不行，请只按我开通时的套餐收取一期的费用，退还其余的\d+元。/);
    expect(zh).not.toContain('请至少只按');
    // Reviews 49 F3, 54 F2: the time not yet used comes first, the sign-up plan's one period after it.
    expect(await all(J.renewalPriceChange, 'en')).toContain(
      "please refund the time I haven't used; failing that, charge me only for one period of the plan I signed up for",
    );
    const likely = walk(xhsBlackCard, ['begin', 'firstTime', 'days1to3', 'noneUsed', 'wechat', 'renewOn'], 'zh').text;
    expect(likely).toContain('这是成功机会最大的一种情况（结果仍由平台决定）');
    expect(likely).not.toContain('好消息');
  });

  it('the summary says what was tried in plain words, and names the route and the membership as a person would', async () => {
    const zh = (await summariesOf(J.childAlipay, 'zh')).at(-1)!;
    expect(zh).toContain('现在：App里的申请被拒了，后来试过的办法也还没解决问题');
    expect(zh).not.toContain('之后的尝试也还没解决');
    expect((await summariesOf(J.renewalPriceChange, 'zh')).at(-1)).toContain('方式：找客服，再走其他渠道');
    expect((await summariesOf(J.renewalPriceChange, 'en')).at(-1)).toContain('Route: asking customer service, then the other channels');
    expect((await summariesOf(J.iqiyiCourt, 'en')).at(-1)).toContain('Membership: iQIYI membership');
  });
});

describe('Thirty-ninth round: reviews 53 and 54 (at c39eef3)', () => {
  it("53 F1 the ODR tick-box's effect is hedged (MEDIUM); F2 the next charge under a standing agreement is what usually happens", async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    const en = await all(J.renewalPriceChange, 'en');
    expect(zh).toContain('据了解，勾选后投诉会直接转给企业，有时回复更快');
    expect(en).toContain('as I understand it, ticking it sends the complaint straight to the company');
    expect(zh).toContain('扣款协议还在的话，通常会按期继续扣。');
    expect(en).toContain('While the agreement stands, charges usually keep coming on schedule.');
    expect(zh).not.toContain('只要扣款协议还在，就会按期继续扣');
  });

  it('51 F4, 53 F8 a summary after an in-app refusal and more says so once, not again as the result', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const summary = (await summariesOf(J.childAlipay, lang)).at(-1)!;
      const said = lang === 'zh' ? '后来试过的办法也还没解决问题' : 'what you tried since';
      expect(summary.split(said).length - 1).toBe(1);
      expect(summary).not.toMatch(lang === 'zh' ? /\n结果：/ : /\nResult: /);
    }
  });

  it('copy: the English says the money came back without notice, the approval is what to screenshot, and where the Alipay complaint is filed', async () => {
    expect(await all(J.redCard, 'en')).toContain('First check whether the money has already come back without any notice');
    expect(await all(J.someReading, 'en')).toContain('Keep a screenshot of their approval of the refund.');
    expect((await summariesOf(J.approvedMoney, 'en')).at(-1)).toContain('Prepared: a complaint to file in Alipay, from this order on your bill');
  });
});

describe("Thirty-ninth round: review 54's F1", () => {
  it('a first purchase dated "1–3 days ago" keeps its safe last day on the summary, after the in-app refusal too', async () => {
    expect((await summariesOf(J.childAlipay, 'zh')).at(-1)).toContain(
      '7天里的最后一天：稳妥起见按11月30日周一算（按11月23日周一付款算，付款日期以订单详情为准）',
    );
    expect((await summariesOf(J.childAlipay, 'en')).at(-1)).toContain(
      'Last of the 7 days: to be safe, count on Mon, Nov 30 (counted from a payment on Mon, Nov 23',
    );
    // A renewal is no 7-day case: no such line.
    expect((await summariesOf(J.renewalPriceChange, 'zh')).join('\n')).not.toContain('7天里的最后一天');
  });
});

describe('Thirty-ninth round: review 56 (at 55d38f3)', () => {
  it('F2 switching off is said to usually leave the refund request alone, not as a certainty; F1 the records asked for prove consent, never read as consenting', async () => {
    for (const journey of [J.renewalPriceChange, J.childAlipay, J.tencentMisled]) {
      const zh = await all(journey, 'zh');
      expect(zh).not.toMatch(/关掉只影响以后的扣款|，不影响你申请退这一笔/);
      expect(zh).toContain('关掉一般只影响以后的扣款');
      expect(await all(journey, 'en')).not.toMatch(/switching off only affects future charges/);
    }
    const asked = (await all(J.renewalPriceChange, 'zh')).match(/证明我同意过按本次套餐、以168元自动续费的记录/g) ?? [];
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(await all(J.renewalPriceChange, 'zh')).not.toContain('；我同意按本次套餐');
  });
});

describe('Thirty-ninth round: review 58 (at 891a6e4)', () => {
  it('F1 that 小红卡 ended is said as news reports say; F9 a guardian is told the 7 days bind the in-app route, not their own ground', async () => {
    expect(await all(J.redCard, 'zh')).toContain('据新闻报道小红卡已经停止，按理不会再续费。');
    expect(await all(J.redCard, 'en')).toContain('News reports say 小红卡 has ended, so nothing should renew.');
    const zh = (await summariesOf(J.childAlipay, 'zh')).at(-1)!;
    expect(zh).toContain('（这是攻略说的App内7天退款的期限；你作为监护人不追认这笔消费，这条理由过了7天也能提。）');
    expect((await summariesOf(J.childAlipay, 'en')).at(-1)).toContain(
      "your ground as a guardian who doesn't ratify the purchase can be raised after the 7 days too.",
    );
    // Nobody else is told of a guardian's ground.
    expect((await summariesOf(J.tencentMisled, 'zh')).join('\n')).not.toContain('监护人');
  });
});

describe('Thirty-ninth round: review 57 (at 891a6e4)', () => {
  it("F1 the prepayment rule is applied to 小红卡 as the person's understanding, to be checked (MEDIUM), in every draft", async () => {
    const zh = draftsIn(await all(J.redCard, 'zh')).filter((d) => d.includes('第五十三条'));
    expect(zh.length).toBeGreaterThan(0);
    for (const draft of zh) expect(draft).toMatch(/我理解下面这条也适用于(小红卡停止服务的|这种)情况，请核实：经营者以预收款方式/);
    expect(await all(J.redCard, 'en')).toContain('as I understand it, the following applies to 小红卡 ending (please check)');
  });
});

describe('Thirty-ninth round: review 60 (at ada50f5), and 48 F3', () => {
  it("F1 电子商务法 第六十二条 is said with the fact sheet's list of failings (its condition kept, as review 21 m2 asked), no fuller statute wording", async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    const en = await all(J.renewalPriceChange, 'en');
    expect(zh).toContain('经营者丢失、伪造、隐匿或者拒绝提供这些记录，致使事实无法查明的，要承担相应的法律后果。');
    expect(en).toContain('and if it loses, forges, hides or refuses to provide them so that the facts cannot be established, it bears the legal consequences.');
    expect(`${zh}\n${en}`).not.toMatch(/篡改|销毁|alters, destroys/);
  });
});

describe('Thirty-ninth round: review 59 (at ada50f5)', () => {
  it("F1 WeChat Pay's merchant duty is said as its notes to merchants say (MEDIUM); F3 the child's other payments are 【】 blanks", async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    expect(zh).toContain('据微信支付给商户的说明，商户一般要回应');
    expect(zh).not.toContain('按微信支付的规则');
    expect(await all(J.renewalPriceChange, 'en')).not.toMatch(/under WeChat Pay's rules/i);
    const child = await all(J.childAlipay, 'zh');
    expect(child).toContain('另外，孩子还付了【几】笔，共【金额】元，我同样不追认。');
    expect(child).not.toMatch(/X笔|Y元/);
  });
});

describe('Thirty-ninth round: review 62 (at 5e25a02)', () => {
  it('F1 the 12315 office is the one handling it, as the sheet says, not "local"; F3 WeChat Pay\'s notes, never its rules', async () => {
    const en = await all(J.renewalPriceChange, 'en');
    expect(en).toContain('the market-regulation office handling it decides within 7 working days');
    expect(en).not.toMatch(/local market-regulation office|WeChat Pay's rules/);
  });
});
