// Recurring schedules of directive tasks: month ends (day 31 → the last day of shorter months,
// February in leap years), year ends, weekly on Saturday, the Asia/Ho_Chi_Minh calendar, the
// checks against the directive's date, and fast-check properties over random schedules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, todayInVietnam } from './dates.js';
import { checkSchedule, daysInMonth, monthlyDate, occurrences, type Schedule } from './recurrence.js';

const days = (s: Schedule, range?: { from?: string; to?: string }) => occurrences(s, range).map((o) => o.occursOn);

describe('monthly schedules across month ends', () => {
  it('puts day 31 on the last day of shorter months', () => {
    expect(days({ repeat: 'monthly', monthDay: 31, startDate: '2021-09-09', endDate: '2022-04-30' })).toEqual([
      '2021-09-30', '2021-10-31', '2021-11-30', '2021-12-31', '2022-01-31', '2022-02-28', '2022-03-31', '2022-04-30',
    ]);
  });

  it('uses 29 February in leap years and 28 in others', () => {
    expect(days({ repeat: 'monthly', monthDay: 30, startDate: '2024-01-01', endDate: '2024-03-31' })).toEqual(['2024-01-30', '2024-02-29', '2024-03-30']);
    expect(days({ repeat: 'monthly', monthDay: 29, startDate: '2023-01-01', endDate: '2023-03-31' })).toEqual(['2023-01-29', '2023-02-28', '2023-03-29']);
    expect(days({ repeat: 'monthly', monthDay: 31, startDate: '2100-02-01', endDate: '2100-02-28' })).toEqual(['2100-02-28']); // 2100 is not a leap year
    expect(days({ repeat: 'monthly', monthDay: 31, startDate: '2000-02-01', endDate: '2000-02-29' })).toEqual(['2000-02-29']); // 2000 is
  });

  it('crosses the year end and starts no earlier than the start date', () => {
    expect(days({ repeat: 'monthly', monthDay: 25, startDate: '2021-11-26', endDate: '2022-02-24' })).toEqual(['2021-12-25', '2022-01-25']);
  });

  it('counts the first month when its (clamped) day is on or after the start', () => {
    expect(days({ repeat: 'monthly', monthDay: 31, startDate: '2021-02-28', endDate: '2021-03-01' })).toEqual(['2021-02-28']);
  });

  it('moves the due date by dueAfterDays across the month and year end', () => {
    expect(occurrences({ repeat: 'monthly', monthDay: 31, startDate: '2021-12-01', endDate: '2022-01-31', dueAfterDays: 2 })).toEqual([
      { occursOn: '2021-12-31', dueOn: '2022-01-02' }, { occursOn: '2022-01-31', dueOn: '2022-02-02' },
    ]);
  });

  it('knows month lengths', () => {
    expect([1, 2, 4, 12].map((m) => daysInMonth(2021, m))).toEqual([31, 28, 30, 31]);
    expect(monthlyDate(2024, 2, 31)).toBe('2024-02-29');
  });
});

describe('weekly schedules', () => {
  it('every Saturday of the 2021 campaign, across the year end', () => {
    const sats = days({ repeat: 'weekly', weekday: 6, startDate: '2021-09-09', endDate: '2022-01-08' });
    expect(sats.slice(0, 3)).toEqual(['2021-09-11', '2021-09-18', '2021-09-25']);
    expect(sats.slice(-3)).toEqual(['2021-12-25', '2022-01-01', '2022-01-08']);
    expect(sats).toHaveLength(18);
    expect(sats.every((d) => dayOfWeek(d) === 6)).toBe(true);
  });

  it('includes the start and end days themselves', () => {
    expect(days({ repeat: 'weekly', weekday: 6, startDate: '2021-09-11', endDate: '2021-09-18' })).toEqual(['2021-09-11', '2021-09-18']);
  });

  it('is due dueAfterDays later: Saturday news due on Monday', () => {
    expect(occurrences({ repeat: 'weekly', weekday: 6, startDate: '2021-12-20', endDate: '2021-12-31', dueAfterDays: 2 }))
      .toEqual([{ occursOn: '2021-12-25', dueOn: '2021-12-27' }]);
  });

  it('restricts to a range, for generating a bit at a time', () => {
    const s: Schedule = { repeat: 'weekly', weekday: 1, startDate: '2021-09-13', endDate: '2021-12-27' };
    expect(days(s, { from: '2021-10-01', to: '2021-10-18' })).toEqual(['2021-10-04', '2021-10-11', '2021-10-18']);
    expect(days(s, { from: '2022-01-01' })).toEqual([]);
  });
});

describe('the Asia/Ho_Chi_Minh calendar', () => {
  it('a Saturday occurrence is "today" from 17:00 UTC on Friday', () => {
    const s: Schedule = { repeat: 'weekly', weekday: 6, startDate: '2021-09-09', endDate: '2021-12-31' };
    const today = (iso: string) => todayInVietnam(new Date(iso));
    expect(days(s, { to: today('2021-09-10T16:59:59Z') })).toEqual([]);
    expect(days(s, { to: today('2021-09-10T17:00:00Z') })).toEqual(['2021-09-11']);
  });

  it('the month turns at midnight in Vietnam, not in UTC', () => {
    const s: Schedule = { repeat: 'monthly', monthDay: 1, startDate: '2021-09-09', endDate: '2022-12-31' };
    expect(days(s, { to: todayInVietnam(new Date('2021-12-31T16:59:00Z')) })).toEqual(['2021-10-01', '2021-11-01', '2021-12-01']);
    expect(days(s, { to: todayInVietnam(new Date('2021-12-31T17:00:00Z')) }).at(-1)).toBe('2022-01-01');
  });
});

