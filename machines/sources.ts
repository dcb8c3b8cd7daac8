/**
 * Where each piece of advice comes from, and how sure it is (the labels of
 * ../shared/domain/refund-guide.md). /sources shows these for what the coach just said, and
 * only for claims that text makes: a text that claims nothing lists nothing.
 * Names and explanations of each source are in locales/ (`sources.list.<id>`).
 */
import { BEHIND } from './text-sources';
import type { Say, TextVar } from './types';

export type Confidence = 'HIGH' | 'MEDIUM' | 'GUIDE' | 'LOW' | 'UNVERIFIED';

export const SOURCES: Readonly<Record<string, Confidence>> = {
  guideArticle: 'GUIDE',
  consumerLaw25: 'HIGH',
  consumerLaw26: 'HIGH',
  consumerLaw39: 'HIGH',
  spc2022: 'HIGH',
  civilCode201: 'HIGH',
  appleRefund: 'HIGH',
  appleCancel: 'HIGH',
  appleRights: 'HIGH',
  appleSupportCn: 'MEDIUM',
  alipayGuides: 'MEDIUM',
  alipayComplaint: 'GUIDE',
  wechatPay: 'MEDIUM',
  wechatComplaint: 'MEDIUM',
  wechatComplaintPath: 'LOW',
  consumerRegs2024: 'HIGH',
  consumerRegs12: 'HIGH',
  consumerRegs17: 'HIGH',
  consumerRegs18: 'HIGH',
  consumerRegs50: 'HIGH',
  ecommerce62: 'HIGH',
  complaintRules: 'HIGH',
  odr: 'MEDIUM',
  smallClaims: 'HIGH',
  courtFees: 'HIGH',
  courtOnline: 'HIGH',
  civilCode188: 'HIGH',
  heimaoWithdraw: 'LOW',
  civilCode19: 'HIGH',
  spcMinors2020: 'MEDIUM',
  appleFamily: 'HIGH',
  priceRules2026: 'MEDIUM',
  miitNotice2023: 'MEDIUM',
  platform12315: 'HIGH',
  operator: 'MEDIUM',
  heimao: 'MEDIUM',
  socialAccount: 'UNVERIFIED',
  holidayNotice: 'HIGH',
  redCardNews: 'MEDIUM',
  consumerRegs22: 'MEDIUM',
  evidenceHabits: 'GUIDE',
};

/** The fact sheet's first version: the sources not read again since were checked against it then. */
const FIRST_CHECK = '2026-11-26';
const ONLY_FIRST_CHECK = new Set([
  'guideArticle',
  'civilCode201',
  'appleRefund',
  'appleCancel',
  'appleSupportCn',
  'alipayGuides',
  'alipayComplaint',
  'wechatPay',
  'wechatComplaint',
  'wechatComplaintPath',
  'operator',
  'socialAccount',
  'holidayNotice',
  'redCardNews',
  'evidenceHabits',
]);
/** The legal review that read the laws and the 12315, court and Apple facts again (fact sheet section 9). */
const LEGAL_REVIEW = '2026-12-06';

/** When each source was last checked (China date): /sources shows it beside the source. */
export const CHECKED: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(SOURCES).map((id) => [id, ONLY_FIRST_CHECK.has(id) ? FIRST_CHECK : LEGAL_REVIEW]),
);

export function sourcesOf(key: string): string[] {
  let best: [string, string[]] | undefined;
  for (const entry of BEHIND) if (key.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best?.[1] ?? [];
}

/** The keys of texts inside a variable (a draft's sentence citing a law is a text of its own). */
function keysIn(value: TextVar): string[] {
  if (typeof value !== 'object') return [];
  if ('list' in value) return value.list.flatMap(keysIn);
  if (!('key' in value)) return [];
  return [value.key, ...('vars' in value ? Object.values(value.vars).flatMap(keysIn) : [])];
}

/** Every text key these messages show, the sentences inside their variables included. */
export function sayKeys(parts: readonly Say[]): string[] {
  return parts.flatMap((part) => [part.key, ...Object.values(part.vars ?? {}).flatMap(keysIn)]);
}

/** The /sources message for texts with these keys: each source once, with its confidence. */
export function sourcesFor(keys: readonly string[]): Say[] {
  const ids = [...new Set(keys.flatMap(sourcesOf))];
  if (ids.length === 0) return [{ key: 'sources.none' }];
  return [
    { key: 'sources.title' },
    ...ids.map((id) => ({
      key: 'sources.item',
      vars: { name: { key: `sources.list.${id}` }, confidence: { key: `sources.confidence.${SOURCES[id]}` }, checked: CHECKED[id]! },
    })),
    { key: 'sources.legend' },
  ];
}
