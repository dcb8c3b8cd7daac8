/**
 * Where each due follow-up picks the conversation up: the question it is about, so the
 * reminder's buttons answer it. Guarded by `followUpFits`: one that no longer fits (the
 * person already submitted, the money came) matches nothing and says nothing.
 */
import { and } from 'xstate';
import { record, say } from '../builders';
import type { FollowUpKind } from '../types';

const fits = (kind: FollowUpKind) => ({ type: 'dueAndFits' as const, params: { kind } });
const isApple = ({ context }: { context: { route?: string } }) => context.route === 'apple';
// Seventeenth review m2: WeChat Pay is checked after 3 working days (a bank card's check), the others after the guides' 3–7.
const isWechat = ({ context }: { context: { payment?: string } }) => context.payment === 'wechat';

export const dueTransitions = [
  // The last day: the verdict again, decided afresh on today's date.
  { guard: fits('window'), target: '#verdict', actions: ['decide', say({ key: 'followUp.due.window' })] },
  { guard: and([fits('review'), isApple]), target: '#appleAfterSubmit', actions: say({ key: 'followUp.due.reviewApple' }) },
  { guard: fits('review'), target: '#afterSubmit', actions: [record({ reviewChased: true }), say({ key: 'followUp.due.review' })] },
  { guard: and([fits('money'), isWechat]), target: '#askArrived', actions: say({ key: 'followUp.due.moneyWechat' }) },
  { guard: fits('money'), target: '#askArrived', actions: say({ key: 'followUp.due.money' }) },
  { guard: fits('escalation_cs'), target: '#appeal_cs', actions: say({ key: 'followUp.due.escalation_cs' }) },
  { guard: fits('escalation_email'), target: '#appeal_email', actions: say({ key: 'followUp.due.escalation_email' }) },
  { guard: fits('renewal'), target: '#renewal', actions: say({ key: 'followUp.due.renewal' }) },
] as never[];
