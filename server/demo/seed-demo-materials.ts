// Seed points 3 and 6 in the demo (issue 4): the inspector passes Tân Nam's cement and fails its
// sand (quarantined), passes Yên Thành's sand and stone; Tân Nam stages passed cement at the head of
// one of its roads; the mixers are placed for the first Saturday; the infrastructure department's
// guidance is published; a poured segment, if the roads demo has one, is accepted. Through the
// modules' commands, as the API would. Names marked "(demo)" are invented.
import type { Actor, Role } from '../../domain/roles.js';
import type { RequestContext } from '../http/context.js';
import { acceptSegment } from '../modules/acceptance/index.js';
import { bookEquipment, createEquipment } from '../modules/equipment/index.js';
import { publishGuidance } from '../modules/guidance/index.js';
import { createPoint, inspectLot, transferStock } from '../modules/materials/index.js';

async function actorFor(ctx: RequestContext, username: string): Promise<RequestContext> {
  const u = await ctx.db.selectFrom('users').select(['id', 'role', 'agency_id', 'unit_id']).where('username', '=', username).executeTakeFirstOrThrow();
  return { ...ctx, actor: { userId: u.id, role: u.role as Role, agencyId: u.agency_id, unitId: u.unit_id } satisfies Actor };
}

export async function seedDemoMaterials(ctx: RequestContext): Promise<void> {
  const inspector = await actorFor(ctx, 'inspector');
  const tn = await actorFor(ctx, 'commune.tannam');
  const yt = await actorFor(ctx, 'commune.yenthanh');
  const lots = await ctx.db.selectFrom('stock_lots as l').innerJoin('materials as m', 'm.id', 'l.material_id').innerJoin('admin_units as u', 'u.id', 'l.unit_id')
    .select(['l.id', 'l.unit_id', 'm.code', 'u.name as commune']).orderBy('l.id').execute();
  const lotOf = (commune: string, code: string) => lots.find((l) => l.commune === commune && l.code === code);
  const pass = (id: number, checks: string[]) => inspectLot(inspector, id, { inspectedOn: '2021-09-24', result: 'pass',
    checks: checks.map((name) => ({ name, passed: true, value: null })), notes: 'Đạt yêu cầu sử dụng (dữ liệu minh họa)' });
  const cementTN = lotOf('Tân Nam', 'cement_pcb40');
  const sandTN = lotOf('Tân Nam', 'sand');
  if (cementTN) await pass(cementTN.id, ['Chứng chỉ xuất xưởng PCB40', 'Bao bì nguyên vẹn, không vón cục']);
  if (sandTN) {
    await inspectLot(inspector, sandTN.id, { inspectedOn: '2021-09-24', result: 'fail',
      checks: [{ name: 'Hàm lượng bùn, bụi, sét', passed: false, value: '> 3 %' }, { name: 'Mô đun độ lớn', passed: true, value: '2,1' }],
      notes: 'Cát lẫn nhiều bùn sét: không dùng đổ bê tông, cách ly chờ đổi lô (dữ liệu minh họa)' });
  }
  for (const code of ['sand', 'stone_1x2']) {
    const l = lotOf('Yên Thành', code);
    if (l) await pass(l.id, code === 'sand' ? ['Hàm lượng bùn, bụi, sét', 'Mô đun độ lớn'] : ['Cỡ hạt 1x2', 'Hàm lượng hạt thoi dẹt']);
  }

  await publishGuidance(inspector, { title: 'Hướng dẫn quy trình, kỹ thuật thi công đường bê tông xi măng nông thôn', effectiveFrom: '2021-09-15',
    summary: 'Bê tông mác M200 đá 1x2, mặt đường rộng 3,0 m, dày 15–18 cm; kiểm tra xi măng, cát, đá trước khi trộn; bảo dưỡng 7 ngày (dữ liệu minh họa).' });

  // The head of Tân Nam's first road becomes a staging point, with passed cement staged there.
  const unitTN = cementTN?.unit_id ?? sandTN?.unit_id;
  const road = unitTN ? await ctx.db.selectFrom('roads').select(['id', 'name']).where('commune_id', '=', unitTN).orderBy('id').limit(1).executeTakeFirst() : undefined;
  if (road && cementTN) {
    const point = await createPoint(tn, { unitId: unitTN!, name: `Đầu tuyến ${road.name}`, kind: 'road', roadId: road.id, note: 'Dữ liệu minh họa' });
    const store = await ctx.db.selectFrom('stock_movements').select('to_point_id').where('lot_id', '=', cementTN.id).where('kind', '=', 'receipt').executeTakeFirstOrThrow();
    await transferStock(tn, { lotId: cementTN.id, fromPointId: store.to_point_id!, toPointId: point.id, quantity: 5_000, movedOn: '2021-09-29', note: '100 bao cho ngày 02/10' });
    const poured = await ctx.db.selectFrom('segments').select(['id', 'from_mm', 'to_mm']).where('road_id', '=', road.id).where('status', '=', 'poured').orderBy('id').limit(1).executeTakeFirst();
    if (poured) {
      const at = (f: number) => Math.round(poured.from_mm + (poured.to_mm - poured.from_mm) * f);
      await acceptSegment(inspector, poured.id, { inspectedOn: '2021-10-05', decision: 'accepted', grade: 'M200',
        measurements: [{ atMm: at(0.1), widthMm: 3_010, thicknessMm: 165 }, { atMm: at(0.5), widthMm: 3_000, thicknessMm: 158 }, { atMm: at(0.9), widthMm: 2_995, thicknessMm: 161 }] });
    }
  }

  const mixerTN = await ctx.db.selectFrom('equipment').select('id').where('kind', '=', 'mixer').orderBy('id').limit(1).executeTakeFirst();
  if (mixerTN) await bookEquipment(tn, mixerTN.id, { day: '2021-10-02', roadId: road?.id ?? null, place: road ? null : 'Thôn Nặm Khẳm' });
  const ytUnit = lotOf('Yên Thành', 'sand')?.unit_id;
  if (ytUnit) {
    const lent = await createEquipment(yt, { unitId: ytUnit, kind: 'mixer', name: 'Máy trộn bê tông 350 lít (mượn)', drumLitres: 350, origin: 'lent',
      lender: 'Công ty TNHH Xây dựng Yên Bình (demo)', note: 'Mượn trong thời gian chiến dịch' });
    await bookEquipment(yt, lent.id, { day: '2021-10-02', place: 'Thôn Thác Hạ' });
  }
}
