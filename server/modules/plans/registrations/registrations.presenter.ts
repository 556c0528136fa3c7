// Registration rows → API JSON, with member agency names and what the user may do now.
import type { Kysely } from 'kysely';
import type { Actor } from '../../../../domain/roles.js';
import type { Database } from '../../../db/schema.js';
import { registrationActions } from '../plans.policy.js';
import type { RegistrationRow } from './registrations.repository.js';

export async function agencyNames(db: Kysely<Database>, rows: RegistrationRow[]): Promise<Map<number, string>> {
  const ids = [...new Set(rows.flatMap((r) => r.per_agency.map((p) => p.agencyId)))];
  if (!ids.length) return new Map();
  return new Map((await db.selectFrom('agencies').select(['id', 'name']).where('id', 'in', ids).execute()).map((a) => [a.id, a.name]));
}

export function presentRegistration(r: RegistrationRow, actor: Actor, names: Map<number, string>, registrationOpen: boolean) {
  return {
    id: r.id, campaignId: r.campaign_id, day: r.day,
    group: { id: r.group_id, name: r.group_name, leadAgencyId: r.lead_agency_id, leadAgencyName: r.lead_agency_name },
    commune: { id: r.commune_id, name: r.commune_name },
    headcount: r.headcount,
    perAgency: r.per_agency.map((p) => ({ agencyId: p.agencyId, agencyName: names.get(p.agencyId) ?? '', headcount: p.headcount })),
    targetVolumeM3: r.target_litres / 1000, targetLengthM: r.target_length_mm === null ? null : r.target_length_mm / 1000,
    transport: r.transport, tools: r.tools, note: r.note, status: r.status, communeComment: r.commune_comment, original: r.original ?? null,
    submittedBy: r.submitted_by_name, submittedAt: new Date(r.submitted_at).toISOString(), submittedLate: r.submitted_late,
    decidedBy: r.decided_by_name, decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null, decidedLate: r.decided_late,
    actions: registrationActions(actor, r, registrationOpen),
    version: r.version,
  };
}
export type RegistrationOutT = ReturnType<typeof presentRegistration>;
