/**
 * What a rung of the appeal ladder says around its draft, for one person's case: what to have
 * ready, which payment app's complaint system to explain, the refusal customer service will most
 * likely quote, and why the drafts ask for the company's records (电子商务法 第六十二条).
 */
import type { CaseFile } from '../case-file';
import { caseVars, knownChannel, recordsKind, reminderLack, sellsOnline, usedPrivilege } from '../case-vars';
import type { ProductPolicy } from '../policy';
import type { Say } from '../types';

export function rungNotes(policy: ProductPolicy) {
  const text = (key: string, c: CaseFile): Say => ({ key, vars: caseVars(c, policy) });

  /** The payment apps whose complaint entry to show: the person's own, both when unknown, else 'other'. */
  function complaintChannelsFor(c: CaseFile): readonly string[] {
    const own = knownChannel(c, policy);
    if (policy.complaintChannels.includes(own)) return [own];
    return own === 'unsure' ? policy.complaintChannels : ['other'];
  }

  /** The refusal customer service will most likely quote, for this person's situation. */
  function expectedRefusal(c: CaseFile): string {
    // "Use the in-app request" is no answer to someone it just refused, nor to a card that has ended.
    if (c.member === 'redCard') return 'redCard';
    if (c.unresolved?.includes('inApp')) return 'afterInApp';
    if (usedPrivilege(c, policy)) return 'used';
    // Eighth round m1: the point to repeat is the person's own: no reminder at all, or what the reminder left out.
    if (c.member === 'renewal') return c.reminder === 'reminderNone' ? 'renewalNoReminder' : reminderLack(c) ? 'renewalReminderLacking' : 'renewal';
    if (c.window === 'closed') return 'late';
    return 'default';
  }

  /** What to have ready before writing to customer service: what any purchase leaves, plus what this case needs. */
  function readyParts(c: CaseFile): Say[] {
    const lines: Say[] = [{ key: 'appeal.cs.ready' }];
    // A typed date ("3天前") is in the draft as a date: the bill's date is the one to send.
    if (c.openedOn) lines.push({ key: `appeal.cs.readyDate${c.member === 'renewal' ? 'Charge' : ''}`, vars: { openedDate: { date: c.openedOn } }, line: true });
    if (c.appealReason === 'misled') lines.push({ key: 'appeal.cs.readyMisled', line: true });
    if (c.reminder === 'reminderNone') lines.push({ key: 'appeal.cs.readyMessages', line: true });
    // A reminder that left something out: the reminder itself shows it.
    if (reminderLack(c)) lines.push({ key: 'appeal.cs.readyReminder', line: true });
    // A guardian's claim: what shows the relationship and the child's age.
    if (c.payer === 'minor') lines.push({ key: 'appeal.cs.readyMinor', line: true });
    // 小红卡, the platform's notice or a report seen by the person: the draft rests on it.
    if (c.member === 'redCard' && c.redCardNotice === 'seen') lines.push({ key: 'appeal.cs.readyRedCardNotice', line: true });
    lines.push({ key: 'appeal.cs.readySafety', line: true });
    return lines;
  }

  /** The payment app's complaint system, explained for the person's own channel only. */
  function payChannelAbout(c: CaseFile): string {
    const channels = complaintChannelsFor(c);
    return channels.length > 1
      ? 'appeal.payChannel.about'
      : `appeal.payChannel.about${channels[0] === 'wechat' ? 'Wechat' : channels[0] === 'alipay' ? 'Alipay' : 'Other'}`;
  }

  /** The rungs whose draft asks for the company's records (电子商务法 第六十二条): customer service only after no reminder. */
  const carriesRecords = (channel: string, c: CaseFile) =>
    channel === 'email' || channel === 'complain12315' || (channel === 'cs' && c.member === 'renewal' && c.reminder === 'reminderNone');

  /**
   * Eighth round m13: where the records are asked for without the article (an app that is not plainly
   * an e-commerce platform), why, said once: at the first rung opened whose draft asks for them.
   */
  function recordsNote(channel: string, c: CaseFile): Say[] {
    if (recordsKind(c) === undefined || sellsOnline(c, policy)) return [];
    return c.triedChannels.find((rung) => carriesRecords(rung, c)) === channel ? [text('appeal.recordsNoArticle', c)] : [];
  }

  /**
   * Twelfth round M1: where the draft cites 电子商务法 第六十二条 (an e-commerce seller), what it
   * says and why it is cited, once, after the first draft that asks for the records; after no
   * reminder, that the record of a reminder is now theirs to show.
   */
  function recordsWhy(channel: string, c: CaseFile): Say[] {
    if (recordsKind(c) === undefined || !sellsOnline(c, policy)) return [];
    if (c.triedChannels.find((rung) => carriesRecords(rung, c)) !== channel) return [];
    return [text(c.member === 'renewal' && c.reminder === 'reminderNone' ? 'appeal.recordsWhyReminder' : 'appeal.recordsWhy', c)];
  }

  return { complaintChannelsFor, expectedRefusal, readyParts, payChannelAbout, recordsNote, recordsWhy };
}
