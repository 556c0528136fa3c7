// Applies a parsed roads workbook through the same commands the API uses: roads matched by commune
// and name are updated, others created; segments are added and walked to their status (each step in
// the history). All rows or none: each row runs in a savepoint so one bad row does not hide the
// next, and any bad row fails the import. The preview runs the same code and rolls it all back.
import { sql } from 'kysely';
import { formatChainageRange } from '../../../../domain/chainage.js';
import type { SegmentStatus } from '../../../../domain/segment-status.js';
import { foldVietnamese } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { createRoad, updateRoad } from '../commands/save-road.js';
import { createSegment } from '../commands/save-segment.js';
import { transitionSegment } from '../commands/transition-segment.js';
import type { ParsedRoadSheet, RowError } from './parse-road-sheet.js';

export interface RoadImportOutcome {
  roads: Array<{ sheet: string; row: number; name: string; commune: string; action: 'create' | 'update' }>;
  segments: Array<{ sheet: string; row: number; road: string; chainage: string; status: SegmentStatus }>;
  errors: RowError[];
}

const PATH: SegmentStatus[] = ['planned', 'ready', 'in_progress', 'poured', 'accepted'];

async function inSavepoint(ctx: RequestContext, name: string, run: () => Promise<void>, onError: (e: AppError) => void) {
  await sql.raw(`savepoint ${name}`).execute(ctx.db);
  try {
    await run();
    await sql.raw(`release savepoint ${name}`).execute(ctx.db);
  } catch (e) {
    await sql.raw(`rollback to savepoint ${name}`).execute(ctx.db);
    if (!(e instanceof AppError)) throw e;
    onError(e);
  }
}

function rowErrors(sheet: string, row: number, e: AppError): RowError[] {
  return e.fields.length ? e.fields.map((f) => ({ sheet, row, field: f.field, vi: f.vi, en: f.en }))
    : [{ sheet, row, field: '(row)', vi: e.message, en: e.message }];
}

async function applySheet(ctx: RequestContext, sheet: ParsedRoadSheet, defaultCommuneId: number | null): Promise<RoadImportOutcome> {
  const out: RoadImportOutcome = { roads: [], segments: [], errors: [...sheet.errors] };
  // A file-level problem stops here; bad rows do not: the good rows still run, so every problem shows at once.
  if (out.errors.some((e) => e.row === 0)) return out;
  const communes = await ctx.db.selectFrom('admin_units').select(['id', 'name']).where('level', 'in', ['commune', 'town', 'ward']).execute();
  const villages = await ctx.db.selectFrom('admin_units').select(['id', 'name', 'parent_id']).where('level', '=', 'village').execute();
  const roadIds = new Map<string, number>(); // folded name → id, for the segments sheet

  for (const r of sheet.roads) {
    await inSavepoint(ctx, `road_row_${r.row}`, async () => {
      const commune = r.commune ? communes.find((c) => foldVietnamese(c.name) === foldVietnamese(r.commune!)) : communes.find((c) => c.id === defaultCommuneId);
      if (!commune) {
        throw new AppError('VALIDATION', [{ field: 'commune', code: 'row', vi: r.commune ? `Không có xã "${r.commune}"` : 'Hãy ghi cột "Xã" hoặc chọn xã', en: r.commune ? `No commune "${r.commune}"` : 'Fill in the commune column or choose a commune' }]);
      }
      const villageIds = r.villages.map((name) => {
        const v = villages.find((x) => x.parent_id === commune.id && foldVietnamese(x.name).replace(/^(thon|ban) /, '') === foldVietnamese(name).replace(/^(thon|ban) /, ''));
        if (!v) throw new AppError('VALIDATION', [{ field: 'villages', code: 'row', vi: `Xã ${commune.name} không có thôn "${name}"`, en: `${commune.name} has no village "${name}"` }]);
        return v.id;
      });
      const fields = { name: r.name, villageIds, roadClass: r.roadClass, lengthM: r.lengthM, surfaceBefore: r.surfaceBefore, widthM: r.widthM,
        thicknessM: r.thicknessM, grade: r.grade as never, stone: r.stone as never, note: r.note };
      const existing = await ctx.db.selectFrom('roads').select(['id', 'name']).where('commune_id', '=', commune.id).execute();
      const match = existing.find((x) => foldVietnamese(x.name) === foldVietnamese(r.name));
      const road = match ? await updateRoad(ctx, match.id, fields) : await createRoad(ctx, { ...fields, communeId: commune.id });
      roadIds.set(foldVietnamese(r.name), road.id);
      out.roads.push({ sheet: sheet.roadSheet, row: r.row, name: road.name, commune: commune.name, action: match ? 'update' : 'create' });
    }, (e) => out.errors.push(...rowErrors(sheet.roadSheet, r.row, e)));
  }

  for (const s of sheet.segments) {
    await inSavepoint(ctx, `segment_row_${s.row}`, async () => {
      let roadId = roadIds.get(foldVietnamese(s.road));
      if (!roadId) {
        let q = ctx.db.selectFrom('roads').select(['id', 'name']);
        if (defaultCommuneId) q = q.where('commune_id', '=', defaultCommuneId);
        const found = (await q.execute()).filter((x) => foldVietnamese(x.name) === foldVietnamese(s.road));
        if (found.length !== 1) {
          throw new AppError('VALIDATION', [{ field: 'road', code: 'row', vi: found.length ? `Có nhiều tuyến tên "${s.road}": hãy chọn xã` : `Không có tuyến "${s.road}"`, en: found.length ? `Several roads are named "${s.road}": choose a commune` : `No road "${s.road}"` }]);
        }
        roadId = found[0].id;
      }
      let seg = await createSegment(ctx, roadId, { fromM: s.fromMm / 1000, toM: s.toMm / 1000, note: s.note });
      for (const to of PATH.slice(1, PATH.indexOf(s.status) + 1)) {
        const date = to === 'accepted' ? s.acceptedOn ?? undefined : to === 'poured' ? s.pouredOn ?? s.acceptedOn ?? undefined : undefined;
        seg = await transitionSegment(ctx, seg.id, { to, date, reason: null });
      }
      out.segments.push({ sheet: sheet.segmentSheet, row: s.row, road: s.road, chainage: formatChainageRange(s.fromMm, s.toMm), status: seg.status });
    }, (e) => out.errors.push(...rowErrors(sheet.segmentSheet, s.row, e)));
  }
  return out;
}

export async function previewRoadImport(ctx: RequestContext, sheet: ParsedRoadSheet, communeId: number | null): Promise<RoadImportOutcome> {
  await sql`savepoint road_import_preview`.execute(ctx.db);
  try {
    return await applySheet(ctx, sheet, communeId);
  } finally {
    await sql`rollback to savepoint road_import_preview`.execute(ctx.db);
  }
}

export async function runRoadImport(ctx: RequestContext, sheet: ParsedRoadSheet, communeId: number | null, filename: string): Promise<RoadImportOutcome> {
  const out = await applySheet(ctx, sheet, communeId);
  if (out.errors.length) {
    throw new AppError('IMPORT_INVALID', out.errors.map((e) => ({ field: `${e.sheet ? `${e.sheet} ` : ''}row ${e.row}: ${e.field}`, code: 'row', vi: e.vi, en: e.en })));
  }
  await recordAudit(ctx, { action: 'import', entity: 'road', summary: filename, after: { file: filename, communeId, roads: out.roads.length, segments: out.segments.length } });
  return out;
}
