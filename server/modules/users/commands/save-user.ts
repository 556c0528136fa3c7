// The admin creates a user or changes one: role and organisation must fit together (a commune user
// belongs to a commune, agency roles to an agency); disabling a user ends their sessions.
import { ROLE_ORGANISATION, type Role } from '../../../../domain/roles.js';
import { searchKey } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { hashPassword } from '../../../security/passwords.js';
import { getUser } from '../users.repository.js';
import { presentUser } from '../users.presenter.js';
import type { UserCreateInput, UserUpdateInput } from '../users.schema.js';

async function checkOrganisation(ctx: RequestContext, role: Role, agencyId: number | null, unitId: number | null) {
  const need = ROLE_ORGANISATION[role];
  if (agencyId && unitId) fail('VALIDATION', 'unitId', 'Chỉ chọn một trong cơ quan hoặc đơn vị hành chính', 'Choose an agency or a unit, not both');
  if (need === 'agency' && !agencyId) fail('ORGANISATION_REQUIRED', 'agencyId', 'Vai trò này cần chọn cơ quan', 'This role needs an agency');
  if (need === 'unit' && !unitId) fail('ORGANISATION_REQUIRED', 'unitId', 'Vai trò này cần chọn xã, thị trấn', 'This role needs a commune');
  if (need === 'agency' && unitId) fail('VALIDATION', 'unitId', 'Vai trò này thuộc một cơ quan, không thuộc xã', 'This role belongs to an agency, not a commune');
  if (need === 'unit' && agencyId) fail('VALIDATION', 'agencyId', 'Cán bộ xã không thuộc cơ quan huyện', 'A commune user does not belong to an agency');
  if (agencyId && !(await ctx.db.selectFrom('agencies').select('id').where('id', '=', agencyId).executeTakeFirst())) {
    fail('VALIDATION', 'agencyId', 'Cơ quan không tồn tại', 'No such agency');
  }
  if (unitId) {
    const unit = await ctx.db.selectFrom('admin_units').select('level').where('id', '=', unitId).executeTakeFirst();
    if (!unit) fail('VALIDATION', 'unitId', 'Đơn vị không tồn tại', 'No such unit');
    if (role === 'commune' && !['commune', 'town', 'ward'].includes(unit.level)) fail('NOT_A_COMMUNE', 'unitId');
  }
}

export async function createUser(ctx: RequestContext, input: UserCreateInput) {
  await checkOrganisation(ctx, input.role, input.agencyId ?? null, input.unitId ?? null);
  const taken = await ctx.db.selectFrom('users').select('id').where((eb) => eb(eb.fn('lower', ['username']), '=', input.username.toLowerCase())).executeTakeFirst();
  if (taken) fail('USERNAME_TAKEN', 'username');
  const row = await ctx.db.insertInto('users').values({
    username: input.username.toLowerCase(),
    display_name: input.displayName,
    email: input.email ?? null,
    password_hash: await hashPassword(input.password),
    role: input.role,
    agency_id: input.agencyId ?? null,
    unit_id: input.unitId ?? null,
    search_text: searchKey(input.username, input.displayName, input.email),
  }).returning('id').executeTakeFirstOrThrow();
  const user = presentUser((await getUser(ctx.db, row.id))!);
  await recordAudit(ctx, { action: 'create', entity: 'user', entityId: row.id, summary: user.username, after: user });
  return user;
}

export async function updateUser(ctx: RequestContext, id: number, input: UserUpdateInput, expectedVersion?: number) {
  const current = await getUser(ctx.db, id);
  if (!current) throw new AppError('NOT_FOUND');
  if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('STALE_VERSION');
  if (id === ctx.actor?.userId && (input.disabled || (input.role && input.role !== 'admin'))) {
    fail('VALIDATION', input.disabled ? 'disabled' : 'role', 'Không thể tự khóa hoặc bỏ quyền quản trị của chính mình', 'You cannot disable yourself or drop your own admin role');
  }
  const role = (input.role ?? current.role) as Role;
  const agencyId = input.agencyId !== undefined ? input.agencyId : current.agency_id;
  const unitId = input.unitId !== undefined ? input.unitId : current.unit_id;
  await checkOrganisation(ctx, role, agencyId, unitId);
  const before = presentUser(current);
  const displayName = input.displayName ?? current.display_name;
  const email = input.email !== undefined ? input.email : current.email;
  await ctx.db.updateTable('users').set({
    display_name: displayName,
    email,
    role,
    agency_id: agencyId,
    unit_id: unitId,
    disabled: input.disabled ?? current.disabled,
    ...(input.password ? { password_hash: await hashPassword(input.password) } : {}),
    search_text: searchKey(current.username, displayName, email),
    updated_at: new Date(),
    version: current.version + 1,
  }).where('id', '=', id).execute();
  // A disabled user, a new role or a reset password: their open sessions end now.
  if (input.disabled || input.password || role !== current.role) {
    await ctx.db.deleteFrom('sessions').where('user_id', '=', id).execute();
  }
  const after = presentUser((await getUser(ctx.db, id))!);
  await recordAudit(ctx, { action: input.password ? 'update+reset_password' : 'update', entity: 'user', entityId: id, summary: after.username, before, after });
  return after;
}
