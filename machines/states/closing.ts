/** The auto-renew reminder for the user's payment channel, then the closing case summary. */
import { onChoice, promptState, record } from '../builders';
import { renewalPrompt, summaryParts } from '../prompts';
import { policy } from '../setup';

export const renewal = promptState('renewal', (c) => renewalPrompt(c, policy), {
  'user.choice': [
    onChoice('renewDone', 'summary', [record({ renewalOff: 'renewDone' })]),
    onChoice('renewLater', 'summary', [record({ renewalOff: 'renewLater' })]),
  ],
});

export const summary = promptState('summary', (c) => ({ parts: summaryParts(c, policy), choices: ['restart', 'back'] }), {});
