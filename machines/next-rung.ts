/**
 * Where the ladder goes after a rung that did not solve it: the rung after the highest one
 * tried. The social post is the last resort, so while a rung before it is still untried (黑猫
 * aside: it runs alongside, no rung), that rung comes first (review 41 F4).
 */
export function rungAfter(ladder: readonly string[], tried: readonly string[]): string | undefined {
  const highest = Math.max(...tried.map((rung) => ladder.indexOf(rung)));
  const next = ladder[highest + 1];
  if (next !== 'social') return next;
  return ladder.find((rung) => rung !== 'heimao' && rung !== 'social' && !tried.includes(rung)) ?? next;
}
