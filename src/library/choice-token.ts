/**
 * A choice as an opaque token, `<turn>:<choice id>`: the turn marker lets the engine tell a
 * press on an older question from one on the current question, as Telegram's callback data does.
 */
export const choiceToken = (turn: number, id: string): string => `${turn}:${id}`;

/** The turn and choice a token names; an unreadable token reads as a press on no question. */
export function readChoiceToken(token: string): { turn: number; id: string } {
  const match = /^(\d{1,9}):([A-Za-z0-9_]{1,40})$/.exec(token);
  return match ? { turn: Number(match[1]), id: match[2]! } : { turn: -1, id: '' };
}
