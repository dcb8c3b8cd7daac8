/**
 * Reviews 31 F5, 32 F8, 33 F4: after an in-app refusal the coach asks what reason the app gave,
 * so the message to customer service can answer it: "used a privilege" when none was used, a
 * time limit, "only the account holder", or no reason at all. The drafts state the reason and
 * answer it only from what the person already said (see case-vars' inAppAnswer).
 */
import { onChoice, promptState, record, say, whyHandler } from '../builders';
import { IN_APP_REFUSALS } from '../case-file';
import { question } from '../prompts';

const choiceOf = (reason: string) => `inApp_${reason}`;
const SKIP = 'skipInAppReason';

export const inAppRefusalState = promptState('inAppRefusalReason', () => question('ask.inAppRefusalReason', [...IN_APP_REFUSALS.map(choiceOf), SKIP]), {
  'user.choice': [
    ...IN_APP_REFUSALS.map((reason) => onChoice(choiceOf(reason), 'appealReason', [record({ inAppRefusal: reason }), say({ key: 'inAppRefusal.saved' })])),
    onChoice(SKIP, 'appealReason', [record({ inAppRefusal: undefined })]),
  ],
  'user.command': whyHandler('inAppRefusalReason'),
});
