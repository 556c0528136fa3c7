// The materials catalogue (the admin or office adds materials) and the communes' staging points
// (a store, a point at a road of the same commune), and the per-campaign materials setting.
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { canRecordStockFor } from '../materials.policy.js';
import { getPoint, materialByCode, roadCommune } from '../materials.repository.js';
import type { MaterialCreate, PointInput } from '../materials.schema.js';
import type { z } from '@hono/zod-openapi';

export async function createMaterial(ctx: RequestContext, input: z.infer<typeof MaterialCreate>) {
  if (await materialByCode(ctx.db, input.code)) fail('CONFLICT', 'code', 'Mã vật liệu đã có', 'This material code exists');
  const row = await ctx.db.insertInto('materials').values({
    code: input.code, name: input.name, kind: input.kind, base_unit: input.baseUnit, display_unit: input.displayUnit,
    display_factor: input.displayFactor, needs_inspection: input.needsInspection,
  }).returningAll().executeTakeFirstOrThrow();
  await recordAudit(ctx, { action: 'create', entity: 'material', entityId: row.id, summary: row.name, after: row });
  return row;
}

export async function checkCommune(ctx: RequestContext, unitId: number, field = 'unitId') {
  const unit = await ctx.db.selectFrom('admin_units').select(['level']).where('id', '=', unitId).executeTakeFirst();
  if (!unit) fail('VALIDATION', field, 'Xã không tồn tại', 'No such commune');
  if (!['commune', 'town', 'ward'].includes(unit.level)) fail('NOT_A_COMMUNE', field);
}

export async function createPoint(ctx: RequestContext, input: PointInput) {
  if (!canRecordStockFor(ctx.actor!, input.unitId)) throw new AppError('FORBIDDEN');
  await checkCommune(ctx, input.unitId);
  if (input.roadId) {
    const commune = await roadCommune(ctx.db, input.roadId);
    if (commune !== input.unitId) fail('VALIDATION', 'roadId', 'Tuyến đường không thuộc xã này', 'The road is not in this commune');
  }
  const taken = await ctx.db.selectFrom('stock_points').select('id').where('unit_id', '=', input.unitId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase())).executeTakeFirst();
  if (taken) fail('DUPLICATE_NAME', 'name');
  const { id } = await ctx.db.insertInto('stock_points').values({
    unit_id: input.unitId, name: input.name, kind: input.kind, road_id: input.roadId ?? null, note: input.note ?? null, created_by: ctx.actor!.userId,
  }).returning('id').executeTakeFirstOrThrow();
  const point = (await getPoint(ctx.db, id))!;
  await recordAudit(ctx, { action: 'create', entity: 'stock_point', entityId: id, summary: point.name, after: point });
  return point;
}

export async function saveSettings(ctx: RequestContext, campaignId: number, unpassedIssue: 'refuse' | 'warn') {
  if (!(await ctx.db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst())) throw new AppError('NOT_FOUND');
  const before = await ctx.db.selectFrom('materials_settings').selectAll().where('campaign_id', '=', campaignId).executeTakeFirst();
  await ctx.db.insertInto('materials_settings').values({ campaign_id: campaignId, unpassed_issue: unpassedIssue, updated_by: ctx.actor!.userId })
    .onConflict((oc) => oc.column('campaign_id').doUpdateSet((eb) => ({
      unpassed_issue: unpassedIssue, updated_by: ctx.actor!.userId, updated_at: new Date(), version: eb('materials_settings.version', '+', 1),
    }))).execute();
  await recordAudit(ctx, { action: 'update', entity: 'materials_settings', entityId: campaignId, before: before ?? null, after: { unpassedIssue } });
  return { campaignId, unpassedIssue };
}

/** The default catalogue (also inserted by the migration): restored when missing, never changed. */
export const DEFAULT_MATERIALS = [
  { code: 'cement_pcb40', name: 'Xi măng PCB40', kind: 'cement', base_unit: 'kg', display_unit: 'bao 50 kg', display_factor: 50 },
  { code: 'cement_pcb30', name: 'Xi măng PCB30', kind: 'cement', base_unit: 'kg', display_unit: 'bao 50 kg', display_factor: 50 },
  { code: 'sand', name: 'Cát vàng', kind: 'sand', base_unit: 'l', display_unit: 'm³', display_factor: 1000 },
  { code: 'stone_1x2', name: 'Đá 1x2', kind: 'stone', base_unit: 'l', display_unit: 'm³', display_factor: 1000 },
  { code: 'stone_2x4', name: 'Đá 2x4', kind: 'stone', base_unit: 'l', display_unit: 'm³', display_factor: 1000 },
  { code: 'gravel', name: 'Sỏi', kind: 'gravel', base_unit: 'l', display_unit: 'm³', display_factor: 1000 },
] as const;

export async function ensureDefaultMaterials(db: RequestContext['db']): Promise<void> {
  await db.insertInto('materials').values(DEFAULT_MATERIALS.map((m) => ({ ...m })))
    .onConflict((oc) => oc.column('code').doNothing()).execute();
}
