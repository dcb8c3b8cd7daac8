/**
 * Both languages say everything: the same keys, the same variables, and every key the
 * machine can emit (found by walking it) exists and renders without a gap.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LANGS, LOCALES_DIR, translatorFor } from '../src/i18n';
import { renderParts, choiceLabel } from '../src/core/render';
import { xhsBlackCardPolicy as xhsBlackCard } from '../machines/products/xhs-black-card/policy';
import { explore } from './support/explore';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

function load(lang: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(LOCALES_DIR, lang))) {
    const tree = JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, lang, file), 'utf8')) as Tree;
    for (const [k, v] of flatten(tree)) all.set(`${file.replace(/\.json$/, '')}:${k}`, v);
  }
  return all;
}

const variables = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]));

/**
 * i18next plural forms (`key_one`, `key_other`) are one text: English has both forms,
 * Chinese only `_other`. Keys are compared without the suffix, and each form must use the
 * variables of the other language's `_other`.
 */
const PLURAL = /_(zero|one|two|few|many|other)$/;
function withoutPlurals(texts: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, text] of texts) {
    const base = key.replace(PLURAL, '');
    if (base === key || key.endsWith('_other') || !out.has(base)) out.set(base, text);
  }
  return out;
}
const zh = withoutPlurals(load('zh'));
const en = withoutPlurals(load('en'));

describe('locale files', () => {
  it('have the same keys in Chinese and English', () => {
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('use the same variables in both languages, and no text is empty', () => {
    for (const [key, text] of en) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, vars: [...variables(zh.get(key) ?? '')].sort() }).toEqual({ key, vars: [...variables(text)].sort() });
    }
  });

  it('write Chinese in the Chinese texts', () => {
    for (const [key, text] of zh) {
      if (key.startsWith('understand:')) continue;
      // An app's own name is the same in both languages (WPS, Keep).
      if (/^any-membership:(apps\.|choice\.app_)/.test(key)) continue;
      expect({ key, hasChinese: /[\u3000-\u303f\u4e00-\u9fff]/.test(text) }).toEqual({ key, hasChinese: true });
    }
  });
});

describe('every text the machine can emit', () => {
  const { keys, choices, prompts } = explore();

  it.each(LANGS)('exists in %s', (lang) => {
    const texts = lang === 'zh' ? zh : en;
    const needed = [...keys, ...[...choices].map((id) => `choice.${id}`), ...xhsBlackCard.appealReasons.map((r) => `reason.${r}`)];
    expect(needed.filter((k) => !texts.has(`coach:${k}`))).toEqual([]);
  });

  it.each(LANGS)('renders every prompt in %s with all its variables filled', (lang) => {
    const t = translatorFor(lang);
    for (const prompt of prompts) {
      const text = renderParts(prompt.parts, t, lang) + prompt.choices.map((c) => choiceLabel(c, t)).join('');
      expect({ state: prompt.stateId, gap: /\{\{|\}\}|undefined|NaN/.test(text) }).toEqual({ state: prompt.stateId, gap: false });
    }
  });
});
