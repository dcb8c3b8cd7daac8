/**
 * When each follow-up comes, against a table written from the product rules by someone who
 * had not seen this code (timing-cases.json): China working days with 调休, holidays, month
 * and year ends, quiet hours and one a day. Each case runs the machine's own rule for its
 * kind and the engine's placement (scheduleTime / deliveryTime), as production does.
 */
import { chinaDateAt } from '../../machines';
import type { CaseFile } from '../../machines/case-file';
import { escalationFollowUp, moneyFollowUp, offersWindowFollowUp, renewalFollowUp, reviewFollowUp, windowFollowUp } from '../../machines/follow-ups';
import { xhsBlackCardPolicy as policy } from '../../machines/products/xhs-black-card/policy';
import type { FollowUp } from '../../machines/types';
import { deliveryTime, scheduleTime } from '../../src/core/follow-up-times';
import cases from './timing-cases.json';

interface ScheduleCase {
  name: string;
  kind: 'window' | 'review' | 'reviewApple' | 'money' | 'escalation' | 'renewal';
  channel?: string;
  base: string;
  optInAt: string;
  chargeDate?: string;
  expected: string | null;
}

interface DeliveryCase {
  name: string;
  dueAt: string;
  now: string;
  deliveredToday: boolean;
  expected: string;
}

const instant = (text: string) => Date.parse(text.replace(/T(\d\d:\d\d)\+/, 'T$1:00+'));
const chinaTimeText = (at: number) => `${new Date(at + 8 * 3_600_000).toISOString().slice(0, 16)}+08:00`;
const caseFile = (fields: Partial<CaseFile>): CaseFile => ({ lang: 'zh', triedChannels: [], trail: [], ...fields });

/** The follow-up the machine declares for the case, or undefined where it offers none. */
function declared(c: ScheduleCase): FollowUp | undefined {
  const at = instant(c.optInAt);
  switch (c.kind) {
    case 'window': {
      const file = caseFile({ member: 'firstTime', verdict: 'likely', openedOn: c.base, decidedOn: chinaDateAt(at) });
      return offersWindowFollowUp(file, policy) ? windowFollowUp(file, policy) : undefined;
    }
    case 'review':
      return reviewFollowUp(caseFile({ route: 'app', submittedOn: c.base }), policy, at);
    case 'reviewApple':
      return reviewFollowUp(caseFile({ route: 'apple', payment: 'apple', submittedOn: c.base }), policy, at);
    case 'money':
      return moneyFollowUp(caseFile({ outcome: 'approved', approvedOn: c.base, ...(c.channel ? { payment: c.channel } : {}) }), policy, at);
    case 'escalation':
      return escalationFollowUp(c.channel!, at);
    case 'renewal':
      return renewalFollowUp(at, c.chargeDate);
  }
}

describe('when a follow-up is set for (table written from the rules, not the code)', () => {
  const schedule = (cases as { schedule: ScheduleCase[] }).schedule;
  it.each(schedule.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const followUp = declared(c);
    const at = followUp && scheduleTime(followUp.when, new Set(), instant(c.optInAt));
    expect(at === undefined ? null : chinaTimeText(at)).toBe(c.expected);
  });
});

describe('when a due follow-up goes out (quiet hours, one a day)', () => {
  const delivery = (cases as { delivery: DeliveryCase[] }).delivery;
  it.each(delivery.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const now = instant(c.now);
    const lastSentOn = c.deliveredToday ? chinaDateAt(now) : undefined;
    const at = deliveryTime(now, lastSentOn);
    expect(at === now ? 'now' : chinaTimeText(at)).toBe(c.expected);
  });
});
