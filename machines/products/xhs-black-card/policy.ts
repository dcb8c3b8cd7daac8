/**
 * Xiaohongshu's 黑卡会员 as the coach knows it (../shared/domain/refund-guide.md, sections
 * 1–5 and 7): a 7-day no-reason window, the privileges whose use makes a refund unlikely, the
 * in-app, web and Apple refund steps, and 小红卡 (the card that ended) among the answers.
 */
import type { ProductPolicy } from '../../policy';

export const xhsBlackCardPolicy: ProductPolicy = {
  product: 'xhsBlackCard',
  windowDays: 7,
  // A shopping platform's membership (its e-commerce side): its records are asked for under 电子商务法 第六十二条.
  ecommerce: true,
  memberAnswers: ['firstTime', 'renewal', 'redCard', 'unsure'],
  privileges: ['gift', 'paidContent', 'search', 'otherPrivilege'],
  paymentChannels: ['alipay', 'wechat', 'apple', 'otherPay'],
  appealReasons: ['notNeeded', 'misled', 'money', 'accidental'],
  // The payment channel's complaint system comes right after the platform's own service.
  appealLadder: ['cs', 'payChannel', 'email', 'complain12315', 'heimao', 'social'],
  complaintChannels: ['wechat', 'alipay'],
  refusals: ['refusedUsed', 'refusedLate', 'refusedApple', 'refusedRule', 'refusedOther'],
  reviewWorkdays: [1, 3],
  arrivalWorkdays: [3, 7],
  walkthroughs: {
    app: [
      { id: 'openMe' },
      { id: 'menu' },
      { id: 'orders', hasAltNames: true },
      { id: 'findOrder' },
      { id: 'applyRefund', hasAltNames: true },
      { id: 'reason', asksReason: true },
      { id: 'submit' },
    ],
    web: [{ id: 'login' }, { id: 'orders', hasAltNames: true }, { id: 'applyRefund', hasAltNames: true }, { id: 'reason', asksReason: true }, { id: 'submit' }],
    apple: [{ id: 'open' }, { id: 'request' }, { id: 'pick' }, { id: 'submit' }],
  },
};
