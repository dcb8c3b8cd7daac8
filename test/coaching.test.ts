/**
 * Advice that fits the case and copy that reads naturally (issue 8): what a person in each
 * situation is shown, rendered in both languages, and the sources /sources names for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { activePrompt, type Lang } from '../machines';
import { sourcesOf, SOURCES } from '../machines/sources';
import { renderParts, renderSay } from '../src/core/render';
import { LOCALES_DIR, translatorFor } from '../src/i18n';
import { BEST_CASE, drive, type Step } from './support/drive';
import { ChatDriver } from './support/engine-driver';
import { explore } from './support/explore';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const coach = (lang: Lang) => new Map(flatten(JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, lang, 'coach.json'), 'utf8')) as Tree));
const TEXTS = { zh: coach('zh'), en: coach('en') };

const shown = (steps: Step[], lang: Lang, at?: number) => {
  const r = drive(steps, lang, at);
  return renderParts(activePrompt(r.snapshot).parts, translatorFor(lang), lang);
};
const LATE_WECHAT: string[] = ['begin', 'firstTime', 'over7', 'noneUsed', 'wechat', 'renewOn', 'goAppeal', 'money', 'skipOrder'];

describe('/sources names only what the text claims (item 8)', () => {
  /**
   * What a text must show for a source to stand behind it. The how-to article (GUIDE) stands
   * behind hedged wording and the app's own labels, which the English texts quote in Chinese.
   */
  const GUIDE = { zh: /通常|一般|常见|攻略|为准|可能|机会|大约|【|「/, en: /usual|guides|may|likely|probably|chance|about|[\u4e00-\u9fff]/i };
  const MARKERS: Record<string, RegExp> = {
    guideArticle: /(?!)/, // per language, above
    consumerLaw25: /7-day return|7天无理由退货/,
    consumerLaw26: /Art(icle|\.) 26|第二十六条/,
    consumerLaw39: /Art\. 39|第三十九条/,
    spc2022: /法释〔2022〕8号/,
    consumerRegs12: /第十二条|Art\. 12/,
    consumerRegs17: /第十七条|Art\. 17/,
    consumerRegs18: /第十八条|Art\. 18/,
    consumerRegs50: /第五十条|Art\. 50/,
    consumerRegs22: /第五十三条|Art\. 53/,
    ecommerce62: /第六十二条|Art\. 62/,
    // Its 第十五条 (one dispute, one mediator) as well as 第七条, 第十条 and 第三十一条.
    complaintRules: /授权委托书|举报|report|调解方|one mediator/,
    odr: /ODR/,
    smallClaims: /小额诉讼|small-claims/,
    courtFees: /50/,
    courtOnline: /人民法院在线服务/,
    civilCode188: /第一百八十八条|Art\. 188/,
    heimaoWithdraw: /撤回|withdrawn/,
    civilCode19: /第十九条|第二十条|Arts?\. (19|20)|未成年人民事行为能力|minors' capacity/,
    spcMinors2020: /2020/,
    appleFamily: /家人共享|Family Sharing/,
    civilCode201: /doesn't count|不算|Civil Code|民法典|24:00/,
    appleRefund: /Apple|苹果|I'd like to|我想/,
    appleCancel: /Subscriptions|订阅/,
    appleRights: /consumer|消费者|Apple ID/,
    appleSupportCn: /support\.apple\.com\/zh-cn/,
    alipayGuides: /Alipay|支付宝/,
    alipayComplaint: /Alipay|支付宝/,
    wechatPay: /WeChat|微信/,
    wechatComplaint: /WeChat|微信/,
    wechatComplaintPath: /【账单】/,
    // English names the regulations in full once per message, then "the Regulations" (Seventh round #12).
    consumerRegs2024: /Regulations implementing|实施条例|auto-renewal rules|自动续费的规定|\bthe Regulations\b/,
    priceRules2026: /Pricing Conduct|价格行为规则/,
    miitNotice2023: /信管函〔2023〕26号/,
    platform12315: /12315/,
    operator: /行吟/,
    heimao: /黑猫/,
    socialAccount: /@小红书福利官/,
    holidayNotice: /working days|工作日/,
    redCardNews: /小红卡/,
    evidenceHabits: /screenshot|截图/,
  };

  it('has a marker for every source', () => expect(Object.keys(SOURCES).filter((id) => !MARKERS[id])).toEqual([]));

  it.each(['zh', 'en'] as const)('every source listed for a %s text is visible in that text', (lang) => {
    for (const [key, text] of TEXTS[lang]) {
      for (const source of sourcesOf(key.replace(/_(one|other)$/, ''))) {
        const marker = source === 'guideArticle' ? GUIDE[lang] : MARKERS[source]!;
        expect({ key, source, visible: marker.test(text) }).toEqual({ key, source, visible: true });
      }
    }
  });

  it('every law a text cites is listed among its sources', () => {
    const citations: Array<[RegExp, string]> = [
      [/第二十六条|Art(icle|\.) 26/, 'consumerLaw26'],
      [/第三十九条|Art\. 39/, 'consumerLaw39'],
      [/实施条例|Regulations implementing|\bthe Regulations\b/, 'consumerRegs2024'],
      [/价格行为规则|Pricing Conduct/, 'priceRules2026'],
      [/信管函/, 'miitNotice2023'],
      [/民法典|Civil Code/, 'civilCode201'],
      [/电子商务法|E-Commerce Law/, 'ecommerce62'],
    ];
    for (const lang of ['zh', 'en'] as const) {
      for (const [key, text] of TEXTS[lang]) {
        if (key.startsWith('sources.')) continue;
        for (const [cites, source] of citations) {
          // The regulations' articles each have a source of their own: any of them lists the regulations.
          const listed = sourcesOf(key.replace(/_(one|other)$/, '')).some(
            (s) => s === source || (source === 'consumerRegs2024' && s.startsWith('consumerRegs')) || (source === 'civilCode201' && s.startsWith('civilCode')),
          );
          if (cites.test(text)) expect({ key, source, listed }).toEqual({ key, source, listed: true });
        }
      }
    }
  });
});

