// roads and segments rows → API JSON, with progress, volumes, materials and what the user may do.
import { estimateVolume, mmToMetres, volumeMm3 } from '../../../domain/concrete/index.js';
import { formatChainageRange } from '../../../domain/chainage.js';
import { INDICATOR_OF_CLASS, lengthMismatch, type RoadClass, type RoadSettings, type Surface } from '../../../domain/roads.js';
import type { Actor } from '../../../domain/roles.js';
import { SEGMENT_STATUSES, TO_POUR_STATUSES, type SegmentStatus } from '../../../domain/segment-status.js';
import type { RoadGeometry } from '../../../domain/geo.js';
import type { MixTableRecord } from './mix-tables.repository.js';
import { roadActions, segmentActions } from './roads.policy.js';
import type { HistoryRow, RoadRow, SegmentRow } from './roads.repository.js';
import { calculatorOptions } from './road-settings.js';

export interface PresentContext { actor: Actor; settings: RoadSettings; tables: Map<number, MixTableRecord> }

function mixOf(ctx: PresentContext, road: Pick<RoadRow, 'mix_table_id' | 'grade' | 'stone'>) {
  const table = ctx.tables.get(road.mix_table_id)!;
  // The foreign key (mix_table_id, grade, stone) guarantees the row exists.
  const row = table.rows.find((r) => r.grade === road.grade && r.stone === road.stone)!;
  return { table, row };
}

export function segmentVolumeMm3(road: Pick<RoadRow, 'width_mm' | 'thickness_mm'>, s: Pick<SegmentRow, 'from_mm' | 'to_mm' | 'width_mm' | 'thickness_mm'>): number {
  return volumeMm3(s.to_mm - s.from_mm, s.width_mm ?? road.width_mm, s.thickness_mm ?? road.thickness_mm);
}

export function presentSegment(ctx: PresentContext, road: RoadRow, s: SegmentRow, extra: { history?: HistoryRow[]; estimate?: boolean } = {}) {
  const mm3 = segmentVolumeMm3(road, s);
  const litres = Math.round(mm3 / 1e6);
  const { table, row } = mixOf(ctx, road);
  return {
    id: s.id,
    roadId: s.road_id,
    label: s.label,
    fromM: mmToMetres(s.from_mm),
    toM: mmToMetres(s.to_mm),
    lengthM: mmToMetres(s.to_mm - s.from_mm),
    chainage: formatChainageRange(s.from_mm, s.to_mm),
    widthM: mmToMetres(s.width_mm ?? road.width_mm),
    thicknessM: mmToMetres(s.thickness_mm ?? road.thickness_mm),
    ownDimensions: s.width_mm !== null || s.thickness_mm !== null,
    status: s.status as SegmentStatus,
    pouredOn: s.poured_on,
    acceptedOn: s.accepted_on,
    note: s.note,
    volume: { litres, m3: litres / 1000 },
    ...(extra.history ? { history: extra.history.map((h) => ({
      at: new Date(h.at).toISOString(), user: h.user_id ? { id: h.user_id, name: h.display_name ?? '' } : null,
      from: h.from_status, to: h.to_status, date: h.on_date, reason: h.reason,
    })) } : {}),
    ...(extra.estimate ? { estimate: estimateVolume(mm3, table, row, calculatorOptions(ctx.settings)) } : {}),
    ...segmentActions(ctx.actor, road.commune_id, s.status as SegmentStatus),
    version: s.version,
  };
}

/** Design and remaining concrete of a road: the remaining part is every segment still to pour plus
 * the length not yet cut into segments; an already hardened road needs none. */
function roadVolumes(ctx: PresentContext, road: RoadRow, segments: SegmentRow[]) {
  const { table, row } = mixOf(ctx, road);
  const opts = calculatorOptions(ctx.settings);
  const design = volumeMm3(road.length_mm, road.width_mm, road.thickness_mm);
  const segmentedMm = segments.reduce((s, x) => s + x.to_mm - x.from_mm, 0);
  const remaining = road.surface_before === 'hardened' ? 0
    : volumeMm3(road.length_mm - segmentedMm, road.width_mm, road.thickness_mm)
      + segments.filter((s) => (TO_POUR_STATUSES as readonly string[]).includes(s.status)).reduce((sum, s) => sum + segmentVolumeMm3(road, s), 0);
  return {
    segmentedMm,
    design: estimateVolume(design, table, row, opts),
    remaining: estimateVolume(remaining, table, row, opts),
  };
}

export function presentRoad(ctx: PresentContext, road: RoadRow, segments: SegmentRow[], detail = false) {
  const v = roadVolumes(ctx, road, segments);
  const byStatus = Object.fromEntries(SEGMENT_STATUSES.map((st) => {
    const of = segments.filter((s) => s.status === st);
    return [st, { count: of.length, lengthM: mmToMetres(of.reduce((sum, s) => sum + s.to_mm - s.from_mm, 0)) }];
  }));
  const acceptedMm = segments.filter((s) => s.status === 'accepted').reduce((sum, s) => sum + s.to_mm - s.from_mm, 0);
  const hardenedMm = road.surface_before === 'hardened' ? road.length_mm : Math.min(road.length_mm, acceptedMm);
  const mismatch = road.geometry_length_mm !== null ? lengthMismatch(road.length_mm, road.geometry_length_mm, ctx.settings.lengthMismatchPercent) : null;
  return {
    id: road.id,
    name: road.name,
    commune: { id: road.commune_id, name: road.commune_name },
    villages: road.villages,
    roadClass: road.road_class as RoadClass,
    indicator: INDICATOR_OF_CLASS[road.road_class as RoadClass],
    lengthM: mmToMetres(road.length_mm),
    surfaceBefore: road.surface_before as Surface,
    widthM: mmToMetres(road.width_mm),
    thicknessM: mmToMetres(road.thickness_mm),
    mix: { tableId: road.mix_table_id, table: road.mix_code, tableName: road.mix_name, grade: road.grade, stone: road.stone },
    hasGeometry: road.geometry_length_mm !== null,
    ...(detail ? { geometry: (road.geometry ?? null) as RoadGeometry | null } : {}),
    lengthCheck: mismatch && {
      measuredM: mmToMetres(road.geometry_length_mm!), differenceM: mmToMetres(mismatch.differenceMm), percent: mismatch.percent,
      flagged: mismatch.flagged, thresholdPercent: ctx.settings.lengthMismatchPercent,
    },
    note: road.note,
    progress: {
      segmentCount: segments.length, segmentedM: mmToMetres(v.segmentedMm), unsegmentedM: mmToMetres(road.length_mm - v.segmentedMm),
      byStatus, acceptedM: mmToMetres(acceptedMm), hardenedM: mmToMetres(hardenedMm),
      hardenedPercent: Math.floor((hardenedMm * 1000) / road.length_mm) / 10,
    },
    volume: { designM3: v.design.volume.m3, remainingM3: v.remaining.volume.m3 },
    ...(detail ? {
      materials: { design: v.design, remaining: v.remaining },
      segments: segments.map((s) => presentSegment(ctx, road, s)),
    } : {}),
    actions: roadActions(ctx.actor, road.commune_id, segments.map((s) => s.status)),
    version: road.version,
  };
}
export type RoadOutT = ReturnType<typeof presentRoad>;
