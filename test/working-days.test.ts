/**
 * Deadlines and estimates in China working days: the State Council calendar with its 调休
 * makeup days, and an honest Monday–Friday estimate for a year not yet published.
 */
import { addWorkingDays, hasOfficialCalendar } from '../src/calendar/working-days';
import { renderSay } from '../src/core/render';
import { translatorFor } from '../src/i18n';
import { activePrompt } from '../machines';
import { BEST_CASE, drive } from './support/drive';

describe('working days', () => {
  it.each([
    // National Day 2026: Oct 1–7 off; Saturday Oct 10 is a makeup working day.
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 1, '2026-10-08'],
    // An ordinary week: Thursday + 3 → Tuesday.
    ['2026-11-26', 3, '2026-12-01'],
    // Spring Festival 2026 (Feb 15–23 off; Feb 14 and Feb 28 are makeup days).
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
  ])('%s plus %d working days is %s', (from, days, expected) => {
    expect(addWorkingDays(from, days)).toMatchObject({ date: expected, estimated: false });
  });

  it('estimates Monday–Friday for a year without a published calendar, and says so', () => {
    expect(hasOfficialCalendar(2026)).toBe(true);
    expect(hasOfficialCalendar(2027)).toBe(false);
    expect(addWorkingDays('2026-12-30', 3)).toEqual({ date: '2027-01-04', estimated: true, yearsWithoutCalendar: [2027] });
  });
});

describe('estimates the coach gives', () => {
  const submitted = (at: number) => drive([...BEST_CASE, 'walkApp', ...Array(7).fill('done')], 'en', at);

  it('states the review window as dates counted in working days from the day of submitting', () => {
    const r = submitted(Date.parse('2026-09-30T04:00:00Z'));
    const part = activePrompt(r.snapshot).parts[0]!;
    const zh = renderSay(part, translatorFor('zh'), 'zh');
    const en = renderSay(part, translatorFor('en'), 'en');
    expect(zh).toContain('10月8日');
    expect(zh).toContain('10月10日'); // the makeup Saturday counts
    expect(en).toContain('Oct 8');
    expect(en).toContain('Oct 10');
    expect(en).toMatch(/estimates, not promises/);
  });

  it('adds a Monday–Friday note when the count runs into an unpublished year', () => {
    const part = activePrompt(submitted(Date.parse('2026-12-30T04:00:00Z')).snapshot).parts[0]!;
    expect(renderSay(part, translatorFor('en'), 'en')).toMatch(/2027: the official holiday calendar is not published yet/);
    expect(renderSay(part, translatorFor('zh'), 'zh')).toMatch(/2027年的官方放假安排还没公布/);
  });

  it('says when an approved WeChat Pay refund arrives: minutes to 零钱, a bank card after 3 working days', () => {
    const approved = drive(['begin', 'firstTime', 'days1to3', 'noneUsed', 'wechat', 'renewOn', 'walkApp', ...Array(7).fill('done'), 'approved'], 'en', Date.parse('2026-09-30T04:00:00Z'));
    const arrival = activePrompt(approved.snapshot).parts[0]!;
    expect(arrival.key).toBe('refund.arrival.wechat');
    const text = renderSay(arrival, translatorFor('en'), 'en');
    expect(text).toMatch(/20 minutes/);
    expect(text).toContain('Oct 10'); // 3 working days after Sep 30
  });
});
