// The plausibility check of a workday (domain/plausibility.ts) over what the record holds after a
// write: refusals throw (the request's transaction rolls the write back), warnings are kept on the
// record for the office. The limits are the 'plausibility' setting over the defaults, the finish
// tolerance is the campaign's pour tolerance.
import { sql, type Kysely } from 'kysely';
import { checkWorkday, DEFAULT_PLAUSIBILITY, type Finding, type PlausibilitySettings } from '../../../domain/plausibility.js';
import { formatChainageRange } from '../../../domain/chainage.js';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { tolerances } from './sources.js';

type Db = Kysely<Database>;
export const PLAUSIBILITY_SETTING = 'plausibility';

export async function plausibilitySettings(db: Db, campaignId: number): Promise<PlausibilitySettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', PLAUSIBILITY_SETTING).executeTakeFirst();
  const stored = (row?.value ?? {}) as Partial<PlausibilitySettings>;
  const tol = await tolerances(db, campaignId);
  return { ...DEFAULT_PLAUSIBILITY, ...stored, finishTolerancePercent: tol.pourPercent };
}

/**
 * Working mixers of the commune that day (free, or booked for this commune's roads): their drums;
 * null when the commune registers no mixer at all (its equipment is not kept here: no check).
 */
async function mixerDrums(db: Db, communeId: number, day: string): Promise<number[] | null> {
  const any = await db.selectFrom('equipment').select('id').where('unit_id', '=', communeId).where('kind', '=', 'mixer').limit(1).executeTakeFirst();
  if (!any) return null;
  const rows = await sql<{ drum_litres: number | null }>`
    select e.drum_litres from equipment e
     where e.unit_id = ${communeId} and e.kind = 'mixer' and e.status = 'working'
       and not exists (select 1 from equipment_bookings b left join roads r on r.id = b.road_id
                        where b.equipment_id = e.id and b.day = ${day}::date and (r.id is null or r.commune_id <> ${communeId}))`.execute(db);
  return rows.rows.map((r) => r.drum_litres ?? 250);
}

/** Litres the commune's other recorded workdays pour that day: they share its mixers. */
async function communeLitresElsewhere(db: Db, communeId: number, day: string, workdayId: number): Promise<number> {
  const r = await sql<{ litres: number }>`
    select coalesce(sum(p.litres), 0)::bigint as litres from workday_pours p join workdays w on w.id = p.workday_id
     where w.commune_id = ${communeId} and w.day = ${day}::date and w.id <> ${workdayId} and w.status = 'recorded'`.execute(db);
  return Number(r.rows[0]?.litres ?? 0);
}

async function planHeadcount(db: Db, planEntryId: number | null): Promise<{ headcount: number } | null> {
  if (!planEntryId) return null;
  const table = await sql<{ t: string | null }>`select to_regclass('plan_entries')::text as t`.execute(db);
  if (!table.rows[0]?.t) return null;
  const r = await sql<{ headcount: number }>`select headcount from plan_entries where id = ${planEntryId}`.execute(db);
  return r.rows[0] ? { headcount: Number(r.rows[0].headcount) } : null;
}

export interface AssessOptions {
  /** Segments the request says are finished. */
  finished: Set<number>;
  /** Field prefixes of the request's parts. */
  fields: { commune: string; group: string };
  /** Segment ids and agency ids in the order the request listed them, so findings name its lines. */
  pourOrder?: number[];
  agencyOrder?: number[];
}

