// The seed's point 1 in the demo: officials of many agencies contribute 200.000.000 ₫, the
// committee allocates 100.000.000 ₫ each to Tân Nam and Yên Thành, Tân Nam buys a mixer, cement and
// sand, Yên Thành sand and stone (the materials arrive as lots at each commune's store). Everything goes through the fund's commands, as the API would.
// Names marked "(demo)" are invented.
import type { Actor, Role } from '../../domain/roles.js';
import type { RequestContext } from '../http/context.js';
import { createFund, recordAllocation, recordContribution, recordExpenditure } from '../modules/fund/index.js';
import { createPoint, ensureDefaultMaterials } from '../modules/materials/index.js';

export const FUND_TOTAL = 200_000_000;

/** Named officials (one agreed to be named publicly); the rest is collected per agency. */
const OFFICIALS: Array<{ name: string; agency: string; amount: number; consent: boolean }> = [
  { name: 'Triệu Văn Lãnh (demo)', agency: 'Văn phòng Huyện ủy', amount: 5_000_000, consent: true },
  { name: 'Hoàng Văn Bình (demo)', agency: 'Văn phòng HĐND và UBND huyện', amount: 3_000_000, consent: false },
  { name: 'Lục Thị Mai (demo)', agency: 'Phòng Tài chính - Kế hoạch', amount: 2_000_000, consent: false },
];

async function actorFor(ctx: RequestContext, username: string): Promise<RequestContext> {
  const u = await ctx.db.selectFrom('users').select(['id', 'role', 'agency_id', 'unit_id']).where('username', '=', username).executeTakeFirstOrThrow();
  const actor: Actor = { userId: u.id, role: u.role as Role, agencyId: u.agency_id, unitId: u.unit_id };
  return { ...ctx, actor };
}

/** Splits `total` over agencies in proportion to their staff, in whole 10.000 ₫, the rest to the largest. */
function shares(agencies: Array<{ id: number; staff_count: number }>, total: number): Map<number, number> {
  const staff = agencies.reduce((s, a) => s + a.staff_count, 0);
  const out = new Map<number, number>();
  let given = 0;
  for (const a of agencies) {
    const share = Math.floor((total * a.staff_count) / staff / 10_000) * 10_000;
    out.set(a.id, share);
    given += share;
  }
  const largest = [...agencies].sort((a, b) => b.staff_count - a.staff_count)[0];
  out.set(largest.id, out.get(largest.id)! + total - given);
  return out;
}

