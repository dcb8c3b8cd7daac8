/**
 * Whole messages read before any word is weighed: a puzzled sound, and the auto-renew switch
 * said in a way its words alone would misread (meant to but forgot, "not yet", "off and on").
 */
import { choicePhrases } from './lexicon';
import { MEANT_BUT_FORGOT, NOW, OFF_LATER } from './choice-words';
import type { ChoiceReading } from './read-choice';
import { core } from './whole-message';

/**
 * "嗯？", "huh?": a puzzled sound, not a yes. 「啊对对对」, the mocking "yeah, sure, whatever"
 * of online chat, is no yes either.
 */
export const isPuzzled = (text: string) => /^(嗯|恩|啊|哦|噢|额|呃|en|eh|huh|hm+|hmm+)\s*\?$/.test(text) || /^啊+\s?对对对/.test(text);

/**
 * What would have happened had a reminder come ("要是提醒了我早关了", "if they had warned me I'd
 * have cancelled"): none came, most likely; asked, since it is said only by implication.
 */
const HAD_THEY_REMINDED =
  /(如果|要是|假如|要|早)\s*(有)?(提醒|通知|短信|告诉)(了|过)?(我)?.{0,6}(早就|早|肯定|就|一定)|\b(if|had)\s+(they|it|i|someone)\s+(had\s+)?(reminded|warned|told|notified|texted|emailed|been reminded|been warned|got a reminder)\b.*\bwould\b/;

/** A free trial that ran into a charge ("试用到期就扣了", "the trial ended and they charged me"): a renewal of a kind, asked. */
const TRIAL_THEN_CHARGED = /试用.{0,8}(扣|收费|续费)|\btrial\b.{0,30}\b(charged|charge|billed|took)\b/;

/** Not many times ("没用过几次", "没怎么用", "hardly used it"): something was used; which, asked. */
const FEW_TIMES = /没(用|看|领|碰)?过?(几次|几回|多少|几个|几样)|没怎么(用|看|碰)|\b(hardly|barely) (used|touched|watched)\b|\bnot (used )?(much|many times)\b/;

/** A message stopped on its way ("短信被拦截了", "it went to spam"): it came, unseen; asked. */
const INTERCEPTED =
  /拦截|垃圾箱|垃圾短信箱|(进|在|到)了?垃圾|\b(went to|in|into|to) (my |the )?(spam|junk)\b|\b(spam|junk) (folder|box)\b|\b(blocked|filtered)\b/;

const MAYBE = /\b(idk|might|maybe|not sure|perhaps|possibly)\b|可能|也许|不知道|不确定|说不定/;

/** What the page offered, then a charge it did not say ("页面写着一块钱试用，结果扣了二十五"): misled, asked. */
const PAGE_THEN_CHARGED =
  /(页面|广告|宣传|弹窗|写着|写的|说是|显示).{0,12}(试用|免费|一块|1块|一元|1元|0元|零元).{0,12}(扣|收费|续费)|\b(page|ad|popup|banner) (said|says|showed)\b.{0,40}\b(charged|billed|took)\b/;

/**
 * What the plan was when it was opened ("开通的时候就是自动续费的", "when I opened it it was set to
 * auto-renew"), not whether this charge renewed it: asked, unless a charge again is told too.
 */
const PLAN_AT_SIGNUP = /(开通|开|办|买|注册)的?时候?.{0,6}(自动续费|自动续|续费)|\bwhen i (first )?(opened|signed up|joined|bought|subscribed)\b.{0,30}\brenew/;
const A_CHARGE_AFTER = /又|再次|结果|后来|\bagain\b|\bthen\b|\bnow\b/;

/** A notice of a charge to come, pasted or told ("【小红书】您的黑卡会员将于11月20日自动续费"): a reminder, asked. */
const NOTICE_OF_RENEWAL = /将于.{0,12}(自动续费|续费|扣费|扣款)|即将(自动)?续费|\bwill (auto ?renew|renew|be charged|be renewed)\b/;

/** A card debited by 快捷支付 / "quick payment": a wallet (Alipay, WeChat) may stand behind it; asked. */
const QUICK_PAYMENT = /快捷支付|quick ?pay(ment)?/;

/** "不是黑卡", "not black card" and nothing more: another membership, most likely; asked (a 小红卡 is not one either). */
const NOT_BLACK_CARD =
  /^(不是|并不是|不是小红书的?|not|not the|not a|not xiaohongshu)\s*(黑卡|black ?card)(会员|membership)?$|^(不是|并不是)(小红书|红书)(的|家的)?(会员)?$|^not (the )?(xhs|xiaohongshu|rednote|red note)( one| membership)?$/;

/** "对也不对", "yes and no", "没有，有": both at once answers nothing. */
const BOTH_WAYS =
  /^(对也不对|是也不是|对又不对|是又不是|对也不全对|yes and no|yes but also no|yes and also no)$|^(没有|没|不是|不|no|nope|nah)\s(\/\s)?(有|有的|是|是的|对|对的|yes|yep|yeah)$|^(有|有的|是|是的|对|对的|yes|yep|yeah)\s(\/\s)?(没有|没|不是|不|no|nope|nah)$/;

/** Another brand's "black card" (a bank's, Amex's): not Xiaohongshu's 黑卡. */
const ANOTHER_BLACK_CARD =
  /(amex|american express|visa|mastercard|centurion|信用卡|credit ?card|银行|bank|招行|工行|建行|农行|中行|交行)\s*(的)?\s*(黑卡|black ?card)/;

