/**
 * The one way every adapter picks the coach's language: from Telegram's `language_code`
 * ("zh-hans", "en-GB"), an HTTP Accept-Language header ("en-US,en;q=0.9,zh-CN;q=0.8"), or a
 * locale variable ("zh_CN.UTF-8"). The supported language the person ranks highest wins; any
 * Chinese variant reads Chinese; nothing recognisable reads English.
 */
import { isLang, type Lang } from '../../machines';

export function negotiateLanguage(codeOrAcceptLanguage: string | undefined | null): Lang {
  if (!codeOrAcceptLanguage) return 'en';
  const ranked = codeOrAcceptLanguage
    .split(',')
    .map((entry, order) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.trim().toLowerCase().split(/[-_.]/)[0] ?? '', q: q === undefined ? 1 : Number(q), order };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((entry) => entry.primary).find(isLang) ?? 'en';
}
