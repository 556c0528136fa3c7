// agencies row → API JSON.
import type { Actor } from '../../../domain/roles.js';
import type { AgencyRow } from './agencies.repository.js';
import { agencyActions } from './agencies.policy.js';

export function presentAgency(r: AgencyRow, actor: Actor, ledAgencyIds: number[]) {
  return {
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    staffCount: r.staff_count,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    districtId: r.district_id,
    groups: r.groups.map((g) => ({ id: g.id, name: g.name, campaignId: g.campaign_id, isLead: g.lead_agency_id === r.id })),
    actions: agencyActions(actor, r.id, ledAgencyIds),
    version: r.version,
  };
}
