/**
 * Which app's membership a typed name means, for the any-membership product ("爱奇艺",
 * "aiqiyi", "iQIYI", "奇艺" are all iqiyi). A name is matched as written in Chinese, in
 * pinyin (derived from the Chinese names with pinyin-pro, so "wangyiyun" needs no list), in
 * English or as a common short form. A name only sounding or spelled close to one
 * ("腾讯视屏", "饿了吗", "Tencnet video") is a reading to confirm. A corrected name ("不是
 * 爱奇艺，是优酷", "iqiyi no wait, youku") gives the one after the correction; two names left
 * standing ("美团还是饿了么") are a question. Anything else that looks like a name is kept as
 * typed; a description, a refusal or "I forgot" is not a name.
 */
import { withoutSomeoneElse } from './not-their-answer';
import { markers } from './lexicon';
import { CLAUSE, normalisePhrase } from './normalise';
import type { Match } from './phrase-matches';
import { isTypoOf, readingsOf, spelledOut, syllablesOf } from './sounds';

export type AppReading = { app: string; confirm?: true } | { typed: string };

/** Each app's names: Chinese, English, short forms; pinyin of the Chinese ones is added. */
const APPS: Record<string, readonly string[]> = {
  iqiyi: ['爱奇艺', '奇艺', 'iqiyi', 'iqy', '爱奇艺vip', '爱奇异'],
  tencentVideo: ['腾讯视频', 'tx视频', '企鹅视频', 'tencent video', 'tx video', 'wetv'],
  youku: ['优酷', 'youku', '优酷视频'],
  mangoTV: ['芒果tv', '芒果', 'mango', 'mango tv', 'mangotv', 'mgtv', '芒果视频'],
  neteaseMusic: ['网易云音乐', '网易云', 'netease cloud music', 'netease music', 'ncm', 'wyy'],
  qqMusic: ['qq音乐', 'qq music', 'qqmusic', '扣扣音乐'],
  bilibili: ['哔哩哔哩', 'b站', '小破站', 'bilibili', 'bili', 'b站大会员', 'bilibili premium', 'b station', 'b site', 'bzhan'],
  baiduPan: ['百度网盘', '度盘', '百度云', '百度云盘', 'baidu netdisk', 'baidu pan', 'baidu cloud', 'baidupan'],
  wps: ['wps', 'wps office', 'wps会员', '金山'],
  meituan: ['美团', 'meituan', '美团外卖'],
  eleme: ['饿了么', 'eleme', 'ele me', 'ele.me', '饿了吧', 'e了么'],
  jdPlus: ['京东plus', '京东', 'jd plus', 'jdplus', 'jd', 'jingdong'],
  taobao88vip: ['88vip', '淘宝88', '淘宝', 'taobao', '88 vip', '淘宝88vip', '天猫88vip', 'tmall', '88会员'],
  zhihu: ['知乎', '知乎盐选', '盐选', 'zhihu'],
  ximalaya: ['喜马拉雅', '喜马', 'ximalaya', '喜马拉雅听书', 'himalaya'],
  keep: ['keep'],
  ctrip: ['携程', 'ctrip', 'trip.com', 'trip com', 'xiecheng'],
  didi: ['滴滴', 'didi', '滴滴出行', '滴滴打车'],
  xiaohongshu: ['小红书', 'xiaohongshu', 'xhs', 'red', 'rednote', '红书', 'little red book'],
  // Recognised by name only: nothing about their rules is on the fact sheet, as for the others.
  douyin: ['抖音', 'douyin', 'tiktok', '抖音极速版'],
  kuaishou: ['快手', 'kuaishou', '快手极速版'],
  pinduoduo: ['拼多多', 'pinduoduo', 'pdd'],
  kugou: ['酷狗音乐', '酷狗', 'kugou', 'kugou music'],
  kuwo: ['酷我音乐', '酷我', 'kuwo', 'kuwo music'],
  quark: ['夸克网盘', '夸克', 'quark'],
  dianping: ['大众点评', 'dianping'],
  qqReading: ['qq阅读', 'qq reading'],
  wechatRead: ['微信读书', 'wechat read', 'weread'],
  qqVip: ['qq会员', 'qq vip', 'qq超级会员', 'qq svip'],
  migu: ['咪咕视频', '咪咕', 'migu', 'migu video'],
  sohuVideo: ['搜狐视频', 'sohu video'],
  baiduWenku: ['百度文库', 'baidu wenku'],
};

/**
 * Companies with several memberships ("腾讯": 腾讯视频, QQ音乐, QQ会员…): the name says which
 * company, not which app, so the likeliest app is asked about, never recorded.
 */