/** Both cards named as held ("小红卡和黑卡都开了", "both the red card and the black card"): which this is, asked. */
const BOTH_CARDS = (text: string) => /黑卡|black ?card|heika/.test(text) && /小红卡|red ?card|xiaohongka|hongka/.test(text) && /都|两个|俩|\bboth\b/.test(text);

/**
 * A question back to the coach ("你们自己不知道发没发吗", "don't you know?"): whose not knowing it
 * is, is theirs, the coach's; it answers nothing.
 */
const ASKED_BACK =
  /^(你们?|您)(自己|后台|那边|系统|平台)?(都|也|难道|就)?\S{0,8}(不知道|不清楚|查不到)\S{0,8}(吗|嘛|么|\?)$|\byou (guys )?(don't|do not) know\b.*\?$/;

/** Whole messages at the reminder, membership and product questions whose words alone would be misread. */
export function impliedReading(text: string, offered: readonly string[]): ChoiceReading | undefined {
  if (BOTH_WAYS.test(core(text)) || ASKED_BACK.test(text)) return { kind: 'none' };
  if (offered.includes('redCard') && BOTH_CARDS(text)) return { kind: 'none' };
  if (offered.includes('blackCard') && ANOTHER_BLACK_CARD.test(text)) return { kind: 'none' };
  if (offered.includes('otherMembership') && NOT_BLACK_CARD.test(core(text))) return { kind: 'confirm', id: 'otherMembership', length: text.length };
  if (offered.includes('reminderGot') && NOTICE_OF_RENEWAL.test(text) && !/没|\bno\b|\bnothing\b|\bnever\b|\bnot\b/.test(text))
    return { kind: 'confirm', id: 'reminderGot', length: text.length };
  if (offered.includes('reminderNone') && HAD_THEY_REMINDED.test(text)) return { kind: 'confirm', id: 'reminderNone', length: text.length };
  if (offered.includes('otherPay') && QUICK_PAYMENT.test(text) && !/支付宝|微信|alipay|wechat|apple|苹果/.test(text))
    return { kind: 'confirm', id: 'otherPay', length: text.length };
  if (offered.includes('renewal') && offered.includes('firstTime') && PLAN_AT_SIGNUP.test(text) && !A_CHARGE_AFTER.test(text))
    return { kind: 'confirm', id: 'renewal', length: text.length };
  // (Where misled is said in its own words, "写着免费", the usual reading records it.)
  if (offered.includes('noneUsed') && FEW_TIMES.test(text)) return { kind: 'none' };
  // ("idk might be in my spam": not knowing is said, and read as such.)
  if (offered.includes('reminderGot') && INTERCEPTED.test(text) && !MAYBE.test(text)) return { kind: 'confirm', id: 'reminderGot', length: text.length };
  if (offered.includes('misled') && PAGE_THEN_CHARGED.test(text) && !choicePhrases('misled').some((p) => text.includes(p)))
    return { kind: 'confirm', id: 'misled', length: text.length };
  if (offered.includes('renewal') && offered.includes('firstTime') && TRIAL_THEN_CHARGED.test(text))
    return { kind: 'confirm', id: 'renewal', length: text.length };
  return undefined;
}

/** Done since, after forgetting: "刚才已经取消了", "but I've cancelled it now". */
const DONE_SINCE = /(刚才|刚刚|后来|现在|已经).{0,4}(取消|关)(了|掉|好|完)|\b(now|since|just)\b.{0,12}\b(cancelled|canceled|turned it off|switched it off)\b/;

/** Switched off, then on again. */
const REOPENED = /(关|取消|off\b).{0,12}(又|再|后来).{0,6}(开|打开|恢复)|\b(turned|switched|put|flipped) it (back )?on again\b|\bback on\b|\bon again\b/;

/** At "is auto-renew still on?": the readings of a whole message its words would get wrong. */
export function switchShortcut(text: string, offered: readonly string[]): ChoiceReading | undefined {
  if (!offered.includes('renewOn')) return undefined;
  // "本来想关 结果忘了", "was going to turn it off but forgot": meant to, never did: still on, asked.
  // ("一开始忘了关，刚才已经取消了": forgot, then did it since: read as told, below.)
  if (MEANT_BUT_FORGOT.test(text) && !DONE_SINCE.test(text)) return { kind: 'confirm', id: 'renewOn', length: text.length };
  // "我等下就去关", "will turn it off after the refund": not yet off, so still on, asked.
  // ("still on, gonna cancel after the refund" says it outright: read as said.)
  if (OFF_LATER.test(text) && !/\bstill on\b|\bit is on\b|开着/.test(text)) return { kind: 'confirm', id: 'renewOn', length: text.length };
  // "还没", "not yet", alone: not switched off yet, asked.
  if (/^(还没|还没呢|还没有|not yet|nope not yet|no not yet)$/.test(core(text))) return { kind: 'confirm', id: 'renewOn', length: text.length };
  // "一个关了一个没关", "one is off, the other isn't": two switches, two states: which is this one's, asked.
  if (/一个.{1,6}一个|\b(one|1)\b.{1,20}\b(the other|other one|another)\b/.test(text)) return { kind: 'none' };
  // "off and on", "开开关关": both states at once answers nothing (unless a clause says how it is now).
  if (/\b(off and on|on and off)\b|开开关关|关了又开|开了又关/.test(text) && !NOW.test(text)) return { kind: 'none' };
  // "关掉了，后来又被我点开回去了", "turned it off, then on again by accident": on again, asked.
  if (REOPENED.test(text) && !NOW.test(text)) return { kind: 'confirm', id: 'renewOn', length: text.length };
  return undefined;
}
