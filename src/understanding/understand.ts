/**
 * Turns typed text into what a button would have sent, reading the whole message against
 * the question being asked: a command (only when the whole message is one), one of the
 * question's choices, a date where the question asks for one, a question back when the
 * reading is tentative or competing ("你是说「还开着」吗？"), or "not understood"
 * (`user.text`, which the machine answers with a friendly "I didn't get that"). Never a
 * guess: when in doubt, ask.
 */
import { namesCalendarDay } from './calendar-day';
import { chinaDateAt, PERSON_COMMANDS, type ActivePrompt, type PersonEvent, type CommandName } from '../../machines';
import { COMMAND_LIKE } from './choice-relations';
import { choicePhrases, commandPhrases, markers } from './lexicon';
import { soundAlike } from './sound-alike';
import { CLAUSE, normalise } from './normalise';
import { findAll } from './phrase-matches';
import { answersNothing } from './answers-nothing';
import { readChoice } from './read-choice';
import { isWholly } from './whole-message';
import { inBucket, isBucket, negatesItsDate, readDateAnswer, takesBackItsDate } from './read-date-answer';
import { namesImpossibleDate } from './dates';
import { readAppName } from './app-names';
import { readAcrossTurn, turnsAwayFrom } from './contrast';
import { SHIFTED, shiftedFrom } from './shifted-date';
import { dayBesideDenied, dayNextToNamed, WEEK_NAMED_FROM_IT, weekdayInWeekOf } from './corrected-day';
import { doubtedAsAWhole } from './whole-doubts';
import { commandByPattern, OWNS_A_SLIP } from './command-patterns';
import { languageNamed } from './commands';

/** A reading that needs a yes first: "Do you mean <choice>?". */
export interface ConfirmChoice {
  type: 'understood.confirm';
  id: string;
  at: number;
}

export type Understood = PersonEvent | ConfirmChoice;

/** The command the whole message is ("返回", "start over", "why?"), if it is one. */
function wholeCommand(text: string): CommandName | undefined {
  return PERSON_COMMANDS.find((name) => isWholly(text, commandPhrases(name))) ?? commandByPattern(text);
}

/** Words around a command that leave it a command: "求帮助", "看一下总结", "please go back". */
const COMMAND_PREFIX =
  /^((先|求|请|我要|我想|想|给我|能不能帮我|能不能|能|可以帮我|能帮我|帮我|看一下|看下|看看|看|麻烦|please|pls|can or not|show me|show|can you|could you|can we|could we|shall we|can i|could i|may i|i would like some|i would like to|i would like|i want to|i wanna|let me|let us|just)\s*)+/;
const COMMAND_SUFFIX = /\s*(一下|下|吧|啊|呀|吗|please|pls|thanks|thx)$/;
/**
 * A command said as one clause of a message whose other clauses answer nothing: "我刚才点错了
 * 退回去", "go back, I picked wrong", "这个咋填啊 求帮助". A clause with an answer in it
 * keeps the message an answer; a restart must be its own whole clause.
 */
function clauseCommand(text: string, prompt: ActivePrompt, at: number): CommandName | undefined {
  const clauses = text.split(` ${CLAUSE} `).map((c) => c.replace(/ \?$/, '').trim());
  const commandOf = (clause: string): CommandName | undefined => {
    const bare = clause.replace(COMMAND_PREFIX, '').replace(COMMAND_SUFFIX, '').trim();
    // ("求助" is a command whole; its 求 is no lead-in.)
    return wholeCommand(clause) ?? wholeCommand(bare);
  };
  const found = clauses.map((c) => commandOf(c));
  const commands = [...new Set(found.filter((c): c is CommandName => c !== undefined))];
  if (commands.length !== 1) return undefined;
  const rest = clauses.filter((_, i) => !found[i]).join(` ${CLAUSE} `);
  // "总结：就是爱奇艺坑我", "summary: it's iqiyi": a command word heading an answer is no command.
  const answered =
    readChoice(rest, prompt.choices).kind !== 'none' ||
    (prompt.acceptsDate && readDateAnswer(rest, at, prompt.choices)) ||
    (prompt.acceptsAppName && readAppName(rest));
  if (rest && answered && !OWNS_A_SLIP.test(rest)) return undefined;
  return commands[0];
}

