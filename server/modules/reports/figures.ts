// A commune's figures for a report period, from the workday records (workdays module): totals,
// per group, and materials issued against the norm. These are what a weekly report shows and
// freezes at submission; nobody types them.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { workTotals } from '../../../domain/figures.js';
import { figuresOf, issuedTo, normsFor, poursOf, segmentFacts, workRecordOf } from '../workdays/index.js';
import type { FiguresT } from './reports.schema.js';

const MATERIAL_NAMES: Record<string, { name: string; unit: string }> = {
  cement: { name: 'Xi măng', unit: 'kg' }, sand: { name: 'Cát', unit: 'l' }, stone: { name: 'Đá', unit: 'l' },
};

export async function communeFigures(db: Kysely<Database>, campaignId: number, communeId: number, period: { from: string; to: string }): Promise<FiguresT> {
  const all = await figuresOf(db, { campaignId, communeId, from: period.from, to: period.to });
  const recorded = all.filter((a) => a.status === 'recorded');
  const groupIds = [...new Set(recorded.map((a) => a.group_id))];
  const names = groupIds.length
    ? await db.selectFrom('groups').select(['id', 'name', 'ordinal']).where('id', 'in', groupIds).orderBy('ordinal').execute() : [];
  const ids = recorded.map((r) => r.id);
  const issued = await issuedTo(db, ids);
  const pours = await poursOf(db, ids);
  const norms = normsFor(pours, await segmentFacts(db, [...new Set(pours.map((p) => p.segment_id))]));
  const kinds = [...new Set([...Object.keys(norms).filter((k) => norms[k] > 0), ...issued.map((i) => i.kind).filter((k) => MATERIAL_NAMES[k])])];
  const { workdays, cancelled, officials, people, participants, labourDays, lengthM, volumeM3 } = workTotals(all.map(workRecordOf));
  // A group that worked without its officials' attendance: named, never counted as 0 officials unawares.
  const noAttendance = recorded.filter((r) => r.officials === 0);
  return {
    period,
    totals: { workdays, cancelled, officials, people, participants, labourDays, lengthM, volumeM3 },
    groups: names.map((g) => {
      const t = workTotals(recorded.filter((r) => r.group_id === g.id).map(workRecordOf));
      return { groupId: g.id, name: g.name, workdays: t.workdays, officials: t.officials, people: t.people,
        labourDays: t.labourDays, lengthM: t.lengthM, volumeM3: t.volumeM3 };
    }),
    missingAttendance: names.filter((g) => noAttendance.some((r) => r.group_id === g.id))
      .map((g) => ({ groupId: g.id, name: g.name, days: noAttendance.filter((r) => r.group_id === g.id).map((r) => String(r.day).slice(0, 10)) })),
    materials: kinds.map((k) => ({ code: k, name: MATERIAL_NAMES[k].name, unit: MATERIAL_NAMES[k].unit,
      issued: issued.filter((i) => i.kind === k).reduce((s, i) => s + i.quantity, 0), norm: norms[k] ?? 0 })),
  };
}
