/**
 * Any other app's auto-renewing membership in China. What is known applies in full (the
 * payment channels' switch-off, refund and complaint routes, Apple, the notice rules, 12315,
 * the court: fact sheet sections 3, 5, 7, 9); what is not known about an unnamed app is not
 * assumed: no refund window (so no verdict counts days), in-app steps only as where such
 * things usually are, and a few common apps as buttons, any other name taken as typed.
 */
import type { ProductPolicy } from '../../policy';
import { xhsBlackCardPolicy } from '../xhs-black-card/policy';

export const anyMembershipPolicy: ProductPolicy = {
  product: 'anyMembership',
  appButtons: ['iqiyi', 'tencentVideo', 'youku', 'bilibili', 'meituan', 'jdPlus'],
  knownApps: [
    'iqiyi',
    'tencentVideo',
    'youku',
    'mangoTV',
    'neteaseMusic',
    'qqMusic',
    'bilibili',
    'baiduPan',
    'wps',
    'meituan',
    'eleme',
    'jdPlus',
    'taobao88vip',
    'zhihu',
    'ximalaya',
    'keep',
    'ctrip',
    'didi',
    'xiaohongshu',
    // Named often enough to recognise (their names in both languages); nothing else is known of them.
    'douyin',
    'kuaishou',
    'pinduoduo',
    'kugou',
    'kuwo',
    'quark',
    'dianping',
    'qqReading',
    'wechatRead',
    'qqVip',
    'migu',
    'sohuVideo',
    'baiduWenku',
  ],
  // Plainly e-commerce platforms (shopping, delivery, travel): a records request cites 电子商务法 第六十二条.
  // Whether that law reaches video, music, reading, audio and Q&A memberships is uncertain (its 第二条第三款
  // leaves out online audio-video and other content services) and the fact sheet does not settle it, and
  // an app typed by name is unknown: their drafts ask for the records without the article, and the coach
  // says why once (eighth round m13).
  ecommerceApps: ['meituan', 'eleme', 'jdPlus', 'taobao88vip', 'ctrip', 'xiaohongshu', 'pinduoduo'],
  memberAnswers: ['firstTime', 'renewal', 'unsure'],
  // What each app counts as a benefit is its own: one "used it" answer.
  privileges: ['otherPrivilege'],
  // The payment channels, the appeal ladder and the refusals people meet are the same everywhere.
  paymentChannels: xhsBlackCardPolicy.paymentChannels,
  appealReasons: xhsBlackCardPolicy.appealReasons,
  appealLadder: xhsBlackCardPolicy.appealLadder,
  complaintChannels: xhsBlackCardPolicy.complaintChannels,
  refusals: xhsBlackCardPolicy.refusals,
  // Only when to remind (the texts state no duration for an app nothing is known about).
  reviewWorkdays: [1, 3],
  arrivalWorkdays: [3, 7],
  walkthroughs: {
    app: [
      { id: 'openMe' },
      { id: 'memberCentre' },
      { id: 'orders', hasAltNames: true },
      { id: 'applyRefund', hasAltNames: true, asksReason: true },
      { id: 'submit' },
    ],
    web: [{ id: 'login' }, { id: 'orders', hasAltNames: true }, { id: 'applyRefund', hasAltNames: true, asksReason: true }, { id: 'submit' }],
    apple: xhsBlackCardPolicy.walkthroughs.apple,
  },
};
