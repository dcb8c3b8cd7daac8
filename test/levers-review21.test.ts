/**
 * The twenty-first review's findings (/work/review21/REVIEW.md), in both languages.
 */
import { anyMembership, xhsBlackCard } from '../machines';
import type { Step } from './support/drive';
import { J } from './products/journeys';
import { draftsIn, journeyText as all } from './support/journey-text';
import { walk } from './support/walk';

describe("Twenty-sixth round: the twenty-first review's findings", () => {
  it("M1 misled by the sign-up page: the first customer-service draft and the polite reply add the page's promise (第十二条) and ask for what it said or a full refund; 第十条 stays as the second point", async () => {
    const zhPromise =
      '我被这项宣传误导了。按《消费者权益保护法实施条例》第十二条，经营者在宣传中作出的承诺对其有约束力；请按页面上写的内容履行，做不到的，请全额退款。开通时，页面上对自动续费';
    const enPromise =
      "a promise a business makes in its advertising binds it; please deliver what the page said, or, if you can't, refund me in full. When I signed up, the page did not make";
    const zh = draftsIn(await all(J.tencentMisled, 'zh'));
    const cs = zh.find((d) => d.startsWith('您好！我想申请退还腾讯视频'))!;
    const polite = zh.find((d) => d.startsWith('您好，我的情况是：'))!;
    for (const d of [cs, polite]) expect(d).toContain(zhPromise);
    const en = await all(J.tencentMisled, 'en');
    const enCs = en.split('\n').find((l) => l.startsWith('Reason: the sign-up page said'))!;
    const enPolite = en.split('\n').find((l) => l.startsWith('What it says, in English: Hello, my situation is: the sign-up page said'))!;
    for (const l of [enCs, enPolite]) expect(l).toMatch(/I was misled by it\. Under Art\. 12 of the Regulations/);
    for (const l of [enCs, enPolite]) expect(l).toContain(enPromise);
    // The English named the Regulations in full at their first mention, earlier in this conversation (review 31 F10).
    expect(en.slice(0, en.indexOf(enCs))).toContain('the 2024 Regulations for the Implementation of the Consumer Rights Protection Law');
    // Not misled: no promise sentence.
    const plain: Step[] = ['begin', 'app_meituan', 'firstTime', 'today', 'noneUsed', 'wechat', 'renewOn', 'goAppeal', 'notNeeded', 'skipOrder', 'cs'];
    expect(walk(anyMembership, plain, 'zh').text).not.toContain('第十二条，经营者在宣传中');
  });

  it("m1 the evidence lists never assume the merchant replied: the payment-app complaint's screenshots, and the merchant's reply if any", async () => {
    const cases: [string, string, string][] = [
      [J.renewalPriceChange, '微信支付投诉记录截图（商户如有回复，一并附上）', "screenshots of the WeChat Pay complaint (and the merchant's reply, if any)"],
      [J.iqiyiCourt, '支付宝投诉记录截图（商户如有回复，一并附上）', "screenshots of the Alipay complaint (and the merchant's reply, if any)"],
    ];
    for (const [title, zhItem, enItem] of cases) {
      const zh = await all(title, 'zh');
      const en = await all(title, 'en');
      expect(zh).toContain(zhItem);
      expect(en).toContain(enItem);
      expect(zh).not.toContain('投诉记录及商户回复截图');
      expect(en).not.toContain("complaint and the merchant's reply");
    }
  });

  it("m2 the coach's explanation of 电子商务法 第六十二条 states its condition: liability where a court, arbitrator or authority cannot establish the facts", async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    const en = await all(J.renewalPriceChange, 'en');
    expect(zh).toContain(
      '发生争议时，电子商务经营者应当提供原始合同和交易记录；经营者丢失、伪造、隐匿或者拒绝提供这些记录，致使事实无法查明的，要承担相应的法律后果。',
    );
    expect(en).toContain(
      'must provide the original contract and transaction records, and if it loses, forges, hides or refuses to provide them so that the facts cannot be established, it bears the legal consequences.',
    );
    expect(zh).not.toContain('丢失、伪造、隐匿或者拒绝提供的，要承担相应的法律后果');
    expect(en).not.toContain('bears the legal consequences if it loses');
  });

  it("m5 Apple's second request after the app reminded: no 'didn't know it renews' button; a reminder without the amount offers 'the reminder didn't say how much' instead", async () => {
    const zh = await all(J.meituanApple, 'zh');
    const en = await all(J.meituanApple, 'en');
    expect(zh).toContain('[不是我需要的] [被页面或优惠误导] [经济紧张] [没打算续费] [提醒里没写金额] [跳过，我自己写]');
    expect(zh).not.toContain('[不知道会自动续费]');
    expect(en).toContain("[The reminder didn't say how much]");
    expect(en).not.toContain("[I didn't know it renews]");
    const reminded = (lacks: string): Step[] => [
      ...['begin', 'app_meituan', 'renewal', 'today', 'reminderGot', lacks, 'noneUsed', 'apple', 'reminderFromApp', 'appleNotReminded', 'renewOn', 'walkApple'],
      ...['done', 'done', 'done', 'done', 'refused'],
    ];
    // Its draft says only that.
    const chosen = walk(anyMembership, [...reminded('reminderNoAmount'), 'unawareAmount'], 'zh').text;
    expect(chosen).toContain('原因：提醒里没有写扣费金额，我不知道会扣多少。');
    expect(walk(anyMembership, [...reminded('reminderNoAmount'), 'unawareAmount'], 'en').text).toContain(
      "the reminder didn't give the amount, so I didn't know how much would be charged.",
    );
    // A reminder that left out something else: neither button.
    expect(walk(anyMembership, reminded('reminderNoCancel'), 'zh').prompt.choices).toEqual([
      'notNeeded',
      'misled',
      'money',
      'notMeantRenew',
      'skipReason',
      'back',
    ]);
    // No reminder at all: as it was.
    const none: Step[] = [
      ...['begin', 'app_meituan', 'renewal', 'today', 'reminderNone', 'noneUsed', 'apple', 'renewOn', 'walkApple'],
      ...['done', 'done', 'done', 'done', 'refused'],
    ];
    expect(walk(anyMembership, none, 'zh').prompt.choices).toEqual(['notNeeded', 'misled', 'money', 'notMeantRenew', 'unawareRenew', 'skipReason', 'back']);
  });

  it("m7 the goodwill 12315 filing asks the business to refund and the regulator to mediate, in a filing's register; 黑猫 keeps its own words", async () => {
    const zh = draftsIn(await all(J.someReading, 'zh')).find((d) => d.startsWith('投诉摘要'))!;
    expect(zh).toContain('订单号为【你的订单号】。因经济紧张，希望经营者退还这笔会员费，请求市场监管部门组织调解。');
    expect(zh).not.toMatch(/经济困难|恳请酌情处理/) /* review 29 F7: 经济紧张, as tapped */;
    const en = await all(J.someReading, 'en');
    expect(en).toContain('Money is tight for me; I ask the business to refund this membership fee, and ask the market regulator to mediate.');
    expect(en).not.toContain('hope you will consider it');
    // The other goodwill reason, the same shape.
    const steps: Step[] = ['begin', 'app_meituan', 'firstTime', 'today', 'noneUsed', 'wechat', 'renewOn', 'goAppeal', 'notNeeded', 'skipOrder'];
    expect(walk(anyMembership, [...steps, 'complain12315'], 'zh').text).toContain(
      '开通后发现会员内容不太适合我，希望经营者退还这笔会员费，请求市场监管部门组织调解。',
    );
    expect(walk(anyMembership, [...steps, 'complain12315'], 'en').text).toContain(
      'ask the business to refund this membership fee, and ask the market regulator to mediate.',
    );
    // 黑猫 is not a filing with the regulator.
    const heimao = walk(anyMembership, [...steps, 'heimao'], 'zh').text;
    expect(heimao).toContain('开通后发现会员内容不太适合我，申请退还这笔会员费，恳请酌情处理。');
    expect(heimao).not.toContain('市场监管部门组织调解');
  });

  it('m6 (reverted by review 23 m4, brought back by review 24 M2) the firm reply to 「已使用权益不能退」 argues standard terms (消保法 第二十六条, 实施条例 第十七条) first; the 「这是平台规则」 reply keeps 第二十六条', async () => {
    const zh = draftsIn(await all(J.tencentMisled, 'zh'));
    expect(zh.find((d) => d.startsWith('请告诉我，拒绝退款依据的是会员协议的哪一条。'))).toMatch(/第二十六条、《消费者权益保护法实施条例》第十七条/);
    expect(await all(J.tencentMisled, 'en')).not.toContain('a standard term that unreasonably excludes or limits consumer rights is void');
    // Not misled, a privilege used (黑卡 and any app): the plain firm reply asks which clause and for the situation to be considered.
    const xhs: Step[] = ['begin', 'firstTime', 'over7', 'gift', 'wechat', 'renewOn', 'goAppeal', 'notNeeded', 'skipOrder', 'cs', 'theyRefused', 'refusedUsed'];
    const any: Step[] = [
      'begin',
      'app_meituan',
      'firstTime',
      'today',
      'otherPrivilege',
      'wechat',
      'renewOn',
      'goAppeal',
      'notNeeded',
      'skipOrder',
      'cs',
      'theyRefused',
      'refusedUsed',
    ];
    for (const [product, steps] of [
      [xhsBlackCard, xhs],
      [anyMembership, any],
    ] as const) {
      const firm = walk(product, steps, 'zh').drafts.find((d) => d.startsWith('请告诉我'))!;
      expect(firm).toContain(
        '请告诉我，拒绝退款依据的是会员协议的哪一条。如果拒绝依据的是「使用过权益不退」这样的格式条款，也请说明它为什么不属于不合理地限制消费者权利的条款（按《消费者权益保护法》第二十六条、《消费者权益保护法实施条例》第十七条，这样的条款无效）。我也希望平台考虑我的实际情况',
      );
      const rule = walk(product, [...steps.slice(0, -1), 'refusedRule'], 'zh').drafts.join('\n');
      expect(rule).toContain('根据《消费者权益保护法》第二十六条，经营者不得以格式条款排除或限制消费者的合法权利。');
    }
  });

  it('m4 the optional message to the app (Meituan through Apple, no amount in its reminder) names the pricing rule, hedged, and what the reminder left out; the note still doubts it applies', async () => {
    const zh = await all(J.meituanApple, 'zh');
    const message = draftsIn(zh).find((d) => d.includes('请问美团能否'))!;
    expect(message).toContain('被拒绝了。据我了解，《互联网平台价格行为规则》要求每次自动扣费前告知扣费时间、金额和取消方式；这次提醒没有写金额。请问美团能否');
    expect(message).not.toMatch(/规则》第|按规定|违反/);
    expect(zh).toContain('不过这条规则对美团是否适用，以它的具体情况为准');
    const en = await all(J.meituanApple, 'en');
    expect(en).toContain(
      'As I understand it, the Rules on Internet Platform Pricing Conduct call for the time, the amount and how to cancel to be given before each automatic charge; this reminder did not give the amount. Could Meituan offer me',
    );
    expect(en).toContain('but whether the rule covers Meituan depends on how it operates');
  });

  it('m10 小红卡 in English: what only the person can confirm, never "speak to yourself"', async () => {
    const en = await all(J.redCard, 'en');
    expect(en).toContain('One more thing only you can confirm: after Jan 1, 2026, could you still use your 小红卡');
    expect(en).toContain('That is something you can vouch for, and the drafts state it in your voice.');
    expect(en).not.toContain('speak to yourself');
  });

  it('m11 English glosses say the charge in prose, never form fields pasted into a sentence', async () => {
    const price = await all(J.renewalPriceChange, 'en');
    expect(price).toContain('Facts: the renewal was charged on [Nov 23, 2026; go by the bill], for ¥168, via WeChat Pay 微信支付; order number');
    const iqiyi = await all(J.iqiyiCourt, 'en');
    expect(iqiyi).toContain('Facts: the renewal was charged on Nov 20, 2026, for ¥25, via Alipay 支付宝; order number');
    const apple = await all(J.meituanApple, 'en');
    expect(apple).toContain(
      "I subscribed to the Meituan membership through Apple's App Store; the renewal was charged on [Nov 26, 2026; go by Apple's receipt email], for ¥25.",
    );
    for (const text of [price, iqiyi, apple]) expect(text).not.toMatch(/Date of the renewal charge: [^\n]*; amount charged/);
    // The Chinese drafts are as they were.
    expect(await all(J.meituanApple, 'zh')).toContain(
      '我通过苹果 App Store 订阅了美团会员，续费扣款时间为【2026年11月26日，以苹果的收据邮件为准】，扣款金额25元。',
    );
  });

  it('m12 English names neither card with an invented name: 黑卡 and 小红卡 are glossed literally on first mention, never a quoted "Little Red Card" or "Black Card"', async () => {
    const black = await all(J.renewalPriceChange, 'en');
    // (Review 22 M1: the gloss states neither card's existence as fact: 黑卡 as guides describe it,
    // 小红卡 as news reports tell it, ended.)
    expect(black).toContain('黑卡 ("black card"), which guides describe as a Xiaohongshu paid membership; go by what your app actually shows');
    expect(black).toContain(
      'If what you paid for was 小红卡 ("little red card", a Xiaohongshu membership card that news reports say ended on Jan 1, 2026), tap "It was 小红卡".',
    );
    const red = await all(J.redCard, 'en');
    expect(red).toContain('According to news reports, 小红卡 ("little red card") was a card Xiaohongshu launched');
    expect(`${black}${red}`).not.toContain("Xiaohongshu's paid membership");
    for (const text of [black, red, await all(J.approvedMoney, 'en'), await all(J.childAlipay, 'en')]) {
      expect(text).not.toMatch(/Little Red Card|Black Card/);
    }
  });

  it('m8 the plan-change note reads as Chinese: 「如果客服不同意全额退款，或者没解决、需要走下一步」', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    expect(zh).toContain('如果客服明确拒绝全额退款，或者在支付平台投诉之后还是不行，我会另给一句');
    expect(zh).not.toContain('客服拒绝全额退、或者客服没解决要往下走的时候');
  });

  it('m9 小红卡: 「你亲身经历的情况，比新闻报道更有说服力」', async () => {
    const zh = await all(J.redCard, 'zh');
    expect(zh).toContain('你亲身经历的情况，比新闻报道更有说服力。');
    expect(zh).not.toContain('更能当依据');
  });

  it('m3 the plan change gives both figures: the difference is shown (168−15＝153) and filled into both fallback drafts; with 0 or 2+ other amounts the blank stays', async () => {
    const zh = await all(J.renewalPriceChange, 'zh');
    expect(zh).toContain('按你给的数字，差额是168−15＝153元（开通时如有首月优惠等，以账单为准）');
    const fallbacks = draftsIn(zh).filter((d) => d.includes('退还其余的'));
    expect(fallbacks.length).toBeGreaterThanOrEqual(2);
    for (const d of fallbacks) expect(d).toContain('退还其余的153元');
    expect(zh).not.toContain('【差额】');
    const en = await all(J.renewalPriceChange, 'en');
    expect(en).toContain(
      'going by your figures, the difference is ¥168 − ¥15 = ¥153 (if there was a first-month discount or similar at sign-up, go by your bill)',
    );
    expect(en).toContain('refund the remaining ¥153');
    expect(en).not.toContain('[difference]');
    // Not exactly one other amount: the blank stays.
    const upTo = (detail: string): Step[] => [
      ...['begin', 'renewal', 'today', 'reminderNone', 'noneUsed', 'wechat', 'renewOn', 'goAppeal', 'notNeeded', 'skipOrder'],
      ...[{ text: '168' }, 'planChanged', { text: detail }, 'cs', 'theyRefused', 'refusedRule'],
    ];
    for (const detail of ['开通时是连续包月，这次按年卡扣了168元', '开通时15元，后来25元，这次按年卡扣了168元', '开通时200元，这次扣了168元']) {
      const text = walk(xhsBlackCard, upTo(detail), 'zh').text;
      expect(text).toContain('退还其余的【差额】元');
      expect(text).toContain('差额请你自己核对后填进【差额】');
      expect(text).not.toContain('按你给的数字');
    }
    const filled = walk(xhsBlackCard, upTo('开通时连续包月15元，这次按年卡扣了168元'), 'zh').text;
    expect(filled).toContain('退还其余的153元');
  });
});
