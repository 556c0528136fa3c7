// Equipment records and their bookings: all SQL, the rules and the use-cases of this small module.
// A commune keeps its own equipment (the office any); a piece is at one place per day (the
// bookings' primary key refuses a second place, also under concurrency).
import { sql, type Kysely } from 'kysely';
import { can, type Actor } from '../../../domain/roles.js';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../http/context.js';
import { AppError, fail } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import type { EquipmentInput } from './equipment.schema.js';

type Db = Kysely<Database>;

export function mayKeep(actor: Actor, unitId: number): boolean {
  return can(actor, 'stock.record') && (actor.role !== 'commune' || actor.unitId === unitId);
}

export function listEquipment(db: Db, f: { unitId?: number; unitIds?: number[]; ids?: number[] } = {}) {
  let q = db.selectFrom('equipment as e').innerJoin('admin_units as u', 'u.id', 'e.unit_id').selectAll('e').select('u.name as unit_name')
    .select(sql<Array<{ day: string; roadId: number | null; segmentId: number | null; place: string | null }>>`coalesce((select json_agg(json_build_object(
      'day', to_char(b.day, 'YYYY-MM-DD'), 'roadId', b.road_id, 'segmentId', b.segment_id, 'place', b.place) order by b.day)
      from equipment_bookings b where b.equipment_id = e.id), '[]'::json)`.as('bookings'));
  if (f.unitId) q = q.where('e.unit_id', '=', f.unitId);
  if (f.unitIds) q = q.where('e.unit_id', 'in', f.unitIds.length ? f.unitIds : [0]);
  if (f.ids) q = q.where('e.id', 'in', f.ids.length ? f.ids : [0]);
  return q.orderBy('e.id').execute();
}
export type EquipmentRow = Awaited<ReturnType<typeof listEquipment>>[number];

export function presentEquipment(e: EquipmentRow, actor: Actor) {
  return {
    id: e.id, commune: { id: e.unit_id, name: e.unit_name }, kind: e.kind, name: e.name, drumLitres: e.drum_litres, origin: e.origin,
    lender: e.lender, fundEntryId: e.fund_entry_id, status: e.status, note: e.note, bookings: e.bookings,
    actions: mayKeep(actor, e.unit_id) ? (['edit', 'book'] as const).slice() : [], version: e.version,
  };
}

async function getOne(db: Db, id: number) {
  const row = (await listEquipment(db, { ids: [id] }))[0];
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function createEquipment(ctx: RequestContext, input: EquipmentInput, opts: { fundEntryId?: number } = {}) {
  if (!mayKeep(ctx.actor!, input.unitId)) throw new AppError('FORBIDDEN');
  const unit = await ctx.db.selectFrom('admin_units').select('level').where('id', '=', input.unitId).executeTakeFirst();
  if (!unit || !['commune', 'town', 'ward'].includes(unit.level)) fail('NOT_A_COMMUNE', 'unitId');
  const { id } = await ctx.db.insertInto('equipment').values({
    unit_id: input.unitId, kind: input.kind, name: input.name, drum_litres: input.drumLitres ?? null, origin: input.origin,
    lender: input.lender ?? null, fund_entry_id: opts.fundEntryId ?? null, note: input.note ?? null, created_by: ctx.actor!.userId,
  }).returning('id').executeTakeFirstOrThrow();
  const row = await getOne(ctx.db, id);
  await recordAudit(ctx, { action: 'create', entity: 'equipment', entityId: id, summary: row.name, after: row });
  return row;
}

export async function updateEquipment(ctx: RequestContext, id: number, input: { status?: 'working' | 'broken'; unitId?: number; note?: string | null }, expectedVersion?: number) {
  const before = await getOne(ctx.db, id);
  if (!mayKeep(ctx.actor!, before.unit_id)) throw new AppError('FORBIDDEN');
  if (input.unitId !== undefined && input.unitId !== before.unit_id && ctx.actor!.role === 'commune') {
    fail('FORBIDDEN', 'unitId', 'Chỉ văn phòng điều phối chuyển thiết bị sang xã khác', 'Only the office hands equipment to another commune');
  }
  if (expectedVersion !== undefined && expectedVersion !== before.version) throw new AppError('STALE_VERSION');
  await ctx.db.updateTable('equipment').set({
    status: input.status ?? before.status, unit_id: input.unitId ?? before.unit_id, note: input.note === undefined ? before.note : input.note,
    updated_at: new Date(), version: before.version + 1,
  }).where('id', '=', id).execute();
  const after = await getOne(ctx.db, id);
  await recordAudit(ctx, { action: 'update', entity: 'equipment', entityId: id, summary: after.name, before, after });
  return after;
}

export async function bookEquipment(ctx: RequestContext, id: number, input: { day: string; roadId?: number | null; segmentId?: number | null; place?: string | null; note?: string | null }) {
  const e = await getOne(ctx.db, id);
  if (!mayKeep(ctx.actor!, e.unit_id)) throw new AppError('FORBIDDEN');
  if (e.status === 'broken') fail('VALIDATION', 'day', 'Thiết bị đang hỏng', 'The equipment is broken');
  const taken = await ctx.db.insertInto('equipment_bookings').values({
    equipment_id: id, day: input.day, road_id: input.roadId ?? null, segment_id: input.segmentId ?? null, place: input.place ?? null,
    note: input.note ?? null, created_by: ctx.actor!.userId,
  }).onConflict((oc) => oc.columns(['equipment_id', 'day']).doNothing()).returning('day').executeTakeFirst();
  if (!taken) fail('EQUIPMENT_BUSY', 'day', `${e.name} đã được bố trí ở nơi khác ngày ${input.day}`, `${e.name} is already elsewhere on ${input.day}`);
  const after = await getOne(ctx.db, id);
  await recordAudit(ctx, { action: 'book', entity: 'equipment', entityId: id, summary: input.day, after: input });
  return after;
}
