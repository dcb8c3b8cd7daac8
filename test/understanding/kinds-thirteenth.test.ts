/**
 * Issue 21's kinds found by table uu (outsiders/twenty-eighth-after, written at the start of
 * stop 37 and measured at 2f0f3ea before anything was changed against it), written for this
 * layer, not taken from the table. Table vv, written after this work, is not worked against.
 */
import { checkKinds } from './kinds-cases';

/** Read and recorded as this. */
const read: Array<[string, string, string]> = [
  // A bare casual yes at "switch it off. Done?" is done; chat shorthand for later.
  ['renewal', 'yup', 'renewDone'],
  ['renewal', 'yeah all done', 'renewDone'],
  ['renewal', 'ltr', 'renewLater'],
  ['renewal', 'l8r', 'renewLater'],
  ['renewal', '改天再弄', 'renewLater'],
  ['renewal', '有空再弄吧', 'renewLater'],
  // "two Thursdays ago" on a Thursday: the second Thursday back (today not counted), as before.
  ['askOpened', 'two thursdays ago', 'date:2026-11-12'],
];

/** Asked about, with this reading offered. */
const confirmed: Array<[string, string, string]> = [
  // "the Tuesday before last": the week before last's, as every table writer read it (a Thursday
  // today, so this week's Tuesday has gone); asked, as another reading is possible.
  ['askOpened', 'the tuesday before last', 'date:2026-11-10'],
  ['askOpened', 'the saturday before last', 'date:2026-11-14'],
  // A second deed joined by 也/还/又 ("and also watched…") may be a second answer: asked.
  ['askPrivilege', '兑换了礼品又用了搜索', 'gift'],
  ['askPrivilege', '领过赠品，还听了几期课', 'gift'],
  // A typo of the whole word, not of its short form ("tody": today, not "tdy").
  ['askOpened', 'tody', 'today'],
];

/** Nothing recorded. */
const nothing: Array<[string, string]> = [
  // The week before last, a Monday named: never recorded without asking.
  ['askOpened', 'the monday before last'],
];

describe('kinds found by table uu (outsiders/twenty-eighth-after)', () => {
  checkKinds({ read, confirmed, nothing });
});
