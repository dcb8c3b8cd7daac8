/**
 * Thirty-eighth round: review 41's findings, each as a person reads it. The 小红卡 drafts of
 * someone who never saw the platform's statement only ask about it (F1); the order-number tip
 * and the bank route hedged (F2, F3); after 黑猫, the next untried rung before the social post
 * (F4); copy (F5–F8); the plan fallback after the payment-app complaint (F13); the guardian who
 * paid warned that the app may accept only the account holder (F14).
 */
import { anyMembership, xhsBlackCard } from '../machines';
import { J, JOURNEYS, playJourney, replay } from './products/journeys';
import { draftsIn, journeyText as all, summariesOf } from './support/journey-text';
import { choiceLabel } from '../src/core/render';
import { translatorFor } from '../src/i18n';
import { walk } from './support/walk';

describe("Thirty-eighth round: review 41's rule findings", () => {
  it('F1 the 小红卡 holder who never saw the statement: no draft tells of reports; each asks the platform or 12315 to confirm it', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const drafts = draftsIn(await all(J.redCard, lang));
      expect(drafts.length).toBeGreaterThanOrEqual(3);
      for (const draft of drafts) expect(draft).not.toMatch(/据公开报道|according to public reports|如报道属实|if the reports are accurate/i);
      expect(drafts.join('\n')).toContain('我没有看到过平台的通知，请帮我核实：小红卡是否已于2026年1月1日停止服务');
    }
    // What the coach tells them the drafts do, before they are drafted.
    expect(await all(J.redCard, 'zh')).toContain('模板请对方核实小红卡是否停止服务、平台是否说过全额退还，不会替你说你看到过');
  });

  it('F2 the payment channel\'s transaction number "may work" (customer service decides); F3 the bank: the statement first, then ask whether the debit can be cancelled', async () => {
    const zh = await all(J.someReading, 'zh');
    const en = await all(J.someReading, 'en');
    expect(zh).toContain('也可以试试你付款所用渠道账单里的交易号（能不能用，以客服的说法为准）');
    expect(en).toContain('may work too (ask customer service whether they accept it)');
    expect(`${zh}\n${en}`).not.toMatch(/交易号\b[^（]*也行|works too|取消这笔扣款的签约|how to cancel that debit agreement/);
    expect(zh).toContain('先看一眼银行账单');
    expect(zh).toContain('可以打发卡银行的客服电话，问能不能取消这项扣款授权');
    expect(en).toContain('you can ask your card-issuing bank whether that debit authorisation can be cancelled');
  });

  it('F4 after 黑猫 with the payment-app complaint and email untried, the next step is the payment-app complaint, not the social post', async () => {
    const turns = await replay(J.redCard, 'zh');
    const afterHeimao = turns.find((turn) => turn.text.startsWith('黑猫投诉也没有进展。'))!.text;
    expect(afterHeimao).toContain(
      '清单上的支付平台投诉你还没试过，也可以试试（隔了这么久还受不受理，以平台的说法为准）' /* review 42 F9: still open, not "next" */,
    );
    expect(afterHeimao).not.toContain('最后一步');
    const en = (await replay(J.redCard, 'en')).find((turn) => turn.text.startsWith('Heimao (黑猫) got nowhere either.'))!.text;
    expect(en).not.toMatch(/Last: a calm, factual social post/);
    // And 黑猫's own wait note sends them back to the list, the social post last.
    expect(await all(J.redCard, 'zh')).toContain('就回来走清单上还没试过的一步；社交平台发帖放在最后');
  });

  it('F4 the social post is still the next step once every rung before it was tried', () => {
    const journey = JOURNEYS[J.redCard]! as string[];
    const toLadder = journey.slice(0, journey.indexOf('cs'));
    const tried = ['cs', 'notWorked', 'payChannel', 'notWorked', 'email', 'notWorked', 'complain12315', 'notWorked'];
    expect(walk(xhsBlackCard, [...toLadder, ...tried], 'zh').text).not.toContain('最后一步');
    const all4 = walk(xhsBlackCard, [...toLadder, ...tried, 'heimao', 'notWorked'], 'zh').text;
    expect(all4).toContain('最后一步：在社交平台客观地发个帖，只作辅助。');
  });
});

