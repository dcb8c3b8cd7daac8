/**
 * What the person believed or was told, and what was so: "我以为关了，刚看了下还开着" (a belief,
 * then what is the case), "thought it was a renewal, but no" (a belief denied), "我以为关了，结果
 * 今天又扣了" (overturned by a charge), "客服说是自动续费，可我记得是第一次开" (told, and disputed).
 */
import { oppositeOf } from './choice-relations';
import { BELIEF, DENIAL, REPORTED } from './choice-words';
import { CLAUSE } from './normalise';
import type { Match } from './phrase-matches';
import type { ChoiceReading } from './read-choice';
import { core } from './whole-message';

const NONE: ChoiceReading = { kind: 'none' };

export type Beliefs = { reading: ChoiceReading } | { kept: Match[]; belief: Match | undefined; beliefOverturned: boolean; onlyBelieved: boolean };

export function readBeliefs(text: string, found: Match[], isAnswer: (m: Match) => boolean, offered: readonly string[]): Beliefs {
  let kept = found;
  const belief = kept.find((m) => m.id === '#opener' && BELIEF.test(m.phrase));
  // "我以为关了，结果今天又扣了": what they believed, then what happened: asked about.
  let beliefOverturned = false;
  // "thought it was my first time, but last year's bill shows a charge too": a belief followed
  // by more that names no answer of its own is still only believed (asked, never recorded).
  let followedByMore = false;
  const beliefEnd = belief ? text.indexOf(` ${CLAUSE} `, belief.end) : -1;
  if (belief && beliefEnd >= 0) {
    const believed = kept.filter((m) => isAnswer(m) && m.start >= belief.end && m.end <= beliefEnd);
    const later = kept.filter((m) => isAnswer(m) && m.start > beliefEnd);
    const rest = core(text.slice(beliefEnd + CLAUSE.length + 2));
    // "thought it was a renewal, but no, I only signed up last week": denied in the first
    // clause after it, whatever the rest tells (unless it names another answer).
    const deniedFirst =
      DENIAL.test(core(text.slice(beliefEnd + CLAUSE.length + 2).split(` ${CLAUSE} `)[0]!)) && !kept.some((m) => isAnswer(m) && m.start > beliefEnd);
    if (believed.length > 0 && (DENIAL.test(rest) || deniedFirst)) {
      const ids = [...new Set(believed.map((m) => m.id))];
      const opposite = ids.length === 1 ? oppositeOf(ids[0]!, offered) : undefined;
      return { reading: opposite ? { kind: 'choice', id: opposite, length: rest.length } : NONE };
    }
    followedByMore = believed.length > 0 && later.length === 0 && rest !== '';
    if (believed.length > 0 && later.length > 0) {
      kept = kept.filter((m) => !believed.includes(m));
      // Overturned only by a charge ("结果今天又扣了"), not by a look ("just checked, still on").
      beliefOverturned = later.every((m) => /扣|charg/.test(m.phrase));
    }
  }
  // "客服说是自动续费，可我记得是第一次开", "customer service say it's a renewal but I remember…":
  // what they were told, disputed by their own memory: asked, whichever is read.
  const disputed =
    belief && REPORTED.test(belief.phrase) && /(但是?|可是?|可我|不过|我记得|\bbut\b|\bhowever\b|\/ i (remember|am sure)\b)/.exec(text.slice(belief.end));
  if (belief && disputed && kept.some((m) => isAnswer(m) && m.start >= belief.end)) beliefOverturned = true;
  // "我以为关了" and no more: what was believed, not known.
  // What someone else said ("客服说不给退", "they said 3-5 business days") is the answer where
  // nothing denies it: only a belief of one's own is hedged.
  const onlyBelieved =
    belief !== undefined && !REPORTED.test(belief.phrase) && (beliefEnd < 0 || followedByMore) && !kept.some((m) => isAnswer(m) && m.end <= belief.start);
  return { kept, belief, beliefOverturned, onlyBelieved };
}