const COMPANIES: Record<string, readonly string[]> = {
  tencentVideo: ['腾讯', 'tencent', '鹅厂', '企鹅', '腾讯会员'],
  neteaseMusic: ['网易', 'netease'],
  taobao88vip: ['阿里', '阿里巴巴', 'alibaba', '天猫'],
  baiduPan: ['百度', 'baidu'],
  // A tier, or the channel that owns the app: which app is asked, not assumed.
  qqMusic: ['绿钻', '豪华绿钻', 'green diamond', 'the green diamond'],
  xiaohongshu: ['黑卡', '小红卡'],
  mangoTV: ['湖南卫视', '湖南台', 'hunan tv', 'hunan satellite tv'],
};

type Name = { app: string; name: string; company?: true };

const formsOf = (raw: string): string[] => {
  const name = normalisePhrase(raw);
  const spelled = spelledOut(name);
  return [name, ...(spelled && spelled.length >= 4 ? [spelled, syllablesOf(name).join(' ')] : [])];
};

/** Every name in normalised form, with the pinyin of each Chinese name ("aiqiyi", "ai qi yi"). */
const NAMES: Name[] = [
  ...Object.entries(APPS).flatMap(([app, names]) => names.flatMap((raw) => formsOf(raw).map((name) => ({ app, name })))),
  ...Object.entries(COMPANIES).flatMap(([app, names]) => names.flatMap((raw) => formsOf(raw).map((name) => ({ app, name, company: true as const })))),
];

/** Every name of the apps, normalised, for questions that take any app's name as a word. */
export const appNames = (except: readonly string[] = []): string[] =>
  NAMES.filter((n) => !except.includes(n.app) && (/\p{Script=Han}/u.test(n.name) ? n.name.length >= 2 : n.name.length >= 4) && !ENGLISH_WORDS.has(n.name)).map(
    (n) => n.name,
  );

/** Names that are also everyday English words, never an app's name inside a sentence. */
const ENGLISH_WORDS = new Set(['keep', 'red', 'mango']);

const LATIN = /[a-z0-9]/;
interface Found {
  app: string;
  start: number;
  end: number;
  exact: boolean;
}

function exactNames(text: string): Found[] {
  const found: Found[] = [];
  for (const { app, name, company } of NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (LATIN.test(name[0]!) && LATIN.test(text[at - 1] ?? ' ')) continue;
      if (LATIN.test(name.at(-1)!) && LATIN.test(text[end] ?? ' ')) continue;
      found.push({ app, start: at, end, exact: !company });
    }
  }
  // The longest name at a place wins ("网易云音乐" over "网易云").
  return found
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .filter((f, i, all) => !all.slice(0, i).some((g) => f.start < g.end && g.start < f.end))
    .sort((a, b) => a.start - b.start);
}

/** Names only sounding like one ("腾讯视屏": teng xun shi ping) or spelled close ("tencnet video"). */
function closeNames(text: string): Found[] {
  const found: Found[] = [];
  const han = [...text].map((c, i) => ({ c, i })).filter(({ c }) => /\p{Script=Han}/u.test(c));
  for (const { app, name } of NAMES) {
    if (/^\p{Script=Han}{2,}$/u.test(name)) {
      const want = syllablesOf(name);
      for (let k = 0; k + want.length <= han.length; k++) {
        const run = han.slice(k, k + want.length);
        if (run.at(-1)!.i - run[0]!.i !== want.length - 1) continue;
        // Every syllable heard the same, or one a letter off ("ping" for "pin", "ma" for "me").
        const off = want.filter((s, j) => !readingsOf(run[j]!.c).includes(s));
        if (off.length === 0 || (off.length === 1 && want.length >= 3 && readingsOf(run[want.indexOf(off[0]!)]!.c).some((r) => isNear(r, off[0]!))))
          found.push({ app, start: run[0]!.i, end: run.at(-1)!.i + 1, exact: false });
      }
    } else if (/^[a-z0-9 .]+$/.test(name) && name.replace(/[^a-z]/g, '').length >= 5) {
      const words = name.split(' ').length;
      const typed = text.split(' ');
      for (let k = 0; k + words <= typed.length; k++) {
        // The name's own words, or one more: a word typed in two ("ten cent video").
        for (const span of [words, words + 1]) {
          if (k + span > typed.length) continue;
          const piece = typed.slice(k, k + span).join(' ');
          const same = span === words ? isTypoOf(piece, name) : piece.replace(/ /g, '') === name.replace(/ /g, '');
          if (/^[a-z0-9 .]+$/.test(piece) && same) {
            const start = text.indexOf(piece);
            found.push({ app, start, end: start + piece.length, exact: false });
          }
        }
      }
    }
  }
  return found;
}

