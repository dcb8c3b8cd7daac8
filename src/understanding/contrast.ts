/**
 * A message turned by "但/但是/可是/不过/but/though": the clause after the turn overrides or
 * adds to the one before it. "短信没有 但app里弹了个消息" / "no text but the app showed a
 * popup" denies one thing and then says another came: the reading after the turn stands.
 * Where the whole message reads as something the clause after the turn disagrees with, the
 * clause after is asked about; and a plain yes followed by a turn that says something not
 * understood ("right day but it was October") is never a yes: it is asked again.
 */
import { markers } from './lexicon';
import { normalise } from './normalise';
import type { ChoiceReading } from './read-choice';

const TURN = /\s+but\s+|\s+though\s+|\s+although\s+|但是|可是|不过|(?<!不)但(?!凡)/i;

/** What a screen, a message or someone says ("app says", "显示", "客服说"). */
const REPORTED = /\b(says?|said|shows?|showed|showing|told)\b|说|显示|提示|写着/;

/** What a screen shows ("页面显示", "app says"), as against what a person said. */
const DISPLAYED = /\b(shows?|showed|showing|says)\b|显示|写着/;

const CHANGED_MIND = /no wait|wait no|不对不对|哦不对|说错了/i;

/** A plain yes/no answer, which a turn with more in it must not leave standing. */
const YES_NO = new Set(['yes', 'no']);

/** Whether a clause has something to say beyond fillers: two Latin words or two Chinese characters. */
function hasContent(clause: string): boolean {
  const fillers = markers('filler');
  const words = clause.split(' ').filter((w) => /[a-z0-9]/.test(w) && !fillers.includes(w)).length;
  const han = clause.match(/\p{Script=Han}/gu)?.length ?? 0;
  return words + han / 2 >= 2;
}

const NEGATED = () =>
  new RegExp(
    `(^|\\s|\\p{Script=Han})(${markers('negator')
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})(?![a-z])`,
    'u',
  );

/**
 * The reading of a message with a turn in it, given the reading of the whole (`whole`) and a
 * reader for a part. Returns the whole reading where the turn changes nothing.
 */
export function readAcrossTurn(raw: string, whole: ChoiceReading, read: (text: string) => ChoiceReading): ChoiceReading {
  const turn = TURN.exec(raw);
  if (!turn) return whole;
  // "gift? no wait I used nothing, but also the gift": changing one's mind and back again is
  // read whole (where it contradicts itself, nothing is recorded), not by its last turn.
  if (CHANGED_MIND.test(raw)) return whole;
  const beforeText = normalise(raw.slice(0, turn.index));
  const afterText = normalise(raw.slice(turn.index + turn[0].length));
  if (!beforeText || !afterText) return whole;
  const before = read(beforeText);
  const after = read(afterText);
  // "no text but the app showed a popup": a denial, then something that was: the latter stands.
  if (after.kind === 'choice' && before.kind !== 'none' && before.id !== after.id && NEGATED().test(beforeText) && !NEGATED().test(afterText))
    return { ...after, length: Math.max(after.length, whole.kind === 'none' ? 0 : whole.length) };
  // "页面显示退款成功，可是银行卡里啥也没有": what a screen shows, then what is so, said plainly
  // after the turn: what is so stands. (What a person said, "他们说可以退 但还没到账", is asked.)
  if (after.kind === 'choice' && before.kind !== 'none' && before.id !== after.id && DISPLAYED.test(beforeText) && !REPORTED.test(afterText))
    return { ...after, length: Math.max(after.length, whole.kind === 'none' ? 0 : whole.length) };
  if (whole.kind === 'none') return whole;
  // "app says refund successful but nothing in my bank account": what a screen or someone
  // says, then a denial not understood after the turn: which stands is not known; asked again.
  if (
    after.kind === 'none' &&
    before.kind !== 'none' &&
    before.id === whole.id &&
    // (Where the answer is "misled", what was said then denied is the very point.)
    whole.id !== 'misled' &&
    REPORTED.test(beforeText) &&
    NEGATED().test(afterText) &&
    hasContent(afterText)
  )
    return { kind: 'none' };
  // "right day but it was October": a yes or no with more said after the turn is asked again.
  if (after.kind === 'none' && before.kind !== 'none' && before.id === whole.id && YES_NO.has(whole.id) && hasContent(afterText)) return { kind: 'none' };
  if (whole.kind !== 'choice' && whole.kind !== 'confirm') return whole;
  // The clause after the turn says something else than the whole was read as (or was to be
  // asked about): ask about what it says.
  // (A bare reply after the turn, "but no", is read with what it denies, not on its own.)
  if (after.kind !== 'none' && after.id !== whole.id && hasContent(afterText)) return { kind: 'confirm', id: after.id, length: whole.length };
  return whole;
}

/**
 * Whether a yes or no (`id`) would stand on a message that turns to say more ("right day but
 * it was October"): never, however the words were read as meant (typos, softened words).
 */
export function turnsAwayFrom(raw: string, id: string): boolean {
  const turn = TURN.exec(raw);
  return turn !== null && YES_NO.has(id) && hasContent(normalise(raw.slice(turn.index + turn[0].length)));
}
