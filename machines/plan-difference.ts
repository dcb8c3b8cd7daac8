/**
 * Review 21 m3: the difference a changed plan cost, worked out only from the person's own figures.
 * The plan text is free text ("开通时连续包月15元，这次按年卡扣了168元"): it is read only when it
 * holds exactly one amount besides the charge the case stores, smaller than the charge, both plain
 * numbers with 元/块/yuan/¥. Anything else (no other amount, two or more, a bigger one, 1,680元 or
 * 十五元) leaves the blank for the person to fill in.
 */
import type { CaseFile } from './case-file';

/** A plain number with 元/块/yuan after it, or ¥ before it; not part of a longer number (1,680元). */
const MONEY = /(?<![\d.,])(?:[¥￥]\s*(\d+(?:\.\d+)?)(?![\d.,]*\d)|(\d+(?:\.\d+)?)\s*(?:元|块|yuan\b))/giu;

const plain = (n: number) => String(Math.round(n * 100) / 100);

export function planDifference(c: CaseFile): { charge: string; before: string; diff: string } | undefined {
  if (!c.planDetail || c.amount === undefined || !/^\d+(\.\d+)?$/.test(c.amount)) return undefined;
  const charge = Number(c.amount);
  const others = [...c.planDetail.matchAll(MONEY)].map((m) => Number(m[1] ?? m[2])).filter((n) => n !== charge);
  if (others.length !== 1 || !(others[0]! < charge)) return undefined;
  return { charge: plain(charge), before: plain(others[0]!), diff: plain(charge - others[0]!) };
}
