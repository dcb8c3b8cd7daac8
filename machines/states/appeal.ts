/**
 * The appeal: the reason, the order number for the drafts (optional), then the escalation
 * ladder — customer service, email, 12315, 黑猫投诉, a social post as the last resort — each
 * rung with what to prepare, a draft in the user's own facts, and when to move on; plus
 * answers to the refusals people meet.
 */
import { and } from 'xstate';
import type { CaseFile } from '../case-file';
import { onChoice, promptState, record, say } from '../builders';
import { caseVars } from '../prompts';
import { policy } from '../setup';
import type { Say } from '../types';

const vars = (c: CaseFile) => caseVars(c, policy);
const draft = (key: string, c: CaseFile): Say => ({ key, vars: vars(c), draft: true });
const text = (key: string, c: CaseFile): Say => ({ key, vars: vars(c) });

/** The rung after `channel` on the ladder, or 'none' at the top. */
function nextRung(channel: string): string {
  const i = policy.appealLadder.indexOf(channel);
  return policy.appealLadder[i + 1] ?? 'none';
}

/** What each rung shows: where it is, what to prepare, the draft, when to move on. */
const RUNG_PARTS: Record<string, (c: CaseFile) => Say[]> = {
  cs: (c) => [
    { key: 'appeal.cs.where' },
    draft('appeal.cs.script', c),
    text('appeal.cs.scriptNote', c),
    { key: 'appeal.cs.ready' },
    { key: 'appeal.cs.escalate' },
    { key: 'appeal.cs.moveOn' },
    // Ends with the question "how did it go?", so it comes last.
    { key: 'appeal.cs.expect' },
  ],
  email: (c) => [{ key: 'appeal.email.where' }, draft('appeal.email.draft', c), text('appeal.email.draftNote', c), { key: 'appeal.email.moveOn' }],
  complain12315: (c) => [
    { key: 'appeal.complain12315.about' },
    { key: 'appeal.complain12315.prepare' },
    draft('appeal.complain12315.draft', c),
    text('appeal.complain12315.draftNote', c),
    { key: 'appeal.complain12315.moveOn' },
  ],
  heimao: () => [{ key: 'appeal.heimao.about' }, { key: 'appeal.heimao.prepare' }, { key: 'appeal.heimao.moveOn' }],
  social: (c) => [{ key: 'appeal.social.warning' }, draft('appeal.social.draft', c), text('appeal.social.draftNote', c)],
};

function rungState(channel: string) {
  const id = `appeal_${channel}`;
  // Customer service is where refusals are met, so it offers answers to them.
  const choices = channel === 'cs' ? ['worked', 'theyRefused', 'notWorked', 'back'] : ['worked', 'notWorked', 'back'];
  return promptState(id, (c) => ({ parts: RUNG_PARTS[channel]!(c), choices }), {
    'user.choice': [
      onChoice('worked', 'renewal', ['recordApproved']),
      onChoice('theyRefused', 'appealRefusal'),
      onChoice('notWorked', 'appealMenu', [say({ key: `appeal.next.${nextRung(channel)}` })]),
    ],
  });
}

/** "Ask Apple" is right when Apple billed it: then the way forward is Apple's own page. */
const isAppleRefusalRight = (c: CaseFile) => c.refusal === 'refusedApple' && c.payment === 'apple';

function refusalReplyParts(c: CaseFile): Say[] {
  const refusal = c.refusal ?? 'refusedRule';
  const parts: Say[] = [{ key: `appeal.refusal.${refusal}.explain` }];
  if (isAppleRefusalRight(c)) return [...parts, { key: 'appeal.refusal.refusedApple.isApple' }];
  return [
    ...parts,
    { key: 'appeal.refusal.politeLabel' },
    draft(`appeal.refusal.${refusal}.polite`, c),
    { key: 'appeal.refusal.firmLabel' },
    draft(`appeal.refusal.${refusal}.firm`, c),
    { key: 'appeal.refusal.tone' },
  ];
}

export const appeal = {
  initial: 'reason',
  states: {
    reason: promptState(
      'appealReason',
      (c) => ({
        parts: [{ key: `appeal.intro.${c.outcome === 'refused' ? 'refused' : (c.verdict ?? 'unsure')}` }, { key: 'appeal.askReason' }],
        choices: [...policy.appealReasons, 'back'],
      }),
      {
        // The order number is asked once; a later appeal keeps the one given.
        'user.choice': policy.appealReasons.flatMap((r) => [
          { guard: and([{ type: 'chose', params: { id: r } }, 'hasOrderNumber']), target: '#appealMenu', actions: [record({ appealReason: r })] },
          onChoice(r, 'askOrderNumber', [record({ appealReason: r })]),
        ]),
      },
    ),
    orderNumber: promptState(
      'askOrderNumber',
      (c) => ({
        parts: [c.orderNumber ? { key: 'appeal.orderNumber.onFile', vars: { orderNumber: c.orderNumber } } : { key: 'appeal.orderNumber.ask' }],
        choices: ['skipOrder', 'back'],
        acceptsText: true,
      }),
      {
        'user.choice': [onChoice('skipOrder', 'appealMenu')],
        'user.text': [
          { guard: 'typedCardNumber', actions: say({ key: 'appeal.orderNumber.card' }) },
          { guard: 'typedOrderNumber', target: '#appealMenu', actions: ['recordOrderNumber', say({ key: 'appeal.orderNumber.saved' })] },
          { actions: say({ key: 'appeal.orderNumber.invalid' }) },
        ],
      },
    ),
    menu: promptState('appealMenu', () => ({ parts: [{ key: 'appeal.menu' }], choices: [...policy.appealLadder, 'finish', 'back'] }), {
      'user.choice': [
        ...policy.appealLadder.map((channel) => onChoice(channel, `appeal_${channel}`, [{ type: 'noteChannel', params: { channel } }])),
        onChoice('finish', 'renewal'),
      ],
    }),
    ...Object.fromEntries(policy.appealLadder.map((channel) => [channel, rungState(channel)])),
    refusal: promptState('appealRefusal', () => ({ parts: [{ key: 'appeal.refusal.ask' }], choices: [...policy.refusals, 'back'] }), {
      'user.choice': policy.refusals.map((r) => onChoice(r, 'appealRefusalReply', [record({ refusal: r })])),
    }),
    refusalReply: promptState(
      'appealRefusalReply',
      (c) => ({
        parts: refusalReplyParts(c),
        choices: isAppleRefusalRight(c) ? ['walkApple', 'back'] : ['worked', 'otherRefusal', 'notWorked', 'back'],
      }),
      {
        'user.choice': [
          onChoice('walkApple', 'apple_open', [record({ route: 'apple' })]),
          onChoice('worked', 'renewal', ['recordApproved']),
          onChoice('otherRefusal', 'appealRefusal'),
          onChoice('notWorked', 'appealMenu', [say({ key: `appeal.next.${nextRung('cs')}` })]),
        ],
      },
    ),
  },
};
