/**
 * Tenth round m10: reading the plan line the person typed in Chinese ("开通时连续包月15元，这次按年卡扣了
 * 168元"), so a draft's gloss can say it in the reader's language (src/core/render.ts). Nothing
 * translates free text, so this reads only what it can read for certain: the two halves (at sign-up,
 * this time), and in each a plan period and an amount. Anything else in the line (a word it does not
 * know, a negation) and it reads nothing: the gloss then shows the line as typed, as the person's own
 * words. The Chinese sent is never changed.
 */
import type { TextVar } from '../../machines';

export type PlanPeriod = 'weekly' | 'monthly' | 'quarterly' | 'yearly';

/** One half of the line: what the plan was, what it cost; at least one of them. */
export interface PlanPart {
  period?: PlanPeriod;
  amount?: string;
}

const PERIODS: ReadonlyArray<[RegExp, PlanPeriod]> = [
  [/连续包年|包年|按年卡|年卡|年费|年度会员|按年/g, 'yearly'],
  [/连续包季|包季|按季卡|季卡|季度会员|按季/g, 'quarterly'],
  [/连续包月|包月|按月卡|月卡|月度会员|按月/g, 'monthly'],
  [/连续包周|包周|按周卡|周卡|按周/g, 'weekly'],
];

/** Where "this time" starts; before it is the sign-up. */
const NOW = /这次|本次|这回|现在|后来|续费时|续费/;

/** Words around the plan and the amount that say nothing of their own. */
const FILLER =
  /开通的时候|开通时|开通|当初|本来|原来|之前|以前|这次|本次|这回|现在|后来|续费时|续费|自动|直接|被|按|扣了|扣的|扣|收了|收|变成了|变成|续成了|续成|成了|成|是|的|为|了|却|就/g;

/** An amount: digits, with 元 or 块 after or ¥ before (or bare). */
const AMOUNT = /[¥￥]?\s*(\d{1,5}(?:\.\d{1,2})?)\s*(?:元|块钱|块)?/g;

function readPart(text: string): PlanPart | undefined {
  const periods = PERIODS.flatMap(([pattern, period]) => (text.match(pattern) ?? []).map(() => period));
  const amounts = [...text.matchAll(AMOUNT)].map((m) => m[1]!);
  if (periods.length > 1 || amounts.length > 1 || periods.length + amounts.length === 0) return undefined;
  let rest = text;
  for (const [pattern] of PERIODS) rest = rest.replace(pattern, '');
  rest = rest.replace(AMOUNT, '').replace(FILLER, '');
  // Anything left but punctuation and spaces: a word this reader does not know.
  if (/[^\s，,。.；;、：:]/u.test(rest)) return undefined;
  return { ...(periods[0] ? { period: periods[0] } : {}), ...(amounts[0] ? { amount: amounts[0] } : {}) };
}

/** The line as its two halves, or undefined when any of it cannot be read for certain. */
export function readPlanLine(line: string): { before: PlanPart; now: PlanPart } | undefined {
  const at = line.search(NOW);
  if (at <= 0) return undefined;
  const before = readPart(line.slice(0, at));
  const now = readPart(line.slice(at));
  return before && now ? { before, now } : undefined;
}

function partVar(part: PlanPart): TextVar {
  const period = part.period ? { key: `draft.planPeriod.${part.period}` } : '';
  const shape = part.period && part.amount ? 'both' : part.period ? 'period' : 'amount';
  return { key: `draft.planPart.${shape}`, vars: { period, amount: part.amount ?? '' } };
}

/** The gloss of a typed plan line, as a text in the reader's language, or undefined (shown as typed). */
export function planGloss(line: string): TextVar | undefined {
  const read = readPlanLine(line);
  return read ? { key: 'draft.planGloss', vars: { before: partVar(read.before), now: partVar(read.now) } } : undefined;
}