/** A day denied by number ("不是18号", "not the 18th"), which the day after it corrects. */
const DENIED_DAY = /(不是|不对|\bnot\s+(the\s+)?)\s*\d{1,2}\s*(号|日|th\b|st\b|nd\b|rd\b)/i;

/** A notice telling of a charge to come: the day it names was when the charge was due, not known to have been. */
const FORETOLD = /将于|将在|即将|\bwill (auto ?renew|renew|be charged|be renewed|be debited|charge)\b|\bis due\b|\bdue on\b|\bscheduled\b/;

/** A hedge word, or a closing 吧 ("昨天吧": yesterday, I suppose). */
const hedgedText = (text: string) => findAll(text, [{ id: 'hedge', phrases: markers('hedge') }]).length > 0 || /[^好行那]吧$/.test(text);

const isAhead = (read: ReturnType<typeof readDateAnswer>, at: number) => read?.kind === 'date' && read.date > chinaDateAt(at);

/** Day words a date question hears, for reading pinyin and typos of them ("zuotian", "yesterdya"). */
const DAY_WORDS = [
  ...'今天|昨天|前天|大前天|上周一|上周二|上周三|上周四|上周五|上周六|上周日|这周一|这周二|这周三|周一|周二|周三|周四|周五|周六|周日'.split('|'),
  ...'today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|week|days|ago'.split('|'),
];

/** Everything the question's answers are made of: its choices' words, the markers, day words. */
function wordsOf(prompt: ActivePrompt): string[] {
  const ids = [...prompt.choices.filter((id) => !['back', 'why'].includes(id)), 'unsure'];
  return [...ids.flatMap((id) => choicePhrases(id)), ...markers('negator'), ...(prompt.acceptsDate ? DAY_WORDS : [])];
}

/**
 * A softened no ("不太对", "没怎么用", "I don't think so", "not that I remember", "I doubt
 * it"): read as the plain no it softens, and only ever asked about.
 */
const SOFTENED: ReadonlyArray<[RegExp, string]> = [
  [/(不|没)(太|大|怎么|咋)(?=\p{Script=Han})/gu, '$1'],
  [/\b(?:i\s+)?(?:do\s*n[o']?t|don't)\s+(?:think|believe)\s+so\b|\bnot\s+that\s+i\s+(?:remember|recall|know(?:\s+of)?)\b|\bi\s+doubt\s+(?:it|that)\b/gi, 'no'],
];

function softenedReading(raw: string, prompt: ActivePrompt, at: number): Understood | undefined {
  let plain = raw.replace(/[’‘`´]/g, "'");
  for (const [pattern, replacement] of SOFTENED) plain = plain.replace(pattern, replacement);
  if (plain === raw.replace(/[’‘`´]/g, "'")) return undefined;
  const read = understandAsTyped(plain, prompt, at);
  if (read.type === 'user.choice' && !COMMAND_LIKE.has(read.id)) return { type: 'understood.confirm', id: read.id, at };
  return read.type === 'understood.confirm' ? read : undefined;
}

/**
 * What a typed message says at this question. A date worked out from a day said relative to
 * today ("3天前", "last Wednesday") is marked so, for drafts to leave it to be checked.
 */
export function understand(raw: string, prompt: ActivePrompt, at: number): Understood {
  const read = readMessage(raw, prompt, at);
  return read.type === 'user.date' && !namesCalendarDay(raw) ? { ...read, relative: true } : read;
}

function readMessage(raw: string, prompt: ActivePrompt, at: number): Understood {
  const read = inTheWeekConfirmed(understandAsTyped(raw, prompt, at), raw, prompt, at);
  // Words quoted from a notice, two things named, two sums, two payments: asked about, never recorded.
  if (read.type === 'user.choice' && !COMMAND_LIKE.has(read.id) && doubtedAsAWhole(raw, { choice: read.id }))
    return { type: 'understood.confirm', id: read.id, at };
  if (read.type === 'user.date' && !read.confirm && doubtedAsAWhole(raw, { date: read.date })) return { ...read, confirm: true };
  // "上周山": a week read where a typo hid the weekday: the day it sounds like, asked about.
  if (read.type === 'understood.confirm' && prompt.acceptsDate && isBucket(read.id) && !answersNothing(normalise(raw))) {
    const meant = soundAlike(normalise(raw), wordsOf(prompt));
    const day = meant ? understandAsTyped(meant, prompt, at) : undefined;
    if (day?.type === 'user.date') return { ...day, confirm: true };
  }
  if (read.type !== 'user.text') return read;
  const softened = softenedReading(raw, prompt, at);
  if (softened) return softened;
  // Read as typed, nothing: perhaps as meant ("zhifubao", "支负宝", "frist time"), asked about
  // (not a refusal or a remark: "none of your concern" is no typo of an answer).
  if (answersNothing(normalise(raw))) return read;
  const meant = soundAlike(normalise(raw), wordsOf(prompt));
  if (!meant) return read;
  const guess = understandAsTyped(meant, prompt, at);
  if ((guess.type === 'user.choice' || guess.type === 'understood.confirm') && turnsAwayFrom(raw, guess.id)) return read;
  switch (guess.type) {
    case 'user.choice':
      return COMMAND_LIKE.has(guess.id) ? read : { type: 'understood.confirm', id: guess.id, at };
    case 'understood.confirm':
      return guess;
    case 'user.date':
      return { ...guess, confirm: true };
    default:
      return read;
  }
}

