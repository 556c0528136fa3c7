// All SQL of campaigns, their target communes and days.
import { sql, type Kysely } from 'kysely';
import { likePattern } from '../../../domain/text.js';
import type { Database } from '../../db/schema.js';

export interface CampaignRow {
  id: number; name: string; district_id: number; district_name: string; start_date: string; end_date: string;
  criterion_no: number; description: string | null; version: number; group_count: number;
  communes: Array<{ id: number; name: string; level: string }>;
  days: Array<{ day: string; note: string | null }>;
}

export async function listCampaigns(db: Kysely<Database>, f: { q?: string; ids?: number[] }): Promise<CampaignRow[]> {
  let q = db.selectFrom('campaigns').innerJoin('admin_units as d', 'd.id', 'campaigns.district_id').select((eb) => [
    'campaigns.id', 'campaigns.name', 'campaigns.district_id', 'd.name as district_name', 'campaigns.start_date',
    'campaigns.end_date', 'campaigns.criterion_no', 'campaigns.description', 'campaigns.version',
    sql<number>`(select count(*) from groups g where g.campaign_id = ${eb.ref('campaigns.id')} and g.kind = 'group')::int`.as('group_count'),
    sql<CampaignRow['communes']>`coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name, 'level', u.level) order by u.name)
      from campaign_communes cc join admin_units u on u.id = cc.unit_id where cc.campaign_id = ${eb.ref('campaigns.id')}), '[]'::json)`.as('communes'),
    sql<CampaignRow['days']>`coalesce((select json_agg(json_build_object('day', to_char(cd.day, 'YYYY-MM-DD'), 'note', cd.note) order by cd.day)
      from campaign_days cd where cd.campaign_id = ${eb.ref('campaigns.id')}), '[]'::json)`.as('days'),
  ]);
  if (f.q) q = q.where('campaigns.search_text', 'like', likePattern(f.q));
  if (f.ids) q = q.where('campaigns.id', 'in', f.ids.length ? f.ids : [0]);
  return q.orderBy('campaigns.start_date', 'desc').orderBy('campaigns.id', 'desc').execute();
}

export async function getCampaign(db: Kysely<Database>, id: number) {
  return (await listCampaigns(db, { ids: [id] }))[0];
}

export async function setCommunes(db: Kysely<Database>, campaignId: number, unitIds: number[]) {
  await db.deleteFrom('campaign_communes').where('campaign_id', '=', campaignId).execute();
  if (unitIds.length) await db.insertInto('campaign_communes').values(unitIds.map((unit_id) => ({ campaign_id: campaignId, unit_id }))).execute();
}

export async function addDays(db: Kysely<Database>, campaignId: number, days: Array<{ day: string; note: string | null }>) {
  if (!days.length) return;
  await db.insertInto('campaign_days').values(days.map((d) => ({ campaign_id: campaignId, day: d.day, note: d.note })))
    .onConflict((oc) => oc.columns(['campaign_id', 'day']).doNothing()).execute();
}
