/**
 * The ladder's menu: the rungs as a list (黑猫 after them, not a rung), and the questions asked
 * once at its first sight (the amount; for a renewal, whether the plan changed; for a first-timer,
 * whether the sign-up page showed the auto-renewal plainly), each skippable.
 */
import { channelVariant } from '../pay-channel';
import type { CaseFile } from '../case-file';
import { knownChannel } from '../case-vars';
import { rungAfter } from '../next-rung';
import type { ProductPolicy } from '../policy';
import type { Say } from '../types';

export function appealMenu(policy: ProductPolicy, ladderFor: (c: CaseFile) => string[]) {
  /** The amount and (for a renewal) the plan are asked once, at the first sight of the ladder; both can be skipped. */
  const asksAmount = (c: CaseFile) => c.amount === undefined && c.triedChannels.length === 0;
  const asksPlan = (c: CaseFile) => c.member === 'renewal' && c.planChange === undefined && c.triedChannels.length === 0;
  /** Thirteenth review M1: a first-timer is asked once whether the sign-up page showed the auto-renewal plainly. */
  const asksSignup = (c: CaseFile) => c.member === 'firstTime' && c.signupNotice === undefined && c.triedChannels.length === 0;
  const SIGNUP_ANSWERS = { signupShown: 'shown', signupNotShown: 'notShown', signupUnsure: 'unsure' } as const;

  /** The ladder as a list: one line per rung, the payment-app rung named for the person's app. */
  function menuParts(c: CaseFile): Say[] {
    const ladder = ladderFor(c);
    // Thirteenth review m3: 黑猫 is not a rung (it runs alongside 12315): unnumbered.
    const numbered = ladder.filter((rung) => rung !== 'heimao');
    const item = (rung: string): Say => ({
      key: rung === 'payChannel' ? `appeal.menuItem.payChannel.${channelVariant(c, knownChannel(c, policy))}` : `appeal.menuItem.${rung}`,
      vars: { n: numbered.indexOf(rung) + 1 },
      line: true,
    });
    // The whole ladder once; after a rung, a short cue naming the next one (the buttons still offer all).
    const rung = c.triedChannels.length > 0 ? rungAfter(ladder, c.triedChannels) : undefined;
    // Review 42 F9: a rung passed over earlier is no "next step" after the later ones: still open.
    const highest = Math.max(...c.triedChannels.map((tried) => ladder.indexOf(tried)));
    if (rung && ladder.indexOf(rung) < highest) return [{ key: 'appeal.stillOpen', vars: { channel: { key: `summary.channel.${rung}` } } }];
    if (rung) {
      return [{ key: rung === 'payChannel' ? `appeal.next.payChannel.${channelVariant(c, knownChannel(c, policy))}` : `appeal.next.${rung}` }];
    }
    // Tenth round m5: a 小红卡 fee, with the price news reports give as a hint (guide §7, §8), the bill deciding.
    const amountAsk = c.member === 'redCard' ? 'appeal.amount.askRedCard' : 'appeal.amount.ask';
    const asks: Say[] = [
      ...(asksAmount(c) ? [{ key: amountAsk }] : []),
      ...(asksPlan(c) ? [{ key: 'appeal.plan.ask' }] : []),
      // Fourteenth review m3: a child signed up, so the page is the one the child saw.
      ...(asksSignup(c) ? [{ key: c.payer === 'minor' ? 'appeal.signup.askMinor' : 'appeal.signup.ask' }] : []),
    ];
    // Shown again right after an answer typed here (the amount, the plan): where to start. Eighth round m3:
    // each question was asked once, above; what is still open stays answerable (typed, or the button), unsaid.
    const answeredHere = c.triedChannels.length === 0 && (c.amount !== undefined || c.planChange !== undefined || c.signupNotice !== undefined);
    if (answeredHere) return [{ key: 'appeal.menuStart' }];
    // Review 25 F10: 黑猫 on its own line after the last step, never between two of them.
    const heimao = ladder.includes('heimao') ? [item('heimao')] : [];
    return [{ key: 'appeal.menuIntro' }, ...numbered.map((rung) => item(rung)), ...heimao, ...asks, { key: 'appeal.menuAsk' }];
  }

  /** Reviews 35 F3, 36 F6: the payment rung's button names where the person paid (their bank, their carrier…). */
  function rungLabels(c: CaseFile): Record<string, string> | undefined {
    const variant = channelVariant(c, knownChannel(c, policy));
    return variant === 'unsure' ? undefined : { payChannel: `payChannel_${variant}` };
  }

  return { asksAmount, asksPlan, asksSignup, SIGNUP_ANSWERS, menuParts, rungLabels };
}
