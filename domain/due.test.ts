import { describe, expect, it } from 'vitest';
import { dayWithin, dueDay, dueWeek, nextDay } from './due.js';

const DAYS = ['2021-10-23', '2021-10-09', '2021-10-16']; // unsorted, as a form may hold them

describe('the day a picker opens on', () => {
  it('records and reports open on the last Saturday on or before today', () => {
    expect(dueDay(DAYS, '2021-10-20')).toBe('2021-10-16');
    expect(dueDay(DAYS, '2021-10-16')).toBe('2021-10-16');
    expect(dueDay(DAYS, '2021-10-01')).toBe('2021-10-09'); // before the campaign: its first day
    expect(dueDay(DAYS, '2022-01-01')).toBe('2021-10-23');
    expect(dueDay([], '2021-10-20')).toBeNull();
  });

  it('plans and registrations open on the next Saturday on or after today', () => {
    expect(nextDay(DAYS, '2021-10-20')).toBe('2021-10-23');
    expect(nextDay(DAYS, '2021-10-16')).toBe('2021-10-16');
    expect(nextDay(DAYS, '2022-01-01')).toBe('2021-10-23'); // after the campaign: its last day
    expect(nextDay([], '2021-10-20')).toBeNull();
  });

  it('a week is due once its Saturday has come', () => {
    const weeks = ['2021-10-18', '2021-10-04', '2021-10-11'];
    expect(dueWeek(weeks, '2021-10-20')).toBe('2021-10-11'); // Wednesday: last week is the one due
    expect(dueWeek(weeks, '2021-10-23')).toBe('2021-10-18'); // its Saturday
    expect(dueWeek(weeks, '2021-09-01')).toBe('2021-10-04');
    expect(dueWeek([], '2021-10-20')).toBeNull();
  });

  it('a calendar opens within the campaign, on today when it runs', () => {
    expect(dayWithin('2021-08-01', '2021-12-31', '2021-10-20')).toBe('2021-10-20');
    expect(dayWithin('2021-08-01', '2021-12-31', '2021-07-01')).toBe('2021-08-01');
    expect(dayWithin('2021-08-01', '2021-12-31', '2026-12-08')).toBe('2021-12-31');
  });
});
