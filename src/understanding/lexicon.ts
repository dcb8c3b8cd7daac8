/**
 * The words the understanding layer knows, read once from the locales: each choice's button
 * label and synonyms (in both languages, since people mix them), the command words, and the
 * small closed lists the rules need (negators, hedges, fillers, future markers).
 */
import { texts, LANGS } from '../i18n';
import { normalisePhrase } from './normalise';

function listFrom(key: string, labelKey?: string): string[] {
  const i18n = texts();
  const phrases: string[] = [];
  for (const lng of LANGS) {
    if (labelKey && i18n.exists(labelKey, { lng, ns: 'coach' })) phrases.push(i18n.t(labelKey, { lng, ns: 'coach' }));
    const listed = i18n.t(key, { lng, ns: 'understand', defaultValue: '' });
    phrases.push(...listed.split('|'));
  }
  return [...new Set(phrases.map(normalisePhrase).filter((p) => p.length > 0))];
}

const cache = new Map<string, string[]>();
function cached(key: string, labelKey?: string): string[] {
  let phrases = cache.get(key);
  if (!phrases) cache.set(key, (phrases = listFrom(key, labelKey)));
  return phrases;
}

/** Every way of saying choice `id`: its label in each language, then the synonyms. */
export const choicePhrases = (id: string): string[] => cached(`choice.${id}`, `choice.${id}`);

/** Words that point to choice `id` without saying it ("小红书的会员" for the black card): asked about. */
export const leanPhrases = (id: string): string[] => cached(`lean.${id}`);

/** Whole messages that are command `name` ("返回", "start over"). */
export const commandPhrases = (name: string): string[] => cached(`command.${name}`);

/**
 * Closed word lists: `negator`, `hedge`, `filler`, `doubt` ("if", "有没有": named, not
 * said), `correction` ("不对", "wait no"), `question` (interrogatives) and `neutral` (set
 * phrases that only look like negations or questions: "no need", "怎么能"), and `usage`
 * ("用了", "used": some privilege was used, without saying which), `contrast` and `opener` (a
 * change of mind: "本来…后来", "actually") and `refusal` ("不告诉你": no answer, never "none").
 */
export type MarkerList =
  | 'negator'
  | 'hedge'
  | 'filler'
  | 'doubt'
  | 'correction'
  | 'contrast'
  | 'opener'
  | 'question'
  | 'neutral'
  | 'weak'
  | 'usage'
  | 'refusal'
  | 'intent'
  | 'offTopic';
export const markers = (name: MarkerList): string[] => {
  const key = `marker.${name}`;
  let phrases = cache.get(key);
  if (!phrases) cache.set(key, (phrases = [...new Set([...listFrom(key), ...(GENERAL[name] ?? []).map(normalisePhrase)])]));
  return phrases;
};

/**
 * Closed-class words the rules need whatever the locale lists say: interrogatives about a
 * date ("今天几号？" asks, it does not answer) and the common ways of refusing to answer
 * ("你管我", "why do you care"), which are never "none".
 */
const GENERAL: Partial<Record<MarkerList, readonly string[]>> = {
  question: ['几号', '几月', '哪天', '哪一天', '什么时候', '啥时候', '何时'],
  // What someone means to do, or did not know, is not what is the case: "想关", "i want to
  // cancel", "going to turn it off", "didn't know it was on", "没注意到开着".
  doubt: [
    ...['不知道', '没发现', '没注意到', '没意识到', '不晓得'],
    ...['do not know', 'did not know', 'not know', 'not realize', 'not realise', 'did not notice', 'not aware', 'no idea'],
  ],
  hedge: ['左右', '来着'],
  intent: [
    ...['想', '打算', '准备', '正在', '要去'],
    ...['want to', 'wanna', 'going to', 'gonna', 'will', 'plan to', 'planning to', 'trying to', 'try to', 'need to', 'how to', 'how do i'],
  ],
  refusal: [
    '你管我',
    '你管得着',
    '管你什么事',
    '关你屁事',
    '与你无关',
    '跟你没关系',
    '和你没关系',
    '跟你有什么关系',
    '凭什么告诉你',
    '不关你事',
    '干嘛告诉你',
    '为什么要告诉你',
    '无可奉告',
    '保密',
    'why do you care',
    'why should i tell you',
    'not your business',
    'not your concern',
    'none of ya business',
    'that is private',
    'no comment',
    'i would rather not',
    'not saying',
    'not gonna say',
    'will not say',
    'will not tell',
  ],
};