const isNear = (a: string, b: string) =>
  a.length >= 2 &&
  b.length >= 2 &&
  a[0] === b[0] &&
  Math.abs(a.length - b.length) <= 1 &&
  (a.startsWith(b) || b.startsWith(a) || a.slice(0, -1) === b.slice(0, -1));

/** Words after which only what follows counts: a correction or a change of mind. */
const TURN =
  /(不对|哦不|不是不是|说错了|搞错了|后来|结果|最后|其实|实际上|原来是|应该是|这次是|这回是|(账单|扣款记录|记录)上?(显示|写的是|写着)|是\s?(?=\S))|\b(no wait|wait no|actually|instead|ended up|i mean|sorry|turned out|it was|it is|its|mine was|mine is|my one was|this time|(the )?(bill|receipt|statement|record) (says|shows|said|showed))\b/g;
/** Words that take back what was said before them. */
const CORRECTION = /不对|哦不|说错了|搞错了|不是不是|\b(no wait|wait no|wait|actually|sorry|i mean|not that)\b/g;

/** A name said not to be it: "不是爱奇艺", "not iqiyi". */
const NEGATED_BEFORE = /(不是|并非|不|没|\bnot|\bno)\s?(的|那个)?\s?$/;

const REFUSAL =
  /不告诉|不想说|不说|保密|不方便说|关你|管得着|无可奉告|隐私|你猜|别问|business|not telling|rather not|won'?t say|private|none of|mind your own|pass$/;
/** Descriptions rather than names: "一个看剧的app", "a video app". */
const DESCRIPTION =
  /^(一个|某个|那个|这个|就是|就那|两个|几个|好多|好几|the |a |an |some |my )|^(app ?store|apple id|itunes|苹果商店|应用商店)$|(的app|的软件|的应用)$|^(看|听|玩|学|买|点|追|刷|用来|用于)[\u4e00-\u9fff]*的$|^(看|听|玩|刷|追)[\u4e00-\u9fff]{1,3}$|的那个$|(上面|前面|刚才|之前)(说|讲|写)|\b(a|an|some|the|that|this)\s+\w*\s*(app|one|thing|service)\b|^(app|应用|软件)$/;

/** The app a typed answer names, a name kept as typed, or undefined when no name was given. */
export function readAppName(typed: string): AppReading | undefined {
  // "my roommate uses iqiyi, mine was mango": only what is said of their own.
  const raw = withoutSomeoneElse(typed);
  const text = normalisePhrase(raw);
  if (text === '') return undefined;
  let exact = exactNames(text);
  let close = exact.length === 0 ? closeNames(text) : [];
  // Only what follows the last correction counts.
  let turn = -1;
  for (const m of text.matchAll(TURN)) {
    const at = m.index! + m[0].length;
    if ([...exact, ...close].some((f) => f.start >= at)) turn = Math.max(turn, at);
  }
  const kept = (fs: Found[]) => fs.filter((f) => f.start >= turn && !NEGATED_BEFORE.test(text.slice(Math.max(0, f.start - 5), f.start)));
  // "腾讯的QQ音乐": the company's name beside one of its apps is not a second app.
  // So is a tier beside its app's name ("QQ音乐绿钻").
  exact = kept(exact).filter(
    (f) =>
      f.exact || !exact.some((g) => g.exact && ((g.start >= f.end && g.start - f.end <= 2) || (g.app === f.app && f.start >= g.end && f.start - g.end <= 2))),
  );
  // "keep", "red", "mango" are also everyday words: a name when the answer starts with it or
  // writes it as a name ("keep 跑步那个", "it's Keep"), not in "i keep forgetting".
  exact = exact.filter((f) => {
    const name = text.slice(f.start, f.end);
    if (!ENGLISH_WORDS.has(name)) return true;
    // Right after a correction ("no wait, it was mango") it is the name said.
    return (
      f.start === 0 || (turn >= 0 && f.start - turn <= 1) || new RegExp(`\\b(${name[0]!.toUpperCase()}${name.slice(1)}|${name.toUpperCase()})\\b`).test(raw)
    );
  });
  close = kept(close);
  const apps = [...new Set((exact.length > 0 ? exact : close).map((f) => f.app))];
  // "umm iqiyi?": a name asked back is offered, not said.
  const unsure = hedged(text) || /[?？]/.test(raw) || /吧$/.test(text) || UNSURE_PHRASES.some((p) => text.includes(p)) || LIKENED.test(text);
  // "youku... no wait": a correction with no name after it leaves the earlier name to ask about.
  const retracted = [...text.matchAll(CORRECTION)].some((m) => m.index! >= Math.max(...[...exact, ...close].map((f) => f.end)));
  const certain = exact.length > 0 && exact.every((f) => f.exact && !gluedOn(text, f)) && !retracted;
  if (apps.length === 1) return certain && !unsure ? { app: apps[0]! } : { app: apps[0]!, confirm: true };
  if (apps.length > 1) return { app: apps[0]!, confirm: true };
  return typedName(text, raw);
}