describe("Thirty-eighth round: review 41's copy and depth", () => {
  it('F5 an approved refund says "goes back the way you paid" once; F6 the privileges line says since what; F7 "go by the app\'s record"; F8 the Apple request leans on the facts', async () => {
    const approved = (await replay(J.someReading, 'zh')).find((turn) => turn.step === '[同意退款了]')!.text;
    expect(approved.match(/原路退回/g)).toHaveLength(1);
    expect(approved).toContain('要等钱真正到账才算办完');
    expect((await summariesOf(J.someReading, 'en')).at(-1)).toContain('Privileges since you paid: ');
    expect((await summariesOf(J.renewalPriceChange, 'zh')).at(-1)).toContain('续费扣款后的会员权益：');
    const money = await all(J.approvedMoney, 'en');
    expect(money).toContain("[Nov 26, 2026; go by the app's record]");
    expect(money).not.toContain('as the app');
    const apple = await all(J.meituanApple, 'zh');
    expect(apple).toContain('贵方也公开说明过，消费者依据当地消费者保护法律享有的权利不受影响。请结合上述情况重新审核本次退款申请');
    expect(apple).not.toContain('恳请据此');
  });

  it('F13 the plan fallback comes after the payment-app complaint, not after the first chat with customer service', async () => {
    const turns = await replay(J.renewalPriceChange, 'zh');
    const afterCs = turns.find((turn) => turn.text.startsWith('客服没解决也很常见'))!.text;
    expect(afterCs).not.toContain('退而求其次');
    expect(turns.find((turn) => turn.text.startsWith('在支付平台投诉也没解决'))!.text).toContain('退而求其次');
  });

  it("F14 the child's account and the guardian's money: before the in-app steps, the app may accept only the account holder, and the payer's own routes", async () => {
    const zh = await all(J.childAlipay, 'zh');
    expect(zh).toContain('App里的申请可能会以「需要账号本人申请」为由被拒');
    expect(zh.indexOf('需要账号本人申请')).toBeLessThan(zh.indexOf('第 1/7 步'));
    expect(await all(J.childAlipay, 'en')).toContain('an in-app request may be refused with "only the account holder can apply"');
    // Not when the child's own account paid.
    const journey = JOURNEYS[J.childAlipay]! as string[];
    const toSteps = (paidFrom: string) => journey.slice(0, journey.indexOf('walkApp') + 1).map((step) => (step === 'paidFromMine' ? paidFrom : step));
    expect(walk(xhsBlackCard, toSteps('paidFromMine'), 'zh').text).toContain('需要账号本人申请');
    expect(walk(xhsBlackCard, toSteps('paidFromChild'), 'zh').text).not.toContain('需要账号本人申请');
  });
});

describe("Thirty-eighth round: review 42's findings", () => {
  it("F1 the 小红卡 question says the platform's promise is reported; F2 the WeChat Pay complaint is what its merchant rules usually allow", async () => {
    expect(await all(J.redCard, 'zh')).toContain('还要问清楚一点：据报道，平台说过小红卡停止服务后会全额退还卡费。这件事你自己看到过吗？');
    expect(await all(J.redCard, 'zh')).not.toContain('平台说小红卡停止服务、会全额退还卡费，这件事');
    expect(await all(J.renewalPriceChange, 'zh')).toContain('据微信支付给商户的说明，通常可以在微信支付里投诉商户，并在投诉里提出退款请求');
    expect(await all(J.renewalPriceChange, 'en')).toContain(
      "According to WeChat Pay's notes for merchants, you can usually complain about a merchant in WeChat Pay",
    );
  });

  it('F3 the Apple request names Apple\'s terms; F4 the advice before it is two short steps; F8 an App Store renewal is "renewed automatically"', async () => {
    const zh = await all(J.meituanApple, 'zh');
    const en = await all(J.meituanApple, 'en');
    expect(zh).toContain('贵方也公开说明过，消费者依据当地消费者保护法律享有的权利不受影响。');
    expect(zh).not.toMatch(/按贵方的说明|（上一条）/);
    expect(zh).toContain('我本来没打算续费，这次是自动续上的');
    expect(en).toContain('I never meant to renew; it renewed automatically');
    expect(en).not.toMatch(/by auto-debit|Meituan: so/);
  });

  it('F6 the English names the Pricing Rules and the E-Commerce Law with their Chinese titles; F7 it quotes what customer service may say', async () => {
    const en = await all(J.renewalPriceChange, 'en');
    expect(en).toContain('the Rules on Internet Platform Pricing Conduct 《互联网平台价格行为规则》 (in force since Apr 10, 2026)');
    expect(en).toContain('Art. 62 of the E-Commerce Law 《电子商务法》');
    expect(en).toContain('they may say 「续费已生效，不支持退款」 (the renewal has taken effect, no refund)');
    expect(await all(J.tencentMisled, 'en')).toContain('[「已使用权益不能退」 (privileges used: no refund)]');
  });

  it('F9 a rung passed over on the way up is "still open", never "the next step", once later rungs were tried', async () => {
    const en = await all(J.redCard, 'en');
    expect(en).toContain("You haven't tried a complaint in the payment app on the list yet; you can try it (whether it is still accepted");
    // Going up the ladder in order, each cue is still "next".
    expect(await all(J.renewalPriceChange, 'zh')).not.toContain('你还没试过，现在也还可以用');
  });
});