describe('checkSchedule', () => {
  it('refuses a due date before the directive', () => {
    expect(checkSchedule({ repeat: 'none', dueDate: '2021-09-08' }, '2021-09-09').issues).toEqual([{ field: 'dueDate', code: 'DUE_BEFORE_DIRECTIVE' }]);
    expect(checkSchedule({ repeat: 'none', dueDate: '2021-09-09' }, '2021-09-09')).toEqual({ schedule: { repeat: 'none', dueDate: '2021-09-09' }, issues: [] });
  });

  it('needs an end for a recurrence, and an end after its start', () => {
    expect(checkSchedule({ repeat: 'weekly', weekday: 6, startDate: '2021-09-11' }, '2021-09-09').issues)
      .toEqual([{ field: 'endDate', code: 'RECURRENCE_END_REQUIRED' }]);
    expect(checkSchedule({ repeat: 'monthly', monthDay: 5, startDate: '2021-10-01', endDate: '2021-09-30' }, '2021-09-09').issues)
      .toEqual([{ field: 'endDate', code: 'VALIDATION' }]);
  });

  it('refuses a recurrence starting before the directive, too long, or never occurring', () => {
    expect(checkSchedule({ repeat: 'weekly', weekday: 6, startDate: '2021-09-01', endDate: '2021-12-31' }, '2021-09-09').issues)
      .toEqual([{ field: 'startDate', code: 'DUE_BEFORE_DIRECTIVE' }]);
    expect(checkSchedule({ repeat: 'weekly', weekday: 6, startDate: '2021-09-11', endDate: '2025-09-11' }, '2021-09-09').issues)
      .toEqual([{ field: 'endDate', code: 'SCHEDULE_TOO_LONG' }]);
    expect(checkSchedule({ repeat: 'weekly', weekday: 0, startDate: '2021-09-13', endDate: '2021-09-18' }, '2021-09-09').issues)
      .toEqual([{ field: 'weekday', code: 'SCHEDULE_EMPTY' }]);
    expect(checkSchedule({ repeat: 'monthly', startDate: '2021-09-13', endDate: '2021-10-18' }, '2021-09-09').issues)
      .toEqual([{ field: 'monthDay', code: 'VALIDATION' }]);
  });
});

// Random schedules between 2020 and 2030.
const isoDay = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n));
const range = fc.tuple(isoDay, fc.integer({ min: 0, max: 800 })).map(([start, len]) => ({ startDate: start, endDate: addDays(start, len) }));
const weekly = fc.tuple(range, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 31 }))
  .map(([r, weekday, dueAfterDays]) => ({ repeat: 'weekly' as const, weekday, dueAfterDays, ...r }));
const monthly = fc.tuple(range, fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 31 }))
  .map(([r, monthDay, dueAfterDays]) => ({ repeat: 'monthly' as const, monthDay, dueAfterDays, ...r }));

describe('properties', () => {
  it('occurrences are strictly increasing, within the range, and due dueAfterDays later', () => {
    fc.assert(fc.property(fc.oneof(weekly, monthly), (s) => {
      const occ = occurrences(s);
      for (let i = 1; i < occ.length; i++) expect(occ[i].occursOn > occ[i - 1].occursOn).toBe(true);
      for (const o of occ) {
        expect(o.occursOn >= s.startDate && o.occursOn <= s.endDate).toBe(true);
        expect(o.dueOn).toBe(addDays(o.occursOn, s.dueAfterDays));
      }
    }));
  });

  it('weekly: every occurrence on the weekday, 7 days apart, none missed at either end', () => {
    fc.assert(fc.property(weekly, (s) => {
      const occ = days(s);
      expect(occ.every((d) => dayOfWeek(d) === s.weekday)).toBe(true);
      for (let i = 1; i < occ.length; i++) expect(occ[i]).toBe(addDays(occ[i - 1], 7));
      const first = occ[0] ?? addDays(s.endDate, 1);
      expect(addDays(first, -7) < s.startDate).toBe(true);
      if (occ.length) expect(addDays(occ.at(-1)!, 7) > s.endDate).toBe(true);
    }));
  });

  it('monthly: one per month, on the day or the month\'s last day when shorter', () => {
    fc.assert(fc.property(monthly, (s) => {
      const occ = days(s);
      const months = occ.map((d) => d.slice(0, 7));
      expect(new Set(months).size).toBe(occ.length);
      for (const d of occ) {
        const [y, m, day] = d.split('-').map(Number);
        expect(day).toBe(Math.min(s.monthDay, daysInMonth(y, m)));
      }
    }));
  });

  it('generating in pieces gives the same occurrences as at once', () => {
    fc.assert(fc.property(fc.oneof(weekly, monthly), fc.integer({ min: 0, max: 800 }), (s, cut) => {
      const mid = addDays(s.startDate, cut);
      expect([...days(s, { to: mid }), ...days(s, { from: addDays(mid, 1) })]).toEqual(days(s));
    }));
  });
});
