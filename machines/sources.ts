/**
 * Where each piece of advice comes from, and how sure it is (the labels of
 * ../shared/domain/refund-guide.md). /sources shows these for what the coach just said, and
 * only for claims that text makes: a text that claims nothing lists nothing.
 * Names and explanations of each source are in locales/ (`sources.list.<id>`).
 */
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

/**
 * Text keys (or key prefixes) and the sources behind the claims they make; the longest
 * matching entry wins, and `[]` marks texts that claim nothing from outside.
 */
const BEHIND: ReadonlyArray<[prefix: string, sources: string[]]> = [
  ['ask.', ['guideArticle']],
  ['ask.askMember', []],
  ['ask.askCharged', []],
  ['ask.askReminder', []],
  ['ask.askReminderContent', []],
  ['why.askReminderContent', ['priceRules2026']],
  ['why.', ['guideArticle']],
  ['why.askOpened', ['guideArticle', 'civilCode201']],
  ['why.askReminder', ['consumerRegs2024']],
  ['why.askPayment', ['appleRefund']],
  ['ask.askPayment', ['appleRefund']],
  ['ask.askAutoRenew', []],
  ['why.general', []],
  // The regulations' name, in full and short (English names them in full once per message).
  ['mentions.regs', ['consumerRegs2024']],
  ['verdict.', ['guideArticle']],
  ['verdict.ask', []],
  ['verdict.briefRest', []],
  ['verdict.by', []],
  ['verdict.apple', ['appleRefund']],
  ['verdict.noReminder', ['consumerRegs2024', 'priceRules2026']],
  ['verdict.deadline.', ['civilCode201']],
  ['verdict.note.sevenDayPromise', ['guideArticle', 'consumerLaw25', 'consumerRegs12']],
  ['verdict.note.reminderUnsure', ['consumerRegs2024']],
  ['verdict.note.reminderLacking', ['priceRules2026']],
  // Tenth round m8: who sent the reminder; either way the refund is Apple's (guide §3).
  ['verdict.note.reminderFrom', ['appleRefund']],
  ['ask.askReminderFrom', ['appleRefund']],
  ['why.askReminderFrom', ['appleRefund', 'priceRules2026']],
  // Thirteenth review m5: Apple ran the auto-renewal; its own reminder, as the person said.
  ['ask.askAppleReminder', []],
  ['why.askAppleReminder', ['appleRefund', 'consumerRegs2024']],
  ['draft.appleNoReminder', []],
  // Seventeenth review m7: the person's facts (who charged, no reminder from Apple): nothing cited.
  ['draft.chargedByApple', []],
  // Seventeenth review m4: the person's own fact, leading the email's reason line: nothing cited.
  ['draft.emailReasonNoReminder', []],
  // Seventeenth review M2: the rule that requires a reminder, stated beside the person's fact (no breach claimed).
  ['draft.appleNoReminderRule', ['consumerRegs2024']],
  ['draft.noReminderRuleApple', ['consumerRegs2024']],
  ['draft.appleNoReminderCited', ['consumerRegs2024']],
  ['apple.refusedReminderLackingByApp', ['appleRefund']],
  ['apple.refusedReminderLackingByApple', ['priceRules2026']],
  ['appeal.report.notFit', ['consumerRegs2024', 'consumerRegs50', 'complaintRules', 'platform12315']],
  ['verdict.note.paymentUnsure', ['appleRefund']],
  ['verdict.note.switchOffEarly', ['evidenceHabits']],
  ['verdict.note.switchWhere.app', ['alipayGuides', 'wechatPay']],
  ['verdict.note.switchWhere.alipay', ['alipayGuides']],
  ['verdict.note.switchWhere.wechat', ['wechatPay']],
  ['verdict.note.switchWhere.otherPay', []],
  ['verdict.note.switchOffEarlyApple', ['evidenceHabits', 'appleCancel']],
  ['verdict.note.switchOffEarlyFirstTime', ['evidenceHabits']],
  ['verdict.note.switchOffEarlyJustSignedUp', ['evidenceHabits']],
  ['verdict.note.switchOffEarlyUnsure', ['evidenceHabits']],
  ['walk.', ['guideArticle']],
  ['walk.toAppeal', []],
  ['walk.toAppleSupport', []],
  ['walk.apple.', ['appleRefund']],
  ['walk.reasonMinor', []],
  ['walk.reasonMinorNote', []],
  ['walk.minorFacts.', []],
  ['verdict.note.minor', ['civilCode19']],
  ['afterSubmit.', []],
  ['afterSubmit.expect', ['guideArticle', 'holidayNotice']],
  ['afterSubmit.expectNoDate', ['guideArticle']],
  ['afterSubmit.pending', ['guideArticle']],
  ['afterSubmit.money.', ['guideArticle']],
  ['afterSubmit.money.wechat', ['wechatPay']],
  ['afterSubmit.money.apple', ['appleRefund']],
  ['afterSubmit.apple', ['appleRefund']],
  ['apple.', []],
  ['apple.stuck', ['appleRefund']],
  ['apple.checkAccount', ['appleRights']],
  ['apple.checkAccountShort', ['appleRights']],
  ['apple.support', ['appleRights', 'appleSupportCn']],
  ['apple.supportReasonGiven', ['appleRights', 'appleSupportCn']],
  ['apple.supportNoReminderRule', ['appleRights', 'consumerRegs2024', 'appleSupportCn']],
  ['apple.supportNoReminderRuleNone', ['appleRights', 'consumerRegs2024', 'appleSupportCn']],
  ['apple.complain12315', ['platform12315']],
  // Its cited sentences are variables of their own (draft.noReminderCited; the pricing rule only where it binds: draft.reminderLackCited, draft.planChange).
  ['apple.complain12315Draft', []],
  ['apple.refusedReminderLacking', ['priceRules2026']],
  ['apple.secondRequestBlocked', ['appleSupportCn']],
  ['apple.cancelFirst', ['appleCancel']],
  ['draft.onePayment', ['consumerRegs18']],
  // Asked as "if you agree": no article (a goodwill request is no refund owed).
  ['draft.onePaymentIfAgreed', []],
  ['draft.claimOwed', ['consumerRegs18']],
  ['draft.claimRedCard', ['consumerRegs18']],
  // Seventeenth review M1: the optional fallback rests on the person's own fact (the card stopped) and cites nothing of its own.
  ['draft.redCardFallback12315', []],
  ['draft.claimGoodwill', []],
  ['draft.minor', ['civilCode19']],
  ['draft.minorWho', []],
  ['draft.minorAccount', []],
  ['draft.askBasis', []],
  ['family.about', ['civilCode19', 'spcMinors2020']],
  ['family.apple', ['appleFamily']],
  ['family.askAge', ['civilCode19']],
  ['family.askPaidFrom', []],
  ['family.askAccount', []],
  ['walk.account.', []],
  // The request for their records claims nothing by itself; the article is its own sentence, cited only for an e-commerce seller.
  ['draft.records', []],
  ['draft.recordsMisled', ['consumerRegs12']],
  ['draft.recordsFromThemMisled', ['consumerRegs12']],
  ['draft.ecommerce62', ['ecommerce62']],
  ['appeal.recordsNoArticle', ['ecommerce62']],
  // Eighteenth review m2: the first draft names 实施条例 第十条 (no more 「按规定」).
  ['appeal.cs.scriptNoReminder', ['consumerRegs2024']],
  // Twelfth review M1: to Apple, Apple's own word on consumer rights; the pricing rule is not Apple's to answer for.
  ['apple.secondRequestLaw', ['appleRights']],
  ['apple.secondRequestClose', []],
  ['apple.reportLacking', ['priceRules2026', 'complaintRules', 'platform12315']],
  // Twelfth review M1: the 举报 names the pricing rule and asks the regulator to check it applies.
  ['apple.reportLackingDraft', ['priceRules2026']],
  ['appeal.recordsWhy', ['ecommerce62']],
  ['appeal.recordsWhyReminder', ['ecommerce62']],
  // Tenth round m2: the change the person said, with or without its figures, names the pricing rule in what is filed.
  ['draft.planChange', ['priceRules2026']],
  ['draft.planChangeGiven', ['priceRules2026']],
  // The fallback ask claims nothing from outside: a partial refund is a request (guide §7), not a right.
  ['draft.planFallback', []],
  // "The rules require a reminder" names no article (a chat message, a payment-app complaint): the filed texts cite it (…Cited).
  ['draft.noReminder', ['consumerRegs2024']],
  ['draft.noReminderPlain', []],
  ['draft.noReminderCited', ['consumerRegs2024']],
  ['draft.noReminderRuleOnly', ['consumerRegs2024']],
  ['draft.dateSentence.', []],
  // Thirteenth review M1: the sign-up page, as the person said it, and 第十条's reminder before the service starts.
  ['draft.signupNotShown', ['consumerRegs2024']],
  ['appeal.signup.saved.notShown', ['consumerRegs2024', 'consumerRegs12']],
  ['appeal.signup.askMinor', []],
  // What a reminder left out: said as a plain fact in a chat message (no rule claimed: whether the
  // pricing rule reaches a given app is not settled), with the pricing rule named in what is filed.
  ['draft.reminderLack', []],
  ['draft.reminderLackFrom', []],
  // Tenth round m2: the note says only what the drafts now carry (the change, with blanks); it cites nothing.
  ['appeal.plan.saved', []],
  ['draft.reminderLackCited', ['priceRules2026']],
  ['draft.redCardCheck', []],
  // A chat message says the change plainly; the pricing rule is cited in what is filed.
  ['draft.planChangeShort', []],
  ['appeal.complain12315.rules', ['complaintRules', 'odr']],
  ['appeal.complain12315.rulesFamily', ['complaintRules']],
  ['appeal.report.about', ['complaintRules', 'consumerRegs50', 'platform12315']],
  ['appeal.report.draft', ['consumerRegs2024']],
  // Fifteenth review m3: the plan change the person gave, in what the regulator is asked to check and in the basis (only where the drafts cite the pricing rule).
  ['appeal.report.draftPlan', ['consumerRegs2024', 'priceRules2026']],
  ['appeal.report.aboutSignup', ['complaintRules', 'platform12315']],
  ['appeal.report.draftSignup', ['consumerRegs2024']],
  ['appeal.heimao.prepare', ['heimaoWithdraw']],
  ['appeal.heimao.draft', []],
  ['money.complaintLabel', ['platform12315']],
  ['money.complaintLabelAfterPay', ['platform12315']],
  ['money.payLabelAlipay', []],
  ['money.payDraft', []],
  ['money.complaintLabelApple', ['platform12315', 'appleRefund']],
  ['money.complaintDraft', ['consumerRegs18']],
  ['money.complaintDraftApple', []],
  ['summary.next.chaseMoney', ['platform12315']],
  // Fifteenth review m7: an Alipay payer: the bill, 95188 and customer service, then Alipay's complaint, then 12315.
  ['summary.next.chaseMoneyAlipay', ['alipayComplaint', 'platform12315']],
  // Tenth round m7: a pointer to the routes said in full after 12315 (appeal.after.complain12315); it cites nothing.
  ['summary.next.after12315', []],
  ['appeal.complain12315.companyFirst', ['platform12315']],
  ['appeal.complain12315.companyFirstGoodwill', ['platform12315', 'consumerRegs12']],
  ['redCard.about', ['redCardNews', 'consumerRegs12', 'consumerRegs22']],
  ['draft.prepaid', ['consumerRegs12', 'consumerRegs22']],
  ['redCard.', []],
  ['redCard.noticeAsk', ['redCardNews']],
  // Fifteenth review M2: whether the card still worked, the person's own fact; 第五十三条 on an ended card is MEDIUM (said so).
  ['redCard.worksAsk', ['redCardNews']],
  ['redCard.stoppedNoted', ['consumerRegs22']],
  // Tenth round m5: paid through Apple, the refund is Apple's (guide §3); the amount asked with the reported price.
  ['redCard.apple', ['appleRefund']],
  ['appeal.amount.askRedCard', ['redCardNews']],
  ['ask.askRedCardPayment', ['appleRefund']],
  ['why.askRedCardPayment', ['appleRefund']],
  // 小红卡 not seen by the person: attributed to public reports in what goes to the company or the regulator.
  ['reason.redCardReported', ['redCardNews']],
  ['draft.redCardFactReported', ['redCardNews']],
  ['draft.redCardFactStopped', ['redCardNews', 'consumerRegs12', 'consumerRegs22']],
  ['appeal.', []],
  ['appeal.intro.', ['guideArticle']],
  ['appeal.intro.refused', []],
  ['appeal.intro.renewal', ['guideArticle', 'consumerRegs2024']],
  ['appeal.intro.renewalReminded', ['guideArticle']],
  ['appeal.intro.renewalReminderLacking', ['guideArticle']],
  ['appeal.intro.noReminder', []],
  ['appeal.intro.apple', ['appleRefund']],
  ['appeal.menuItem.complain12315', ['platform12315']],
  ['appeal.menuItem.heimao', ['heimao']],
  ['appeal.menuItem.payChannel.wechat', ['wechatComplaint']],
  ['appeal.cs.where', ['guideArticle']],
  ['appeal.cs.expect', ['guideArticle']],
  ['appeal.cs.expect.redCard', ['redCardNews']],
  ['appeal.cs.escalatePartial', ['guideArticle']],
  ['appeal.intro.unsure', []],
  ['appeal.payChannel.about', ['wechatComplaint', 'alipayComplaint']],
  ['appeal.payChannel.aboutWechat', ['wechatComplaint']],
  ['appeal.payChannel.aboutAlipay', ['alipayComplaint']],
  ['appeal.payChannel.aboutOther', []],
  ['appeal.payChannel.where.wechat', ['wechatComplaint', 'wechatComplaintPath']],
  ['appeal.payChannel.where.alipay', ['alipayComplaint']],
  ['appeal.payChannel.draft', []],
  ['appeal.email.where', ['guideArticle']],
  ['appeal.email.moveOn', ['platform12315']],
  ['appeal.complain12315.about', ['platform12315']],
  ['appeal.complain12315.prepare', ['operator']],
  ['appeal.complain12315.draft', []],
  ['draft.company', ['operator']],
  // Tenth round m7: the routes after 12315 are named in full where they are needed (appeal.after.complain12315).
  ['appeal.complain12315.moveOn', ['platform12315', 'heimao']],
  ['appeal.heimao.about', ['heimao']],
  ['appeal.social.warning', ['socialAccount']],
  ['appeal.progress.complain12315', ['platform12315']],
  ['appeal.progress.heimao', ['heimao']],
  ['appeal.next.email', ['platform12315']],
  ['appeal.next.complain12315', ['platform12315']],
  ['appeal.next.heimao', ['heimao']],
  ['appeal.next.payChannel.wechat', ['wechatComplaint']],
  ['appeal.after.complain12315', ['consumerLaw39', 'smallClaims', 'courtFees', 'courtOnline', 'civilCode188']],
  ['appeal.after.courtFee', ['courtFees']],
  ['appeal.after.courtFeeAbove100', ['courtFees']],
  ['appeal.cs.readyMisled', ['consumerRegs12']],
  ['appeal.refusal.refusedUsed.explain', ['guideArticle']],
  // The fallback after a changed plan is the person's option to add (never a right): it cites nothing from outside.
  ['appeal.refusal.fallbackLabel', []],
  // Eighteenth review m6: the 小红卡 fallback's label recalls the reported full-refund promise.
  ['appeal.fallback.redCard12315', ['redCardNews']],
  ['appeal.fallback.', []],
  ['summary.planFallback', []],
  ['appeal.refusal.refusedUsed.explainNotUsed', []],
  ['appeal.refusal.refusedLate.explain', ['consumerRegs2024']],
  ['appeal.refusal.refusedLate.explainFirstTime', ['guideArticle']],
  ['appeal.refusal.refusedLate.inWindow.explain', ['civilCode201']],
  ['appeal.refusal.refusedLate.firm', ['consumerRegs2024']],
  ['appeal.refusal.refusedLate.firmAskBasis', []],
  ['appeal.refusal.refusedRule.explain', ['consumerLaw26', 'spc2022']],
  ['appeal.refusal.refusedRule.firm', ['consumerLaw26']],
  ['appeal.refusal.refusedApple.', ['appleRefund']],
  ['renew.', []],
  ['renew.evidence', ['evidenceHabits']],
  ['renew.evidenceApple', ['evidenceHabits']],
  ['renew.appleCancelled', ['appleCancel', 'evidenceHabits']],
  ['renew.channel.alipay', ['alipayGuides']],
  ['renew.channel.wechat', ['wechatPay']],
  ['renew.channel.apple', ['appleCancel']],
  ['renew.channel.unsure', ['alipayGuides', 'wechatPay', 'appleCancel']],
  ['renew.inApp', ['guideArticle']],
  ['renew.remindAskAlipay', ['alipayGuides']],
  ['money.notArrived.alipay', ['alipayComplaint']],
  ['renew.timing.afterRefund', ['guideArticle']],
  ['refund.arrival.', ['guideArticle', 'holidayNotice']],
  ['refund.arrival.wechat', ['wechatPay', 'holidayNotice']],
  ['refund.arrival.apple', ['appleRefund']],
  ['summary.', []],
  ['summary.verdict.', ['guideArticle']],
  ['summary.verdict.apple', ['appleRefund']],
  ['summary.verdict.unsure', []],
  ['summary.verdict.noReminder', ['consumerRegs2024']],
  // Fifteenth review m1: the plan change the person reported; the pricing rule only where the drafts cite it.
  ['summary.verdict.noReminderPlan', ['consumerRegs2024']],
  ['summary.verdict.noReminderPlanCited', ['consumerRegs2024', 'priceRules2026']],
  ['summary.verdict.redCard', ['redCardNews']],
  ['summary.lastDay', ['civilCode201']],
  ['summary.next.waitReview', ['guideArticle']],
  ['summary.next.waitApple', ['appleRefund']],
  ['summary.next.askApple', ['appleRefund']],
  ['summary.next.appleSupport', ['appleSupportCn']],
  ['summary.next.appleRefused', ['appleSupportCn', 'platform12315']],
  ['summary.now.appleRefused', ['appleRights']],
  ['summary.now.appleRefusedTwice', ['platform12315']],
  ['summary.next.apple12315', ['platform12315']],
  ['summary.next.appleSupportTwice', ['appleSupportCn']],
  ['summary.next.appleStuck', ['appleSupportCn', 'appleRights']],
  ['summary.next.heimaoAlongside', ['heimao']],
  ['summary.next.chaseMoneyApple', ['appleRefund', 'platform12315']],
  ['apple.reminderFromNote', ['priceRules2026', 'appleRefund']],
  // Eleventh round M2: the message for the app names the pricing rule (its reach hedged); the refund stays Apple's.
  ['apple.appMessageIntro', ['priceRules2026', 'appleRefund']],
  ['summary.next.cancelApple', ['appleCancel']],
  ['summary.next.watchRefund.', ['guideArticle']],
  ['summary.next.watchRefund.wechat', ['wechatPay']],
  ['summary.next.watchRefund.apple', ['appleRefund']],
];

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
