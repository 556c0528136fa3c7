// Criterion 2 of a commune → API JSON: per indicator km total and hardened, share and threshold,
// met or not, and the projected date at the recent pace.
import { evaluateCriterion2, paceOf, projectIndicator, REGIONS, type ClassLengths, type Indicator } from '../../../domain/criterion2.js';
import type { RoadClass } from '../../../domain/roads.js';
import { can, type Actor } from '../../../domain/roles.js';
import type { ThresholdRow } from './criteria.repository.js';

const km = (mm: number) => Math.round(mm) / 1_000_000;

export function presentThreshold(t: ThresholdRow, actor: Actor) {
  return {
    region: t.region, indicator: t.indicator, minSharePercent: t.min_share_bp / 100, source: t.source, confirmed: t.confirmed,
    confirmedBy: t.confirmed_by ? { id: t.confirmed_by, name: t.confirmed_by_name ?? '' } : null,
    confirmedAt: t.confirmed_at ? new Date(t.confirmed_at).toISOString() : null,
    actions: can(actor, 'criteria.confirm') ? ['edit' as const] : [],
    version: t.version,
  };
}

export interface CommuneInputs {
  commune: { id: number; name: string; applied_region: string | null };
  defaultRegion: string;
  thresholds: ThresholdRow[];
  lengths: Array<{ road_class: string; total_mm: number; hardened_before_mm: number; accepted_mm: number }>;
  acceptedByDay: Array<{ road_class: string; day: string; mm: number }>;
  campaign: { id: number; name: string; start_date: string; end_date: string; days: string[] } | null;
  asOf: string;
  paceDays: number;
}

export function presentCommune(i: CommuneInputs, actor: Actor) {
  const regionCode = i.commune.applied_region ?? i.defaultRegion;
  const region = REGIONS.find((r) => r.code === regionCode);
  const lengths: Partial<Record<RoadClass, ClassLengths>> = Object.fromEntries(i.lengths.map((l) => [l.road_class,
    { totalMm: Number(l.total_mm), hardenedBeforeMm: Number(l.hardened_before_mm), acceptedMm: Number(l.accepted_mm) }]));
  const thresholds = i.thresholds.filter((t) => t.region === regionCode)
    .map((t) => ({ indicator: t.indicator as Indicator, minShareBp: t.min_share_bp, confirmed: t.confirmed, source: t.source }));
  const result = evaluateCriterion2(lengths, thresholds);
  const days = i.campaign?.days ?? [];
  const future = days.filter((d) => d > i.asOf);
  const window = paceOf([], days, i.asOf, i.paceDays).window;
  return {
    commune: { id: i.commune.id, name: i.commune.name },
    region: { code: regionCode, vi: region?.vi ?? regionCode, en: region?.en ?? regionCode, own: i.commune.applied_region !== null },
    asOf: i.asOf,
    campaign: i.campaign && { id: i.campaign.id, name: i.campaign.name, startDate: i.campaign.start_date, endDate: i.campaign.end_date },
    pace: { campaignDays: i.paceDays, window },
    status: result.status,
    metAtThresholds: result.metAtThresholds,
    thresholdsConfirmed: result.indicators.every((x) => x.thresholdConfirmed),
    indicators: result.indicators.map((x) => {
      const pace = paceOf(i.acceptedByDay.filter((a) => a.road_class === x.roadClass).map((a) => ({ date: a.day, mm: Number(a.mm) })), days, i.asOf, i.paceDays);
      const p = x.met === null ? { status: 'no_roads' as const } : projectIndicator(x.missingMm, pace.paceMmPerDay, future, i.asOf);
      const projected = p.status === 'projected' ? p : null;
      return {
        indicator: x.indicator, roadClass: x.roadClass, totalKm: km(x.totalMm), hardenedKm: km(x.hardenedMm), hardenedBeforeKm: km(x.hardenedBeforeMm),
        acceptedKm: km(x.acceptedMm), sharePercent: x.shareBp / 100, thresholdPercent: x.minShareBp / 100, thresholdConfirmed: x.thresholdConfirmed,
        thresholdSource: x.thresholdSource, met: x.met, missingKm: km(x.missingMm),
        projection: {
          status: p.status, date: projected?.date ?? null, campaignDaysNeeded: projected?.campaignDaysNeeded ?? null,
          withinCampaign: projected?.withinCampaign ?? null, paceMPerDay: pace.paceMmPerDay / 1000,
        },
      };
    }),
    actions: can(actor, 'criteria.confirm') ? ['setRegion' as const] : [],
  };
}
