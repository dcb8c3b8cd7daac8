/**
 * Scores the understanding layer on a table of typed answers written by someone who never
 * saw its word lists. Each row names a question, what a person typed, and what must happen:
 * a choice id, "date:YYYY-MM-DD", "command:<name>", "reject" (nothing may be recorded) or
 * "confirm" (the coach must ask). Questions are built as synthetic prompts from their choice
 * ids, so questions the machine gains later are scored the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ActivePrompt } from '../../machines';
import { readAppName } from '../../src/understanding/app-names';
import { understand } from '../../src/understanding/understand';
import { AT } from '../support/explore';

export interface Row {
  q: string;
  input: string;
  expect: string;
  class: string;
  hedge: boolean;
}

const ELIGIBILITY_EXTRAS = ['why', 'back'];

/** Each question's choice ids, as the machine offers them (after the coming merge). */
export const QUESTIONS: Record<string, ActivePrompt> = {
  askProduct: prompt('askProduct', ['blackCard', 'otherMembership', 'unsure', ...ELIGIBILITY_EXTRAS]),
  // Read by readAppName, not by choices: only the commands are buttons here.
  askAppName: { ...prompt('askAppName', ['back']), acceptsAppName: true },
  askMember: prompt('askMember', ['firstTime', 'renewal', 'redCard', 'unsure', ...ELIGIBILITY_EXTRAS]),
  askOpened: prompt('askOpened', ['today', 'days1to3', 'days4to6', 'day7', 'over7', 'unsure', ...ELIGIBILITY_EXTRAS], true),
  // Every table's confirmation rows answer "So you opened it on Wed Nov 18, right?".
  confirmOpened: { ...prompt('confirmOpened', ['yes', 'no', 'back'], true), aboutDate: '2026-11-18' },
  askReminder: prompt('askReminder', ['reminderNone', 'reminderGot', 'unsure', ...ELIGIBILITY_EXTRAS]),
  askPrivilege: prompt('askPrivilege', ['gift', 'paidContent', 'search', 'otherPrivilege', 'noneUsed', 'unsure', ...ELIGIBILITY_EXTRAS]),
  askPayment: prompt('askPayment', ['alipay', 'wechat', 'apple', 'otherPay', 'unsure', ...ELIGIBILITY_EXTRAS]),
  askAutoRenew: prompt('askAutoRenew', ['renewOn', 'renewOff', 'unsure', ...ELIGIBILITY_EXTRAS]),
  walkStep: prompt('app_openMe', ['done', 'cantFind', 'back']),
  altNames: prompt('app_openMe_alt', ['foundIt', 'stillCantFind', 'back']),
  afterSubmit: prompt('afterSubmit', ['approved', 'refused', 'pending', 'remindReview', 'back']),
  appealReason: prompt('appealReason', ['notNeeded', 'misled', 'money', 'accidental', 'back']),
  appealMenu: prompt('appealMenu', ['cs', 'payChannel', 'email', 'complain12315', 'heimao', 'social', 'finish', 'back']),
  rungOutcome: prompt('appeal_cs', ['refunded', 'progress', 'theyRefused', 'notWorked', 'remindEscalation', 'back']),
  renewal: prompt('renewal', ['renewDone', 'renewLater', 'back']),
  // Follow-ups: the next charge date is a future date, the one question where that is the answer.
  renewalReminder: prompt('renewalReminder', ['remindRenewal', 'skipReminder', 'back'], true),
  askArrived: prompt('askArrived', ['moneyArrived', 'moneyNotArrived', 'back']),
  verdict: prompt('verdict', ['walkApp', 'walkWeb', 'goAppeal', 'remindWindow', 'back']),
  // The ladder's first view for a first-timer: whether the sign-up page showed the renewal plainly.
  signupPage: prompt('appealMenu', [
    'signupShown',
    'signupNotShown',
    'signupUnsure',
    'cs',
    'payChannel',
    'email',
    'complain12315',
    'heimao',
    'social',
    'finish',
    'back',
  ]),
  askAppleReminder: prompt('askAppleReminder', ['appleReminded', 'appleNotReminded', 'unsure', 'back']),
  askRedCardWorks: prompt('askRedCardWorks', ['redCardStopped', 'redCardStillWorks', 'redCardWorksUnsure', 'back']),
};

/** Questions whose date answer lies ahead (the next charge), not behind (a purchase). */
const FUTURE_DATES = new Set(['renewalReminder']);

function prompt(stateId: string, choices: string[], acceptsDate = false): ActivePrompt {
  return { stateId, parts: [], choices, ...(acceptsDate ? { acceptsDate } : {}) };
}

const COMMAND_IDS = new Set(['back', 'why', 'restart', 'help', 'summary', 'lang']);
const TODAY = new Date(AT + 8 * 3_600_000).toISOString().slice(0, 10);

/** What the coach did with a message: recorded something, asked to confirm something, or neither. */
export type Outcome = { recorded: string } | { confirmed: string } | { asked: true };

export function outcomeOf(input: string, question: ActivePrompt): Outcome {
  if (question.stateId === 'askAppName') return appNameOutcome(input, question);
  const futureOk = FUTURE_DATES.has(question.stateId);
  const read = understand(input, question, AT);
  switch (read.type) {
    case 'user.choice':
      return { recorded: COMMAND_IDS.has(read.id) ? `command:${read.id}` : read.id };
    case 'user.command':
      return { recorded: `command:${read.name}` };
    case 'user.date':
      if (read.confirm) return { confirmed: `date:${read.date}` };
      // A purchase date in the future is refused ("that hasn't happened yet"), and a next
      // charge date not in the future likewise: nothing is recorded.
      if (futureOk ? read.date <= TODAY : read.date > TODAY) return { asked: true };
      return { recorded: `date:${read.date}` };
    case 'understood.confirm':
      return { confirmed: read.id };
    case 'user.text':
      return { asked: true };
  }
}

