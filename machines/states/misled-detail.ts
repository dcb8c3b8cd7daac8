/**
 * Review 28 F9: "misled by the offer" is the whole ground (实施条例 第十二条), so before any draft
 * the coach asks what the page said and what it really was, in one line kept as typed. Skipped
 * (or typed with no Chinese in it), the drafts keep two blanks to fill in.
 */
import { and } from 'xstate';
import { onChoice, promptState, record, say } from '../builders';
import type { CaseFile } from '../case-file';

type Guard = string | { type: 'chose'; params: { id: string } };
const chose = (id: string): Guard => ({ type: 'chose', params: { id } });

/** On to the order number (asked once), or straight to the ladder when it is on file. */
const onward = (guard: Guard, actions: unknown[]) => [
  { guard: and([guard as never, 'hasOrderNumber']), target: '#appealMenu', actions },
  { guard, target: '#askOrderNumber', actions },
];

const sayDetail = {
  type: 'say' as const,
  params: ({ context }: { context: CaseFile }) => ({ parts: [{ key: 'appeal.misled.saved', vars: { detail: { typed: context.misledDetail ?? '' } } }] }),
};

export const misledDetailState = promptState(
  'appealMisledDetail',
  () => ({ parts: [{ key: 'appeal.misled.ask' }], choices: ['skipMisledDetail', 'back'], acceptsText: true }),
  {
    // "不记得了" read as "not sure": the same as skipping.
    'user.choice': ['skipMisledDetail', 'unsure'].flatMap((id) => onward(chose(id), [say({ key: 'appeal.misled.skipped' })])),
    'user.text': [
      { guard: 'typedCardNumber', actions: say({ key: 'appeal.orderNumber.card' }) },
      // As with the plan line: no Chinese in it, the Chinese drafts keep their blanks.
      ...onward('typedLineNoChinese', [say({ key: 'appeal.misled.skipped' }), say({ key: 'appeal.misled.notChinese' })]),
      ...onward('typedLine', ['recordMisledDetail', sayDetail]),
      { actions: say({ key: 'appeal.misled.invalid' }) },
    ],
  },
);

/** The reason step's answer: "misled" asks for the page's words first; the others go straight on. */
export const onReasonChosen = (reason: string) =>
  reason === 'misled'
    ? [onChoice(reason, 'appealMisledDetail', [record({ appealReason: reason })])]
    : onward(chose(reason), [record({ appealReason: reason })]);
