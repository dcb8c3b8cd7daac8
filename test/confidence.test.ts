/**
 * The coach says each fact only as firmly as the guide's confidence label allows
 * (../shared/domain/refund-guide.md): legal facts plainly, app paths as the usual path,
 * unverified claims only as "some guides say", and never the things section 7 forbids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES_DIR } from '../src/i18n';

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
}
const texts = (lang: string) => new Map(flatten(JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, lang, 'coach.json'), 'utf8')) as Tree));
const zh = texts('zh');
const en = texts('en');
const all = [...zh.entries(), ...en.entries()];

const HEDGE = { zh: /通常|一般|可能|为准|往往|常见|估计|大约/, en: /usual|usually|may|might|typical|normally|estimate|about|roughly|differ/i };

describe('never stated as fact (guide section 7)', () => {
  it('never says the law guarantees a 7-day refund', () => {
    for (const [key, text] of all) {
      expect({
        key,
        claim: /法律(规定|保证|保障)[^。]{0,12}(会员|服务)?[^。]{0,6}7天[^。]{0,6}退款|law (guarantees|gives you) a 7-day refund/i.test(text),
      }).toEqual({ key, claim: false });
    }
  });

  it('words the 7-day refund as what guides say (GUIDE), not a legal right, and says to screenshot a promise', () => {
    expect(zh.get('verdict.note.sevenDayPromise')).toMatch(/攻略说[\s\S]*没有官方文件证实[\s\S]*不是法定权利[\s\S]*开通页面或会员协议[\s\S]*截图/);
    expect(en.get('verdict.note.sevenDayPromise')).toMatch(
      /guides say[\s\S]*nothing official confirms[\s\S]*isn't a legal right[\s\S]*sign-up page or the member agreement[\s\S]*screenshot/,
    );
  });

  it("never calls a guide's claim the platform's rule or promise", () => {
    for (const [key, text] of all) {
      expect({ key, claim: /平台的一般规则|平台自己的承诺|platform's (usual|own) (rule|promise)|under the platform's/i.test(text) }).toEqual({
        key,
        claim: false,
      });
    }
  });

  it('never promises an outcome ("nothing to lose", "worst case a refusal", "costs nothing")', () => {
    for (const [key, text] of all) {
      expect({ key, promise: /nothing to lose|worst case|costs nothing|no cost|不花任何成本|最坏就是|不会有什么损失|没有任何损失|稳赚/i.test(text) }).toEqual({
        key,
        promise: false,
      });
    }
  });

  it("gives Apple's 24–48 hours as Apple's word for an update, not for the result", () => {
    const mentions = all.filter(([, text]) => /24–48/.test(text));
    expect(mentions.length).toBeGreaterThan(3);
    for (const [key, text] of mentions) {
      expect({ key, update: /update|更新|进展/i.test(text) && /Apple says|苹果表示/.test(text), result: /结果|result/i.test(text) }).toEqual({
        key,
        update: true,
        result: false,
      });
    }
  });

  it('prints no support email address', () => {
    for (const [key, text] of all) expect({ key, email: /[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(text) }).toEqual({ key, email: false });
  });

  it('mentions @小红书福利官 only as something some guides say, and unverified', () => {
    const mentions = all.filter(([, text]) => text.includes('@小红书福利官'));
    expect(mentions.length).toBeGreaterThan(0);
    for (const [key, text] of mentions) {
      expect({ key, hedged: /有的攻略|部分教程|有些教程|some guides|无法核实|未核实|not verified|can't verify|cannot verify/i.test(text) }).toEqual({
        key,
        hedged: true,
      });
    }
  });

  it('mentions a 5-day reminder only attributed to the 2021 text or the MIIT notice', () => {
    for (const [key, text] of all.filter(([, t]) => /5天|5 days|五天/.test(t))) {
      expect({ key, attributed: /2021|工信部|MIIT/.test(text) }).toEqual({ key, attributed: true });
    }
  });

  it('gives review and arrival times as usual, never as promises', () => {
    const durations = all.filter(([, t]) => /(1–3|3–7) ?(个)?(工作日|working days)/.test(t));
    expect(durations.length).toBeGreaterThan(3);
    for (const [key, text] of durations) {
      const lang = zh.get(key) === text ? 'zh' : 'en';
      expect({ key, hedged: HEDGE[lang].test(text) }).toEqual({ key, hedged: true });
    }
  });
});

describe('app paths (GUIDE) are the usual path, not a certainty', () => {
  it.each(['walk.app.openMe', 'walk.web.login', 'renew.inApp', 'appeal.cs.where'])('%s says so in both languages', (key) => {
    expect(zh.get(key)).toMatch(HEDGE.zh);
    expect(en.get(key)).toMatch(HEDGE.en);
  });

  it("pairs the in-app auto-renew path with the payment channel's switch", () => {
    expect(zh.get('renew.inApp')).toMatch(/支付渠道/);
    expect(en.get('renew.inApp')).toMatch(/payment channel/);
  });
});

describe('legal and official facts (HIGH) are stated plainly with their source', () => {
  it('names the articles the refusal answers rely on', () => {
    expect(zh.get('appeal.refusal.refusedRule.explain')).toMatch(/第二十六条/);
    expect(zh.get('appeal.refusal.refusedLate.explain')).toMatch(/实施条例.*第十条/);
    expect(en.get('appeal.refusal.refusedLate.explain')).toMatch(/Article 10/);
  });

  it('says 12315 and 黑猫投诉 do not guarantee a refund, and 黑猫 is not the government', () => {
    expect(zh.get('appeal.complain12315.about')).toMatch(/不等于一定能退款/);
    expect(en.get('appeal.complain12315.about')).toMatch(/does not guarantee/);
    expect(zh.get('appeal.heimao.about')).toMatch(/不是政府/);
    expect(en.get('appeal.heimao.about')).toMatch(/not the government/);
  });

  it('gives the operator company only as reported (MEDIUM)', () => {
    expect(zh.get('appeal.complain12315.prepare')).toMatch(/据公开信息.*核实/s);
    expect(en.get('appeal.complain12315.prepare')).toMatch(/public sources say.*check it/s);
  });
});

describe('the coach never asks for secrets', () => {
  it('asks for no password, verification code or card number anywhere', () => {
    for (const [key, text] of all) {
      const asks = /(请|麻烦)(提供|发送|告诉我)[^。]{0,8}(密码|验证码|银行卡号)|(send|give|tell) me (your )?(password|verification code|card number)/i.test(
        text,
      );
      expect({ key, asks }).toEqual({ key, asks: false });
    }
  });
});