/**
 * The app-name question (the coming any-membership product): a command as anywhere, else
 * the app read by readAppName; a reading to confirm counts as a confirmation, a name not
 * known is read back before it is kept as typed (a confirmation of "typed": it goes into
 * every draft), and no name at all is asked again.
 */
function appNameOutcome(input: string, question: ActivePrompt): Outcome {
  const read = understand(input, question, AT);
  if (read.type === 'user.command') return { recorded: `command:${read.name}` };
  if (read.type === 'user.choice' && COMMAND_IDS.has(read.id)) return { recorded: `command:${read.id}` };
  const app = readAppName(input);
  if (!app) return { asked: true };
  if ('typed' in app) return { confirmed: 'typed' };
  // An app outside the list the tables' writers were given, recognised by its name: the
  // name they typed is what is kept ("typed" asks for exactly that).
  const id = BRIEF_APPS.has(app.app) ? `app:${app.app}` : 'typed';
  return app.confirm ? { confirmed: id } : { recorded: id };
}

/** The app ids the tables' writers were given (tables/BRIEF.md); any other app is "typed" there. */
const BRIEF_APPS = new Set(
  'iqiyi tencentVideo youku mangoTV neteaseMusic qqMusic bilibili baiduPan wps meituan eleme jdPlus taobao88vip zhihu ximalaya keep ctrip didi xiaohongshu'.split(
    ' ',
  ),
);

export type Verdict = 'right' | 'asked' | 'wrong';

/** The opened-when buckets, in days before the tables' today (as the machine counts them). */
const BUCKET_DAYS: Record<string, readonly [number, number]> = {
  today: [0, 0],
  days1to3: [1, 3],
  days4to6: [4, 6],
  day7: [7, 7],
  over7: [8, Number.POSITIVE_INFINITY],
};

/**
 * Whether what was recorded or confirmed is the answer the row wants: the same id, or an
 * exact date ("date:2026-11-19" for "7 days ago") that falls inside the bucket the row
 * wants ("day7"): the exact day says all the bucket says, and more. The same for every table.
 */
export function sameAnswer(got: string, expect: string): boolean {
  if (got === expect) return true;
  const span = BUCKET_DAYS[expect];
  if (!span || !got.startsWith('date:')) return false;
  const daysAgo = Math.round((Date.parse(TODAY) - Date.parse(got.slice(5))) / 86_400_000);
  return daysAgo >= span[0] && daysAgo <= span[1];
}

export function verdictOf(row: Row, outcome: Outcome): Verdict {
  if ('recorded' in outcome) {
    // "why do you need to know": read as asking why, the coach gives its reason and asks the same
    // question again. Nothing is recorded, which is all a row that must not be answered asks.
    if (row.expect === 'reject') return outcome.recorded === 'command:why' ? 'right' : 'wrong';
    if (sameAnswer(outcome.recorded, row.expect)) return 'right';
    // "not sure, last Wed or Thu", "no clue, long time ago": where the row itself is a hedge (the person
    // said they were unsure), recording "unsure" records only what they said, never a thing
    // they did not; it is counted as asked again (not understood, not harmful), not wrong.
    if (row.hedge && outcome.recorded === 'unsure') return 'asked';
    return 'wrong';
  }
  if (row.expect === 'reject') return 'right';
  // The writers' brief (tables/BRIEF.md) defines both of these as asking: "confirm" is "a careful
  // human would ask before writing anything down", which asking again does too; and an app not on
  // the list is "typed", which "the bot should read back to check before keeping it".
  if (row.expect === 'confirm' && 'asked' in outcome) return 'right';
  if ('confirmed' in outcome) {
    if (row.expect === 'confirm') return 'right';
    if (row.expect === 'typed' && outcome.confirmed === 'typed') return 'right';
    return row.hedge && sameAnswer(outcome.confirmed, row.expect) ? 'right' : 'asked';
  }
  return 'asked';
}

export interface Override {
  expect: string;
  why: string;
}

const DIR = __dirname;
export function loadTable(name: string): Row[] {
  const rows = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8')) as Row[];
  const overrides = JSON.parse(fs.readFileSync(path.join(DIR, 'overrides.json'), 'utf8')) as Record<string, Record<string, Override>>;
  const mine = overrides[name] ?? {};
  return rows.map((row) => {
    const override = mine[`${row.q}|${row.input}`];
    return override ? { ...row, expect: override.expect } : row;
  });
}

export interface Scored {
  row: Row;
  outcome: Outcome;
  verdict: Verdict;
}

export function score(rows: Row[]): Scored[] {
  return rows.map((row) => {
    const question = QUESTIONS[row.q];
    if (!question) throw new Error(`unknown question ${row.q}`);
    const outcome = outcomeOf(row.input, question);
    return { row, outcome, verdict: verdictOf(row, outcome) };
  });
}

export function figures(scored: Scored[]): { right: number; asked: number; wrong: number; total: number } {
  const count = (v: Verdict) => scored.filter((s) => s.verdict === v).length;
  return { right: count('right'), asked: count('asked'), wrong: count('wrong'), total: scored.length };
}