describe('advice that fits the case (items 4, 5, 10, 11)', () => {
  it('tells an Apple payer in /summary to ask Apple, with no order number to find', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const chat = ChatDriver.create(undefined, lang);
      await chat.start();
      for (const id of ['begin', 'firstTime', 'days1to3', 'noneUsed', 'apple', 'renewOn']) await chat.press(id);
      await chat.send({ kind: 'command', name: 'summary' });
      const t = translatorFor(lang);
      expect(chat.text).toContain(t('summary.next.askApple').slice(2, 12));
      expect(chat.text).not.toContain(t('summary.next.chooseRoute').slice(2, 12));
      expect(chat.text).not.toContain(t('summary.missing.orderNumber').slice(2, 10));
    }
  });

  it('says "not answered yet" in a mid-flow /summary for questions not reached', async () => {
    const chat = ChatDriver.create(undefined, 'en');
    await chat.start();
    await chat.press('begin');
    await chat.press('firstTime');
    await chat.send({ kind: 'command', name: 'summary' });
    expect(chat.text).toMatch(/Type: first time/ /* seventeenth review m8 */);
    expect(chat.text).toMatch(/Paid on: not answered yet/);
    expect(chat.text).toMatch(/Paid with: not answered yet/);
    expect(chat.text).not.toMatch(/Paid with: Not sure/);
  });

  it('shows the first question after /restart, as the command menu promises', async () => {
    const chat = ChatDriver.create(undefined, 'zh');
    await chat.start();
    for (const id of BEST_CASE) await chat.press(id as string);
    await chat.send({ kind: 'command', name: 'restart' });
    expect(chat.last.stateId).toBe('askMember');
    expect(chat.text).toContain(translatorFor('zh')('ask.askMember').slice(0, 10));
  });

  it('does not say "even after a successful refund" after a refusal, and does after a refund', () => {
    const refused = shown([...LATE_WECHAT, 'cs', 'notWorked', 'finish'], 'en');
    expect(refused).not.toMatch(/refund (already )?went through/);
    expect(refused).toMatch(/so the next period isn't charged/);
    expect(shown([...LATE_WECHAT, 'cs', 'refunded'], 'en')).toMatch(/even though the refund has been agreed/);
  });

  it("shows an Alipay payer Alipay's arrival, never WeChat's", () => {
    for (const lang of ['zh', 'en'] as const) {
      const afterSubmit = shown(['begin', 'firstTime', 'days1to3', 'noneUsed', 'alipay', 'renewOn', 'walkApp', ...Array(7).fill('done')], lang);
      expect(afterSubmit).toMatch(/Alipay|支付宝/);
      expect(afterSubmit).not.toMatch(/WeChat|微信|零钱/);
    }
  });

  it('leaves "after the refund arrives" out of the summary after a refusal', async () => {
    const chat = ChatDriver.create(undefined, 'en');
    await chat.start();
    for (const id of [...LATE_WECHAT, 'cs', 'notWorked', 'finish', 'renewDone']) await chat.press(id);
    expect(chat.last.stateId).toBe('summary');
    expect(chat.text).not.toMatch(/refund arrives/);
  });

  it('says "some progress" at 12315 without money dates, and what progress there means', () => {
    const text = shown([...LATE_WECHAT, 'complain12315', 'progress'], 'en');
    expect(text).not.toMatch(/When the money arrives|Getting the money back|arrive/);
    expect(drive([...LATE_WECHAT, 'complain12315', 'progress']).said).toEqual(['appeal.progress.complain12315']);
    expect(TEXTS.en.get('appeal.progress.complain12315')).toMatch(/accepted, not that you've been refunded/);
  });

  it('gives every verdict at most one deadline line', () => {
    for (const prompt of explore().prompts.filter((p) => p.stateId === 'verdict')) {
      for (const lang of ['zh', 'en'] as const) {
        const text = renderParts(prompt.parts, translatorFor(lang), lang);
        expect({ keys: prompt.parts.map((p) => p.key), deadlines: (text.match(/24:00/g) ?? []).length <= 1 }).toMatchObject({ deadlines: true });
      }
    }
  });

  it('prints the estimate caveat beside its dates, before the question', () => {
    const steps: Step[] = [...BEST_CASE, 'walkApp', ...Array(7).fill('done')];
    const prompt = activePrompt(drive(steps, 'en', Date.parse('2026-12-30T04:00:00Z')).snapshot);
    const blocks = prompt.parts.map((part) => renderSay(part, translatorFor('en'), 'en'));
    const withCaveat = blocks.findIndex((b) => /isn't published yet/.test(b));
    expect(blocks[withCaveat]).toMatch(/Jan/);
    expect(withCaveat).toBeLessThan(blocks.length - 1);
    expect(blocks.at(-1)).toMatch(/\?/);
  });
});

describe('copy that reads naturally (item 12)', () => {
  it('never renders 开通 as "open" in English, nor 误操作 as "mistaken operation", nor "day(s)"', () => {
    for (const [key, text] of TEXTS.en) {
      expect({ key, bad: /opened (it|by mistake)|you open(ed)? it|date opened|just opened|mistaken operation|day\(s\)/i.test(text) }).toEqual({
        key,
        bad: false,
      });
    }
  });

  it('never calls the drafts 话术, and no Chinese note ends on a trailing 「关于…」', () => {
    for (const [key, text] of TEXTS.zh) {
      expect({ key, bad: /话术|，关于[^，。]*。?$/m.test(text) }).toEqual({ key, bad: false });
    }
  });

  it('labels the polite and the firm reply the same way', () => {
    expect(TEXTS.en.get('appeal.refusal.politeLabel')).toMatch(/\(in Chinese, ready to copy\)/);
    expect(TEXTS.en.get('appeal.refusal.firmLabel')).toMatch(/\(in Chinese, ready to copy\)/);
    expect(TEXTS.zh.get('appeal.refusal.politeLabel')).toMatch(/（可直接复制）/);
    expect(TEXTS.zh.get('appeal.refusal.firmLabel')).toMatch(/（可直接复制）/);
  });

  it('says how to use a draft once, above it, not again below it', () => {
    for (const prompt of explore().prompts) {
      prompt.parts.forEach((part, i) => {
        const next = prompt.parts[i + 1];
        if (!part.draft || !next || next.draft) return;
        for (const lang of ['zh', 'en'] as const) {
          const after = renderSay(next, translatorFor(lang), lang);
          expect({
            state: prompt.stateId,
            after: next.key,
            repeats: /ready to copy|copy and send|replace the parts|可以直接复制|括号/i.test(after) && !/label/i.test(next.key),
          }).toMatchObject({ repeats: false });
        }
      });
    }
  });
});

describe('what a seasoned consumer-rights helper adds (guide section 7)', () => {
  const keysAt = (steps: Step[]) => activePrompt(drive(steps).snapshot).parts.map((p) => p.key);

  it('asks for evidence before switching off auto-renew, fitted to the case, and not once refunded', () => {
    const renewal = keysAt(['begin', 'renewal', 'days1to3', 'reminderNone', 'noneUsed', 'alipay', 'renewOn', 'goAppeal', 'money', 'skipOrder', 'finish']);
    expect(renewal.indexOf('renew.evidenceRenewal')).toBeLessThan(renewal.indexOf('renew.status.renewOn'));
    expect(keysAt([...LATE_WECHAT, 'finish'])).toContain('renew.evidence');
    expect(keysAt(['begin', 'firstTime', 'days1to3', 'noneUsed', 'apple', 'renewOn', 'walkApple', 'done', 'done', 'done', 'done', 'pending'])).toContain(
      'renew.evidenceApple',
    );
    expect(keysAt([...LATE_WECHAT, 'cs', 'refunded']).some((k) => k.startsWith('renew.evidence'))).toBe(false);
    expect(TEXTS.en.get('renew.evidenceRenewal')).toMatch(/message center/);
    expect(TEXTS.zh.get('renew.evidence')).toMatch(/开通页面或会员协议/);
  });

  it('offers a partial refund as the concrete other solution when privileges were used', () => {
    const used = activePrompt(drive(['begin', 'firstTime', 'days1to3', 'gift', 'wechat', 'renewOn', 'goAppeal', 'money', 'skipOrder', 'cs']).snapshot);
    expect(used.parts.map((p) => p.key)).toContain('appeal.cs.escalatePartial');
    expect(renderParts(used.parts, translatorFor('zh'), 'zh')).toMatch(/扣除已使用的部分/);
    const unused = activePrompt(drive([...LATE_WECHAT, 'cs']).snapshot);
    expect(renderParts(unused.parts, translatorFor('zh'), 'zh')).not.toMatch(/已使用的部分/);
  });

  it('after 12315 names 消协 mediation, arbitration and a lawsuit with their cost in time, and 黑猫 as pressure alongside', () => {
    const r = drive([...LATE_WECHAT, 'complain12315', 'notWorked']);
    expect(r.said).toEqual(['appeal.after.complain12315']);
    for (const lang of ['zh', 'en'] as const) {
      const text = TEXTS[lang].get('appeal.after.complain12315')!;
      const must =
        lang === 'zh' ? [/消费者协会/, /仲裁/, /起诉/, /第三十九条/, /几个月/] : [/consumer association/, /arbitration/, /lawsuit/, /Art\. 39/, /months/];
      for (const pattern of must)
        expect({ lang, pattern: String(pattern), found: pattern.test(text) }).toEqual({ lang, pattern: String(pattern), found: true });
      // Review 8 m1/m2: 黑猫 is said once on this screen, as a channel alongside 12315 (not the next rung).
      expect(TEXTS[lang].get('appeal.next.heimao')).toMatch(
        lang === 'zh' ? /不算清单里的一步[^。]*和12315同时用/ /* review 20 m8 */ : /isn't a further rung[^.]*alongside 12315/,
      );
    }
  });

  it('after an Apple refusal: consumer law still applies, Apple China support, and another try with a specific reason', () => {
    const apple = ['begin', 'firstTime', 'days1to3', 'noneUsed', 'apple', 'renewOn', 'walkApple', 'done', 'done', 'done', 'done'];
    expect(shown([...apple, 'refused'], 'en')).toMatch(/ask again with a more specific reason/);
    const refused = shown([...apple, 'refused', 'skipReason'], 'en');
    expect(refused).toMatch(/rights under the consumer-protection laws where they live are not affected/);
    expect(refused).toMatch(/support\.apple\.com\/zh-cn/);
    // "Can't find it" on Apple's page: which Apple ID (or Family Sharing organiser) was charged.
    const stuck = shown([...apple.slice(0, 7), 'cantFind', 'stillCantFind'], 'en');
    expect(stuck).toMatch(/Family Sharing/);
  });
});
