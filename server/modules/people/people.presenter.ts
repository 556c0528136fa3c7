// A people's contribution as JSON: figures in the units people read (m², m, labour-days), the
// donor's name only for those who manage the commune or with the donor's consent.
import type { Actor } from '../../../domain/roles.js';
import { canRecordPeopleFor, canSeeDonorNames } from './people.policy.js';
import type { PeopleRow } from './people.repository.js';

export function presentPeopleContribution(r: PeopleRow, actor: Actor) {
  const live = r.reversed_reason === null;
  const mayRecord = canRecordPeopleFor(actor, r.commune_id);
  return {
    id: r.id, kind: r.kind as 'cash' | 'in_kind' | 'labour' | 'land', donorKind: r.donor_kind!,
    donorName: r.public_name_consent || canSeeDonorNames(actor, r.commune_id) ? r.donor_name : null,
    publicNameConsent: r.public_name_consent, contributedOn: r.contributed_on,
    commune: { id: r.commune_id, name: r.commune_name }, village: r.village_id ? { id: r.village_id, name: r.village_name ?? '' } : null,
    amount: r.amount, receiptNo: r.receipt_no,
    lot: r.lot_id ? { id: r.lot_id, material: r.material_name ?? '', quantity: Number(r.lot_quantity), unit: r.base_unit ?? '', inspection: r.inspection ?? 'pending' } : null,
    labourDays: r.labour_tenths === null ? null : r.labour_tenths / 10, workdayId: r.workday_id,
    road: r.road_id ? { id: r.road_id, name: r.road_name ?? '' } : null,
    areaM2: r.area_dm2 === null ? null : Number(r.area_dm2) / 100, lengthM: r.length_mm === null ? null : r.length_mm / 1000,
    note: r.note, reversed: live ? null : { reason: r.reversed_reason!, on: r.reversed_on! },
    actions: [...(mayRecord && live ? ['reverse' as const] : []), ...(mayRecord && r.kind === 'land' ? ['attach' as const] : [])],
  };
}
