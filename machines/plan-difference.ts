/**
 * Review 21 m3: the difference a changed plan cost, worked out only from the person's own figures.
 * The plan text is free text (monthly at 15 yuan when signing up, 168 yuan for a year this time): it
 * is read only when it holds exactly one amount besides the charge the case stores, smaller than the
 * charge, both plain numbers with the yuan sign or word (or kuai). Anything else (no other amount,
 * two or more, a bigger one, 1,680 with a comma, Chinese numerals) leaves the blank to fill in.
 */
import type { CaseFile } from './case-file';

/** A plain number with yuan or kuai after it, or the yuan sign before it; not part of a longer number (1,680). */
const MONEY = /(?<![\d.,])(?:[\u00a5\uffe5]\s*(\d+(?:\.\d+)?)(?![\d.,]*\d)|(\d+(?:\.\d+)?)\s*(?:\u5143|\u5757|yuan\b))/giu;

const plain = (n: number) => String(Math.round(n * 100) / 100);

export function planDifference(c: CaseFile): { charge: string; before: string; diff: string } | undefined {
  if (!c.planDetail || c.amount === undefined || !/^\d+(\.\d+)?$/.test(c.amount)) return undefined;
  const charge = Number(c.amount);
  const others = [...c.planDetail.matchAll(MONEY)].map((m) => Number(m[1] ?? m[2])).filter((n) => n !== charge);
  if (others.length !== 1 || !(others[0]! < charge)) return undefined;
  return { charge: plain(charge), before: plain(others[0]!), diff: plain(charge - others[0]!) };
}
