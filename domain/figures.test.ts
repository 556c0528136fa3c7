// The one definition of each figure: totals of workday records, road progress by segment status,
// the reporting rate (DHIS2: received ÷ expected) and the participation rate within 100 %.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from './reporting.js';
import { finishedOn, participationBp, reportingRate, reportWeeks, roadProgress, weeksDue, workTotals, type WorkRecord } from './figures.js';

const rec = (o: Partial<WorkRecord>): WorkRecord => ({ status: 'recorded', officials: 0, officialHalves: 0, peopleFull: 0, peopleHalf: 0, litres: 0, lengthMm: 0, ...o });

describe('workTotals', () => {
  it('adds recorded days only; a cancelled day counts apart and adds nothing', () => {
    const t = workTotals([rec({ officials: 12, officialHalves: 22, peopleFull: 20, peopleHalf: 4, litres: 12_500, lengthMm: 23_000 }),
      rec({ officials: 48, officialHalves: 90, peopleFull: 4, peopleHalf: 0, litres: 9_000, lengthMm: 17_000 }),
      rec({ status: 'cancelled', officials: 5, officialHalves: 10, peopleFull: 3, litres: 1000 })]);
    expect(t).toEqual({ workdays: 2, cancelled: 1, officials: 60, people: 28, participants: 88, labourDays: 82, lengthM: 40, volumeM3: 21.5 });
  });
});

describe('roadProgress', () => {
  const segs = [
    { status: 'accepted', lengthMm: 200_000, pouredOn: '2021-09-18', acceptedOn: '2021-09-25' },
    { status: 'poured', lengthMm: 150_000, pouredOn: '2021-09-25', acceptedOn: null },
    { status: 'in_progress', lengthMm: 100_000, pouredOn: null, acceptedOn: null },
  ];
  it('counts whole segments poured or accepted as finished, by their dates', () => {
    expect(roadProgress(segs)).toMatchObject({ finishedKm: 0.35, acceptedKm: 0.2, totalKm: 0.45, segments: { accepted: 1, poured: 1, in_progress: 1, planned: 0 } });
    expect(roadProgress(segs, '2021-09-18')).toMatchObject({ finishedKm: 0.2, acceptedKm: 0 });
    expect(finishedOn(segs, '2021-09-25')).toEqual({ finishedKm: 0.15, acceptedKm: 0.2 });
  });

  it("counts a segment poured before the campaign's first day apart, even once accepted in the campaign", () => {
    const withBefore = [...segs, { status: 'accepted', lengthMm: 120_000, pouredOn: '2021-08-21', acceptedOn: '2021-09-25' },
      { status: 'poured', lengthMm: 80_000, pouredOn: '2021-09-04', acceptedOn: null }];
    expect(roadProgress(withBefore, undefined, '2021-09-11')).toMatchObject({ finishedKm: 0.35, beforeKm: 0.2, acceptedKm: 0.2, totalKm: 0.65 });
    expect(roadProgress(withBefore, '2021-09-25', '2021-09-11')).toMatchObject({ finishedKm: 0.35, beforeKm: 0.2, acceptedKm: 0.2 });
    expect(finishedOn(withBefore, '2021-09-25', '2021-09-11')).toEqual({ finishedKm: 0.15, acceptedKm: 0.2 });
    // With no campaign start, everything finished counts (a road's own state).
    expect(roadProgress(withBefore)).toMatchObject({ finishedKm: 0.55, beforeKm: 0, acceptedKm: 0.32 });
  });
});

describe('reporting rate', () => {
  it('expects a report only for weeks holding a campaign day, once their deadline has passed', () => {
    const days = ['2021-09-11', '2021-09-18', '2021-09-25'];
    expect(reportWeeks(days, DEFAULT_CALENDAR)).toEqual(['2021-09-06', '2021-09-13', '2021-09-20']);
    // Monday 20/09 at 12:00 in Vietnam: the week of 18/09 is due at 17:00, not yet expected.
    expect(weeksDue(days, DEFAULT_CALENDAR, new Date('2021-09-20T05:00:00Z'))).toEqual(['2021-09-06']);
    // Never a week before the first campaign day, however late it is.
    expect(weeksDue(['2026-12-12'], DEFAULT_CALENDAR, new Date('2026-12-07T12:00:00Z'))).toEqual([]);
  });
  it('is received ÷ expected, on time over the same expected', () => {
    expect(reportingRate(12, 2, 2)).toEqual({ expected: 12, received: 2, onTime: 2, ratePercent: 16.7, onTimePercent: 16.7 });
    expect(reportingRate(0, 0, 0).ratePercent).toBeNull();
  });
});

describe('participationBp', () => {
  it('is attendances over possible ones, never above 100 %', () => {
    expect(participationBp(30, 40)).toBe(7500);
    expect(participationBp(16, 10)).toBe(10_000);
    expect(participationBp(3, 0)).toBe(0);
  });
});