/**
 * Words a name may run into and still be that app: its tiers and plans ("爱奇艺黄金会员",
 * "网易云黑胶"), particles, and what one does with it. Anything else may be another app of
 * the same maker ("网易云课堂", "腾讯体育", "百度文库"): asked, not recorded.
 */
const RUNS_ON =
  /^(的|吧|啊|呀|呢|哦|嘛|了|吗|么|会员|大会员|超级会员|vip|svip|年卡|月卡|季卡|包月|包年|连续|自动|黄金|白金|星钻|钻石|黑胶|绿钻|豪华|plus|扣|付|开|续|买|充|上|里|那|这|app|软件|应用|平台|视频|音乐|网盘|外卖|打车|听书|盐选|88)/;

/** The same for a name in Latin letters, by the word after it ("jd health", "didi food" are other apps). */
const RUNS_ON_LATIN =
  /^(vip|svip|plus|premium|pro|member|membership|subscription|app|video|videos|music|fm|office|tv|cloud|pan|netdisk|waimai|account|one|thing|i|it|lol|maybe|probably|or|and|not|no|yes|please|pls|thanks|thx|perhaps|salt|88vip|green|fitness|health app)\b/;

function gluedOn(text: string, found: Found): boolean {
  const next = text.slice(found.end);
  // A short tail closing the answer ("网易云课堂"), not a sentence going on ("B站大会员被自动续费了").
  const tail = /^\p{Script=Han}{1,4}(?=$|[\s/?])/u.exec(next);
  if (/^\p{Script=Han}/u.test(next)) return tail !== null && !RUNS_ON.test(next);
  // Only a name and one more word as the whole answer ("jd health"), not a sentence ("iqiyi charged me").
  const word = /^ ([a-z]+)$/.exec(next)?.[1];
  return (
    word !== undefined &&
    found.start === 0 &&
    /[a-z]$/.test(text.slice(found.start, found.end)) &&
    !RUNS_ON_LATIN.test(word) &&
    !NAMES.some((n) => n.name === word)
  );
}

function hedged(text: string): boolean {
  const hedges = [...markers('hedge'), '来着', '还是', ' or '];
  return hedges.some((h) => (/^[a-z ]+$/.test(h) ? ` ${text} `.includes(` ${h.trim()} `) : text.includes(h)));
}

/** A name given as a likeness, not as the app: "类似优酷的", "像腾讯视频那种", "something like iqiyi". */
const LIKENED = /像|类似|差不多|那种|那类|一样的|之类|\b(like|similar|kind of|sort of|such as)\b/;

/** Words of not knowing: beside a name they make it a question, alone they are no name. */
const UNSURE_PHRASES = [
  ...['不知道', '不确定', '忘了', '忘记', '不记得', '记不得', '记不清', '想不起', '不清楚', '不晓得', '说不清', '搞不清'],
  ...['idk', 'dunno', 'forgot', 'forget', 'remember', 'recall', 'not sure', 'no idea', 'no clue', 'unsure', 'not certain'],
];

const NOT_A_NAME =
  /稍等|等等|等下|等一下|都是|全部|所有|都有|第[一二三1-3]个|上面|下面|那个|这个|今天|昨天|明天|现在|刚才|天气|(很|太|真|挺|好)(冷|热|累|烦|困|饿|气|难受|无语|麻烦)|算了|随便|不管了|跳过|不填|还是|或者|扣的|付的|支付的|微信|支付宝|银行卡|信用卡|我|你|他|她|手机|电脑|什么|啥|哪|谁|怎么|同上|一样|之前那个|^(好|是|对|嗯|行|不)|\b(whatever|skip|never ?mind|nvm|or|paid|charged|wechat|alipay|bank|card|i|you|my|me|it|what|which|who|how|hello|hi|hey|thanks?|yes|yeah|yep|yup|nah|nope|ok|okay|sure|same|before)\b/;

