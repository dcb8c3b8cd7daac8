/**
 * The page's own words (buttons, labels, notices) in one language, from locales/<lang>/web.json.
 * The coach's messages come from the engine; these only frame them.
 */
import type { Lang } from '../../index';
import { texts } from '../../i18n';

export function pageTexts(lang: Lang): Record<string, string> {
  return texts().getResourceBundle(lang, 'web') as Record<string, string>;
}
