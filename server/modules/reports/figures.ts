// A commune's figures for a report period, from the workday records (workdays module): totals,
// per group, and materials issued against the norm. These are what a weekly report shows and
// freezes at submission; nobody types them.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { actualsFor, issuedTo, normsFor, poursOf, segmentFacts } from '../workdays/index.js';
import type { FiguresT } from './reports.schema.js';

const round3 = (v: number) => Math.round(v * 1000) / 1000;
const MATERIAL_NAMES: Record<string, { name: string; unit: string }> = {
  cement: { name: 'Xi măng', unit: 'kg' }, sand: { name: 'Cát', unit: 'l' }, stone: { name: 'Đá', unit: 'l' },
};

export async function communeFigures(db: Kysely<Database>, campaignId: number, communeId: number, period: { from: string; to: string }): Promise<FiguresT> {
  const all = await actualsFor(db, { campaignId, communeId, from: period.from, to: period.to, status: undefined });
  const recorded = all.filter((a) => a.status === 'recorded');
  const groupIds = [...new Set(recorded.map((a) => a.groupId))];
  const names = groupIds.length
    ? await db.selectFrom('groups').select(['id', 'name', 'ordinal']).where('id', 'in', groupIds).orderBy('ordinal').execute() : [];
  const sum = (rows: typeof recorded, k: 'officials' | 'people' | 'labourDays' | 'lengthM' | 'volumeM3') => round3(rows.reduce((s, r) => s + r[k], 0));
  const ids = recorded.map((r) => r.workdayId);
  const issued = await issuedTo(db, ids);
  const pours = await poursOf(db, ids);
  const norms = normsFor(pours, await segmentFacts(db, [...new Set(pours.map((p) => p.segment_id))]));
  const kinds = [...new Set([...Object.keys(norms).filter((k) => norms[k] > 0), ...issued.map((i) => i.kind).filter((k) => MATERIAL_NAMES[k])])];
  return {
    period,
    totals: {
      workdays: recorded.length, cancelled: all.length - recorded.length,
      officials: sum(recorded, 'officials'), people: sum(recorded, 'people'), participants: sum(recorded, 'officials') + sum(recorded, 'people'),
      labourDays: sum(recorded, 'labourDays'), lengthM: sum(recorded, 'lengthM'), volumeM3: sum(recorded, 'volumeM3'),
    },
    groups: names.map((g) => {
      const rows = recorded.filter((r) => r.groupId === g.id);
      return { groupId: g.id, name: g.name, workdays: rows.length, officials: sum(rows, 'officials'), people: sum(rows, 'people'),
        labourDays: sum(rows, 'labourDays'), lengthM: sum(rows, 'lengthM'), volumeM3: sum(rows, 'volumeM3') };
    }),
    materials: kinds.map((k) => ({ code: k, name: MATERIAL_NAMES[k].name, unit: MATERIAL_NAMES[k].unit,
      issued: issued.filter((i) => i.kind === k).reduce((s, i) => s + i.quantity, 0), norm: norms[k] ?? 0 })),
  };
}