/** Every finding on the record as it now stands. */
export async function findingsOf(db: Db, workdayId: number, o: AssessOptions): Promise<Finding[]> {
  const w = await db.selectFrom('workdays').select(['id', 'campaign_id', 'commune_id', 'day', 'people_full', 'people_half', 'plan_entry_id', 'status'])
    .where('id', '=', workdayId).executeTakeFirstOrThrow();
  if (w.status === 'cancelled') return [];
  const day = String(w.day).slice(0, 10);
  const attendance = await sql<{ agency_id: number; name: string; staff_count: number; headcount: number; elsewhere: number }>`
    select a.agency_id, ag.name, ag.staff_count, (a.full_day + a.half_day)::int as headcount,
           coalesce((select sum(o.full_day + o.half_day) from workday_attendance o join workdays ow on ow.id = o.workday_id
                      where o.agency_id = a.agency_id and ow.day = ${day}::date and ow.id <> ${workdayId} and ow.status = 'recorded'), 0)::int as elsewhere
      from workday_attendance a join agencies ag on ag.id = a.agency_id where a.workday_id = ${workdayId} order by ag.name`.execute(db);
  const pours = await sql<{ segment_id: number; length_mm: number; litres: number; from_mm: number; to_mm: number; width_mm: number; thickness_mm: number; road_name: string; before: number }>`
    select p.segment_id, p.length_mm, p.litres, s.from_mm, s.to_mm, coalesce(s.width_mm, r.width_mm) as width_mm, coalesce(s.thickness_mm, r.thickness_mm) as thickness_mm,
           r.name as road_name,
           coalesce((select sum(o.litres) from workday_pours o join workdays ow on ow.id = o.workday_id
                      where o.segment_id = p.segment_id and ow.id <> ${workdayId} and ow.status = 'recorded'), 0)::bigint as before
      from workday_pours p join segments s on s.id = p.segment_id join roads r on r.id = s.road_id
     where p.workday_id = ${workdayId} order by r.name, s.from_mm`.execute(db);
  // Findings name the request's own fields: the index of each line as the request sent it.
  const inputOrder = o.pourOrder ?? pours.rows.map((p) => p.segment_id);
  const agencyOrder = o.agencyOrder ?? attendance.rows.map((a) => a.agency_id);
  const settings = await plausibilitySettings(db, w.campaign_id);
  return checkWorkday({
    people: w.people_full + w.people_half,
    officials: attendance.rows.map((a) => ({ index: Math.max(0, agencyOrder.indexOf(a.agency_id)), agencyName: a.name, headcount: Number(a.headcount),
      staff: Number(a.staff_count), elsewhereSameDay: Number(a.elsewhere) })),
    pours: pours.rows.map((p) => ({ index: Math.max(0, inputOrder.indexOf(p.segment_id)), label: `${p.road_name} ${formatChainageRange(p.from_mm, p.to_mm)}`,
      lengthMm: Number(p.length_mm), litres: Number(p.litres), widthMm: Number(p.width_mm), thicknessMm: Number(p.thickness_mm),
      designLitres: Math.round(((p.to_mm - p.from_mm) * Number(p.width_mm) * Number(p.thickness_mm)) / 1e6), pouredBeforeLitres: Number(p.before),
      finished: o.finished.has(p.segment_id) })),
    plan: await planHeadcount(db, w.plan_entry_id),
    mixerDrums: await mixerDrums(db, w.commune_id, day),
    communeLitresElsewhere: await communeLitresElsewhere(db, w.commune_id, day, workdayId),
    fields: o.fields,
  }, settings);
}

/**
 * Refuses the write when any rule refuses (400, every refused field named in both languages);
 * otherwise keeps the warnings on the record and returns them.
 */
export async function assessWorkday(ctx: RequestContext, workdayId: number, o: AssessOptions): Promise<Finding[]> {
  const findings = await findingsOf(ctx.db, workdayId, o);
  const refusals = findings.filter((f) => f.severity === 'refusal');
  if (refusals.length) throw new AppError('IMPLAUSIBLE', refusals.map((f) => ({ field: f.field, code: f.code, vi: f.vi, en: f.en })));
  const warnings = findings.filter((f) => f.severity === 'warning');
  await ctx.db.updateTable('workdays').set({ warnings: JSON.stringify(warnings) }).where('id', '=', workdayId).execute();
  return warnings;
}
