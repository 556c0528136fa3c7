// groups row → API JSON.
import { can, type Actor } from '../../../domain/roles.js';
import type { GroupRow } from './groups.repository.js';

export function presentGroup(r: GroupRow, actor: Actor) {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    name: r.name,
    kind: r.kind,
    ordinal: r.ordinal,
    leadAgency: { id: r.lead_agency_id, name: r.lead_agency_name },
    members: r.members.map((m) => ({ id: m.id, name: m.name, shortName: m.short_name, staffCount: m.staff_count, isLead: m.id === r.lead_agency_id })),
    staffTotal: r.members.reduce((s, m) => s + m.staff_count, 0),
    // An agency working on its own is not a group to fill or rename.
    actions: can(actor, 'groups.write') && r.kind === 'group' ? (['edit'] as const).slice() : [],
    version: r.version,
  };
}