/**
 * At "So it was Wed, Nov 18?", "no, tuesday" is the Tuesday of that week, not this week's: a
 * reading of another day (or none) gives way to it, asked back ("Tue, Nov 17?"), since which
 * week is the coach's reading.
 */
function inTheWeekConfirmed(read: Understood, raw: string, prompt: ActivePrompt, at: number): Understood {
  // ("the monday after" is counted from that day: SHIFTED.)
  // ("Wednesday the week before", "前一周的周三": the weekday in that week.)
  const counted = SHIFTED.test(raw) && !WEEK_NAMED_FROM_IT.test(raw.toLowerCase());
  const day = prompt.acceptsDate && prompt.aboutDate && !counted ? weekdayInWeekOf(raw, prompt.aboutDate, at) : undefined;
  if (!day || (read.type !== 'user.date' && read.type !== 'user.text')) return read;
  // "对，周三": that same day, said back: a yes (not when taken back, "对是周三……等等，周三我在出差",
  // or said against it: "wrong, it was Wednesday").
  const takenBack = /等等|等一下|不对|其实|错了|\b(wait|actually|hold on|hang on|wrong|no|nope|incorrect)\b/i.test(raw);
  if (day === prompt.aboutDate) return prompt.choices.includes('yes') && !negatesItsDate(raw, at) && !takenBack ? { type: 'user.choice', id: 'yes', at } : read;
  return read.type === 'user.date' && read.date === day ? read : { type: 'user.date', date: day, confirm: true, at };
}

