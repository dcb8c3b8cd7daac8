/**
 * The page's own words (buttons, labels, notices) in one language, from locales/<lang>/web.json.
 * The coach's messages come from the engine; these only frame them.
 */
import { namespaceTexts, type Lang } from '../../index';

export function pageTexts(lang: Lang): Record<string, string> {
  return namespaceTexts(lang, 'web');
}
