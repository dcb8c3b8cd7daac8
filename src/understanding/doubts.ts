/**
 * What makes a reading a question rather than an answer: words that leave room beside it (a
 * closing 吧, a bare card, a device, "had it before", part of the money, a charge as the only
 * sign). readChoice records an answer only when none of these applies.
 */
import type { Match } from './phrase-matches';
import { DEVICE, HISTORY, STATES } from './choice-words';
import { COUNTS } from './questions';
import { core } from './whole-message';

/** Something was used, said without naming it. */
export const USED_SOME =
  /(?<![没不未算])用(了|过)(点|一点|一些|几个|些)?.*(忘了是|具体忘了|忘记是|不记得是)|\bused (something|some|a few|a bit|a couple|one|it)\b.*\b(forgot|forget|can not remember|do not remember) (what|which)/;

/** Part of the money only. */
export const PART_ONLY =
  /少了|一半|部分|不全|没退全|差了|还差|只退了|只到了|\b(less|half|part|partial|partially|not all|not the full|missing|still short|short by)\b/;

/** Charged again, or all the same: "又扣了", "still charged", "charged anyway" (not "不会再扣了"). */
export const CHARGED_AGAIN =
  /(?<!不会|不)(又|还是|还|再|照样|仍然).{0,3}扣(?!款)|扣.{0,4}(又|还是)|\b(still|again|anyway)\b.{0,12}\b(charg|bill|deduct)|\b(charg|bill|deduct)\w*\b.{0,12}\b(anyway|again|still)\b/;

/** A charge spoken of outside the answer itself: "没开过 / 就扣钱了", "never signed up, it just charged me". */
export const chargedBesides = (text: string, answer: Match) => /扣|charg|billed|took|deduct/.test(text.slice(0, answer.start) + text.slice(answer.end));

/**
 * "关了吧", "支付宝吧": a statement with a closing 吧 is a guess ("off, I suppose"), not "好吧";
 * after a request ("发个email吧", "明天再提醒我吧") 吧 only softens it, so only answers that
 * state a fact are weighed.
 */
const FACTS = new Set([...STATES, 'alipay', 'wechat', 'apple', 'otherPay', 'firstTime', 'renewal', 'redCard', 'reminderGot', 'reminderNone', 'blackCard']);
const guessed = (text: string, id: string) => FACTS.has(id) && /吧$/.test(text) && !/(好|行|算了|那)吧$/.test(text);

/**
 * A card with no way named ("信用卡", "credit card"): in China a card is most often paid
 * through Alipay or WeChat, whose refund routes differ; asked, unless "directly" is said.
 */
const BARE_CARD =
  /^(我?用的?)?(银行卡|信用卡|储蓄卡|借记卡|卡|招行|工行|建行|农行|中行|(招行|工行|建行|农行|中行|招商)?信用卡|(a |my )?(bank card|card|credit card|debit card|visa|mastercard))(的|付的|扣的)?$/;

/** An advert or promotion ("广告短信", "a promo text"): a message came, not necessarily a reminder. */
const AD_MESSAGE = /广告|营销|推广|垃圾短信|\b(ad|ads|advert|promo|promotional|spam|marketing)\b/;

/** A reading said as a whole message that still leaves room: had it before, a device, a guess, a bare card. */
export const inDoubt = (text: string, id: string) =>
  (id === 'renewal' && HISTORY.test(core(text))) ||
  (id === 'apple' && DEVICE.test(core(text))) ||
  (id === 'otherPay' && BARE_CARD.test(text)) ||
  (id === 'reminderGot' && AD_MESSAGE.test(text)) ||
  guessed(text, id) ||
  // ("跳过广告算不算": asking whether a thing counts, with no question mark.)
  COUNTS.test(text);
