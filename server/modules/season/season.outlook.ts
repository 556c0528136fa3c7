// A commune's outlook in the season plan last solved (when criterion 2 is reached by the plan, or
// what is short), for the criterion 2 page's projection: the pace alone says when the thresholds
// are reached if the recent Saturdays repeat; the plan says when, given the groups, mixers and
// roads still to do. Registered with the criteria module by the season module's index.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PlannedReach } from '../criteria/index.js';

interface StoredOutlook { communeId: number; alreadyMet: boolean; reachedOn: string | null; shortfall: { vi: string; en: string } | null }

/** The last season plan's outlook for a commune in a campaign, or null when no plan was solved. */
export async function plannedReach(db: Kysely<Database>, campaignId: number, communeId: number): Promise<PlannedReach | null> {
  const r = await db.selectFrom('season_plans').select(['plan', 'solved_at']).where('campaign_id', '=', campaignId).executeTakeFirst();
  if (!r) return null;
  const view = (typeof r.plan === 'string' ? JSON.parse(r.plan) : r.plan) as { asOf: string; deadline: string; solvedAt?: string; communes: StoredOutlook[] };
  const c = view.communes.find((x) => x.communeId === communeId);
  if (!c) return null;
  return {
    solvedAt: view.solvedAt ?? new Date(r.solved_at).toISOString(), asOf: view.asOf, deadline: view.deadline,
    alreadyMet: c.alreadyMet, reachedOn: c.reachedOn, shortfall: c.shortfall ? { vi: c.shortfall.vi, en: c.shortfall.en } : null,
  };
}
