// Create or change an administrative unit. A unit can never end up under itself.
import { searchKey } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { ancestorIds, getUnit } from '../units.repository.js';
import { mayWriteUnder } from '../units.policy.js';
import { presentUnit } from '../units.presenter.js';
import type { UnitCreateInput, UnitUpdateInput } from '../units.schema.js';

async function parentChain(ctx: RequestContext, parentId: number | null): Promise<number[]> {
  if (parentId === null) return [];
  const chain = await ancestorIds(ctx.db, parentId);
  if (!chain.length) fail('VALIDATION', 'parentId', 'Đơn vị cấp trên không tồn tại', 'No such parent unit');
  return chain;
}

async function checkSiblingName(ctx: RequestContext, parentId: number | null, name: string, selfId?: number) {
  let q = ctx.db.selectFrom('admin_units').select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
  if (selfId) q = q.where('id', '!=', selfId);
  if (await q.executeTakeFirst()) fail('DUPLICATE_NAME', 'name', 'Đã có đơn vị cùng tên trong cùng cấp trên', 'A unit with this name already exists under the same parent');
}

// Official codes are unique (a database key); checked here so the answer names the field.
async function checkCode(ctx: RequestContext, code: string | null | undefined, selfId?: number) {
  if (!code) return;
  let q = ctx.db.selectFrom('admin_units').select('id').where('code', '=', code);
  if (selfId) q = q.where('id', '!=', selfId);
  if (await q.executeTakeFirst()) fail('CONFLICT', 'code', 'Mã đơn vị đã được dùng cho đơn vị khác', 'This code is already used by another unit');
}

export async function createUnit(ctx: RequestContext, input: UnitCreateInput) {
  const chain = await parentChain(ctx, input.parentId);
  if (!mayWriteUnder(ctx.actor!, chain)) throw new AppError('FORBIDDEN');
  await checkSiblingName(ctx, input.parentId, input.name);
  await checkCode(ctx, input.code);
  const { id } = await ctx.db.insertInto('admin_units').values({
    parent_id: input.parentId, level: input.level, name: input.name, code: input.code ?? null,
    search_text: searchKey(input.name, input.code),
  }).returning('id').executeTakeFirstOrThrow();
  const unit = presentUnit((await getUnit(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: 'create', entity: 'admin_unit', entityId: id, summary: unit.name, after: unit });
  return unit;
}

export async function updateUnit(ctx: RequestContext, id: number, input: UnitUpdateInput, expectedVersion?: number) {
  const current = await getUnit(ctx.db, id);
  if (!current) throw new AppError('NOT_FOUND');
  if (!mayWriteUnder(ctx.actor!, current.ancestor_ids.filter((a) => a !== id))) throw new AppError('FORBIDDEN');
  if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('STALE_VERSION');
  const parentId = input.parentId !== undefined ? input.parentId : current.parent_id;
  if (parentId !== current.parent_id) {
    const chain = await parentChain(ctx, parentId);
    if (chain.includes(id)) fail('UNIT_CYCLE', 'parentId');
    if (!mayWriteUnder(ctx.actor!, chain)) throw new AppError('FORBIDDEN');
  }
  const name = input.name ?? current.name;
  await checkSiblingName(ctx, parentId, name, id);
  const code = input.code !== undefined ? input.code : current.code;
  await checkCode(ctx, code, id);
  const before = presentUnit(current, ctx.actor!);
  await ctx.db.updateTable('admin_units').set({
    parent_id: parentId, level: input.level ?? (current.level as never), name, code,
    search_text: searchKey(name, code), updated_at: new Date(), version: current.version + 1,
  }).where('id', '=', id).execute();
  const after = presentUnit((await getUnit(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: 'update', entity: 'admin_unit', entityId: id, summary: after.name, before, after });
  return after;
}
