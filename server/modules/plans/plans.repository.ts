// All SQL of plans, their entries and segments, versions and settings. Writers of a plan first lock
// its row, so two edits of one plan take turns; the unique keys on (day, group) and (day, segment)
// are the last word for writers of different plans.
import { sql, type Kysely } from 'kysely';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings, type PlanStatus } from '../../../domain/plans.js';
import type { Database } from '../../db/schema.js';
import type { ProposalBasis } from '../../db/schema-plans.js';
import { businessNow } from './clock.js';

export interface PlanRow {
  id: number; campaign_id: number; campaign_name: string; district_id: number; day: string; status: PlanStatus; version_no: number;
  note: string | null; cancel_reason: string | null; moved_to_plan_id: number | null; published_at: Date | null; closed_at: Date | null; version: number;
}

const planColumns = ['plans.id', 'plans.campaign_id', 'campaigns.name as campaign_name', 'campaigns.district_id', 'plans.day', 'plans.status',
  'plans.version_no', 'plans.note', 'plans.cancel_reason', 'plans.moved_to_plan_id', 'plans.published_at', 'plans.closed_at', 'plans.version'] as const;

function planQuery(db: Kysely<Database>) {
  return db.selectFrom('plans').innerJoin('campaigns', 'campaigns.id', 'plans.campaign_id').select(planColumns);
}

export async function getPlan(db: Kysely<Database>, id: number): Promise<PlanRow | undefined> {
  return planQuery(db).where('plans.id', '=', id).executeTakeFirst() as Promise<PlanRow | undefined>;
}

/** The plan, its row locked until the transaction ends. */
export async function lockPlan(db: Kysely<Database>, id: number): Promise<PlanRow | undefined> {
  const locked = await db.selectFrom('plans').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return locked ? getPlan(db, id) : undefined;
}

export async function planOfDay(db: Kysely<Database>, campaignId: number, day: string): Promise<PlanRow | undefined> {
  return planQuery(db).where('plans.campaign_id', '=', campaignId).where('plans.day', '=', day).executeTakeFirst() as Promise<PlanRow | undefined>;
}

