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
export const choicePhrases = (id: string): string[] => {
  const key = `choice.${id}`;
  let phrases = cache.get(key);
  if (!phrases) cache.set(key, (phrases = [...new Set([...listFrom(key, key), ...(CONCRETE[id] ?? []).map(normalisePhrase)])]));
  return phrases;
};

/**
 * Concrete things people name instead of the category word (a cushion redeemed is a gift,
 * a VIP episode is paid content, faster downloads another privilege) and everyday ways of
 * saying a reason (rent, pension; "说好首月一块"), in both languages: words of a kind, for
 * answers nobody tuned the locale lists for.
 */
const CONCRETE: Record<string, readonly string[]> = {
  gift: [
    ...['抱枕', '公仔', '玩偶', '毛绒', '帆布袋', '水杯', '雨伞', '钥匙扣', '贴纸', '手机壳', '护肤品', '面膜', '香水', '化妆品', '兑了', '换了个', '领了份'],
    ...['plush', 'cushion', 'pillow', 'umbrella', 'keychain', 'sticker', 'phone case', 'tote', 'skincare', 'perfume', 'merch', 'swag', 'water bottle'],
  ],
  paidContent: [
    ...[
      'vip剧',
      'vip视频',
      '会员视频',
      '付费音频',
      '有声书',
      '付费专辑',
      '网课',
      '电子书',
      '付费小说',
      '会员专享内容',
      'vip内容',
      '超前点播',
      '盐选',
      '付费文章',
    ],
    ...[
      'audiobook',
      'paywalled',
      'paywall',
      'paid episode',
      'premium article',
      'ebook',
      'e-book',
      'vip episode',
      'vip show',
      'paid audiobook',
      'paid podcast',
      'members-only',
      'paid article',
    ],
  ],
  otherPrivilege: [
    ...[
      '加速下载',
      '下载加速',
      '跳过广告',
      '无广告',
      '高清',
      '蓝光',
      '倍速',
      '离线下载',
      '专属客服',
      '专属标识',
      '皮肤',
      '云空间',
      '扩容',
      '包邮',
      '免运费',
      '运费券',
      '头像框',
      '挂件',
      '装扮',
    ],
    ...[
      'faster download',
      'faster downloads',
      'download speed',
      'skip ads',
      'no ads',
      'hd',
      'offline download',
      'extra storage',
      'badge',
      'custom theme',
      'free shipping',
      'free delivery',
      'avatar frame',
    ],
  ],
  misled: [
    ...['said 1 yuan', '1 yuan first month', 'first month for 1', 'said it was 1', 'promised'],
    ...[
      '忽悠',
      '免费领',
      '说好',
      '说好的',
      '明明写',
      '写着免费',
      '说是免费',
      '首月一块',
      '首月1元',
      '1元开通',
      '一块钱开通',
      '虚假',
      '欺骗',
      '骗钱',
      '坑钱',
      '陷阱',
    ],
    ...[
      'it said free',
      'said it was free',
      'said free',
      'advertised',
      'clickbait',
      'fine print',
      'hidden charge',
      'hidden fee',
      'bait and switch',
      'deceptive',
    ],
  ],
  money: [
    ...['房租', '交不起', '付不起', '经不起', '退休工资', '工资低', '养老金', '没工作', '揭不开锅', '穷', '月光', '负担不起'],
    ...['rent', 'pension', 'can not pay', 'can not afford', 'low income', 'on a budget', 'tight budget', 'need that money', 'out of work'],
  ],
  accidental: [
    ...['小孩', '孩子', '乱点', '误按', '按错', '点到了'],
    ...['kid', 'child', 'toddler', 'pressed it by accident', 'tapped it by accident', 'wrong tap'],
  ],
  moneyArrived: [
    ...['返回到', '退回到', '退到了', '到支付宝了', '到微信了', '到卡上了', '钱退回来了', '已经退回'],
    ...['it is there', 'refunded to my', 'back in my account', 'showed up', 'went back to my', 'back to my card', 'back on my card', 'refund successful'],
  ],
  moneyNotArrived: [
    ...['没看到', '没见到', '还没退', '没退回'],
    ...['do not see it', 'can not see it', 'not showing', 'not there', 'nothing in my account', 'zilch', 'nada'],
  ],
  renewal: [
    ...['自己扣', '又扣', '又被扣', '每个月都扣', '每月都扣', '每个月扣', '连续包月', '连续包年', '到期又扣', '续了一年', '又续'],
    ...['charged me by itself', 'charged by itself', 'renewed on its own', 'keeps charging', 'kept charging', 'been paying', '自己扣的', '自己扣了'],
    ...['charged again', 'charges every month', 'charged me again', 'every month', 'again this year', 'renews every'],
    ...['2nd charge', 'second charge', '3rd charge', 'third charge', '2nd time', '3rd time', 'third time', 'second month', '2nd month'],
  ],
  today: [...['分钟前', '小时前', '刚扣', '刚刚扣', '今天刚扣'], ...['minutes ago', 'hours ago', 'an hour ago', 'earlier today', 'just got charged']],
  no: [
    ...['错啦', '不对不对', '弄错了', '搞错啦', '不是这个日期', '日期错了', '日期不对', '不是这一天'],
    ...['wrong date', 'that is not it', 'not the right day', 'not right'],
  ],
  yes: [...['嗯对', '对对', '就是它', '就是这个', '没毛病'], ...['that is the one', 'spot on', 'yes that is it', 'correct date']],
  // Only counts that are surely over a week: "a long time ago" stays vague and is asked.
  over7: [...['几个月前', '好几个月'], ...['months ago', 'a few months ago']],
  firstTime: [...['头1回', '第1回', '头一遭', '首次开通'], ...['1st time', 'first charge', 'first ever', 'never had it before', 'brand new']],
  noneUsed: [
    ...['没打开', '没点开', '都没打开', '从没打开', '碰都没碰', '看都没看'],
    ...['used 0', 'used zero', '0 perks', 'zero perks', 'none of the perks'],
    ...['never opened', 'never even opened', 'did not open', 'not even opened', 'did not even open', 'never touched', 'have not opened'],
  ],
  // A message the app showed is a reminder that came, whatever it was called.
  reminderGot: [...['弹窗', '弹了个', '弹出', '弹了', '弹过', '弹出来'], ...['popup', 'pop-up', 'pop up', 'popped up', 'app notification', 'in-app message']],
  renewOn: [...['还在扣', '一直在扣', '还在续'], ...['still running', 'still renewing', 'keeps renewing', 'still charging', 'still going', 'still there']],
  pending: [
    ...['工作日', '等审核', '审核中', '处理中', '等结果', '等待处理', '等着呢', '还等着', '在等着'],
    ...['business days', 'working days', 'under review', 'being reviewed', 'processing', 'waiting to hear'],
  ],
  approved: [
    ...['给我退', '答应退款', '说会退', '同意给我退', '说给退'],
    ...['will refund', 'they will refund', 'refund coming', 'refund is coming', 'said they would refund', 'agreed to refund'],
  ],
  renewLater: [
    ...['等我', '等孩子', '等儿子', '等女儿', '周末再', '过几天再', '有空再弄'],
    ...['wait for', 'will wait', 'when i have time', 'at the weekend', 'on the weekend', 'tonight'],
  ],
  notNeeded: [
    ...['不知道它会自动续费', '不知道会扣费', '不知道会自动扣', '从来不用', '根本不用', '基本不用', '几乎不用', '根本没用过', '从来没用过'],
    ...['did not know it would auto renew', 'did not know it auto renews', 'did not know about the auto renewal', 'did not know it was auto renew'],
    ...['never even use it', 'never even used it', 'never used it', 'barely use it', 'hardly use it', 'hardly ever use it', 'rarely use it'],
    ...['did not know it would renew', 'did not know it renews', 'did not know it would charge', 'do not need it', 'did not need it', 'never needed'],
  ],
  unsure: [...['说不准', '分不清', '看不出来', '没法确定'], ...['can not tell', 'hard to say', 'no way to know', 'not certain', 'beats me']],
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
  back: ['退回上一步', '回到上一步', '返回上一步', '退回去', '返回去', '回到上一个问题', '上一个问题', 'go back one', 'back one step', 'last question'],
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
