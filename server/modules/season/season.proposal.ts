// "Đề xuất kế hoạch" from the season plan: the kept plan's entries for the day, in the weekly
// proposal's shape, with the season plan's reason as the explanation.
import type { ProposedEntry } from '../../../domain/plans-proposal.js';
import type { RequestContext } from '../../http/context.js';
import { getPlanSettings } from '../plans/index.js';
import { storedPlan } from './season.repository.js';

export async function seasonProposal(db: RequestContext['db'], campaignId: number, day: string): Promise<ProposedEntry[] | null> {
  const stored = await storedPlan(db, campaignId);
  if (!stored) return null;
  const settings = await getPlanSettings(db, campaignId);
  const segs = new Map(stored.view.roads.flatMap((r) => r.segments.map((s) => [s.id, s] as const)));
  return stored.view.entries.filter((e) => e.day === day).map((e) => ({
    groupId: e.teamId, communeId: e.communeId, segmentIds: e.segmentIds, headcount: e.headcount, targetLitres: e.litres,
    // Length at the reached segments' own length per litre still to pour.
    targetLengthMm: lengthFor(e.litres, e.segmentIds.map((id) => segs.get(id)).filter((x) => x !== undefined)),
    mixers: e.mixers, meetingTime: settings.meetingTime,
    meetingPlace: `Đầu tuyến ${e.roadName}, xã ${e.communeName}`,
    explanation: { vi: `Theo lộ trình mùa: ${e.reason.vi}`, en: `From the season plan: ${e.reason.en}` },
  }));
}

function lengthFor(litres: number, segs: Array<{ lengthMm: number; remainingLitres: number; volumeLitres: number }>): number {
  const volume = segs.reduce((t, s) => t + s.remainingLitres, 0);
  const length = segs.reduce((t, s) => t + (s.volumeLitres > 0 ? (s.lengthMm * s.remainingLitres) / s.volumeLitres : 0), 0);
  return volume > 0 ? Math.round((length * Math.min(litres, volume)) / volume) : 0;
}
