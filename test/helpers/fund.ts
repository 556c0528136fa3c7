// Fund test helpers: a fund on the world's campaign and request bodies with sensible defaults.
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/schema.js';
import type { World } from './factories.js';

let receipt = 0;

export async function makeFund(db: Kysely<Database>, w: World, v: { approvalThreshold?: number | null } = {}) {
  return db.insertInto('funds').values({
    campaign_id: w.campaign.id, name: 'Quỹ xã hội hóa NTM 2021', approval_threshold: v.approvalThreshold ?? null, created_by: w.users.coordinator.id,
  }).returningAll().executeTakeFirstOrThrow();
}

export function contributionBody(w: World, v: Record<string, unknown> = {}) {
  return {
    contributorKind: 'official', contributorName: 'Lý Văn Mười', agencyId: w.agencies.leadA.id, amount: 1_000_000,
    date: '2021-09-15', receiptNo: `BL-${++receipt}`, collectedBy: 'Hoàng Thị Điều', publicNameConsent: false, ...v,
  };
}

export function allocationBody(w: World, v: Record<string, unknown> = {}) {
  return {
    unitId: w.units.tanNam.id, amount: 1_000_000, decisionNo: '125/QĐ-UBND', decisionDate: '2021-09-20', signer: 'Triệu Tài Phong',
    purpose: 'Mua máy trộn bê tông và vật liệu thực hiện tiêu chí số 02 về giao thông', ...v,
  };
}

export function expenditureBody(w: World, v: Record<string, unknown> = {}) {
  const quantity = (v.quantity as number) ?? 10;
  const unitPrice = (v.unitPrice as number) ?? 100_000;
  return {
    unitId: w.units.tanNam.id, item: 'Thuê xe chở vật liệu', category: 'other', quantity, unit: 'chuyến', unitPrice, total: Math.round(quantity * unitPrice),
    vendor: 'Cửa hàng VLXD Tân Nam', invoiceNo: `HĐ-${++receipt}`, invoiceDate: '2021-09-25', ...v,
  };
}
