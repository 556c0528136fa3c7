// Weeks, periods, deadlines and timeliness of weekly reports; the report workflow; ratings.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CALENDAR, monthRange, ratingScore, reportActions, reportDeadline, reportPeriod, reportTransition, reportWeekOf, timeliness, weekLabel,
  weekStartOf, weeksWithSaturdayIn,
} from './reporting.js';

describe('weeks and deadlines', () => {
  it('labels ISO weeks and finds their Monday', () => {
    expect(weekStartOf('2021-09-18')).toBe('2021-09-13');
    expect(weekStartOf('2021-09-19')).toBe('2021-09-13');
    expect(weekLabel('2021-09-13')).toBe('Tuần 37/2021');
    expect(weekLabel('2021-01-04')).toBe('Tuần 1/2021');
  });

  it('covers the 7 days up to the cut-off and falls due after it, Vietnam time', () => {
    expect(reportPeriod('2021-09-13', DEFAULT_CALENDAR)).toEqual({ from: '2021-09-13', to: '2021-09-19' });
    const sat = { cutoffWeekday: 6, deadlineWeekday: 1, deadlineTime: '08:00' };
    expect(reportPeriod('2021-09-13', sat)).toEqual({ from: '2021-09-12', to: '2021-09-18' });
    expect(reportDeadline('2021-09-13', sat).toISOString()).toBe('2021-09-20T01:00:00.000Z');
    expect(reportDeadline('2021-09-13', { ...DEFAULT_CALENDAR, deadlineWeekday: 0 }).toISOString()).toBe('2021-09-26T10:00:00.000Z');
    expect(reportWeekOf('2021-09-19', sat)).toBe('2021-09-20');
    expect(reportWeekOf('2021-09-18', sat)).toBe('2021-09-13');
  });

  it('judges on time, late, missing and due', () => {
    const deadline = reportDeadline('2021-09-13', DEFAULT_CALENDAR);
    expect(timeliness('2021-09-13', deadline, new Date('2021-10-01'), DEFAULT_CALENDAR)).toBe('on_time');
    expect(timeliness('2021-09-13', new Date(deadline.getTime() + 1), new Date('2021-10-01'), DEFAULT_CALENDAR)).toBe('late');
    expect(timeliness('2021-09-13', null, new Date(deadline.getTime() + 1), DEFAULT_CALENDAR)).toBe('missing');
    expect(timeliness('2021-09-13', null, deadline, DEFAULT_CALENDAR)).toBe('due');
    expect(timeliness('2021-09-20', null, deadline, DEFAULT_CALENDAR, '2021-09-19')).toBe('not_started');
  });

  it('finds the weeks of a month by their Saturday', () => {
    expect(monthRange('2021-02')).toEqual({ from: '2021-02-01', to: '2021-02-28' });
    expect(weeksWithSaturdayIn('2021-10-01', '2021-10-31')).toEqual(['2021-09-27', '2021-10-04', '2021-10-11', '2021-10-18', '2021-10-25']);
  });
});

describe('workflow and ratings', () => {
  it('follows the transition table', () => {
    expect(reportTransition('draft', 'submit', 'commune', null)).toBe('submitted');
    expect(reportTransition('draft', 'approve', 'office', null)).toBe('REPORT_TRANSITION_NOT_ALLOWED');
    expect(reportTransition('submitted', 'approve', 'commune', null)).toBe('FORBIDDEN');
    expect(reportTransition('submitted', 'return', 'office', '  ')).toBe('REASON_REQUIRED');
    expect(reportTransition('approved', 'edit', 'commune', null)).toBe('REPORT_LOCKED');
    expect(reportTransition('approved', 'unlock', 'office', 'Sai số liệu')).toBe('returned');
    expect(reportActions('returned', 'commune')).toEqual(['edit', 'submit']);
  });

  it('scores a rating out of 4', () => {
    expect(ratingScore('tot', 'tot')).toBe(4);
    expect(ratingScore('trung_binh', 'yeu')).toBe(1.5);
  });
});
