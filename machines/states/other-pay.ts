/**
 * Review 30 F5, review 33 F2: "Other" is a button, not a way of paying anyone can look up. Who can
 * refund, where auto-debit is switched off and where the money goes back depend on which it was,
 * so the coach asks once: a bank card, 云闪付, the phone bill, or a phone's app store. The drafts
 * then name it; an app store gets a hedged note (like Apple, it is usually the store that
 * refunds; the sheet holds nothing on these stores). Skipped: the drafts keep a blank.
 */
import { onChoice, promptState, record, say, whyHandler } from '../builders';
import { OTHER_PAY_KINDS } from '../case-file';
import { question } from '../prompts';

const choiceOf = (kind: string) => `otherPay_${kind}`;
const SKIP = 'skipOtherPay';

export const otherPayState = promptState('askOtherPay', () => question('ask.askOtherPay', [...OTHER_PAY_KINDS.map(choiceOf), SKIP]), {
  'user.choice': [
    ...OTHER_PAY_KINDS.map((kind) =>
      onChoice(choiceOf(kind), 'askAutoRenew', [
        record({ otherPay: kind }),
        ...(kind === 'appStore' || kind === 'phoneBill' ? [say({ key: `otherPay.note.${kind}` })] : []),
      ]),
    ),
    onChoice(SKIP, 'askAutoRenew', [record({ otherPay: undefined })]),
  ],
  'user.command': whyHandler('askOtherPay'),
});
