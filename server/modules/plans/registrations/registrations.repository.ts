// All SQL of registrations: one per group and day, changed in place.
import type { Kysely } from 'kysely';
import type { RegistrationStatus } from '../../../../domain/plans.js';
import type { Database } from '../../../db/schema.js';

export interface RegistrationRow {
  id: number; campaign_id: number; group_id: number; group_name: string; lead_agency_id: number; lead_agency_name: string;
  day: string; commune_id: number; commune_name: string; headcount: number; per_agency: Array<{ agencyId: number; headcount: number }>;
  target_litres: number; target_length_mm: number | null; transport: string | null; tools: string | null; note: string | null;
  status: RegistrationStatus; commune_comment: string | null; original: unknown; submitted_by_name: string | null; submitted_at: Date;
  submitted_late: boolean; decided_by_name: string | null; decided_at: Date | null; decided_late: boolean | null; version: number;
}

export interface RegistrationFilter {
  ids?: number[]; campaignId?: number; day?: string; from?: string; to?: string; status?: RegistrationStatus[];
  groupIds?: number[]; communeId?: number; memberAgencyId?: number;
}

export async function listRegistrations(db: Kysely<Database>, f: RegistrationFilter): Promise<RegistrationRow[]> {
  if (f.ids && !f.ids.length) return [];
  let q = db.selectFrom('registrations as r')
    .innerJoin('groups as g', 'g.id', 'r.group_id')
    .innerJoin('agencies as a', 'a.id', 'g.lead_agency_id')
    .innerJoin('admin_units as c', 'c.id', 'r.commune_id')
    .leftJoin('users as su', 'su.id', 'r.submitted_by')
    .leftJoin('users as du', 'du.id', 'r.decided_by')
    .select(['r.id', 'r.campaign_id', 'r.group_id', 'g.name as group_name', 'g.lead_agency_id', 'a.name as lead_agency_name', 'r.day',
      'r.commune_id', 'c.name as commune_name', 'r.headcount', 'r.per_agency', 'r.target_litres', 'r.target_length_mm', 'r.transport', 'r.tools',
      'r.note', 'r.status', 'r.commune_comment', 'r.original', 'su.display_name as submitted_by_name', 'r.submitted_at', 'r.submitted_late',
      'du.display_name as decided_by_name', 'r.decided_at', 'r.decided_late', 'r.version']);
  if (f.ids) q = q.where('r.id', 'in', f.ids);
  if (f.campaignId) q = q.where('r.campaign_id', '=', f.campaignId);
  if (f.day) q = q.where('r.day', '=', f.day);
  if (f.from) q = q.where('r.day', '>=', f.from);
  if (f.to) q = q.where('r.day', '<=', f.to);
  if (f.status?.length) q = q.where('r.status', 'in', f.status);
  if (f.groupIds) q = q.where('r.group_id', 'in', f.groupIds.length ? f.groupIds : [0]);
  if (f.communeId) q = q.where('r.commune_id', '=', f.communeId);
  if (f.memberAgencyId) {
    const agencyId = f.memberAgencyId;
    q = q.where((eb) => eb.exists(eb.selectFrom('group_members as m').select('m.agency_id').whereRef('m.group_id', '=', 'r.group_id').where('m.agency_id', '=', agencyId)));
  }
  return q.orderBy('r.day').orderBy('g.ordinal').orderBy('r.id').execute() as Promise<RegistrationRow[]>;
}

export async function getRegistration(db: Kysely<Database>, id: number): Promise<RegistrationRow | undefined> {
  return (await listRegistrations(db, { ids: [id] }))[0];
}

export async function lockRegistration(db: Kysely<Database>, id: number): Promise<RegistrationRow | undefined> {
  const r = await db.selectFrom('registrations').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return r ? getRegistration(db, id) : undefined;
}
