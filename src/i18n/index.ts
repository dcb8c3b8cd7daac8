/**
 * Texts for every language, loaded once at start from locales/<lang>/<namespace>.json.
 * Each turn renders with `translatorFor(lang)` (a fixed-language `t`), never with a global
 * `changeLanguage`, which would race between chats.
 */
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import { LANGS, type Lang } from '../../machines';

export { LANGS };
/** locales/ sits at the project root, whether this runs from src/ or from dist/src/. */
function findLocalesDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'locales');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('locales/ folder not found');
  }
}

export const LOCALES_DIR = findLocalesDir(__dirname);

function readResources(dir: string): Resource {
  const resources: Resource = {};
  for (const lang of LANGS) {
    resources[lang] = {};
    for (const file of fs.readdirSync(path.join(dir, lang)).filter((f) => f.endsWith('.json'))) {
      resources[lang][file.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(dir, lang, file), 'utf8'));
    }
  }
  return resources;
}

let instance: i18n | undefined;

/** The shared i18next instance, initialised synchronously on first use. */
export function texts(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  const resources = readResources(LOCALES_DIR);
  void created.init({
    initAsync: false,
    resources,
    supportedLngs: [...LANGS],
    fallbackLng: false,
    defaultNS: 'coach',
    // Every namespace found in locales/: an adapter's own texts are a file, not an edit here.
    ns: Object.keys(resources.en ?? {}),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance = created;
  return created;
}

const translators = new Map<string, TFunction>();

/**
 * The one translator of `lang` (kept, so texts rendered with it can be remembered). With a
 * product's namespace, a key is read there first and then from the shared `coach` texts.
 */
export function translatorFor(lang: Lang, productTexts = 'coach'): TFunction {
  const id = `${lang}:${productTexts}`;
  let t = translators.get(id);
  if (!t) translators.set(id, (t = texts().getFixedT(lang, productTexts === 'coach' ? 'coach' : [productTexts, 'coach'])));
  return t;
}

/** The namespaces a translator reads unprefixed keys from, in order. */
export function namespacesOf(t: TFunction): string[] {
  const ns = (t as TFunction & { ns?: string | readonly string[] }).ns;
  return ns === undefined ? ['coach'] : typeof ns === 'string' ? [ns] : [...ns];
}

/** Every text of one namespace in `lang`: an adapter's own words (the web page's, say). */
export function namespaceTexts(lang: Lang, namespace: string): Record<string, string> {
  return texts().getResourceBundle(lang, namespace) as Record<string, string>;
}
