/**
 * Turns the machine's declared output (keys + variables + choice ids) into text in one
 * language. Adapters receive only the result: plain text and labelled choices.
 */
import type { TFunction } from 'i18next';
import type { Lang, Say, TextVar } from '../../machines';
import { addWorkingDays } from '../calendar/working-days';

const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }),
};

/**
 * Texts that take no variables, and formatted dates, remembered per language: the locales are
 * loaded once (src/i18n), so a key always gives the same text, while each i18next `t` call
 * costs microseconds and garbage (it copies its options on every call). Bounded: keys come
 * from the machine and dates are few, but a cache must never grow without limit.
 */
const MEMO_LIMIT = 5000;
const memo = new Map<string, string>();

function remembered(id: string, compute: () => string): string {
  let text = memo.get(id);
  if (text === undefined) {
    text = compute();
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(id, text);
  }
  return text;
}

/**
 * `t(key)` for a text without variables. Only translators with a fixed language and no
 * namespace or key prefix of their own (what `translatorFor` returns) are remembered.
 */
function staticText(t: TFunction, key: string): string {
  const fixed = t as unknown as { lng?: unknown; ns?: unknown; keyPrefix?: unknown };
  if (typeof fixed.lng !== 'string' || fixed.ns !== undefined || fixed.keyPrefix !== undefined) return t(key);
  return remembered(`t\u0000${fixed.lng}\u0000${key}`, () => t(key));
}

/** A calendar date (YYYY-MM-DD) the way a reader of `lang` writes it, e.g. 11月20日周五. */
export function formatDate(date: string, lang: Lang): string {
  return remembered(`d\u0000${lang}\u0000${date}`, () => DATE_FORMATS[lang].format(new Date(`${date}T00:00:00Z`)));
}

interface VarContext {
  t: TFunction;
  lang: Lang;
  /** Years whose holiday calendar was missing while counting working days. */
  estimatedYears: Set<number>;
}

function renderVar(value: TextVar, ctx: VarContext): string | number {
  if (typeof value !== 'object') return value;
  if ('key' in value) return staticText(ctx.t, value.key);
  if ('date' in value) return formatDate(value.date, ctx.lang);
  const result = addWorkingDays(value.workdaysAfter, value.add);
  result.yearsWithoutCalendar.forEach((year) => ctx.estimatedYears.add(year));
  return formatDate(result.date, ctx.lang);
}

/**
 * One text in `lang`. Drafts are written to Xiaohongshu's Chinese-speaking customer service,
 * so their variables (payment channel, reason, dates) are filled in Chinese whatever the
 * reader's language; the English template adds its gloss around the Chinese draft. A date
 * counted in working days through a year with no published holiday calendar gets a note
 * saying it assumed Monday–Friday.
 */
export function renderSay(say: Say, t: TFunction, lang: Lang, recipient?: { t: TFunction; lang: Lang }): string {
  if (!say.vars) return staticText(t, say.key);
  const varsIn = say.draft && recipient ? recipient : { t, lang };
  const ctx: VarContext = { ...varsIn, estimatedYears: new Set() };
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(say.vars ?? {})) vars[name] = renderVar(value, ctx);
  const text = t(say.key, vars);
  if (ctx.estimatedYears.size === 0) return text;
  return `${text}\n${t('dates.estimatedWorkdays', { years: [...ctx.estimatedYears].join(', ') })}`;
}

/** One message: its texts as paragraphs. */
export function renderParts(parts: Say[], t: TFunction, lang: Lang): string {
  return parts.map((part) => renderSay(part, t, lang)).join('\n\n');
}

export function choiceLabel(id: string, t: TFunction): string {
  return staticText(t, `choice.${id}`);
}
