/**
 * Concrete things people name instead of a category word, and everyday ways of saying a
 * reason, in both languages: words of a kind, for answers nobody tuned the locale lists for.
 * Kept apart from the locales' synonyms because they are not translations of a button.
 */
const LISTED: Record<string, readonly string[]> = {
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

/**
 * More of the same, one string per kind ("|" between words): tools people used (a PDF
 * converted is the member-only tool), money off and delivery perks (another privilege), songs
 * and live streams for members (paid content), and everyday reasons.
 */
const MORE: Record<string, string> = {
  search:
    'ai工具|ai写作|ai助手|ai总结|pdf转word|pdf转|格式转换|图片转文字|文字识别|ocr|会员工具|高级筛选|ai tool|ai writing|ai summary|pdf to word|converted a pdf|convert a pdf|advanced filter|member-only tool|members-only tool',
  otherPrivilege:
    '1080p|4k|杜比|画质|免配送费|配送费|运费险|退货运费|95折|九五折|会员价|会员折扣|减免|dolby|free return shipping|return shipping|delivery fee|member price|member discount|new skin|app skin',
  paidContent:
    '会员歌曲|下载歌曲|下载了会员歌|会员直播|专属直播|member-only songs|members-only songs|member-only livestream|members-only livestream|member-only live',
  noneUsed: '打开看了一眼|只是打开看看|打开就退出了|看了一眼就退出|啥权益都没|open for a minute|only opened it|just opened it|had it open for a minute',
  notNeeded:
    "有别的会员了|已经有别的|重复了|没时间看|没时间用|都看完了|看完了|不想续了|不想继续|already have another|no time to watch|no time to use|watched everything|already watched|do not want to continue|do not wanna continue|don't wanna continue",
  misled:
    '默认勾选|默认勾上|字特别小|字太小|说随时能退|说是送的|主播说|宣传和实际|scammed|lured|was a lie|ads did not match|did not match the ad|promised a gift',
  money: '住院|医药费|看病|钱要紧|medical bills|hospital bills|hospital',
  accidental: '兜里|口袋里|自己点开|开成了|偷偷开|背着我|in my pocket|behind my back|ended up on',
};

/** Every concrete word of choice `id`. */
export const concreteWords = (id: string): string[] => [...(LISTED[id] ?? []), ...(MORE[id]?.split('|') ?? [])];
