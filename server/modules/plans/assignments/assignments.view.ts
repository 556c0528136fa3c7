// The campaign's assignments as pages show them: each group's roads and segments with what
// remains to pour, then the roads (or parts of roads) nobody has yet.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { AppError } from '../../../http/errors.js';
import { segmentFacts, type SegmentFact } from '../sources.js';
import { assignmentMap } from './assignments.repository.js';

interface SegmentOut { id: number; chainage: string; label: string | null; status: string; lengthM: number; remainingM3: number }
interface RoadOut { roadId: number; roadName: string; communeId: number; communeName: string; remainingM3: number; segments: SegmentOut[] }

function roadsOf(facts: SegmentFact[]): RoadOut[] {
  const roads = new Map<number, RoadOut>();
  for (const f of facts) {
    const r = roads.get(f.roadId) ?? { roadId: f.roadId, roadName: f.roadName, communeId: f.communeId, communeName: f.communeName, remainingM3: 0, segments: [] };
    r.remainingM3 = (r.remainingM3 * 1000 + f.remainingLitres) / 1000;
    r.segments.push({ id: f.id, chainage: f.chainage, label: f.label, status: f.status, lengthM: f.lengthMm / 1000, remainingM3: f.remainingLitres / 1000 });
    roads.set(f.roadId, r);
  }
  return [...roads.values()];
}

export async function assignmentsView(db: Kysely<Database>, campaignId: number) {
  if (!(await db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst())) throw new AppError('NOT_FOUND');
  const communeIds = (await db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId).execute()).map((r) => r.unit_id);
  const facts = await segmentFacts(db, { communeIds });
  const map = await assignmentMap(db, campaignId);
  const groups = await db.selectFrom('groups').select(['id', 'name', 'kind']).where('campaign_id', '=', campaignId).orderBy('ordinal').orderBy('id').execute();
  return {
    groups: groups.map((g) => {
      const mine = facts.filter((f) => map.get(f.id) === g.id);
      return { groupId: g.id, groupName: g.name, kind: g.kind, remainingM3: mine.reduce((s, f) => s + f.remainingLitres, 0) / 1000, roads: roadsOf(mine) };
    }),
    unassigned: roadsOf(facts.filter((f) => !map.has(f.id))),
  };
}
