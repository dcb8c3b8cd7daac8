/**
 * Turns the machine's declared output (keys + variables + choice ids) into text in one
 * language. Adapters receive only the result: plain text and labelled choices.
 */
import type { TFunction } from 'i18next';
import type { Lang, Say, TextVar, TextVars } from '../../machines';
import { addWorkingDays } from '../calendar/working-days';
import { namespacesOf, texts, translatorFor } from '../i18n';
import { planGloss } from '../understanding/plan-line';

/** The language of the people the drafts are sent to (the company's customer service). */
export const DRAFT_LANG: Lang = 'zh';

/**
 * A date inside a draft (a complaint, an email) is read later and by strangers: it carries the
 * year and no weekday, the way such letters are written (2026年11月20日).
 */
const DRAFT_DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
};

const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }),
};

/**
 * Texts that take no variables, remembered per translator: the locales are loaded once
 * (src/i18n), so a key always gives the same text, while each i18next `t` call costs
 * microseconds and garbage. Keys are finite (they come from the machine and locales/), and
 * translators are one per language (translatorFor keeps them), so this stays small.
 */
const staticTexts = new WeakMap<TFunction, Map<string, string>>();

function staticText(t: TFunction, key: string): string {
  let texts = staticTexts.get(t);
  if (!texts) staticTexts.set(t, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = t(key)));
  return text;
}

/**
 * Texts with variables, remembered per translator, key and rendered variables: a template
 * filled with the same values gives the same text, and i18next's interpolation is the
 * dearest part of rendering a reply. Bounded (cleared when full) because values such as
 * order numbers and dates keep coming.
 */
const INTERPOLATED_LIMIT = 5000;
const interpolatedTexts = new WeakMap<TFunction, Map<string, string>>();

function interpolated(t: TFunction, key: string, vars: Record<string, string | number>): string {
  let texts = interpolatedTexts.get(t);
  if (!texts) interpolatedTexts.set(t, (texts = new Map()));
  const id = `${key}\u0000${JSON.stringify(vars)}`;
  let text = texts.get(id);
  if (text === undefined) {
    text = t(key, vars);
    if (texts.size >= INTERPOLATED_LIMIT) texts.clear();
    texts.set(id, text);
  }
  return text;
}

/** Formatted dates, remembered; bounded because dates keep coming. */
const DATE_MEMO_LIMIT = 5000;
const formattedDates = new Map<string, string>();

/** A calendar date (YYYY-MM-DD) the way a reader of `lang` writes it, e.g. 11月20日周五. */
export function formatDate(date: string, lang: Lang): string {
  const id = `${lang}:${date}`;
  let text = formattedDates.get(id);
  if (text === undefined) {
    text = DATE_FORMATS[lang].format(new Date(`${date}T00:00:00Z`));
    if (formattedDates.size >= DATE_MEMO_LIMIT) formattedDates.clear();
    formattedDates.set(id, text);
  }
  return text;
}

/** An instant as a China date and time, e.g. 12月1日周二 10:00 (the texts say "China time"). */
export function formatInstant(at: number, lang: Lang): string {
  const china = new Date(at + 8 * 60 * 60 * 1000).toISOString();
  return `${formatDate(china.slice(0, 10), lang)} ${china.slice(11, 16)}`;
}

/** Chinese characters: a typed line in Chinese, which an English gloss describes instead of repeating. */
const TYPED_CHINESE = /[\u3400-\u9fff]/;

interface VarContext {
  t: TFunction;
  lang: Lang;
  /** Rendering a draft: dates carry the year. */
  draft: boolean;
  /** Rendering a draft's gloss: what the person typed in the draft's language is described, not repeated. */
  gloss?: boolean;
  /** Years whose holiday calendar was missing while counting working days. */
  estimatedYears: Set<number>;
}

function renderVar(value: TextVar, ctx: VarContext): string | number {
  if (typeof value !== 'object') return value;
  if ('list' in value) {
    const items = value.list.map((item) => renderVar(item, ctx));
    const separator = staticText(ctx.t, 'list.separator');
    // Eleventh round m14: a list a sentence runs on from ends "… and c" (in English).
    if (!value.and || items.length < 2) return items.join(separator);
    return `${items.slice(0, -1).join(separator)}${staticText(ctx.t, 'list.last')}${items.at(-1)}`;
  }
  if ('key' in value)
    return 'vars' in value
      ? interpolated(ctx.t, value.key, renderVars(value.vars, ctx, variablesOf(ctx.t, ctx.lang, value.key)))
      : staticText(ctx.t, value.key);
  if ('at' in value) return formatInstant(value.at, ctx.lang);
  // Tenth round m10: typed in Chinese, glossed from what can be read in it for certain, or shown as typed (the person's own words).
  if ('typed' in value) {
    if (!ctx.gloss || !TYPED_CHINESE.test(value.typed)) return value.typed;
    const gloss = planGloss(value.typed);
    return gloss ? renderVar(gloss, ctx) : interpolated(ctx.t, 'draft.typedLine', { typed: value.typed });
  }
  if ('glossOf' in value) {
    // A Chinese reader reads the line itself; the gloss is for a reader of another language.
    const gloss = ctx.lang === 'zh' ? undefined : planGloss(value.glossOf);
    return gloss ? interpolated(ctx.t, 'draft.glossAside', { gloss: renderVar(gloss, ctx) }) : '';
  }
  if ('date' in value) return ctx.draft ? DRAFT_DATE_FORMATS[ctx.lang].format(new Date(`${value.date}T00:00:00Z`)) : formatDate(value.date, ctx.lang);
  const result = addWorkingDays(value.workdaysAfter, value.add);
  for (const year of result.yearsWithoutCalendar) ctx.estimatedYears.add(year);
  return formatDate(result.date, ctx.lang);
}