export async function insertPlan(db: Kysely<Database>, v: { campaignId: number; day: string; userId: number | null }): Promise<number> {
  const r = await db.insertInto('plans').values({ campaign_id: v.campaignId, day: v.day, created_by: v.userId }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Bumps the row version (every change to a plan or its entries does). */
export async function touchPlan(db: Kysely<Database>, id: number, patch: Partial<{ status: PlanStatus; version_no: number; cancel_reason: string; moved_to_plan_id: number; published_at: Date; closed_at: Date }> = {}) {
  await db.updateTable('plans').set((eb) => ({ ...patch, version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', id).execute();
}

/** Campaign days with their plan's totals, for the plan calendar. */
export async function planDays(db: Kysely<Database>, campaignId: number, f: { from?: string; to?: string }) {
  let q = db.selectFrom('campaign_days as d')
    .leftJoin('plans as p', (j) => j.onRef('p.campaign_id', '=', 'd.campaign_id').onRef('p.day', '=', 'd.day'))
    .select((eb) => [sql<string>`to_char(d.day, 'YYYY-MM-DD')`.as('day'), 'd.note', 'p.id', 'p.status', 'p.version_no',
      sql<number>`(select count(*) from plan_entries e where e.plan_id = ${eb.ref('p.id')})::int`.as('entries'),
      sql<number>`(select coalesce(sum(e.headcount), 0) from plan_entries e where e.plan_id = ${eb.ref('p.id')})::int`.as('headcount'),
      sql<number>`(select coalesce(sum(e.target_litres), 0) from plan_entries e where e.plan_id = ${eb.ref('p.id')})::int`.as('litres')])
    .where('d.campaign_id', '=', campaignId);
  if (f.from) q = q.where('d.day', '>=', f.from);
  if (f.to) q = q.where('d.day', '<=', f.to);
  return q.orderBy('d.day').execute();
}

/** Campaign days after `day`, in order. */
export async function campaignDaysAfter(db: Kysely<Database>, campaignId: number, day: string): Promise<string[]> {
  const rows = await db.selectFrom('campaign_days').select(sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'))
    .where('campaign_id', '=', campaignId).where('day', '>', day).orderBy('day').execute();
  return rows.map((r) => r.day);
}

export interface EntryRow {
  id: number; plan_id: number; day: string; group_id: number; group_name: string; group_kind: 'group' | 'agency'; group_ordinal: number; lead_agency_id: number; lead_agency_name: string;
  commune_id: number; commune_name: string; headcount: number; target_litres: number; target_length_mm: number; mixers: number;
  meeting_time: string | null; meeting_place: string | null; notes: string | null; explanation_vi: string | null; explanation_en: string | null;
  supervisor_name: string | null; supervisor_phone: string | null; segment_ids: number[];
  site_ready_at: Date | null; site_note: string | null; proposal_basis: ProposalBasis | null;
}

export async function entriesOf(db: Kysely<Database>, f: { planIds?: number[]; ids?: number[] }): Promise<EntryRow[]> {
  if ((f.planIds && !f.planIds.length) || (f.ids && !f.ids.length)) return [];
  let q = db.selectFrom('plan_entries as e')
    .innerJoin('groups as g', 'g.id', 'e.group_id')
    .innerJoin('agencies as a', 'a.id', 'g.lead_agency_id')
    .innerJoin('admin_units as c', 'c.id', 'e.commune_id')
    .select((eb) => ['e.id', 'e.plan_id', sql<string>`to_char(e.day, 'YYYY-MM-DD')`.as('day'), 'e.group_id', 'g.name as group_name', 'g.kind as group_kind', 'g.ordinal as group_ordinal',
      'g.lead_agency_id', 'a.name as lead_agency_name', 'e.commune_id', 'c.name as commune_name', 'e.headcount', 'e.target_litres', 'e.target_length_mm',
      'e.mixers', 'e.meeting_time', 'e.meeting_place', 'e.notes', 'e.explanation_vi', 'e.explanation_en', 'e.supervisor_name', 'e.supervisor_phone',
      'e.site_ready_at', 'e.site_note', 'e.proposal_basis',
      sql<number[]>`coalesce((select array_agg(s.segment_id order by sg.road_id, sg.from_mm) from plan_entry_segments s
        join segments sg on sg.id = s.segment_id where s.entry_id = ${eb.ref('e.id')}), '{}')`.as('segment_ids')]);
  if (f.planIds) q = q.where('e.plan_id', 'in', f.planIds);
  if (f.ids) q = q.where('e.id', 'in', f.ids);
  const rows = await q.orderBy('c.name').orderBy('g.ordinal').orderBy('e.id').execute();
  return rows.map((r) => ({ ...r, segment_ids: (r.segment_ids ?? []).map(Number) }));
}

export interface EntryValues {
  group_id: number; commune_id: number; headcount: number; target_litres: number; target_length_mm: number; mixers: number;
  meeting_time: string | null; meeting_place: string | null; notes: string | null; explanation_vi?: string | null; explanation_en?: string | null;
  /** JSON of the ProposalBasis, for a proposed entry; null once the coordinator changes it. */
  proposal_basis?: string | null;
}

export async function insertEntry(db: Kysely<Database>, plan: { id: number; day: string }, v: EntryValues, segmentIds: number[]): Promise<number> {
  const { id } = await db.insertInto('plan_entries').values({ plan_id: plan.id, day: plan.day, ...v }).returning('id').executeTakeFirstOrThrow();
  await setEntrySegments(db, { id, day: plan.day }, segmentIds);
  return id;
}

export async function updateEntry(db: Kysely<Database>, id: number, v: Partial<EntryValues>) {
  await db.updateTable('plan_entries').set({ ...v, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function setEntrySegments(db: Kysely<Database>, entry: { id: number; day: string }, segmentIds: number[]) {
  await db.deleteFrom('plan_entry_segments').where('entry_id', '=', entry.id).execute();
  if (segmentIds.length) {
    await db.insertInto('plan_entry_segments').values(segmentIds.map((segment_id) => ({ entry_id: entry.id, day: entry.day, segment_id }))).execute();
  }
}

export async function deleteEntry(db: Kysely<Database>, id: number) {
  await db.deleteFrom('plan_entries').where('id', '=', id).execute();
}

/** Entries of other plans or of this one that already hold the group on the day. */
export async function groupBookings(db: Kysely<Database>, day: string, groupIds: number[], exceptEntryId?: number) {
  if (!groupIds.length) return [];
  let q = db.selectFrom('plan_entries as e').innerJoin('admin_units as c', 'c.id', 'e.commune_id')
    .select(['e.id', 'e.plan_id', 'e.group_id', 'c.name as commune_name']).where('e.day', '=', day).where('e.group_id', 'in', groupIds);
  if (exceptEntryId) q = q.where('e.id', '!=', exceptEntryId);
  return q.execute();
}

/** Segments already in an entry on the day (other than `exceptEntryId`). */
export async function segmentBookings(db: Kysely<Database>, day: string, segmentIds: number[] | null, exceptEntryId?: number) {
  if (segmentIds && !segmentIds.length) return [];
  let q = db.selectFrom('plan_entry_segments as s').innerJoin('plan_entries as e', 'e.id', 's.entry_id').innerJoin('groups as g', 'g.id', 'e.group_id')
    .select(['s.segment_id', 's.entry_id', 'e.group_id', 'g.name as group_name']).where('s.day', '=', day);
  if (segmentIds) q = q.where('s.segment_id', 'in', segmentIds);
  if (exceptEntryId) q = q.where('s.entry_id', '!=', exceptEntryId);
  return q.execute();
}

export async function insertVersion(db: Kysely<Database>, v: {
  planId: number; versionNo: number; kind: 'publish' | 'amend' | 'cancel'; status: 'published' | 'cancelled'; reason: string | null;
  redItems: number; redReason: string | null; snapshot: unknown; userId: number | null;
}) {
  await db.insertInto('plan_versions').values({
    plan_id: v.planId, version_no: v.versionNo, kind: v.kind, status: v.status, reason: v.reason, red_items: v.redItems,
    red_reason: v.redReason, snapshot: JSON.stringify(v.snapshot), created_by: v.userId,
    created_at: await businessNow(db), // the demo's pinned date, like every other stamp people read
  }).execute();
}

export async function listVersions(db: Kysely<Database>, planId: number, versionNo?: number) {
  let q = db.selectFrom('plan_versions as v').leftJoin('users as u', 'u.id', 'v.created_by')
    .select(['v.version_no', 'v.kind', 'v.status', 'v.reason', 'v.red_items', 'v.red_reason', 'v.snapshot', 'v.created_at', 'u.display_name'])
    .where('v.plan_id', '=', planId);
  if (versionNo !== undefined) q = q.where('v.version_no', '=', versionNo);
  return q.orderBy('v.version_no').execute();
}

export interface StoredSettings extends PlanSettings { campaignId: number; isDefault: boolean; version: number }

export async function getSettings(db: Kysely<Database>, campaignId: number): Promise<StoredSettings> {
  const r = await db.selectFrom('plan_settings').selectAll().where('campaign_id', '=', campaignId).executeTakeFirst();
  if (!r) return { ...DEFAULT_PLAN_SETTINGS, campaignId, isDefault: true, version: 0 };
  return {
    campaignId, isDefault: false, version: r.version,
    registrationDeadline: { weekday: r.registration_weekday, time: r.registration_time },
    confirmationDeadline: { weekday: r.confirmation_weekday, time: r.confirmation_time },
    batchesPerMixerDay: r.batches_per_mixer_day, meetingTime: r.meeting_time,
  };
}

export async function saveSettings(db: Kysely<Database>, campaignId: number, s: PlanSettings, userId: number | null) {
  const values = {
    registration_weekday: s.registrationDeadline.weekday, registration_time: s.registrationDeadline.time,
    confirmation_weekday: s.confirmationDeadline.weekday, confirmation_time: s.confirmationDeadline.time,
    batches_per_mixer_day: s.batchesPerMixerDay, meeting_time: s.meetingTime, updated_by: userId, updated_at: new Date(),
  };
  await db.insertInto('plan_settings').values({ campaign_id: campaignId, ...values })
    .onConflict((oc) => oc.column('campaign_id').doUpdateSet((eb) => ({ ...values, version: eb('plan_settings.version', '+', 1) }))).execute();
}