describe("Thirty-eighth round: review 42's depth note F11", () => {
  it('the website lacks the entry: "the phone app is often easier" comes with its steps a tap away, and they start the app walkthrough', async () => {
    const turns = await replay(J.someReading, 'zh');
    const alt = turns.find((turn) => turn.text.includes('如果网页版实在没有，换手机App操作往往更顺手'))!.text;
    expect(alt).toContain('[找到了] [手机App步骤] [还是找不到]');
    const journey = JOURNEYS[J.someReading]!;
    const toAlt = journey.slice(0, journey.indexOf('cantFind') + 1);
    const played = await playJourney([...toAlt, 'walkApp', 'cantFind'], 'zh');
    const at = played.findIndex((turn) => turn.step === '[手机App步骤]');
    const [app, appAlt] = [played[at], played[at + 1]];
    expect(app!.text).toMatch(/第 1\/\d 步/);
    // The app's own "can't find it" offers no jump back to the app.
    expect(appAlt!.reply!.messages.flatMap((m) => m.choices).map((c) => c.id)).not.toContain('walkApp');
  });
});

describe("Thirty-eighth round: review 43's findings", () => {
  it("F3, F4 the in-app note field: the person's own reason as a blank, never a reason nobody gave", async () => {
    for (const journey of [J.approvedMoney, J.tencentMisled]) {
      const zh = await all(journey, 'zh');
      expect(zh).toContain('用一两句话写上你自己的原因就行，比如：\n【你的原因】，希望申请退款，谢谢。');
      expect(zh).not.toMatch(/不符合我的需要/);
      expect(await all(journey, 'en')).not.toMatch(/doesn't fit my needs/);
    }
  });

  it('F1 the Apple request says Apple has said so; F5 the plan fallback asks for one period at the sign-up plan', async () => {
    expect(await all(J.meituanApple, 'zh')).toContain('贵方也公开说明过，消费者依据当地消费者保护法律享有的权利不受影响。');
    expect(await all(J.meituanApple, 'zh')).not.toContain('条款');
    expect(await all(J.renewalPriceChange, 'zh')).toContain(
      '如果不能全额退还，也请按我还没用到的时间折算退款；如果这也不行，请只按我开通时的套餐收取一期的费用，退还其余的153元。',
    );
  });
});

describe("Thirty-eighth round: review 44's findings", () => {
  it('F1 switching off is said to help, never that a charge cannot come again; F2 the 小红卡 chat asks whether a refund was made, not when it will be', async () => {
    expect(await all(J.childAlipay, 'en')).toContain('to help prevent another charge like this');
    expect(await all(J.childAlipay, 'en')).not.toContain("so it can't happen again");
    expect(await all(J.redCard, 'zh')).toContain('请对方查一下这笔卡费有没有退款记录；如果已经退了，问清楚是哪天、退到了哪里');
    expect(await all(J.redCard, 'en')).not.toContain('when and where it will be paid');
  });

  it('F3 a person who tapped "misled" is written as misled, never as having signed up because of it; F4 plainer in-app reason line', async () => {
    const zh = await all(J.tencentMisled, 'zh');
    expect(zh).toContain('我被这项宣传误导了');
    expect(zh).not.toContain('我是因为这项宣传才开通的');
    expect(await all(J.tencentMisled, 'en')).not.toContain('I signed up because of that');
    expect(await all(J.childAlipay, 'zh')).toContain('你前面说过的情况里能反驳这个理由的，也会一并写上');
  });

  it('F7 where the step-down line comes is said as it happens: after a flat refusal, or once the payment-app complaint did not settle it', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    expect(zh).toContain('如果客服明确拒绝全额退款，或者在支付平台投诉之后还是不行，我会另给一句退而求其次的请求');
    expect(zh).not.toContain('或者没解决、需要走下一步');
  });
});

describe("Thirty-eighth round: review 45's findings", () => {
  const toBank = ['begin', 'app_meituan', 'firstTime', 'days1to3', 'noneUsed', 'otherPay', 'otherPay_bankCard', 'renewOn', 'goAppeal'];

  it('F2 a direct card debit asked back only as a favour (money tight, not needed) has no bank rung; with a ground of its own it keeps "ask your bank"', async () => {
    const someReading = await all(J.someReading, 'zh');
    expect(someReading).not.toMatch(/找你的发卡银行|\[问发卡银行\]/);
    expect(someReading).toContain('1. 在线客服：最直接\n2. 邮件：留下书面记录');
    for (const favour of ['money', 'notNeeded']) expect(walk(anyMembership, [...toBank, favour, 'skipOrder'], 'en').text).not.toContain('Ask your bank');
    const accidental = walk(anyMembership, [...toBank, 'accidental', 'skipOrder'], 'zh');
    expect(accidental.text).toContain('2. 找你的发卡银行');
    expect(accidental.prompt.labels).toEqual({ payChannel: 'payChannel_otherPay_bankCard' });
    // The switch-off still says how a direct debit is stopped.
    expect(someReading).toContain('可以打发卡银行的客服电话，问能不能取消这项扣款授权');
  });

  it('F1 a rung passed over long ago is something to try, its acceptance up to the platform', async () => {
    expect(await all(J.redCard, 'zh')).toContain('也可以试试（隔了这么久还受不受理，以平台的说法为准）');
    expect(await all(J.redCard, 'zh')).not.toContain('现在也还可以用');
  });
});

