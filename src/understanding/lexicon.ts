/**
 * The words the understanding layer knows, read once from the locales: each choice's button
 * label and synonyms (in both languages, since people mix them), the command words, and the
 * small closed lists the rules need (negators, hedges, fillers, future markers).
 */
import { texts, LANGS } from '../i18n';
import { concreteWords } from './concrete-words';
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
export const choicePhrases = (id: string): string[] => {
  const key = `choice.${id}`;
  let phrases = cache.get(key);
  if (!phrases) cache.set(key, (phrases = [...new Set([...listFrom(key, key), ...concreteWords(id).map(normalisePhrase)])]));
  return phrases;
};

/** Words that point to choice `id` without saying it ("小红书的会员" for the black card): asked about. */
export const leanPhrases = (id: string): string[] => cached(`lean.${id}`);

/** Whole messages that are command `name` ("返回", "start over"). */
export const commandPhrases = (name: string): string[] => {
  const key = `command.${name}`;
  let phrases = cache.get(key);
  if (!phrases) cache.set(key, (phrases = [...new Set([...listFrom(key), ...(COMMAND_WORDS[name] ?? []).map(normalisePhrase)])]));
  return phrases;
};

/** More everyday ways of asking for a command, read like the locale's (as a whole clause). */
const COMMAND_WORDS: Record<string, readonly string[]> = {
  back: [
    '退回上一步',
    '回到上一步',
    '返回上一步',
    '退回去',
    '返回去',
    '回去改',
    '回去重填',
    '回去修改',
    '回到上一个问题',
    '上一个问题',
    'go back one',
    'back one step',
    'last question',
  ],
  restart: [
    '从头再来',
    '从头来',
    '从头来过',
    '再来一遍',
    '全部重来',
    'start from scratch',
    'from scratch',
    'start from the beginning',
    'begin again',
    'start all over',
  ],
  summary: [
    '我都填了啥',
    '我填了啥',
    '我都填了什么',
    '我填了什么',
    '总结下',
    '看一下总结',
    '看下总结',
    '看看总结',
    '汇总一下',
    'summarize',
    'summarise',
    'sum up',
    'summarize what i said',
    'what did i say so far',
  ],
  help: ['求帮助', '求助', '帮帮我', 'help me', 'need some help', 'can you help'],
};

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
  // What someone else said is so, which what follows may deny: "they said it arrived but it hasn't".
  // (Never shorter than an answer it may overlap: "cs said no" is "said no", refused.)
  opener: ['they said', 'customer service said', '客服说', '他们说', '对方说'],
  // "被拒绝了…等下 刚刷新了一下 通过了！", "rejected... oh wait, it says approved".
  correction: ['等下', '等等', '等一下', 'oh wait', 'hold on', 'wait'],
  intent: [
    ...['想', '打算', '准备', '正在', '要去', '本来想', '差点'],
    ...['want to', 'wanted to', 'wanna', 'going to', 'was going to', 'was gonna', 'gonna', 'will', 'meant to', 'was about to', 'almost'],
    ...['plan to', 'planning to', 'trying to', 'try to', 'tried to', 'need to', 'how to', 'how do i'],
    // Asking the coach to do it is no state: "你帮我关一下", "help me turn it off". (A 帮我 that opens a
    // clause is read as 请帮我 in casual-words.ts; "女儿回来帮我关了" names who did it, and is done.)
    ...['请帮我', '你帮我', '你能帮我', '能不能帮我', '可以帮我', '替我', 'help me', 'can you help', 'could you help'],
    // Looking is not using: "looked at the gifts", "看了看付费内容", "browsed the courses".
    ...['looked at', 'look at', 'browsed', 'browsing', 'checked out', 'glanced at', '看了看', '瞄了一眼', '逛了逛', '浏览了', '浏览过', '点进去看了看'],
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
