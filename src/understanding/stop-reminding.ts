/**
 * "Stop reminding me" typed as a whole message ("别再提醒我了", "no more reminders"): what the
 * 🔕 button under a reminder does. The engine answers it at any question, like the button.
 */
import { choicePhrases } from './lexicon';
import { normalise } from './normalise';
import { isWholly } from './whole-message';

export const saysStopReminding = (text: string): boolean => isWholly(normalise(text), choicePhrases('stopReminders'));
