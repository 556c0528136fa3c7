// The people's contributions per commune and village, the village emulation ranking and the
// donors who agreed to be named: one reading for the page, the public page and the district report
// (which reads the gifts dated up to the end of its period, `to`).
import { rankVillages, totalsOf, type PeopleTotals } from '../../../domain/mobilisation.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { communesWithPeople, listPeopleRows, villagesOf, type PeopleRow } from './people.repository.js';

const figures = (rows: PeopleRow[]) => totalsOf(rows.map((r) => ({
  kind: r.kind as 'cash' | 'in_kind' | 'labour' | 'land', amount: r.amount, labourTenths: r.labour_tenths, areaDm2: r.area_dm2 === null ? null : Number(r.area_dm2),
})));

export async function peopleSummary(db: Kysely<Database>, only: number | null, opts: { to?: string | null } = {}) {
  const live = (await listPeopleRows(db, { communeId: only, to: opts.to })).filter((r) => r.reversed_reason === null);
  const communes = await communesWithPeople(db, only);
  const villages = await villagesOf(db, communes.map((c) => c.id));
  const perVillage = new Map<number, PeopleTotals>();
  for (const v of villages) perVillage.set(v.id, figures(live.filter((r) => r.village_id === v.id)));
  return {
    communes: communes.map((c) => {
      const mine = live.filter((r) => r.commune_id === c.id);
      const unplaced = mine.filter((r) => r.village_id === null);
      return {
        id: c.id, name: c.name, totals: figures(mine),
        villages: [
          ...villages.filter((v) => v.parent_id === c.id).map((v) => ({ id: v.id as number | null, name: v.name as string | null, totals: perVillage.get(v.id)! })),
          ...(unplaced.length ? [{ id: null, name: null, totals: figures(unplaced) }] : []),
        ],
      };
    }),
    ranking: rankVillages(villages.map((v) => ({ villageId: v.id, name: v.name, communeName: communes.find((c) => c.id === v.parent_id)!.name, totals: perVillage.get(v.id)! }))),
    donors: live.filter((r) => r.public_name_consent).map((r) => ({
      name: r.donor_name!, donorKind: r.donor_kind!, commune: r.commune_name, village: r.village_name, kind: r.kind as 'cash' | 'in_kind' | 'labour' | 'land',
    })),
  };
}
