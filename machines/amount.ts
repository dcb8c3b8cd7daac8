/**
 * Reading the amount charged, as the person types it: "25", "¥25", "25 yuan" (or with the yuan sign
 * or word in Chinese), "RMB 30".
 * Up to ¥9,999.99, so a hotline (12315, 95017) or an order number is never read as an amount.
 * Kept as the person's digits, for the drafts to state; nothing is worked out from it.
 */
export function readAmount(text: string): string | undefined {
  const match = /^(?:¥|￥|rmb|cny)?\s*(\d{1,4}(?:\.\d{1,2})?)\s*(?:\u5143|\u5757\u94b1|\u5757|rmb|cny|yuan)?$/i.exec(text.trim());
  if (!match) return undefined;
  const amount = match[1]!;
  return Number(amount) > 0 ? amount.replace(/^0+(?=\d)/, '') : undefined;
}

/** The longest plan description kept: a sentence, not a letter. */
const PLAN_DETAIL_MAX = 80;

/**
 * What the person typed about the plan at sign-up and this charge ("monthly at ¥15 when I signed up, ¥168 for a year this time"),
 * kept as typed for the drafts: whitespace tidied, a closing full stop dropped (the draft adds
 * its own), 【】 removed so it is never mistaken for a blank. Empty or too long: not read.
 */
export function readPlanDetail(text: string): string | undefined {
  const detail = text
    .replace(/[【】]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[。.！!；;，,\s]+$/u, '');
  return detail.length > 0 && detail.length <= PLAN_DETAIL_MAX ? detail : undefined;
}
