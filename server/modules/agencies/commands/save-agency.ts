// Create or change an agency. Names are unique per district, compared case-insensitively.
import { searchKey } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { agenciesLedBy, getAgency } from '../agencies.repository.js';
import { agencyActions, LIMITED_FIELDS } from '../agencies.policy.js';
import { presentAgency } from '../agencies.presenter.js';
import type { AgencyCreateInput, AgencyUpdateInput } from '../agencies.schema.js';

export async function ledAgencyIdsOf(ctx: RequestContext): Promise<number[]> {
  const a = ctx.actor;
  return a?.role === 'group_lead' && a.agencyId ? agenciesLedBy(ctx.db, a.agencyId) : [];
}

async function checkName(ctx: RequestContext, name: string, districtId: number | null, selfId?: number) {
  let q = ctx.db.selectFrom('agencies').select('id').where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  q = districtId === null ? q.where('district_id', 'is', null) : q.where('district_id', '=', districtId);
  if (selfId) q = q.where('id', '!=', selfId);
  if (await q.executeTakeFirst()) fail('DUPLICATE_NAME', 'name', 'Đã có cơ quan cùng tên', 'An agency with this name already exists');
}

export async function createAgency(ctx: RequestContext, input: AgencyCreateInput) {
  await checkName(ctx, input.name, input.districtId ?? null);
  const { id } = await ctx.db.insertInto('agencies').values({
    name: input.name, short_name: input.shortName ?? null, staff_count: input.staffCount,
    contact_name: input.contactName ?? null, contact_phone: input.contactPhone ?? null,
    district_id: input.districtId ?? null, search_text: searchKey(input.name, input.shortName),
  }).returning('id').executeTakeFirstOrThrow();
  const agency = presentAgency((await getAgency(ctx.db, id))!, ctx.actor!, []);
  await recordAudit(ctx, { action: 'create', entity: 'agency', entityId: id, summary: agency.name, after: agency });
  return agency;
}

export async function updateAgency(ctx: RequestContext, id: number, input: AgencyUpdateInput, expectedVersion?: number) {
  const current = await getAgency(ctx.db, id);
  if (!current) throw new AppError('NOT_FOUND');
  const led = await ledAgencyIdsOf(ctx);
  const actions = agencyActions(ctx.actor!, id, led);
  if (!actions.includes('edit')) throw new AppError('FORBIDDEN');
  if (!actions.includes('editAll')) {
    const extra = Object.keys(input).filter((k) => !(LIMITED_FIELDS as readonly string[]).includes(k));
    if (extra.length) {
      throw new AppError('FORBIDDEN', extra.map((field) => ({ field, code: 'forbidden_field',
        vi: 'Bạn chỉ được sửa số CBCCVC và người đầu mối', en: 'You may change only the staff count and contact' })));
    }
  }
  if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('STALE_VERSION');
  const name = input.name ?? current.name;
  const districtId = input.districtId !== undefined ? input.districtId : current.district_id;
  await checkName(ctx, name, districtId, id);
  const shortName = input.shortName !== undefined ? input.shortName : current.short_name;
  const before = presentAgency(current, ctx.actor!, led);
  await ctx.db.updateTable('agencies').set({
    name, short_name: shortName, district_id: districtId,
    staff_count: input.staffCount ?? current.staff_count,
    contact_name: input.contactName !== undefined ? input.contactName : current.contact_name,
    contact_phone: input.contactPhone !== undefined ? input.contactPhone : current.contact_phone,
    search_text: searchKey(name, shortName), updated_at: new Date(), version: current.version + 1,
  }).where('id', '=', id).execute();
  const after = presentAgency((await getAgency(ctx.db, id))!, ctx.actor!, led);
  await recordAudit(ctx, { action: 'update', entity: 'agency', entityId: id, summary: after.name, before, after });
  return after;
}