function understandAsTyped(raw: string, prompt: ActivePrompt, at: number): Understood {
  const text = normalise(raw);
  const command = wholeCommand(text) ?? clauseCommand(text, prompt, at);
  if (command) {
    // "说中文吧", "in english please": the language named is the one to use, not a toggle (asked
    // in the language already used, a toggle switched away from it).
    const lang = command === 'lang' ? languageNamed(text) : undefined;
    return { type: 'user.command', name: command, ...(lang ? { lang } : {}), at };
  }
  const notUnderstood: Understood = { type: 'user.text', text: raw.slice(0, 200), at };
  if (prompt.acceptsAppName) return appNameAnswer(raw, at);

  // "早一天", "no, the monday after" at "So it was Wed, Nov 18?": counted from that day; a
  // date also named must be the same day ("晚一天，19号"), else asked again.
  if (prompt.acceptsDate && prompt.aboutDate && SHIFTED.test(raw)) {
    const shifted = shiftedFrom(raw, prompt.aboutDate);
    const named = readDateAnswer(raw.replace(SHIFTED, ' '), at, prompt.choices);
    // "the week before": which day of that week is a guess, asked back.
    const guessed = /\bthe\s+week\b/i.test(raw);
    return shifted && (!named || (named.kind === 'date' && named.date === shifted))
      ? { type: 'user.date', date: shifted, ...(guessed ? { confirm: true } : {}), at }
      : notUnderstood;
  }
  // "not yesterday, the day before": the day counted from the one denied.
  const besideDenied = prompt.acceptsDate ? dayBesideDenied(raw, at) : undefined;
  if (besideDenied) return { type: 'user.date', date: besideDenied, at };
  // "the day before singles day", "双十一前一天": counted from the day named, asked back.
  const nextToNamed = prompt.acceptsDate ? dayNextToNamed(raw, at) : undefined;
  if (nextToNamed) return { type: 'user.date', date: nextToNamed, confirm: true, at };
  if (answersNothing(text) || (prompt.acceptsDate && (namesImpossibleDate(raw, at) || SHIFTED.test(raw)))) return notUnderstood;
  const choice = readAcrossTurn(raw, readChoice(text, prompt.choices), (part) => readChoice(part, prompt.choices));
  if (prompt.acceptsDate) {
    // "不是18号，17号", "not the 18th, the 17th": a no that denies one day and names another.
    const date =
      readDateAnswer(raw, at, prompt.choices) ?? (DENIED_DAY.test(raw) ? readDateAnswer(raw.replace(DENIED_DAY, ' '), at, prompt.choices) : undefined);
    // A date is more specific than a word inside it ("two weeks ago" is a date, not "weeks
    // ago"), unless the choice rests on more of the text ("1–3天前" is the 1–3 days button).
    // "不是那天，是21号" / "no, the 21st": a no that brings a date is a corrected date.
    const correction = choice.kind !== 'none' && choice.id === 'no';
    // "是18号但是是上个月": a day to confirm beside a time word that may name its month: the day is asked about.
    // "开通是上个月，扣费是前天": a day and a span that disagree (two events, two times): the day is asked about.
    const disagree = date?.kind === 'date' && choice.kind === 'choice' && isBucket(choice.id) && !inBucket(date.date, choice.id, at);
    const dayInDoubt = date?.kind === 'date' && (date.confirm || disagree) && !prompt.choices.includes('yes');
    // "记不清几号了，就记得是上周六": not knowing the exact day, then the day: the day, asked.
    // ("上周吧具体哪天忘了": the week known, the day not: the week's reading, asked.)
    const dayBesideDoubt = date !== undefined && choice.kind === 'choice' && choice.id === 'unsure';
    if (date && (choice.kind === 'none' || correction || dayInDoubt || dayBesideDoubt || date.length > choice.length)) {
      const hedged = hedgedText(text);
      // At "So it was Wed, Nov 18?", that same day typed back ("对 就是18号") is a yes.
      if (date.kind === 'date' && prompt.aboutDate === date.date && prompt.choices.includes('yes') && !date.confirm)
        return { type: 'user.choice', id: 'yes', at };
      // A day a notice foretold ("【小红书】您的黑卡会员将于11月20日自动续费"): the charge was due then, asked.
      const foretold = FORETOLD.test(text);
      if (date.kind === 'date')
        return { type: 'user.date', date: date.date, ...(date.confirm || hedged || disagree || dayBesideDoubt || foretold ? { confirm: true } : {}), at };
      if (date.kind === 'confirm' || hedged || dayBesideDoubt) return { type: 'understood.confirm', id: date.id, at };
      return { type: 'user.choice', id: date.id, at };
    }
  }
  // "a week ago, no, 5": a time taken back, its words ("a week ago") no longer an answer (at
  // "So it was the 18th?", "18号？不对吧" is the no it says).
  if (prompt.acceptsDate && !prompt.choices.includes('no') && takesBackItsDate(raw, at)) return notUnderstood;
  // "definitely not wednesday" at "Did you mean Wed 18 Nov?": a no, and the date is asked again.
  if (choice.kind === 'none' && prompt.choices.includes('no') && prompt.acceptsDate && negatesItsDate(raw, at)) return { type: 'user.choice', id: 'no', at };
  if (choice.kind === 'none') return notUnderstood;
  if (choice.kind === 'confirm') return { type: 'understood.confirm', id: choice.id, at };
  // The same words read as a date ahead and as a button ("明天" where the question offers
  // "remind me tomorrow" and asks for the next charge date): ask which.
  if (prompt.acceptsDate && isAhead(readDateAnswer(raw, at, prompt.choices), at)) return { type: 'understood.confirm', id: choice.id, at };
  return { type: 'user.choice', id: choice.id, at };
}

/**
 * An app's name: a known app as its choice (asked about when only close to it), any other
 * name as typed, and nothing at all for what is not a name ("忘了", "none of your business"):
 * empty text, which the machine does not keep.
 */
function appNameAnswer(raw: string, at: number): Understood {
  const read = readAppName(raw);
  if (!read) return { type: 'user.text', text: '', at };
  if ('typed' in read) return { type: 'user.text', text: read.typed, at };
  const id = `app_${read.app}`;
  return read.confirm ? { type: 'understood.confirm', id, at } : { type: 'user.choice', id, at };
}
