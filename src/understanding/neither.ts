/**
 * Both of two things denied: "没拒也没批", "不是通过也不是拒绝", "neither refused nor
 * approved", "not refused and not approved". Each denied part is matched against the
 * question's choices by what it says un-negated (its own words, or the start of them: "拒"
 * of "拒绝", "批" of "批准"); two opposite poles denied leave the answer between them
 * (still pending; neither Alipay nor WeChat Pay is asked as another way); any other two both
 * denied are left to the usual reading.
 */
import { betweenOf } from './choice-relations';
import { choicePhrases } from './lexicon';
import { CLAUSE } from './normalise';

const NEG = '(?:没有|没|不是|不|未|并没有|并没)';
const FRAMES: readonly RegExp[] = [
  new RegExp(`${NEG}(\\p{Script=Han}{1,4}?)(?:也|又|还|，|,|\\s)+${NEG}(\\p{Script=Han}{1,4})`, 'u'),
  /\bneither\s+((?:\w+\s*){1,3}?)\s*\bnor\s+((?:\w+\s*){1,3})/,
  /\bnot\s+((?:\w+\s*){1,3}?)\s*\b(?:and not|and also not|or|nor)\s+((?:\w+\s*){1,3})/,
];
const DENYING = /^(没|不|未|被拒|not\b|no\b|never\b|did not|do not|have not|has not|was not|is not)/;

/** A phrase said in `text`: as a word in English, anywhere in Chinese. */
const namedIn = (text: string, phrase: string) =>
  /^\p{Script=Han}/u.test(phrase) ? text.includes(phrase) : new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);

/** Which offered choice a denied part names, by its un-negated words; undefined if none or several. */
function poleOf(part: string, offered: readonly string[]): string | undefined {
  const p = part.trim().replace(/\s+(yet|either|at all)$/, '');
  if (!p) return undefined;
  const han = /^\p{Script=Han}+$/u.test(p);
  const ids = offered.filter((id) =>
    choicePhrases(id)
      .filter((phrase) => !DENYING.test(phrase))
      .some((phrase) => (han ? phrase.startsWith(p) || p.startsWith(phrase) : phrase === p || p.startsWith(`${phrase} `))),
  );
  return ids.length === 1 ? ids[0] : undefined;
}

/** The choice between two opposite poles both denied ("neither A nor B"), or undefined. */
export function neitherReading(text: string, offered: readonly string[]): { id: string; kind: 'choice' | 'confirm' } | undefined {
  // "没拒，也没批": the two parts may sit in two clauses.
  const joined = text.split(` ${CLAUSE} `).join(' ');
  for (const frame of FRAMES) {
    const m = frame.exec(joined);
    if (!m) continue;
    const a = poleOf(m[1]!, offered);
    const b = poleOf(m[2]!, offered);
    if (!a || !b || a === b) continue;
    // "neither alipay nor wechat, it was the app store": a third answer named beside them is the answer.
    const rest = `${joined.slice(0, m.index)} ${joined.slice(m.index + m[0].length)} ${m[2]}`;
    if (offered.some((id) => id !== a && id !== b && choicePhrases(id).some((phrase) => namedIn(rest, phrase)))) return undefined;
    // Other pairs both denied are read as usual: "没兑换 没看课" is none of the privileges.
    const between = betweenOf(a, b, offered);
    if (between) return between;
  }
  return undefined;
}

/**
 * A thing said and denied in one breath ("关了也没关", "关了又没关", "收到了也没收到"):
 * answers nothing, whichever half is meant. ("看了也没看懂", watched without understanding, is
 * no denial.)
 */
export const saysAndDenies = (text: string) =>
  /(\p{Script=Han}{1,3}?)(?:了|着)?\s*(?:\/\s*)?[也又](?:没有|没|不是|不)\1(?=$|\s|了|着|过|啊|呀|吧|呢)/u.test(text);
