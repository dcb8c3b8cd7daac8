import { anyMembership, xhsBlackCard } from '../machines';
import type { Step } from './support/drive';
import { J } from './products/journeys';
import { draftsIn, journeyText as all, paragraph, summariesOf } from './support/journey-text';
import { moneyMissing, walk } from './support/walk';

describe("Twenty-fifth round: the twentieth review's findings", () => {
  it('M1 the 12315 draft for money not arrived never says the person asked customer service or complained in the payment app; the note says what to add if they did', async () => {
    const csLine = '【日期】我联系客服查询，仍未到账。';
    const alipayLine = '【日期】我在支付宝账单里对这笔订单提出了投诉，仍未解决。';
    const wechatLine = '【日期】我在微信支付账单里对这笔订单投诉了商户，仍未解决。';
    const zh = await all(J.approvedMoney, 'zh');
    const en = await all(J.approvedMoney, 'en');
    for (const text of [zh, en]) {
      const filed = draftsIn(text).find((d) => d.startsWith('投诉摘要'))!;
      // (Review 22 M2: the one fact always stated is that the money has not come.)
      expect(filed).toContain('付款方式为支付宝。平台同意退款后，至今我没有收到这笔退款。\n证据：');
      expect(filed).not.toContain('仍未到账');
      expect(filed).not.toContain('仍未解决');
    }
    expect(zh).toContain(`3. 如果你联系过客服，在事实经过最后加上：「${csLine}」`);
    expect(zh).toContain(`4. 如果你在支付宝投诉过，再加上：「${alipayLine}」`);
    expect(zh).not.toMatch(/就删掉那一句|这一句，没在支付宝投诉过就删掉|没联系过就删掉/);
    const gloss = paragraph(en, "What happened: on [Nov 26, 2026; go by the app's record] I asked for a refund");
    expect(gloss).toMatch(/paid with Alipay 支付宝\)\. Since the approval I have still not received the refund\.$/);
    expect(en).toContain(
      `3. If you did ask customer service, add at the end of what happened: ${csLine} (On [date] I asked customer service, and the money still had not arrived.)`,
    );
    expect(en).toContain(
      `4. If you complained in Alipay, add as well: ${alipayLine} (On [date] I complained about this order in my Alipay bill, and it is still not resolved.)`,
    );
    expect(en).not.toMatch(/otherwise delete it|delete that sentence/);
    const [zhSummary] = (await summariesOf(J.approvedMoney, 'zh')).slice(-1);
    const [enSummary] = (await summariesOf(J.approvedMoney, 'en')).slice(-1);
    expect(zhSummary).toContain('☐ 联系过客服（或在支付App里投诉过）的话：按12315投诉摘要前的说明，把那一句连同日期加上');
    expect(enSummary).toContain(
      "☐ If you've asked customer service (or complained in your payment app): add that sentence, with its date, to the 12315 summary, as the note before it says",
    );
    for (const lang of ['zh', 'en'] as const) {
      for (const payment of ['alipay', 'wechat', 'otherPay', 'unsure']) {
        const text = moneyMissing(payment, lang);
        const facts = paragraph(text, '事实经过：');
        expect(facts).toContain('付款方式为');
        expect(facts).not.toMatch(/仍未到账|仍未解决/);
        expect(text).toContain(csLine);
      }
      expect(moneyMissing('wechat', lang)).toContain(wechatLine);
      expect(moneyMissing('otherPay', lang)).not.toMatch(/仍未解决/);
    }
    expect(moneyMissing('wechat', 'zh')).toContain(`4. 如果你在微信支付投诉过，再加上：「${wechatLine}」`);
  });

  it("M2 the app's reminder left something out and Apple sent none: the second request to Apple states the facts and never cites 第十条; the 12315 text still asks the regulator about it", async () => {
    const zh = await all(J.meituanApple, 'zh');
    const en = await all(J.meituanApple, 'en');
    const toApple = draftsIn(zh).filter((d) => d.startsWith('我申请退还'));
    expect(toApple.length).toBeGreaterThan(0);
    for (const d of toApple) {
      expect(d).not.toMatch(/第十条|条例/);
      expect(d).toContain('这次扣费前我没有收到苹果的续费提醒。续费扣款前我收到过美团发的提醒，但提醒里没有写明扣费金额。');
    }
    const enRequests = en.split('\n').filter((l) => l.startsWith("What it says, in English: I'm asking for a refund of this period's"));
    expect(enRequests.length).toBeGreaterThan(0);
    for (const l of enRequests) {
      expect(l).not.toContain('Art. 10');
      expect(l).toContain(
        'I received no renewal reminder from Apple before this charge. Meituan reminded me before the renewal charge, but the reminder did not give the amount.',
      );
    }
    expect(zh).toContain(
      '· 第二次申请：《消费者权益保护法实施条例》第十条要求续费前以显著方式提醒；你收到过美团的提醒，所以上面这段只写事实：提醒里没写扣费金额，苹果没有发过提醒。',
    );
    expect(en).toContain(
      'requires a prominent reminder before a renewal, and you did get one from Meituan, so the request above sticks to the facts (the reminder did not give the amount; nothing came from Apple).',
    );
    expect(zh).not.toContain('所以上面这段第二次申请写上了这一条');
    // Review 33 F1: the complaint (mediation) states the fact; it no longer asks the regulator about 第十条.
    expect(draftsIn(zh).find((d) => d.startsWith('投诉摘要'))).toContain('扣费前我没有收到苹果的续费提醒。');
    expect(draftsIn(zh).find((d) => d.startsWith('投诉摘要'))).not.toContain('第十条');
    // No reminder from anyone: the rule sentence stays (round 20's M2).
    const steps: Step[] = [
      ...['begin', 'app_meituan', 'renewal', 'today', 'reminderNone', 'noneUsed', 'apple', 'renewOn', 'walkApple'],
      ...['done', 'done', 'done', 'done', 'refused', 'notMeantRenew'],
    ];
    expect(walk(anyMembership, steps, 'zh').text).toContain(
      '按《消费者权益保护法实施条例》第十条，自动续费前应当以显著方式提醒消费者；这次扣费前我没有收到任何续费提醒。',
    );
  });

  it("m1 the plan changed and no reminder came: the customer-service and WeChat Pay drafts add the pricing rule's notice requirement in words (no article number); never with a reminder that came", async () => {
    // Review 24 M1: in its hedged form, as for every app.
    const zhRule = '据我了解，《互联网平台价格行为规则》要求收费标准发生变化的，应当在扣费前一并通知消费者；这次扣费前我没有收到这样的通知。';
    const enRule =
      'As I understand it, the Rules on Internet Platform Pricing Conduct require a change in the charges to be notified before the charge; I received no such notice before this one.';
    const zh = draftsIn(await all(J.renewalPriceChange, 'zh'));
    const cs = zh.find((d) => d.startsWith('您好！我的小红书黑卡会员于【2026年11月23日，以账单为准】'))!;
    const pay = zh.find((d) => d.startsWith('投诉商户：小红书'))!;
    for (const d of [cs, pay]) expect(d).toContain(`这次按年卡扣了168元。${zhRule}`);
    expect(`${cs}${pay}`).not.toMatch(/《互联网平台价格行为规则》第/);
    const en = await all(J.renewalPriceChange, 'en');
    expect(en.split(enRule).length - 1).toBeGreaterThanOrEqual(2);
    // A reminder came (it left out the amount): the person never said no notice came.
    const steps: Step[] = [
      ...['begin', 'renewal', 'today', 'reminderGot', 'reminderNoAmount', 'noneUsed', 'wechat', 'renewOn', 'goAppeal', 'notNeeded', 'skipOrder'],
      ...[{ text: '168' }, 'planChanged', { text: '开通时连续包月15元，这次按年卡扣了168元' }],
    ];
    for (const next of ['cs', 'payChannel']) {
      expect(walk(xhsBlackCard, [...steps, next], 'zh').text).toContain('168元');
      expect(walk(xhsBlackCard, [...steps, next], 'zh').text).not.toContain('这样的通知');
      expect(walk(xhsBlackCard, [...steps, next], 'en').text).not.toContain('no such notice');
    }
  });

  it("m3 where a draft says a payment-app complaint was filed (only then), its evidence list adds that complaint and the merchant's reply", async () => {
    // By the channel paid with (J1 WeChat Pay, J5 Alipay), so no draft names a channel the person did not pay with.
    const cases: [string, string, string][] = [
      [J.renewalPriceChange, '微信支付投诉记录截图（商户如有回复，一并附上）', "screenshots of the WeChat Pay complaint (and the merchant's reply, if any)"],
      [J.iqiyiCourt, '支付宝投诉记录截图（商户如有回复，一并附上）', "screenshots of the Alipay complaint (and the merchant's reply, if any)"],
    ];
    for (const [title, zhItem, enItem] of cases) {
      const drafts = draftsIn(await all(title, 'zh'));
      const filed = drafts.filter((d) => d.includes('在支付平台投诉过') && d.includes('证据：'));
      expect(filed.length).toBeGreaterThan(0);
      for (const d of filed) expect(paragraph(d, '证据：')).toContain(zhItem);
      for (const d of drafts.filter((d) => d.includes('证据：') && !d.includes('在支付平台投诉过'))) expect(d).not.toContain(zhItem);
      expect(await all(title, 'en')).toContain(enItem);
    }
    for (const title of [J.tencentMisled, J.someReading, J.approvedMoney]) {
      expect(await all(title, 'zh')).not.toContain('投诉记录截图（商户如有回复');
      expect(await all(title, 'en')).not.toContain("complaint (and the merchant's reply");
    }
  });

  it('m5 a changed plan with its details skipped: the two blanks told apart in the line to add, never in a draft (reviews 28 F5, 29 F3)', () => {
    const steps: Step[] = [
      ...['begin', 'renewal', 'today', 'reminderNone', 'noneUsed', 'wechat', 'renewOn', 'goAppeal', 'notNeeded', 'skipOrder'],
      ...['planChanged', 'skipPlanDetail'],
    ];
    for (const lang of ['zh', 'en'] as const) {
      expect(walk(xhsBlackCard, steps, lang).saidText).toContain('开通时是【开通时的套餐和金额】，这次扣的是【这次的套餐和金额】。');
      expect(walk(xhsBlackCard, [...steps, 'cs'], lang).text).not.toMatch(/【开通时的套餐和金额】|\[plan and amount at sign-up\]|【套餐\/金额】/);
    }
  });

  it("m6 the coach's own words for 消保法 第五十三条 keep the consumer's choice: deliver as agreed or refund the prepayment", async () => {
    const zh = await all(J.redCard, 'zh');
    const en = await all(J.redCard, 'en');
    expect(zh).toContain('经营者以预收款方式提供服务、没有按约定提供的，应当按照消费者的要求履行约定或者退回预付款（《消费者权益保护法》第五十三条）');
    expect(zh).not.toContain('没有按约定提供的，应当退回预付款');
    expect(en).toContain(
      "doesn't provide it as agreed must, as the consumer chooses, deliver as agreed or refund the prepayment (Consumer Rights Protection Law",
    );
    expect(en).not.toContain("doesn't provide it as agreed must refund the prepayment");
  });

  it('m4 the note on 实施条例 第十条 for a sign-up page that was not plain: a ground for a 举报; the first payment rests on 第十二条; no "stop auto-renewal" nor "supports a misled claim"', async () => {
    const zh = await all(J.tencentMisled, 'zh');
    const en = await all(J.tencentMisled, 'en');
    expect(zh).toContain('这一条管的是自动续费的提醒，可以作为举报的依据。');
    expect(zh).toContain('依我看，要回开通时付的这笔钱，更有力的依据是开通页面上的宣传、承诺和你实际得到的是否相符（《消费者权益保护法实施条例》第十二条');
    expect(zh).not.toMatch(/也可以据此要求停止自动续费|它也能支持这个说法/);
    expect(en).toContain('This article is about the auto-renewal notice, and it can be a ground for a 举报 (report).');
    expect(en).toContain(
      'As I read it, the stronger ground for getting back what you paid at sign-up is whether what the sign-up page advertised and promised matches what you actually got',
    );
    expect(en).not.toMatch(/asking that the auto-renewal be stopped|supports that claim too/);
    // m8: short paragraphs (the rule, what it means for you, what the drafts say).
    const note = zh.slice(zh.indexOf('记下了。《消费者权益保护法实施条例》第十条要求'));
    for (const para of note.slice(0, note.indexOf('从第一步开始')).trim().split('\n')) expect(para.length).toBeLessThanOrEqual(150);
  });

  it('m7 the summary never says a skipped rung can run alongside the others when the list says go in order; the 黑猫 bullet: 「黑猫投诉不算其中一步」', async () => {
    const zh = (await summariesOf(J.renewalPriceChange, 'zh')).at(-1)!;
    const en = (await summariesOf(J.renewalPriceChange, 'en')).at(-1)!;
    // J1 went on to 12315 already: the email can still be sent for a written record.
    expect(zh).toContain('· 还没试过：邮件。想留书面记录，可以补发（我可以帮你写好要发的话）');
    expect(en).toContain('· Not tried yet: email. If you want a written record, you can still send it (I can write what to send)');
    for (const text of [zh, en]) expect(text).not.toMatch(/可以和其他渠道同时进行|alongside the others/);
    // Email passed over, the 12315 text shown but not yet reported on: send it before going to 12315.
    const steps: Step[] = [
      ...['begin', 'renewal', 'today', 'reminderNone', 'noneUsed', 'wechat', 'renewOn', 'goAppeal', 'notNeeded', 'skipOrder'],
      ...['cs', 'notWorked', 'payChannel', 'notWorked', 'complain12315'],
      { command: 'summary' },
    ];
    expect(walk(xhsBlackCard, steps, 'zh').saidText).toContain('· 还没试过：邮件。想留书面记录，可以在走12315之前补发（我可以帮你写好要发的话）');
    expect(walk(xhsBlackCard, steps, 'en').saidText).toContain(
      '· Not tried yet: email. If you want a written record, send it before going to 12315 (I can write what to send)',
    );
    const ladder = await all(J.renewalPriceChange, 'zh');
    expect(ladder).toContain('另外：黑猫投诉不算其中一步，任何时候都可以和12315同时用，靠公开和舆论压力。' /* review 25 F10 */);
    expect(ladder).not.toContain('黑猫投诉：不是下一级');
  });

  it('m8 Chinese copy: 「写12315投诉摘要时也会附上」, 「部分退款的计算方法」, no 「不是下一级」, and the 举报 note in short paragraphs', async () => {
    const j1 = await all(J.renewalPriceChange, 'zh');
    expect(j1).toContain('写12315投诉摘要时也会附上');
    expect(j1).not.toContain('12315投诉摘要旁边也有');
    const tencent = await all(J.tencentMisled, 'zh');
    const all8 = (await Promise.all(Object.values(J).map((title) => all(title, 'zh')))).join('\n');
    expect(all8).toContain('已准备：部分退款的计算方法');
    expect(all8).not.toContain('部分退款的算法');
    expect(all8).not.toContain('不是下一级');
    expect(tencent).not.toContain('黑猫投诉：不是下一级');
    // The 举报 note (Meituan via Apple): the rule, whom it is against, what it decides; no paragraph over 150 characters.
    const zh = await all(J.meituanApple, 'zh');
    const start = zh.indexOf('你收到过提醒，但提醒里没写金额。');
    const note = zh.slice(start, zh.indexOf('可以用下面这段：', start));
    expect(note.split('\n').length).toBe(3);
    for (const para of note.split('\n')) expect(para.length).toBeLessThanOrEqual(150);
    const en = await all(J.meituanApple, 'en');
    const enStart = en.indexOf('You did get a reminder, but it gave no amount.');
    expect(en.slice(enStart, en.indexOf('you can use this:', enStart)).split('\n').length).toBe(3);
  });

  it('m9 English copy: "(if it has one; go by what you see)", no "The facts:" the Chinese lacks, and the Apple bullet split in two', async () => {
    for (const title of [J.tencentMisled, J.someReading]) {
      const en = await all(title, 'en');
      expect(en).toContain('often called 【自动续费管理】 (Manage auto-renewal) or similar (if it has one; go by what you see)');
      expect(en).not.toContain('is as you see it');
    }
    const tencent = await all(J.tencentMisled, 'en');
    expect(tencent).toContain(
      // Review 25 F2: the facts lead.
      'refusal rests on. The sign-up page said [the exact words or offer on the page]',
    );
    expect(tencent).not.toContain('The facts:');
    const meituan = await all(J.meituanApple, 'en');
    expect(meituan).toContain(
      '· you said the reminder Meituan sent before the charge gave no amount, and the text below says exactly that\n· what it left out can also be raised with Meituan, but the refund still has to come from Apple\n',
    );
    const zh = await all(J.meituanApple, 'zh');
    expect(zh).toContain('· 你说扣费前美团发的提醒里没写金额，下面这段照实写上了\n· 缺的这一项也可以向美团提出，退款仍然要找苹果\n');
  });
});