export async function seedDemoFund(ctx: RequestContext, v: { campaignId: number }): Promise<{ fundId: number; expenditureIds: Record<string, number>; storeIds: { tanNam: number; yenThanh: number } }> {
  const office = await actorFor(ctx, 'coordinator');
  const fund = await createFund(office, {
    campaignId: v.campaignId, name: 'Quỹ xã hội hóa "Ngày thứ 7 vì nông thôn mới" năm 2021', approvalThreshold: 50_000_000,
    docIssuerParent: 'UBND huyện Quang Bình', docIssuer: 'Văn phòng điều phối\nnông thôn mới', docSignerTitle: 'Chánh Văn phòng', docSignerName: 'Hoàng Thị Điều (demo)',
  });
  const agencies = await ctx.db.selectFrom('agencies').select(['id', 'name', 'staff_count']).orderBy('id').execute();
  const idOf = (name: string) => agencies.find((a) => a.name === name)!.id;
  let receipt = 0;
  const nextReceipt = () => `BL-2021-${String(++receipt).padStart(3, '0')}`;
  let named = 0;
  for (const o of OFFICIALS) {
    await recordContribution(office, fund.id, { contributorKind: 'official', contributorName: o.name, agencyId: idOf(o.agency), amount: o.amount,
      date: '2021-09-13', receiptNo: nextReceipt(), collectedBy: 'Hoàng Thị Điều (demo)', publicNameConsent: o.consent });
    named += o.amount;
  }
  const split = shares(agencies, FUND_TOTAL - named);
  for (const [i, a] of agencies.entries()) {
    await recordContribution(office, fund.id, { contributorKind: 'agency', contributorName: null, agencyId: a.id, amount: split.get(a.id)!,
      date: i % 2 ? '2021-09-15' : '2021-09-14', receiptNo: nextReceipt(), collectedBy: 'Hoàng Thị Điều (demo)', publicNameConsent: false });
  }

  const communes = await ctx.db.selectFrom('admin_units').select(['id', 'name']).where('name', 'in', ['Tân Nam', 'Yên Thành'])
    .where('level', '=', 'commune').execute();
  const tanNam = communes.find((c) => c.name === 'Tân Nam')!.id;
  const yenThanh = communes.find((c) => c.name === 'Yên Thành')!.id;
  for (const [unitId, no] of [[tanNam, '1468/QĐ-UBND'], [yenThanh, '1469/QĐ-UBND']] as const) {
    await recordAllocation(office, fund.id, { unitId, amount: 100_000_000, decisionNo: no, decisionDate: '2021-09-16', signer: 'Chủ tịch UBND huyện (demo)',
      purpose: 'Hỗ trợ mua máy trộn bê tông và nguyên vật liệu thực hiện tiêu chí số 02 về giao thông (Kết luận số 02-KL/BCĐ)' });
  }

  const tn = await actorFor(ctx, 'commune.tannam');
  const yt = await actorFor(ctx, 'commune.yenthanh');
  // Purchases of materials arrive as lots at each commune's store.
  await ensureDefaultMaterials(ctx.db);
  const storeTN = await createPoint(tn, { unitId: tanNam, name: 'Kho UBND xã Tân Nam', kind: 'store', note: 'Dữ liệu minh họa' });
  const storeYT = await createPoint(yt, { unitId: yenThanh, name: 'Kho UBND xã Yên Thành', kind: 'store', note: 'Dữ liệu minh họa' });
  const ids: Record<string, number> = {};
  const buy = async (who: RequestContext, key: string, v: { unitId: number; item: string; category: 'materials' | 'equipment'; quantity: number; unit: string; unitPrice: number; vendor: string; invoiceDate: string; stock?: { materialCode: string; pointId: number; quantity: number; deliveryNote?: string }; equipment?: { kind: 'mixer' | 'other'; drumLitres: number } }) => {
    const e = await recordExpenditure(who, fund.id, { ...v, total: Math.round(v.quantity * v.unitPrice), invoiceNo: `00${100 + Object.keys(ids).length}`, stock: v.stock, equipment: v.equipment });
    ids[key] = e.id;
  };
  await buy(tn, 'mixer', { unitId: tanNam, item: 'Máy trộn bê tông 250 lít', category: 'equipment', quantity: 1, unit: 'chiếc', unitPrice: 18_500_000,
    vendor: 'Công ty TNHH Cơ khí Hà Giang (demo)', invoiceDate: '2021-09-20', equipment: { kind: 'mixer', drumLitres: 250 } });
  await buy(tn, 'cement', { unitId: tanNam, item: 'Xi măng PCB40', category: 'materials', quantity: 20, unit: 'tấn', unitPrice: 1_650_000,
    vendor: 'Đại lý VLXD Yên Bình (demo)', invoiceDate: '2021-09-21', stock: { materialCode: 'cement_pcb40', pointId: storeTN.id, quantity: 20_000, deliveryNote: 'PGH-0921' } });
  await buy(tn, 'sandTN', { unitId: tanNam, item: 'Cát vàng', category: 'materials', quantity: 20, unit: 'm³', unitPrice: 350_000,
    vendor: 'Bãi cát Nà Pồng (demo)', invoiceDate: '2021-09-21', stock: { materialCode: 'sand', pointId: storeTN.id, quantity: 20_000, deliveryNote: 'PGH-0922' } });
  await buy(yt, 'sand', { unitId: yenThanh, item: 'Cát vàng', category: 'materials', quantity: 60, unit: 'm³', unitPrice: 350_000,
    vendor: 'HTX Khai thác cát Yên Thành (demo)', invoiceDate: '2021-09-21', stock: { materialCode: 'sand', pointId: storeYT.id, quantity: 60_000 } });
  await buy(yt, 'stone', { unitId: yenThanh, item: 'Đá 1x2', category: 'materials', quantity: 80, unit: 'm³', unitPrice: 380_000,
    vendor: 'Mỏ đá Tân Trịnh (demo)', invoiceDate: '2021-09-22', stock: { materialCode: 'stone_1x2', pointId: storeYT.id, quantity: 80_000 } });
  return { fundId: fund.id, expenditureIds: ids, storeIds: { tanNam: storeTN.id, yenThanh: storeYT.id } };
}
