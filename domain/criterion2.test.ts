// Criterion 2 maths: shares in basis points, met only when every indicator is, "thresholds not
// confirmed" until they are, and projections at a pace.
import { describe, expect, it } from 'vitest';
import { evaluateCriterion2, paceOf, projectIndicator, type Threshold } from './criterion2.js';

const t = (indicator: Threshold['indicator'], pct: number, confirmed = true): Threshold => ({ indicator, minShareBp: pct * 100, confirmed, source: 'test' });
const all = [t('2.1', 100), t('2.2', 70), t('2.3', 70), t('2.4', 60)];
const km = (n: number) => n * 1_000_000;

describe('evaluateCriterion2', () => {
  it('counts hardened-before plus accepted, against each threshold', () => {
    const r = evaluateCriterion2({
      commune: { totalMm: km(3), hardenedBeforeMm: km(3), acceptedMm: 0 },
      village: { totalMm: km(10), hardenedBeforeMm: km(2), acceptedMm: km(5) },
      alley: { totalMm: km(2), hardenedBeforeMm: 0, acceptedMm: km(1.4) },
      field: { totalMm: km(5), hardenedBeforeMm: 0, acceptedMm: km(2.9) },
    }, all);
    expect(r.indicators.map((i) => [i.indicator, i.shareBp, i.met])).toEqual([['2.1', 10000, true], ['2.2', 7000, true], ['2.3', 7000, true], ['2.4', 5800, false]]);
    expect(r.indicators[3].missingMm).toBe(km(0.1));
    expect(r.status).toBe('not_met');
  });

  it('is met when all four are, and a class without roads does not block', () => {
    const r = evaluateCriterion2({ commune: { totalMm: km(1), hardenedBeforeMm: 0, acceptedMm: km(1) }, village: { totalMm: km(1), hardenedBeforeMm: km(1), acceptedMm: 0 } }, all);
    expect(r.indicators.map((i) => i.met)).toEqual([true, true, null, null]);
    expect(r.status).toBe('met');
  });

  it('reads "thresholds not confirmed" while any threshold is unconfirmed, even when met', () => {
    const r = evaluateCriterion2({ commune: { totalMm: km(1), hardenedBeforeMm: km(1), acceptedMm: 0 } }, [t('2.1', 100), t('2.2', 70, false), t('2.3', 70), t('2.4', 60)]);
    expect(r.metAtThresholds).toBe(true);
    expect(r.status).toBe('thresholds_not_confirmed');
  });

  it('rounds the share down and never counts more than the total', () => {
    const r = evaluateCriterion2({ commune: { totalMm: 3, hardenedBeforeMm: 2, acceptedMm: 5 }, village: { totalMm: 3, hardenedBeforeMm: 2, acceptedMm: 0 } }, all);
    expect(r.indicators[0]).toMatchObject({ hardenedMm: 3, shareBp: 10000, met: true });
    expect(r.indicators[1]).toMatchObject({ shareBp: 6666, met: false });
    expect(evaluateCriterion2({}, all).status).toBe('no_roads');
  });
});

describe('projection', () => {
  it('takes the pace of the last N campaign days up to the date', () => {
    const days = ['2021-09-11', '2021-09-18', '2021-09-25', '2021-10-02'];
    const accepted = [{ date: '2021-09-11', mm: 999_000 }, { date: '2021-09-25', mm: 200_000 }, { date: '2021-10-02', mm: 100_000 }];
    expect(paceOf(accepted, days, '2021-10-05', 2)).toEqual({ paceMmPerDay: 150_000, window: ['2021-09-25', '2021-10-02'] });
    expect(paceOf(accepted, days, '2021-09-01', 2)).toEqual({ paceMmPerDay: 0, window: [] });
  });

  it('gives the campaign day the indicator is met on, or a Saturday after the campaign', () => {
    expect(projectIndicator(300_000, 150_000, ['2021-10-09', '2021-10-16', '2021-10-23'], '2021-10-05'))
      .toEqual({ status: 'projected', date: '2021-10-16', campaignDaysNeeded: 2, withinCampaign: true, paceMmPerDay: 150_000 });
    expect(projectIndicator(500_000, 100_000, ['2021-12-25'], '2021-12-20'))
      .toMatchObject({ status: 'projected', date: '2022-01-22', campaignDaysNeeded: 5, withinCampaign: false });
    expect(projectIndicator(100, 0, [], '2021-12-20')).toEqual({ status: 'not_at_this_pace', paceMmPerDay: 0 });
    expect(projectIndicator(0, 0, [], '2021-12-20')).toEqual({ status: 'met' });
  });
});
