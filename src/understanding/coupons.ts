/**
 * Coupons and gift packs at "did you use any privileges?": a coupon claimed is another
 * privilege, not a gift, and either way it is offered back, never recorded.
 */
import { CLAIMING, COUPON, VIRTUAL } from './choice-words';
import type { Match } from './phrase-matches';

export function couponsAndPacks(text: string, said: string[], answered: readonly Match[], offered: readonly string[]): { said: string[]; hedged: boolean } {
  let read = said;
  // "领了张免运费券", "claimed a voucher": a coupon claimed is another privilege, not a gift;
  // a thing claimed or redeemed ("领了个抱枕") stays a gift.
  if (
    read.includes('gift') &&
    offered.includes('otherPrivilege') &&
    (COUPON.test(text) || VIRTUAL.test(text)) &&
    answered.filter((m) => m.id === 'gift').every((m) => CLAIMING.test(m.phrase))
  )
    read = [...new Set(read.map((id) => (id === 'gift' ? 'otherPrivilege' : id)))];
  // A coupon is a gift to some and a discount to others (the tables people wrote disagree):
  // offered back as "another privilege", never recorded.
  const coupon = read.length === 1 && read[0] === 'otherPrivilege' && COUPON.test(text);
  // A "gift pack" (新人礼包) is often coupons: asked.
  const pack = read.length === 1 && read[0] === 'gift' && /礼包|gift pack|welcome pack/.test(text);
  return { said: read, hedged: coupon || pack };
}