describe("Thirty-eighth round: review 46's findings", () => {
  it('F1 nothing said of when companies reply on 黑猫 (the sheet has nothing); F4 the English request asks the merchant itself; F5 the reminder button reads plainly', async () => {
    const zh = await all(J.redCard, 'zh');
    expect(zh).toContain('商家会不会在黑猫上回复、多久回复，我手头没有资料');
    expect(zh).not.toContain('有的商家会在黑猫上回复');
    expect(await all(J.redCard, 'en')).not.toContain('some companies reply on the platform');
    expect(await all(J.renewalPriceChange, 'en')).not.toContain('Request: please have the merchant refund');
    expect(await all(J.renewalPriceChange, 'zh')).toContain('[⏰ 已发出：到时提醒我走下一步]');
  });
});

describe("Thirty-eighth round: review 47's findings", () => {
  it("F1 what the first payment rests on is the coach's reading, said so; F2 a 小红卡 summary after the ladder does not start again from the bill", async () => {
    expect(await all(J.tencentMisled, 'zh')).toContain('依我看，要回开通时付的这笔钱，更有力的依据是');
    expect(await all(J.tencentMisled, 'en')).toContain('As I read it, the stronger ground');
    const summary = (await summariesOf(J.redCard, 'zh')).at(-1)!;
    expect(summary).toContain('你的卡费至今没有退回，下面是已经试过的和接下来还能做的');
    expect(summary).not.toContain('先查账单，再找客服，然后向12315反映');
  });
});

describe("Thirty-eighth round: review 48's findings", () => {
  it('F1 the step-down line never says "overcharged" (the person did not); F2 switching off early does not assume a refund will come', async () => {
    for (const journey of [J.renewalPriceChange, J.iqiyiCourt]) {
      const zh = await all(journey, 'zh');
      for (const draft of draftsIn(zh)) expect(draft).not.toContain('多扣');
      expect(zh).toMatch(/退还其余的\d+元/);
      expect(await all(journey, 'en')).not.toMatch(/refund the difference of|The refund can take a while/);
    }
    expect(await all(J.renewalPriceChange, 'zh')).toContain('这件事的处理可能要拖一阵（光是12315调解就可能两个月左右）');
  });
});

describe("Thirty-ninth round: review 48's F4", () => {
  it('a renewing member is offered the in-app look with its caveat, and it leads to the app steps; a first-timer keeps the plain app steps', () => {
    const toVerdict = ['begin', 'renewal', 'days1to3', 'reminderNone', 'noneUsed', 'wechat', 'renewOn'];
    for (const steps of [toVerdict, ['begin', 'app_iqiyi', ...toVerdict.slice(1)]]) {
      const product = steps.includes('app_iqiyi') ? anyMembership : xhsBlackCard;
      expect(walk(product, steps).prompt.choices).toEqual(['goAppeal', 'walkAppRenewal', 'familyPaid', 'back']);
      expect(walk(product, [...steps, 'walkAppRenewal']).snapshot.context.route).toBe('app');
    }
    expect(choiceLabel('walkAppRenewal', translatorFor('zh', xhsBlackCard.texts))).toBe('在App里看看有没有退款入口（续费不一定有）');
    expect(choiceLabel('walkAppRenewal', translatorFor('en', xhsBlackCard.texts))).toBe('Look for a refund entry in the app (a renewal may not have one)');
    expect(walk(xhsBlackCard, toVerdict, 'zh').text).toContain('续费扣款不一定能在那里申请');
    const firstTimeLate = walk(xhsBlackCard, ['begin', 'firstTime', 'over7', 'noneUsed', 'wechat', 'renewOn']).prompt.choices;
    expect(firstTimeLate).toContain('walkApp');
    expect(firstTimeLate).not.toContain('walkAppRenewal');
  });
});

describe('Thirty-eighth round: the greeting (reviews 40 F7, 43 F9)', () => {
  it('says the coach is not Xiaohongshu or any other app, in both languages', async () => {
    const [zh] = await replay(J.iqiyiCourt, 'zh');
    const [en] = await replay(J.iqiyiCourt, 'en');
    expect(zh!.text).toContain('我只是教练，不是小红书或其他任何App的官方。');
    expect(en!.text).toContain("I'm a coach, not Xiaohongshu or any other app.");
  });
});
