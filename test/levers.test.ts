/**
 * Issue 20: every lever an expert would pull, and not one line that does not fit the case.
 * Each numbered Fix item has a test here (or beside the code it touches), read in both
 * languages and, where the coaching is shared, for both built-in products.
 */
import fs from 'node:fs';
import path from 'node:path';
import { initialTransition, transition } from 'xstate';
import { activePrompt, anyMembership, createCoachMachine, saidBy, xhsBlackCard, type Lang, type Product } from '../machines';
import { CHECKED, SOURCES, sourcesFor, sourcesOf } from '../machines/sources';
import { renderParts } from '../src/core/render';
import { LOCALES_DIR, translatorFor } from '../src/i18n';
import { toEvent, type Step } from './support/drive';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const textsOf = (lang: Lang, file: string) => new Map(flatten(JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, lang, `${file}.json`), 'utf8')) as Tree));
const ALL_TEXTS = (['zh', 'en'] as const).flatMap((lang) =>
  ['coach', 'any-membership'].flatMap((file) => [...textsOf(lang, file)].map(([key, text]) => ({ lang, file, key, text }))),
);

const PRODUCTS: ReadonlyArray<[string, Product, Step[]]> = [
  ['黑卡', xhsBlackCard, ['begin']],
  ['any app', anyMembership, ['begin', 'app_iqiyi']],
];
const machines = new Map<Product, ReturnType<typeof createCoachMachine>>();
const machineOf = (product: Product) => {
  if (!machines.has(product)) machines.set(product, createCoachMachine(product));
  return machines.get(product)!;
};

/** The person's steps through one product's conversation: what is shown at the end, and what the last step said. */
function walk(product: Product, steps: Step[], lang: Lang = 'zh') {
  const machine = machineOf(product);
  let [snapshot] = initialTransition(machine, { lang });
  let said: string[] = [];
  let saidText = '';
  const t = translatorFor(lang, product.texts);
  for (const step of steps) {
    const [next, actions] = transition(machine, snapshot, toEvent(step));
    snapshot = next;
    const parts = saidBy(actions).flat();
    said = parts.map((p) => p.key);
    saidText = renderParts(parts, t, lang);
  }
  const prompt = activePrompt(snapshot as never);
  return { snapshot, prompt, keys: prompt.parts.map((p) => p.key), said, saidText, text: renderParts(prompt.parts, t, lang) };
}

describe('Fix 1: a promise made on the sign-up page is cited to 实施条例 第十二条, not 法释〔2022〕8号 第二条', () => {
  it('lists 实施条例 第十二条 (with 消保法 第十六条第二款, 第四十四条) behind the promise, and 法释〔2022〕8号 for 第一条 only', () => {
    expect(sourcesOf('verdict.note.sevenDayPromise')).toContain('consumerRegs12');
    expect(sourcesOf('verdict.note.sevenDayPromise')).not.toContain('spc2022');
    for (const lang of ['zh', 'en'] as const) {
      const t = translatorFor(lang);
      expect(t('sources.list.spc2022')).not.toMatch(/第二条|Arts?\. ?1[–-]2|Art\. 2\b/);
      expect(t('sources.list.consumerRegs12')).toMatch(lang === 'zh' ? /第十二条.*第十六条第二款.*第四十四条/ : /Art\. 12.*Art\. 16\(2\).*Art\. 44/);
    }
  });
});

describe('Fix 2: 12315 mediation takes about two months, never "a few weeks"', () => {
  it('no text in either language or product says mediation takes weeks', () => {
    const weeks = ALL_TEXTS.filter(({ text }) => /几周|\bweeks\b/.test(text) && /调解|mediat/.test(text));
    expect(weeks.map(({ lang, file, key }) => `${lang}/${file}:${key}`)).toEqual([]);
  });

  it('says "about two months" where 12315 is filed', () => {
    for (const [, product, start] of PRODUCTS) {
      for (const lang of ['zh', 'en'] as const) {
        const { text } = walk(
          product,
          [...start, 'firstTime', 'over7', 'noneUsed', 'wechat', 'renewOn', 'goAppeal', 'money', 'skipOrder', 'complain12315'],
          lang,
        );
        expect(text).toMatch(lang === 'zh' ? /两个月/ : /about two months/);
      }
    }
  });
});

describe('/sources shows the date each source was last checked', () => {
  it('has a date for every source, and shows it beside each one', () => {
    expect(Object.keys(SOURCES).filter((id) => !/^\d{4}-\d{2}-\d{2}$/.test(CHECKED[id] ?? ''))).toEqual([]);
    for (const lang of ['zh', 'en'] as const) {
      const text = renderParts(sourcesFor(['verdict.noReminder', 'verdict.note.sevenDayPromise']), translatorFor(lang), lang);
      const items = text.split('\n').filter((line) => line.startsWith('·'));
      expect(items.length).toBeGreaterThan(2);
      for (const item of items) expect(item).toMatch(lang === 'zh' ? /最后核对：2026-\d\d-\d\d/ : /last checked 2026-\d\d-\d\d/);
    }
  });
});
