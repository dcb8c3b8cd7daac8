/**
 * The machine's typed vocabulary: every named action and guard, in one `setup`. States refer
 * to them by name, so the configuration stays data and the logic stays here, testable.
 */
import { assign, setup } from 'xstate';
import type { CaseField, CaseFile } from './case-file';
import { newCaseFile } from './case-file';
import { chinaDateAt, daysBetween, isCalendarDate } from './china-date';
import { readTypedAppName } from './app-name';
import { looksLikeCardNumber, readOrderNumber } from './order-number';
import { readAmount, readPlanDetail } from './amount';
import { reminderLack } from './case-vars';
import type { ProductPolicy } from './policy';
import { followUpFits } from './follow-ups';
import type { CoachEvent, CommandName, FollowUp, FollowUpKind, Lang, Say } from './types';
import { decideVerdict, refundWindow } from './verdict';

/** The trail only needs to reach back a little; a cap keeps stored snapshots small. */
const TRAIL_LIMIT = 24;
/** A purchase date further back than this is almost certainly a typo. */
const OLDEST_PLAUSIBLE_DAYS = 3 * 366;

const textOf = (event: CoachEvent) => (event.type === 'user.text' ? event.text : '');

/** The machine's vocabulary for one product's policy. */
export function machineSetupFor(policy: ProductPolicy) {
  return setup({
    types: {} as {
      context: CaseFile;
      events: CoachEvent;
      input: { lang: Lang };
    },
    actions: {
      /** Declared output: one message made of one or more texts. Performed by the engine. */
      say: (_, _params: { parts: Say[] }) => {},
      /** Declared output: a follow-up to send later (see follow-ups.ts). Stored by the engine. */
      schedule: (_, _params: FollowUp) => {},
      /** Declared output: the person chose another product; the engine starts its conversation. */
      switchProduct: (_, _params: { product: string }) => {},
      remember: assign({
        trail: ({ context }, params: { state: string }) => [...context.trail, params.state].slice(-TRAIL_LIMIT),
      }),
      record: assign((_, params: Partial<CaseFile>) => params),
      recordOpenedDate: assign(({ event }) =>
        event.type === 'user.date'
          ? { openedOn: event.date, openedRelative: event.relative === true || undefined, openedBucket: undefined, pendingDate: undefined }
          : {},
      ),
      holdOpenedDate: assign(({ event }) => (event.type === 'user.date' ? { pendingDate: event.date } : {})),
      confirmOpenedDate: assign(({ context }) => ({
        openedOn: context.pendingDate,
        openedRelative: undefined,
        openedBucket: undefined,
        pendingDate: undefined,
      })),
      recordOpenedBucket: assign(({ event }) => {
        if (event.type !== 'user.choice') return {};
        // "Today" is an exact date: keep it so deadlines can be worked out.
        return event.id === 'today'
          ? { openedOn: chinaDateAt(event.at), openedRelative: true, openedBucket: undefined }
          : { openedBucket: event.id as CaseFile['openedBucket'], openedOn: undefined, openedRelative: undefined };
      }),
      decide: assign(({ context, event }) => {
        const today = chinaDateAt(event.at);
        const window = refundWindow(context, today, policy);
        return { window, verdict: decideVerdict(context, window, policy), decidedOn: today };
      }),
      recordSubmitted: assign(({ event }) => ({ submittedOn: chinaDateAt(event.at) })),
      recordApproved: assign(({ event }) => ({ outcome: 'approved' as const, approvedOn: chinaDateAt(event.at) })),
      recordOrderNumber: assign(({ event }) => ({ orderNumber: readOrderNumber(textOf(event)) })),
      recordAmount: assign(({ event }) => ({ amount: readAmount(textOf(event)) })),
      recordPlanDetail: assign(({ event }) => ({ planDetail: readPlanDetail(textOf(event)) })),
      recordMisledDetail: assign(({ event }) => ({ misledDetail: readPlanDetail(textOf(event)) })),
      recordAppName: assign(({ event }) => ({ appName: readTypedAppName(textOf(event)), appId: undefined })),

      /** The person said this channel did not solve it: now, and only now, drafts may say it was tried. */
      noteUnresolved: assign({
        unresolved: ({ context }, params: { channel: string }) => {
          const tried = context.unresolved ?? [];
          return tried.includes(params.channel) ? tried : [...tried, params.channel];
        },
      }),
      // Opening the email step again starts it afresh: an earlier "skipped" no longer stands.
      noteChannel: assign(({ context }, params: { channel: string }) => ({
        triedChannels: context.triedChannels.includes(params.channel) ? context.triedChannels : [...context.triedChannels, params.channel],
        ...(params.channel === 'email' ? { emailSkipped: undefined } : {}),
      })),
      /** Back to a question: its answers are cleared; back to a rung, the result reported there too. */
      goBack: assign(({ context }, params: { clear: CaseField[]; channel?: string }) => {
        const cleared: Partial<CaseFile> = {};
        for (const field of params.clear) cleared[field] = undefined;
        if (params.channel && context.unresolved) cleared.unresolved = context.unresolved.filter((ch) => ch !== params.channel);
        return { ...cleared, trail: context.trail.slice(0, -2) };
      }),
      // assign merges, so every answer is cleared explicitly before the fresh case file.
      reset: assign(({ context }) => ({
        ...Object.fromEntries(Object.keys(context).map((field) => [field, undefined])),
        ...newCaseFile(context.lang),
      })),
      switchLang: assign({
        lang: ({ context, event }) => (event.type === 'user.command' && event.lang ? event.lang : context.lang === 'zh' ? 'en' : 'zh'),
      }),
    },
    guards: {
      chose: ({ event }, params: { id: string }) => event.type === 'user.choice' && event.id === params.id,
      choseOneOf: ({ event }, params: { ids: readonly string[] }) => event.type === 'user.choice' && params.ids.includes(event.id),
      isCommand: ({ event }, params: { name: CommandName }) => event.type === 'user.command' && event.name === params.name,
      previousIs: ({ context }, params: { state: string }) => context.trail.at(-2) === params.state,
      dateUnusable: ({ event }) => event.type === 'user.date' && !isCalendarDate(event.date),
      dateInFuture: ({ event }) => event.type === 'user.date' && daysBetween(chinaDateAt(event.at), event.date) > 0,
      dateImplausiblyOld: ({ event }) => event.type === 'user.date' && daysBetween(event.date, chinaDateAt(event.at)) > OLDEST_PLAUSIBLE_DAYS,
      dateNeedsConfirming: ({ event }) => event.type === 'user.date' && event.confirm === true,
      typedCardNumber: ({ event }) => looksLikeCardNumber(textOf(event)),
      typedOrderNumber: ({ event }) => readOrderNumber(textOf(event)) !== undefined,
      typedAmount: ({ event }) => readAmount(textOf(event)) !== undefined,
      /**
       * One line kept as typed (the plan at sign-up and now; what a misleading page said). Thirteenth
       * review M2: with no Chinese in it, it is not put into the Chinese drafts (they keep blanks).
       */
      typedLine: ({ event }) => readPlanDetail(textOf(event)) !== undefined,
      typedLineNoChinese: ({ event }) => {
        const line = readPlanDetail(textOf(event));
        return line !== undefined && !/\p{Script=Han}/u.test(line);
      },
      typedAppName: ({ event }) => readTypedAppName(textOf(event)) !== undefined,
      hasOrderNumber: ({ context }) => context.orderNumber !== undefined,
      isRenewing: ({ context }) => context.member === 'renewal',
      /** A renewing member was reminded, but the reminder left something out (as they said). */
      remindedLacking: ({ context }) => reminderLack(context) !== undefined,
      /** A due follow-up of this kind that still fits the case as it is now. */
      dueAndFits: ({ context, event }, params: { kind: FollowUpKind }) =>
        event.type === 'clock.due' && event.kind === params.kind && followUpFits(params.kind, context, chinaDateAt(event.at), policy),
      dateNotAfterToday: ({ event }) => event.type === 'user.date' && daysBetween(chinaDateAt(event.at), event.date) <= 0,
    },
  });
}
