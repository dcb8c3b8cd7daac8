/**
 * Puts typed text into one form before anything is read from it: full-width and half-width
 * alike, lower case, English contractions spelled out (so "n't" is a "not" the negation rule
 * can see), punctuation and spaces reduced to one space, and clause breaks kept as " / " so
 * a negation never reaches across a comma or a "but".
 */

/**
 * Where one clause ends and another starts: punctuation, the words that turn a sentence,
 * and a space between Chinese words, which Chinese writers use as a comma.
 */
const CLAUSE_BREAK =
  /([,，。;；!！?？、:：\n]+|\.(?!\d)|\s+but\s+|\s+though\s+|但是|不过|可是|但|(?<=\p{Script=Han})\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s*[+＋&＆]\s*(?=\p{Script=Han}))/u;

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bain'?t\b/g, 'is not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must)n'?t\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\b(it|that|there|what)'s\b/g, '$1 is'],
  [/\b(i|you|we|they)'ve\b/g, '$1 have'],
  [/\b(i|you|we|they)'ll\b/g, '$1 will'],
  [/\b(i|you|we|they)'d\b/g, '$1 would'],
];

/** A clause break as it appears in normalised text. */
export const CLAUSE = '/';
/** Ends a clause that was asked as a question ("what reminder?"), as the word `?`. */
export const ASKED = '?';

function simplify(text: string): string {
  return text.replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
}

/**
 * Case, width, spaces and punctuation do not change what an answer means; clause breaks
 * are kept as `/` between spaces (e.g. "no / it is off").
 */
/**
 * Casual and dialect spellings put back to the standard word: 木有/米有/冇 (没有), 昨儿个/
 * 昨儿 (昨天), 前儿 (前天), 今儿 (今天), "yday" (yesterday), a final 惹/啦 (了).
 */
const CASUAL: Array<[RegExp, string]> = [
  [/木有|米有|冇|么得|莫得/g, '没有'],
  [/昨儿个|昨儿/g, '昨天'],
  [/前儿个|前儿/g, '前天'],
  [/今儿个|今儿/g, '今天'],
  // Internet spellings: 不造 (不知道), 肿么 (怎么), 阔以 (可以), a final 哒 after 是/好/对 (的),
  // a final 鸟 after a verb (了).
  [/不造/g, '不知道'],
  [/肿么/g, '怎么'],
  [/阔以/g, '可以'],
  [/(是|好|对)哒(?=$|[\s,，。!！?？~～])/gu, '$1的'],
  [/(关|开|到|退|扣|用|领|好|完|取消)鸟(?=$|[\s,，。!！?？~～])/gu, '$1了'],
  // 曰 for 日 after a week word (the two look alike): 周曰, 星期曰.
  [/(周|星期|礼拜)曰/g, '$1日'],
  // A pinyin particle typed after Chinese: 关闭le (了), 好de (的).
  [/(\p{Script=Han})\s?le(?=$|[\s,，。!！?？~～])/gu, '$1了'],
  // The day before 大前天 (chrono reads only its 大前天 inside it).
  [/大大前天/g, '4天前'],
  [/\by'?day\b/g, 'yesterday'],
  [/\byesterday'?s yesterday\b/g, 'the day before yesterday'],
  // "微信支付宝都有": two ways run together; "微信支付" must not swallow "支付宝".
  [/微信(?=支付宝)/g, '微信，'],
  // "不是支付宝是微信": "not X, Y" written without a comma gets its clause break.
  // ("不是微信也不是支付宝" denies both: its second 是 follows 不, and is left alone.)
  [/(不是[\p{Script=Han}\d]{2,8}?)(?<![不没也])(而是|是)(?=[\p{Script=Han}\d])/gu, '$1，$2'],
  // Emoji replies: a thumbs-up or OK hand is "ok", a cross "no" (else dropped as symbols).
  [/👌|👍|🙆|✅|✔️?|☑️?/gu, ' ok '],
  [/❌|🙅|👎|✖️?/gu, ' no '],
  // A sentence-final 惹 (了, online) and 啦 after a verb (了 + 啊): "关惹", "到账啦"; never
  // after 是/对/的 ("对啦" is yes, "对了" is "by the way").
  [/(\p{Script=Han})惹(?=$|[\s,，。!！?？~～])/gu, '$1了'],
  [/([^\P{Script=Han}是对的])啦(?=$|[\s,，。!！?？~～])/gu, '$1了'],
];

export function casual(text: string): string {
  let t = text;
  for (const [pattern, standard] of CASUAL) t = t.replace(pattern, standard);
  return t;
}

export function normalise(text: string): string {
  let t = casual(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘`´]/g, "'"),
  );
  if (/[a-z]/.test(t)) for (const [pattern, replacement] of CONTRACTIONS) t = t.replace(pattern, replacement);
  const pieces = t.split(CLAUSE_BREAK);
  const clauses: string[] = [];
  // split() with a capture group alternates clause, break, clause, break…
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = simplify(pieces[i]!);
    if (!clause) continue;
    clauses.push(/[?？]/.test(pieces[i + 1] ?? '') ? `${clause} ${ASKED}` : clause);
  }
  return clauses.join(` ${CLAUSE} `);
}

/** A phrase from a list, in the same form as normalised text but without clause marks. */
export function normalisePhrase(phrase: string): string {
  return normalise(phrase)
    .split(' ')
    .filter((w) => w !== CLAUSE && w !== ASKED)
    .join(' ');
}