/**
 * A short name ending as products are named ("微信读书", "酷我音乐", "去哪儿旅行"), not starting
 * with a verb ("看视频"): a name, even with a word NOT_A_NAME would stop at.
 */
const PRODUCT_NAME = /^(?![看听玩买用刷追我你])[\p{Script=Han}a-z0-9]{2,6}(读书|音乐|旅行|视频|小说|阅读|听书|网盘|外卖|直播|fm)$/u;

/** Words that name a kind of app, or a tier of membership, not one: "food delivery app", "music", "视频软件", "超级会员". */
const GENERIC =
  /^((super|svip|vip|plus|premium|food|delivery|takeout|music|video|videos|streaming|stream|ride|hailing|taxi|shopping|shop|cloud|storage|drive|fitness|workout|game|games|gaming|reading|books?|news|travel|social|chat|app|apps|service|subscription|membership|vip|premium|the|a|an|some|one)|(?:vip|svip|超级|黄金|白金|钻石|星钻|年度|包月|连续|大|短剧|小说|电视剧|电影|小程序|公众号|网站|网页|外卖|音乐|听歌|视频|看剧|追剧|打车|购物|网盘|云盘|健身|运动|游戏|看书|读书|新闻|旅游|社交|聊天|直播|的|app|软件|应用|会员|平台)+)$/;

/** Words that frame a name typed in English: "it was …", "mine is …". */
const FRAME = /^\s*(it was|it is|it's|its|mine was|mine is|the app was|the app is)\s+/i;

/** A short answer that is not a description, a refusal, a doubt or a question: a name as typed. */
function typedName(framedText: string, framedRaw: string): AppReading | undefined {
  // "it was Spotify premium", "mine is Quark": the name after the frame.
  const text = framedText.replace(FRAME, '');
  const raw = framedRaw.replace(FRAME, '');
  const bare = text.replace(/(的)?(会员|vip|app|软件)$/, '').trim();
  if (!/[\p{Script=Han}a-z]/u.test(bare)) return undefined;
  // One character ("有", "嗯") is an answer to something else, never an app's name.
  if (/^\p{Script=Han}$/u.test(bare)) return undefined;
  if (REFUSAL.test(text) || DESCRIPTION.test(text)) return undefined;
  const unsureWords = [...markers('negator'), ...markers('question'), ...markers('doubt')];
  if (UNSURE_PHRASES.some((p) => text.includes(p))) return undefined;
  // Not a name: giving up or skipping ("算了", "whatever"), a greeting, the way it was paid
  // ("支付宝扣的", "paid with wechat"), two names offered as alternatives ("酷狗还是酷我"), or
  // a sentence about oneself ("我女儿手机上的").
  if ((NOT_A_NAME.test(text) && !PRODUCT_NAME.test(text)) || LIKENED.test(text) || [...markers('offTopic')].some((w) => text.includes(w))) return undefined;
  // A kind of app rather than its name: "food delivery app", "music", "看视频的".
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.every((w) => GENERIC.test(w))) return undefined;
  const latinWords = bare.match(/[a-z0-9]+/g) ?? [];
  const hanCount = (bare.match(/\p{Script=Han}/gu) ?? []).length;
  if (latinWords.length > 3 || hanCount > 8) return undefined;
  if (latinWords.some((w) => unsureWords.includes(w)) || (hanCount > 0 && unsureWords.some((w) => /\p{Script=Han}/u.test(w) && bare.includes(w))))
    return undefined;
  return { typed: raw.trim() };
}

let allNames: string[] | undefined;
const THIS_ONE = /这个|这一个|这边|\bthis (one|app|membership|sub|subscription)\b/;
/**
 * The answers not said in a clause about another app named by name, beside one about "this one"
 * ("爱奇艺的关了，这个还没", "netflix is off, this one isn't"). At "which membership?" a named app
 * is the answer itself, so nothing is taken out there.
 */
export function withoutOtherApps(text: string, answers: Match[], offered: readonly string[]): Match[] {
  if (offered.includes('otherMembership') || !THIS_ONE.test(text)) return answers;
  allNames ??= appNames();
  const names = allNames;
  let at = 0;
  const aside: Array<[number, number]> = [];
  for (const clause of text.split(` ${CLAUSE} `)) {
    if (!THIS_ONE.test(clause) && names.some((name) => clause.includes(name))) aside.push([at, at + clause.length]);
    at += clause.length + CLAUSE.length + 2;
  }
  return answers.filter((a) => !aside.some(([from, to]) => a.start >= from && a.end <= to));
}
