/**
 * Messages that answer nothing, whatever words they hold: a refusal ("不告诉你"), a remark about
 * something else, or ending on still thinking it over. Asked again, never read as "none".
 */
import { markers } from './lexicon';
import { CLAUSE } from './normalise';
import { findAll } from './phrase-matches';

/** Ending on still thinking it over ("对，不对，我再想想", "yes... wait, let me check"). */
const STILL_THINKING =
  /(?<!提醒|叫|喊|记得)(再想想|让我想想|我想想|想一下|我查一下|我再看看|我去看看|let me (think|check|see|look)|i'?ll (think|check|look)|need to (think|check))[\s。.!！~…？?]*$/;

/** Going to look it up ("我去翻翻短信", "let me check my texts"): whatever it names is not known yet. */
const GOING_TO_LOOK =
  /(?<!提醒|叫|喊|记得)(我去|我再|让我|等我|我先)(翻翻|翻一下|翻下|查查|查一下|查下|看看|看一下|看下|找找|找一下)\p{Script=Han}{0,4}$|\b(let me|i will|i'?ll|gonna|going to|need to|have to)\s+(check|look at|look through|go through|dig through|search)\s+(my|the)\s+\w+( \w+)?$/u;

/** Asking the coach what it said before ("你刚才不是说20号吗", "didn't you say the 20th?"): a question back, no answer. */
// ("你说的对" agrees: only "before" or "didn't you" asks back.)
const WHAT_YOU_SAID = /^(你|您)((刚才|之前|前面|刚刚)(不是)?|不是)(说|讲)|\b(did not|didn't) you (say|said)\b|^(but )?you said (before|earlier)\b/;

/** A refusal ("不告诉你", "none of your business"), a remark about something else ("今天天气不错"), or still thinking it over. */
export function answersNothing(text: string): boolean {
  if (findAll(text, [{ id: 'refusal', phrases: markers('refusal') }]).length > 0) return true;
  if (WHAT_YOU_SAID.test(text)) return true;
  if (STILL_THINKING.test(text) || GOING_TO_LOOK.test(text)) return true;
  // A greeting or a remark beside other clauses ("Hello. I'm not sure which one") leaves them to read.
  const offTopic = findAll(text, [{ id: 'offTopic', phrases: markers('offTopic') }]);
  if (offTopic.length === 0) return false;
  const clauses = text.split(` ${CLAUSE} `);
  let at = 0;
  const plain = clauses.filter((c) => {
    const start = at;
    at += c.length + CLAUSE.length + 2;
    return !offTopic.some((m) => m.start >= start && m.start < start + c.length) && c.replace(/\s*\?$/, '').trim() !== '';
  });
  return plain.length === 0;
}
