// The people's contributions in the demo (issue 18): in Tân Nam a household gives cash against a
// receipt, the people of Thôn Nặm Khẳm give sand — received as a donation lot and passed by the
// inspector before use — a household gives land to widen the Tân Thượng alley, and two villages
// give labour-days on the commune's workdays. Through the modules' commands, as the API would.
// Names marked "(demo)" are invented.
import type { Actor, Role } from '../../domain/roles.js';
import type { RequestContext } from '../http/context.js';
import { inspectLot } from '../modules/materials/index.js';
import { recordPeopleContribution } from '../modules/people/index.js';
import { markRead, setRecipients } from '../modules/recipients/index.js';

async function actorFor(ctx: RequestContext, username: string): Promise<RequestContext> {
  const u = await ctx.db.selectFrom('users').select(['id', 'role', 'agency_id', 'unit_id']).where('username', '=', username).executeTakeFirstOrThrow();
  return { ...ctx, actor: { userId: u.id, role: u.role as Role, agencyId: u.agency_id, unitId: u.unit_id } satisfies Actor };
}

export async function seedDemoPeople(ctx: RequestContext): Promise<void> {
  const tn = await actorFor(ctx, 'commune.tannam');
  const inspector = await actorFor(ctx, 'inspector');
  const communeId = tn.actor!.unitId!;
  const villages = await ctx.db.selectFrom('admin_units').select(['id', 'name']).where('parent_id', '=', communeId).execute();
  const village = (name: string) => villages.find((v) => v.name === name)!.id;
  const store = await ctx.db.selectFrom('stock_points').select('id').where('unit_id', '=', communeId).orderBy('id').executeTakeFirstOrThrow();
  const alley = await ctx.db.selectFrom('roads').select('id').where('commune_id', '=', communeId).where('name', '=', 'Đường ngõ xóm Tân Thượng').executeTakeFirstOrThrow();
  const workdays = await ctx.db.selectFrom('workdays').select('id').where('commune_id', '=', communeId).where('status', '=', 'recorded').orderBy('day').execute();

  await recordPeopleContribution(tn, {
    communeId, villageId: village('Thôn Tân Thượng'), kind: 'cash', donorKind: 'household', donorName: 'Hộ ông Hoàng Văn Sáng (demo)',
    publicNameConsent: true, contributedOn: '2021-09-15', amount: 3_000_000, receiptNo: 'ND-2021-001', note: 'Ủng hộ làm đường ngõ xóm',
  });
  await recordPeopleContribution(tn, {
    communeId, villageId: village('Thôn Nà Pồng'), kind: 'cash', donorKind: 'enterprise', donorName: 'Hợp tác xã chè Nà Pồng (demo)',
    publicNameConsent: false, contributedOn: '2021-09-22', amount: 5_000_000, receiptNo: 'ND-2021-002',
  });
  const sand = await recordPeopleContribution(tn, {
    communeId, villageId: village('Thôn Nặm Khẳm'), kind: 'in_kind', donorKind: 'village', donorName: 'Nhân dân thôn Nặm Khẳm (demo)',
    publicNameConsent: true, contributedOn: '2021-10-04', materialCode: 'sand', pointId: store.id, quantity: 6_000, deliveryNote: 'Thôn tự khai thác, vận chuyển',
  });
  await inspectLot(inspector, sand.lot_id!, {
    inspectedOn: '2021-10-06', result: 'pass', notes: 'Cát sạch, đạt yêu cầu đổ bê tông (dữ liệu minh họa)',
    checks: [{ name: 'Độ sạch (hàm lượng bùn, sét)', passed: true, value: null }, { name: 'Cỡ hạt', passed: true, value: null }],
  });
  await recordPeopleContribution(tn, {
    communeId, villageId: village('Thôn Tân Thượng'), kind: 'land', donorKind: 'household', donorName: 'Hộ bà Lý Thị Mai (demo)',
    publicNameConsent: true, contributedOn: '2021-09-20', roadId: alley.id, areaM2: 48.5, lengthM: 40, note: 'Hiến đất mở rộng đường ngõ xóm lên 2,5 m',
  });
  for (const [i, [name, days]] of ([['Thôn Tân Thượng', 24], ['Thôn Nặm Khẳm', 31.5], ['Thôn Nà Pồng', 12]] as const).entries()) {
    await recordPeopleContribution(tn, {
      communeId, villageId: village(name), kind: 'labour', donorKind: 'village', donorName: `Nhân dân ${name.replace('Thôn', 'thôn')} (demo)`,
      publicNameConsent: true, contributedOn: '2021-10-09', labourDays: days, workdayId: workdays[i % Math.max(workdays.length, 1)]?.id ?? null,
    });
  }
}

/** The conclusion's "Nơi nhận" as printed, agencies and communes in the app; Tân Nam and one agency have read it. */
export async function seedDemoRecipients(ctx: RequestContext): Promise<void> {
  const d = await ctx.db.selectFrom('directives').select('id').where('number', '=', '02-KL/BCĐ').executeTakeFirst();
  if (!d) return;
  const office = await actorFor(ctx, 'coordinator');
  const agencies = await ctx.db.selectFrom('agencies').select('id').orderBy('id').execute();
  const communes = await ctx.db.selectFrom('admin_units').select('id').where('level', 'in', ['commune', 'town']).orderBy('name').execute();
  await setRecipients(office, d.id, {
    bodies: ['Các đ/c ủy viên BTV Huyện ủy', 'Thường trực HĐND huyện', 'Thường trực UBND huyện', 'Lưu Văn phòng Huyện ủy'],
    agencyIds: agencies.map((a) => a.id), communeIds: communes.map((c) => c.id),
  });
  for (const username of ['commune.tannam', 'commune.yenthanh', 'media']) {
    await markRead(await actorFor(ctx, username), d.id);
  }
}
