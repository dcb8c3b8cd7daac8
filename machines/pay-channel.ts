/**
 * The text variant for where the person paid: the channel, or for "Other" the way they named
 * after it (review 34 F1: a bank card's auto-debit is not switched off in "that payment
 * channel's settings"; each way gets its own hedged line).
 */
import type { CaseFile } from './case-file';

export function channelVariant(c: CaseFile, channel: string): string {
  return channel === 'otherPay' && c.otherPay ? `otherPay_${c.otherPay}` : channel;
}