/**
 * The variables a text's template names, remembered per language and key. Case texts are
 * handed the whole case file as variables (about twenty, some of them nested texts and
 * lists); rendering only the ones a template uses saves most of a turn's i18next time.
 * Undefined when the template cannot be read (a plural form): then all are rendered.
 */
const usedByTemplate = new Map<string, ReadonlySet<string> | undefined>();

function variablesOf(t: TFunction, lang: Lang, key: string): ReadonlySet<string> | undefined {
  const namespaces = key.includes(':') ? [key.split(':', 1)[0]!] : namespacesOf(t);
  const path = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
  const id = `${lang}:${namespaces.join(',')}:${path}`;
  if (usedByTemplate.has(id)) return usedByTemplate.get(id);
  const template = namespaces.map((ns): unknown => texts().getResource(lang, ns, path)).find((found) => found !== undefined);
  const used = typeof template === 'string' ? new Set([...template.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!)) : undefined;
  usedByTemplate.set(id, used);
  return used;
}

function renderVars(vars: TextVars, ctx: VarContext, used?: ReadonlySet<string>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(vars)) if (!used || used.has(name)) out[name] = renderVar(value, ctx);
  return out;
}

/**
 * One text in `lang`. Drafts are written to the company's Chinese-speaking customer service,
 * so a draft is the recipient's template filled in the recipient's language (payment channel,
 * reason, dates) whatever the reader's language; the reader's own template for that key is its
 * gloss (see renderGloss). A date counted in working days through a year with no published
 * holiday calendar gets a note saying it assumed Monday–Friday.
 */
export function renderSay(say: Say, t: TFunction, lang: Lang, recipient?: { t: TFunction; lang: Lang }): string {
  const sent = say.draft && recipient ? recipient : { t, lang };
  if (!say.vars) return staticText(sent.t, say.key);
  const ctx: VarContext = { ...sent, draft: say.draft === true, estimatedYears: new Set() };
  const text = interpolated(sent.t, say.key, renderVars(say.vars, ctx, variablesOf(sent.t, sent.lang, say.key)));
  if (ctx.estimatedYears.size === 0) return text;
  return `${text}\n${t('dates.estimatedWorkdays', { years: [...ctx.estimatedYears].join(', ') })}`;
}

/**
 * What a draft says, in the reader's words, for a reader who does not read the language it is
 * sent in: the reader's template for the draft's key, filled with the same case facts in the
 * reader's language (dates with their year, as in the draft). None for a reader of the draft's
 * own language.
 */
export function renderGloss(say: Say, t: TFunction, lang: Lang, recipient: { lang: Lang }): string | undefined {
  if (!say.draft || recipient.lang === lang) return undefined;
  if (!say.vars) return staticText(t, say.key);
  const ctx: VarContext = { t, lang, draft: true, gloss: true, estimatedYears: new Set() };
  // Sentences are joined with a space after each: none is left at a line's end.
  return interpolated(t, say.key, renderVars(say.vars, ctx, variablesOf(t, lang, say.key))).replace(/ +$/gm, '');
}

/** Laws with a long name, written in their short form (`mentions.<id>.short`) and named in full once per conversation. */
const MENTIONS = ['regs'] as const;

/**
 * Blocks with each long-named law named in full (`mentions.<id>.first`) where it is first
 * mentioned, unless `named` says the conversation has already named it; the short form its
 * texts use stays everywhere else. `named` gains each law named here (and, in a language
 * whose short form is its full name, nothing). What is sent (a draft) keeps its own wording:
 * its reader is someone else.
 */
export function namedOnce<B extends { text: string; draft: boolean }>(blocks: readonly B[], t: TFunction, named: Set<string> = new Set()): B[] {
  let out = [...blocks];
  for (const id of MENTIONS) {
    const short = staticText(t, `mentions.${id}.short`);
    const first = staticText(t, `mentions.${id}.first`);
    if (short === first || named.has(id)) continue;
    const at = out.findIndex((block) => !block.draft && block.text.includes(short));
    if (at < 0) continue;
    named.add(id);
    // A text that already names the law in full is not named again (it would read twice in a row).
    if (out[at]!.text.includes(first)) continue;
    const block = out[at]!;
    out = out.map((b, i) => (i === at ? { ...block, text: block.text.replace(short, first) } : b));
  }
  return out;
}

/**
 * One message: its texts as paragraphs, as a chat shows them (a draft in the language it is
 * sent in, then its gloss for a reader of another language).
 */
export function renderParts(parts: Say[], t: TFunction, lang: Lang): string {
  const recipient = { t: translatorFor(DRAFT_LANG, namespacesOf(t)[0]), lang: DRAFT_LANG };
  const blocks = parts.flatMap((part) => {
    const gloss = renderGloss(part, t, lang, recipient);
    return [{ text: renderSay(part, t, lang, recipient), draft: part.draft === true }, ...(gloss === undefined ? [] : [{ text: gloss, draft: false }])];
  });
  return namedOnce(blocks, t)
    .map((block) => block.text)
    .join('\n\n');
}

export function choiceLabel(id: string, t: TFunction): string {
  return staticText(t, `choice.${id}`);
}
