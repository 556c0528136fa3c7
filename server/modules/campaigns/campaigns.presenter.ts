// campaigns row → API JSON.
import { dayOfWeek } from '../../../domain/dates.js';
import { can, type Actor } from '../../../domain/roles.js';
import type { CampaignRow } from './campaigns.repository.js';

export function presentCampaign(r: CampaignRow, actor: Actor) {
  return {
    id: r.id,
    name: r.name,
    district: { id: r.district_id, name: r.district_name },
    startDate: r.start_date,
    endDate: r.end_date,
    criterionNo: r.criterion_no,
    description: r.description,
    communes: r.communes,
    days: r.days.map((d) => ({ day: d.day, note: d.note, saturday: dayOfWeek(d.day) === 6 })),
    groupCount: r.group_count,
    actions: can(actor, 'campaigns.write') ? (['edit'] as const).slice() : [],
    version: r.version,
  };
}
