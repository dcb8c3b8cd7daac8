/**
 * Reading an order number the user offers for their drafts. The coach never asks for card
 * numbers, so a Luhn-valid 15–19 digit number with a card prefix is refused with a warning
 * rather than stored, in case someone pastes their card by mistake.
 */

/** The order number without spaces or dashes a phone keyboard adds, or undefined if unusable. */
export function readOrderNumber(text: string): string | undefined {
  const compact = text.replace(/[\s-]/g, '');
  return /^[A-Za-z0-9]{6,40}$/.test(compact) ? compact : undefined;
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Visa, Mastercard, Amex, JCB/Diners and UnionPay prefixes, with a valid check digit. */
export function looksLikeCardNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '');
  return /^(4|5[1-5]|2[2-7]|3[47]|35|62)\d{13,17}$/.test(digits) && passesLuhn(digits);
}
