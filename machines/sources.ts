/**
 * Where each piece of advice comes from, and how sure it is (the labels of
 * ../shared/domain/refund-guide.md). /sources shows these for what the coach just said.
 * Names and explanations of each source are in locales/ (`sources.list.<id>`).
 */
import type { Say } from './types';

export type Confidence = 'HIGH' | 'MEDIUM' | 'GUIDE' | 'UNVERIFIED';

export const SOURCES: Readonly<Record<string, Confidence>> = {
  guideArticle: 'GUIDE',
  consumerLaw25: 'HIGH',
  consumerLaw26: 'HIGH',
  spc2022: 'HIGH',
  civilCode201: 'HIGH',
  appleRefund: 'HIGH',
  appleCancel: 'HIGH',
  alipayGuides: 'MEDIUM',
  wechatPay: 'MEDIUM',
  consumerRegs2024: 'HIGH',
  onlineTrade18: 'HIGH',
  miit2023: 'MEDIUM',
  priceRules2026: 'MEDIUM',
  platform12315: 'HIGH',
  operator: 'MEDIUM',
  heimao: 'MEDIUM',
  socialAccount: 'UNVERIFIED',
  holidayNotice: 'HIGH',
};

/** Text-key prefixes and the sources behind them; the longest matching prefix wins. */
const BEHIND: ReadonlyArray<[prefix: string, sources: string[]]> = [
  ['ask.', ['guideArticle']],
  ['why.', ['guideArticle']],
  ['verdict.', ['guideArticle', 'consumerLaw25', 'spc2022']],
  ['verdict.apple', ['appleRefund']],
  ['verdict.note.notALegalRight', ['consumerLaw25', 'spc2022']],
  ['verdict.note.counting', ['civilCode201']],
  ['verdict.note.daysLeft', ['civilCode201']],
  ['verdict.note.lastDayToday', ['civilCode201']],
  ['verdict.note.closedAgo', ['civilCode201']],
  ['verdict.note.paymentUnsure', ['appleRefund']],
  ['walk.', ['guideArticle']],
  ['walk.apple.', ['appleRefund']],
  ['afterSubmit.', ['guideArticle', 'holidayNotice']],
  ['afterSubmit.apple', ['appleRefund']],
  ['apple.', ['appleRefund']],
  ['appeal.', ['guideArticle']],
  ['appeal.complain12315.', ['platform12315', 'operator']],
  ['appeal.heimao.', ['heimao']],
  ['appeal.social.', ['guideArticle', 'socialAccount']],
  ['appeal.refusal.refusedRule', ['consumerLaw26', 'spc2022']],
  ['appeal.refusal.refusedLate', ['guideArticle', 'consumerRegs2024', 'onlineTrade18']],
  ['appeal.refusal.refusedApple', ['appleRefund']],
  ['renew.', ['guideArticle']],
  ['renew.status.', ['consumerRegs2024', 'onlineTrade18', 'miit2023', 'priceRules2026']],
  ['renew.channel.alipay', ['alipayGuides']],
  ['renew.channel.wechat', ['wechatPay']],
  ['renew.channel.apple', ['appleCancel']],
  ['refund.arrival.', ['guideArticle', 'holidayNotice']],
  ['refund.arrival.wechat', ['wechatPay', 'holidayNotice']],
  ['summary.', ['guideArticle']],
];

function sourcesOf(key: string): string[] {
  let best: [string, string[]] | undefined;
  for (const entry of BEHIND) if (key.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best?.[1] ?? [];
}

/** The /sources message for texts with these keys: each source once, with its confidence. */
export function sourcesFor(keys: readonly string[]): Say[] {
  const ids = [...new Set(keys.flatMap(sourcesOf))];
  if (ids.length === 0) return [{ key: 'sources.none' }];
  return [
    { key: 'sources.title' },
    ...ids.map((id) => ({ key: 'sources.item', vars: { name: { key: `sources.list.${id}` }, confidence: { key: `sources.confidence.${SOURCES[id]}` } } })),
    { key: 'sources.legend' },
  ];
}
