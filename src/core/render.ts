/**
 * Turns the machine's declared output (keys + variables + choice ids) into text in one
 * language. Adapters receive only the result: plain text and labelled choices.
 */
import type { TFunction } from 'i18next';
import type { Lang, Say, TextVar } from '../../machines';

const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }),
};

/** A calendar date (YYYY-MM-DD) the way a reader of `lang` writes it, e.g. 11月20日周五. */
export function formatDate(date: string, lang: Lang): string {
  return DATE_FORMATS[lang].format(new Date(`${date}T00:00:00Z`));
}

function renderVar(value: TextVar, t: TFunction, lang: Lang): string | number {
  if (typeof value !== 'object') return value;
  return 'key' in value ? t(value.key) : formatDate(value.date, lang);
}

/**
 * One text in `lang`. Drafts are written to Xiaohongshu's Chinese-speaking customer service,
 * so their variables (payment channel, reason, dates) are filled in Chinese whatever the
 * reader's language; the English template adds its gloss around the Chinese draft.
 */
export function renderSay(say: Say, t: TFunction, lang: Lang, recipient?: { t: TFunction; lang: Lang }): string {
  const varsIn = say.draft && recipient ? recipient : { t, lang };
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(say.vars ?? {})) vars[name] = renderVar(value, varsIn.t, varsIn.lang);
  return t(say.key, vars);
}

/** One message: its texts as paragraphs. */
export function renderParts(parts: Say[], t: TFunction, lang: Lang): string {
  return parts.map((part) => renderSay(part, t, lang)).join('\n\n');
}

export function choiceLabel(id: string, t: TFunction): string {
  return t(`choice.${id}`);
}
