/**
 * Reviews 31 F5, 32 F8, 33 F4: after an in-app refusal the coach asks what reason the app gave,
 * so the message to customer service can answer it: "used a privilege" when none was used, a
 * time limit, "only the account holder", or no reason at all. The drafts state the reason and
 * answer it only from what the person already said (see case-vars' inAppAnswer).
 */
import { onChoice, promptState, record, whyHandler } from '../builders';
import { type CaseFile, IN_APP_REFUSALS } from '../case-file';
import { question } from '../prompts';

const choiceOf = (reason: string) => `inApp_${reason}`;
const SKIP = 'skipInAppReason';

/**
 * Reviews 34 F5, 35 F8, 36 F5: "only the account holder" answered to a guardian who paid from
 * their own Alipay or WeChat: they are the payer, and the payment app's complaint is theirs to file.
 */
const payerRoute = (c: CaseFile) =>
  c.inAppRefusal === 'account' && c.payer === 'minor' && c.paidFrom === 'guardian' && (c.payment === 'alipay' || c.payment === 'wechat');

const saySaved = {
  type: 'say' as const,
  params: ({ context }: { context: CaseFile }) => ({
    parts: [{ key: 'inAppRefusal.saved' }, ...(payerRoute(context) ? [{ key: `inAppRefusal.payerRoute.${context.payment}` }] : [])],
  }),
};

export const inAppRefusalState = promptState('inAppRefusalReason', () => question('ask.inAppRefusalReason', [...IN_APP_REFUSALS.map(choiceOf), SKIP]), {
  'user.choice': [
    ...IN_APP_REFUSALS.map((reason) => onChoice(choiceOf(reason), 'appealReason', [record({ inAppRefusal: reason }), saySaved])),
    onChoice(SKIP, 'appealReason', [record({ inAppRefusal: undefined })]),
  ],
  'user.command': whyHandler('inAppRefusalReason'),
});
