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

  it('estimates a year without a published calendar, and says so', () => {
    expect(hasOfficialCalendar(2026)).toBe(true);
    expect(hasOfficialCalendar(2027)).toBe(false);
    // 1 Jan 2027 (a Friday) is a statutory holiday whatever the notice says: Dec 31, Jan 4, Jan 5.
    expect(addWorkingDays('2026-12-30', 3)).toEqual({ date: '2027-01-05', estimated: true, yearsWithoutCalendar: [2027] });
  });

  it.each([
    // National Day 2027: 1 Oct is a Friday; Sep 30, then Mon 4 and Tue 5 Oct.
    ['2027-09-29', 3, '2027-10-05'],
    // Labour Day 2027: 1–2 May fall on a weekend, so nothing moves; 30 Apr (Fri) + 1 → 3 May.
    ['2027-04-30', 1, '2027-05-03'],
    // Spring Festival 2027: 除夕 is Fri 5 Feb and 初三 Mon 8 Feb; Thu 4 Feb + 1 → Tue 9 Feb.
    ['2027-02-04', 1, '2027-02-09'],
    // 端午 2027 is Wed 9 June (lunar 5/5): Tue 8 + 1 → Thu 10.
    ['2027-06-08', 1, '2027-06-10'],
  ])('in an unpublished year, %s plus %d working days is %s (statutory holidays by date and lunar date)', (from, days, expected) => {
    expect(addWorkingDays(from, days)).toMatchObject({ date: expected, estimated: true });
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
    expect(en).toMatch(/an estimate, not a promise/);
  });

  it('adds a Monday–Friday note when the count runs into an unpublished year', () => {
    const part = activePrompt(submitted(Date.parse('2026-12-30T04:00:00Z')).snapshot).parts[0]!;
    expect(renderSay(part, translatorFor('en'), 'en')).toMatch(/2027: the official holiday calendar isn't published yet/);
    expect(renderSay(part, translatorFor('zh'), 'zh')).toMatch(/2027年的官方放假安排还没公布/);
  });

  it('says when an approved WeChat Pay refund arrives: minutes to 零钱, a bank card after 3 working days', () => {
    const approved = drive(
      ['begin', 'firstTime', 'days1to3', 'noneUsed', 'wechat', 'renewOn', 'walkApp', ...Array(7).fill('done'), 'approved'],
      'en',
      Date.parse('2026-09-30T04:00:00Z'),
    );
    const arrival = activePrompt(approved.snapshot).parts[0]!;
    expect(arrival.key).toBe('refund.arrival.wechat');
    const text = renderSay(arrival, translatorFor('en'), 'en');
    expect(text).toMatch(/20 minutes/);
    expect(text).toContain('Oct 10'); // 3 working days after Sep 30
  });
});
