/**
 * What the choices of a question mean to each other, language-neutral: which answer a
 * negated answer turns into ("没关" → on), which answer a bare tentative yes leans to, and
 * which choice says "none of these" when everything named was negated.
 */

/** Pairs where "not A" can only mean B within the question that offers both. */
const OPPOSITES: ReadonlyArray<readonly [string, string]> = [
  ['renewOn', 'renewOff'],
  ['firstTime', 'renewal'],
  ['reminderGot', 'reminderNone'],
  ['yes', 'no'],
  ['foundIt', 'stillCantFind'],
  ['moneyArrived', 'moneyNotArrived'],
];

export function oppositeOf(id: string, offered: readonly string[]): string | undefined {
  for (const [a, b] of OPPOSITES) {
    if (id === a && offered.includes(b)) return b;
    if (id === b && offered.includes(a)) return a;
  }
  return undefined;
}

/**
 * Opposites that leave room for a third case: "没续费" / "not a renewal" may mean a first
 * time, or a charge the person never agreed to ("我没续费啊，怎么扣钱了"); "没开过" is "never
 * had it" or "never opened it". Read as the other answer only to confirm.
 */
const LOOSE = new Set(['firstTime', 'renewal']);
export const isLooseOpposite = (id: string) => LOOSE.has(id);

/** The "yes" of a yes/no question, which a bare "大概吧" / "I guess so" leans to. */
const AFFIRMATIVES = ['renewOn', 'yes', 'reminderGot', 'foundIt', 'done', 'moneyArrived', 'renewDone'];
export const affirmativeOf = (offered: readonly string[]) => AFFIRMATIVES.find((id) => offered.includes(id));

/** "None of these": what a question means when every thing named in the answer was negated. */
const NONE_CHOICES: Record<string, readonly string[]> = {
  noneUsed: ['gift', 'paidContent', 'search', 'otherPrivilege'],
};

export const isNoneChoice = (id: string) => id in NONE_CHOICES;
/** The things a "none" choice denies (for noneUsed: the privileges). */
export const thingsOf = (none: string): readonly string[] => NONE_CHOICES[none] ?? [];
export function noneChoiceFor(negatedIds: readonly string[], offered: readonly string[]): string | undefined {
  for (const [none, things] of Object.entries(NONE_CHOICES)) {
    if (offered.includes(none) && negatedIds.length > 0 && negatedIds.every((id) => things.includes(id))) return none;
  }
  return undefined;
}

/** Buttons that are commands: they count only as a whole message, never as a word in one. */
export const COMMAND_LIKE = new Set(['back', 'why', 'restart', 'lang', 'help', 'summary']);

/**
 * Answers that contain another: "still waiting, remind me" is both "no answer yet" and "remind
 * me", and the reminder button means exactly that, so the fuller answer stands.
 */
const CONTAINS: ReadonlyArray<readonly [string, string]> = [['remindReview', 'pending']];

/** `said` without the answers another said answer contains. */
export function withoutContained(said: readonly string[]): string[] {
  return said.filter((id) => !CONTAINS.some(([fuller, part]) => part === id && said.includes(fuller)));
}

/**
 * Two answers that, both denied, leave a third: neither refused nor approved is still pending
 * (said plainly); neither Alipay nor WeChat Pay leaves another way, or Apple (so asked back).
 * Other pairs both denied ("not on and not off") contradict themselves and are asked again.
 */
const BETWEEN: ReadonlyArray<readonly [string, string, string, 'choice' | 'confirm']> = [
  ['approved', 'refused', 'pending', 'choice'],
  ['alipay', 'wechat', 'otherPay', 'confirm'],
];

export function betweenOf(a: string, b: string, offered: readonly string[]): { id: string; kind: 'choice' | 'confirm' } | undefined {
  const found = BETWEEN.find(([x, y]) => (a === x && b === y) || (a === y && b === x));
  return found && offered.includes(found[2]) ? { id: found[2], kind: found[3] } : undefined;
}
