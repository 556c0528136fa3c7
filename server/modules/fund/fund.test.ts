// The fund over HTTP on the worker's database: 401 → 403 → wrong commune → bad input → success,
// every write audited, refusals writing nothing, and the ledger append-only in the database itself.
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { allocationBody, contributionBody, expenditureBody, makeFund } from '../../../test/helpers/fund.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';

let t: TestApp;
let w: World;
let fundId: number;
const url = (p = '') => `/api/v1/funds/${fundId}${p}`;
const count = async (table: 'fund_entries' | 'fund_postings' | 'fund_decisions') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  fundId = (await makeFund(t.db, w)).id;
});

/** Contributions of `total`, then an allocation of `allocated` to Tân Nam. */
async function funded(total: number, allocated: number) {
  const c = await t.as('coordinator');
  expect((await c.post(url('/contributions'), contributionBody(w, { amount: total }))).status).toBe(201);
  if (allocated) expect((await c.post(url('/allocations'), allocationBody(w, { amount: allocated }))).status).toBe(201);
  return c;
}

describe('funds', () => {
  it('needs a session and the permission', async () => {
    expect((await t.client().get('/api/v1/funds')).status).toBe(401);
    expect((await (await t.as('agency')).get('/api/v1/funds')).status).toBe(403);
    const res = await (await t.as('commune.tannam')).post('/api/v1/funds', { campaignId: w.campaign.id, name: 'Quỹ khác' });
    expect(res.status).toBe(403);
  });

  it('refuses a second fund for a campaign and changes the threshold with If-Match', async () => {
    const c = await t.as('coordinator');
    const dup = await c.post('/api/v1/funds', { campaignId: w.campaign.id, name: 'Quỹ thứ hai' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields[0].field).toBe('campaignId');
    const got = await c.get(url());
    expect(got.body).toMatchObject({ name: 'Quỹ xã hội hóa NTM 2021', totals: { received: 0 }, actions: ['edit', 'contribute', 'allocate', 'spend', 'approve'] });
    const patched = await c.patch(url(), { approvalThreshold: 20_000_000 }, { 'if-match': got.headers.get('etag')! });
    expect(patched.status).toBe(200);
    expect(patched.body.approvalThreshold).toBe(20_000_000);
    expect((await c.patch(url(), { approvalThreshold: 1 }, { 'if-match': got.headers.get('etag')! })).status).toBe(412);
  });
});

describe('POST /funds/{id}/contributions', () => {
  it('is for the office only', async () => {
    const res = await (await t.as('commune.tannam')).post(url('/contributions'), contributionBody(w));
    expect(res.status).toBe(403);
    expect(await count('fund_entries')).toBe(0);
  });

  it('names each bad field and writes nothing', async () => {
    const c = await t.as('coordinator');
    const res = await c.post(url('/contributions'), contributionBody(w, { amount: 1.5, receiptNo: '', date: '2021-02-30' }));
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['amount', 'date', 'receiptNo']);
    const noName = await c.post(url('/contributions'), contributionBody(w, { contributorName: null }));
    expect(noName.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['contributorName']);
    for (const amount of [0, -5, 10_000_000_001]) {
      const bad = await c.post(url('/contributions'), contributionBody(w, { amount }));
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0]).toMatchObject({ field: 'amount' });
    }
    expect(await count('fund_entries')).toBe(0);
    expect(await t.db.selectFrom('audit_log').where('entity', '=', 'fund_entry').selectAll().execute()).toHaveLength(0);
  });

  it('records a contribution with who and when, audited, and refuses its receipt number twice', async () => {
    const c = await t.as('coordinator');
    const res = await c.post(url('/contributions'), contributionBody(w, { amount: 2_000_000, receiptNo: 'BL-0001' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'contribution', amount: 2_000_000, status: 'counted', createdBy: { id: w.users.coordinator.id },
      contribution: { contributorName: 'Lý Văn Mười', receiptNo: 'BL-0001', agency: { id: w.agencies.leadA.id } } });
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'fund_entry').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'contribute', entity_id: String(res.body.id), user_id: w.users.coordinator.id });
    const dup = await c.post(url('/contributions'), contributionBody(w, { receiptNo: 'bl-0001' }));
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'DUPLICATE_RECEIPT', fields: [{ field: 'receiptNo' }] });
  });

  it('hides contributor names from communes unless the contributor agreed', async () => {
    const c = await t.as('coordinator');
    await c.post(url('/contributions'), contributionBody(w, { contributorName: 'Người Kín Tên' }));
    await c.post(url('/contributions'), contributionBody(w, { contributorName: 'Người Công Khai', publicNameConsent: true }));
    const pub = await t.client().get(`/api/v1/public/funds/${fundId}`);
    expect(pub.status).toBe(200);
    expect(JSON.stringify(pub.body)).not.toContain('Người Kín Tên');
    expect(pub.body.namedContributors).toEqual([{ name: 'Người Công Khai', agency: 'Văn phòng Huyện ủy', amount: 1_000_000 }]);
    expect(pub.body.agencies).toEqual([{ agency: { id: w.agencies.leadA.id, name: 'Văn phòng Huyện ủy' }, amount: 2_000_000, contributions: 2 }]);
  });
});

describe('POST /funds/{id}/allocations', () => {
  it('refuses more than the money received, in Vietnamese and English, writing nothing', async () => {
    const c = await funded(5_000_000, 0);
    const res = await c.post(url('/allocations'), allocationBody(w, { amount: 5_000_001 }));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('OVER_ALLOCATION');
    expect(res.body.error.message).toContain('Quỹ chỉ còn 5.000.000 ₫ chưa phân bổ');
    expect(res.body.error.messageEn).toContain('5.000.000 ₫');
    expect(await count('fund_entries')).toBe(1);
  });

  it('refuses a commune outside the campaign and accepts one inside', async () => {
    const c = await funded(5_000_000, 0);
    const outside = await c.post(url('/allocations'), allocationBody(w, { unitId: w.units.villageTN.id }));
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields[0].field).toBe('unitId');
    const ok = await c.post(url('/allocations'), allocationBody(w, { amount: 5_000_000 }));
    expect(ok.status).toBe(201);
    expect(ok.body.allocation).toMatchObject({ commune: { id: w.units.tanNam.id, name: 'Tân Nam' }, decisionNo: '125/QĐ-UBND' });
  });
});

describe('POST /funds/{id}/expenditures', () => {
  it('lets a commune record only for itself', async () => {
    await funded(10_000_000, 0);
    await (await t.as('coordinator')).post(url('/allocations'), allocationBody(w, { unitId: w.units.yenThanh.id, amount: 5_000_000 }));
    const before = await count('fund_entries');
    const res = await (await t.as('commune.tannam')).post(url('/expenditures'), expenditureBody(w, { unitId: w.units.yenThanh.id }));
    expect(res.status).toBe(403);
    expect(res.body.error.fields[0].field).toBe('unitId');
    expect(await count('fund_entries')).toBe(before);
  });

  it('checks total = quantity × unit price', async () => {
    await funded(10_000_000, 10_000_000);
    const res = await (await t.as('commune.tannam')).post(url('/expenditures'), expenditureBody(w, { quantity: 12.5, unitPrice: 350_000, total: 4_000_000 }));
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ field: 'total' });
    expect(res.body.error.fields[0].vi).toContain('4.375.000 ₫');
  });

  it('refuses spending more than the allocation left, and records what fits', async () => {
    await funded(10_000_000, 6_000_000);
    const c = await t.as('commune.tannam');
    const ok = await c.post(url('/expenditures'), expenditureBody(w, { quantity: 12.5, unitPrice: 400_000 }));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ amount: 5_000_000, status: 'counted', expenditure: { quantity: 12.5, unit: 'chuyến', commune: { name: 'Tân Nam' } } });
    const over = await c.post(url('/expenditures'), expenditureBody(w, { quantity: 1, unitPrice: 1_000_001 }));
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('OVERSPEND');
    expect(over.body.error.message).toContain('Xã Tân Nam chỉ còn 1.000.000 ₫');
    const st = await c.get(url('/statement'));
    expect(st.body.communes.find((x: { commune: { id: number } }) => x.commune.id === w.units.tanNam.id))
      .toMatchObject({ allocated: 6_000_000, spent: 5_000_000, balance: 1_000_000, spentByCategory: { other: 5_000_000 } });
  });

  it('refuses the same invoice (commune, vendor, number) twice with 409 even without an Idempotency-Key', async () => {
    await funded(10_000_000, 6_000_000);
    const c = await t.as('commune.tannam');
    const first = await c.post(url('/expenditures'), expenditureBody(w, { invoiceNo: 'HĐ-0042' }));
    expect(first.status).toBe(201);
    const again = await c.post(url('/expenditures'), expenditureBody(w, { invoiceNo: ' hđ-0042 ', vendor: 'cửa hàng VLXD Tân Nam' }));
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'DUPLICATE_INVOICE', fields: [expect.objectContaining({ field: 'invoiceNo' })] });
    expect(await t.db.selectFrom('fund_entries').select('id').where('kind', '=', 'expenditure').execute()).toHaveLength(1);
    // Another vendor's invoice with the same number is another invoice.
    expect((await c.post(url('/expenditures'), expenditureBody(w, { invoiceNo: 'HĐ-0042', vendor: 'Công ty cát sỏi Sông Gianh' }))).status).toBe(201);
  });

  it('lets a reversed expenditure\'s invoice be entered again (the reversal frees it), once', async () => {
    await funded(10_000_000, 6_000_000);
    const c = await t.as('commune.tannam');
    const first = await c.post(url('/expenditures'), expenditureBody(w, { invoiceNo: 'HĐ-0077', quantity: 1, unitPrice: 2_000_000 }));
    expect(first.status).toBe(201);
    expect((await c.post(url('/expenditures'), expenditureBody(w, { invoiceNo: 'HĐ-0077', quantity: 1, unitPrice: 2_500_000 }))).body.error.code).toBe('DUPLICATE_INVOICE');
    // Recorded with the wrong amount: reversed, then entered again with the right one.
    expect((await c.post(url(`/entries/${first.body.id}/reverse`), { reason: 'Ghi nhầm số tiền' })).status).toBe(201);
    const again = await c.post(url('/expenditures'), expenditureBody(w, { invoiceNo: 'HĐ-0077', quantity: 1, unitPrice: 2_500_000 }));
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body).toMatchObject({ amount: 2_500_000, status: 'counted' });
    // The re-entered one holds the invoice again.
    const third = await c.post(url('/expenditures'), expenditureBody(w, { invoiceNo: 'hđ-0077', quantity: 1, unitPrice: 2_500_000 }));
    expect(third.status).toBe(409);
    expect(third.body.error.message).toContain(`bút toán #${again.body.id}`);
    expect((await c.get(url('/statement'))).body.communes.find((x: { commune: { id: number } }) => x.commune.id === w.units.tanNam.id))
      .toMatchObject({ spent: 2_500_000 });
  });

  it('attaches the scanned invoice through the files module', async () => {
    await funded(10_000_000, 10_000_000);
    const c = await t.as('commune.tannam');
    const e = await c.post(url('/expenditures'), expenditureBody(w));
    const form = new FormData();
    form.set('file', new File([new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')], 'hoa-don.pdf'));
    form.set('entity', 'fund_entry');
    form.set('entityId', String(e.body.id));
    expect((await (await t.as('commune.yenthanh')).post('/api/v1/files', form)).status).toBe(403);
    const up = await c.post('/api/v1/files', form);
    expect(up.status).toBe(201);
    const list = await c.get(`/api/v1/files?entity=fund_entry&entityId=${e.body.id}`);
    expect(list.body.items).toHaveLength(1);
    expect((await (await t.as('commune.yenthanh')).get(`/api/v1/files?entity=fund_entry&entityId=${e.body.id}`)).status).toBe(404);
  });
});

describe('approval above the threshold', () => {
  it('keeps a large expenditure pending until the coordinator decides; rejection needs a comment', async () => {
    await t.db.updateTable('funds').set({ approval_threshold: 3_000_000 }).where('id', '=', fundId).execute();
    const office = await funded(10_000_000, 10_000_000);
    const c = await t.as('commune.tannam');
    const big = await c.post(url('/expenditures'), expenditureBody(w, { quantity: 1, unitPrice: 4_000_000 }));
    expect(big.body).toMatchObject({ status: 'pending', actions: ['attach'] });
    expect((await c.get(url('/statement'))).body.totals).toMatchObject({ spent: 0, pending: 4_000_000 });
    expect((await c.post(url(`/entries/${big.body.id}/approve`), {})).status).toBe(403);
    const noComment = await office.post(url(`/entries/${big.body.id}/reject`), { comment: ' ' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.fields[0].field).toBe('comment');
    const approved = await office.post(url(`/entries/${big.body.id}/approve`), { comment: 'Đúng dự toán' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'counted', expenditure: { decision: { decision: 'approved', comment: 'Đúng dự toán' } } });
    expect((await office.post(url(`/entries/${big.body.id}/reject`), { comment: 'muộn' })).body.error.code).toBe('ALREADY_DECIDED');
    const second = await c.post(url('/expenditures'), expenditureBody(w, { quantity: 1, unitPrice: 5_000_000 }));
    const rejected = await office.post(url(`/entries/${second.body.id}/reject`), { comment: 'Giá cao hơn thị trường' });
    expect(rejected.body.status).toBe('rejected');
    expect((await c.get(url('/statement'))).body.totals).toMatchObject({ spent: 4_000_000, pending: 0 });
    expect(await count('fund_decisions')).toBe(2);
  });
});

describe('reversals', () => {
  it('undo an entry once, never a reversal, and never below zero', async () => {
    const office = await funded(10_000_000, 8_000_000);
    const c = await t.as('commune.tannam');
    const e = await c.post(url('/expenditures'), expenditureBody(w, { quantity: 1, unitPrice: 7_000_000 }));
    const noReason = await c.post(url(`/entries/${e.body.id}/reverse`), { reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].field).toBe('reason');
    // The allocation is mostly spent: reversing it would leave Tân Nam below zero.
    const entries = (await office.get(url('/entries?kind=allocation'))).body.items;
    const alloc = await office.post(url(`/entries/${entries[0].id}/reverse`), { reason: 'Nhầm xã' });
    expect(alloc.body.error.code).toBe('OVERSPEND');
    const rev = await c.post(url(`/entries/${e.body.id}/reverse`), { reason: 'Ghi nhầm số tiền' });
    expect(rev.status).toBe(201);
    expect(rev.body).toMatchObject({ kind: 'reversal', amount: 7_000_000, reversal: { reversesId: e.body.id, reason: 'Ghi nhầm số tiền' } });
    expect((await c.post(url(`/entries/${e.body.id}/reverse`), { reason: 'lần hai' })).body.error.code).toBe('ALREADY_REVERSED');
    expect((await office.post(url(`/entries/${rev.body.id}/reverse`), { reason: 'đảo của đảo' })).body.error.code).toBe('NOT_REVERSIBLE');
    expect((await c.get(url(`/entries/${e.body.id}`))).body).toMatchObject({ reversedBy: rev.body.id, actions: ['attach'] });
    // 8 of 10 million are allocated: a 10 million contribution cannot be reversed.
    const contrib = (await office.get(url('/entries?kind=contribution'))).body.items[0];
    expect((await office.post(url(`/entries/${contrib.id}/reverse`), { reason: 'Trả lại' })).body.error.code).toBe('OVER_ALLOCATION');
    const st = (await office.get(url('/statement'))).body;
    expect(st.totals).toMatchObject({ received: 10_000_000, allocated: 8_000_000, unallocated: 2_000_000, spent: 0 });
  });

  it('a commune reverses only its own expenditures', async () => {
    const office = await funded(10_000_000, 8_000_000);
    const e = await office.post(url('/expenditures'), expenditureBody(w));
    expect((await (await t.as('commune.yenthanh')).post(url(`/entries/${e.body.id}/reverse`), { reason: 'x' })).status).toBe(403);
    const alloc = (await office.get(url('/entries?kind=allocation'))).body.items[0];
    expect((await (await t.as('commune.tannam')).post(url(`/entries/${alloc.id}/reverse`), { reason: 'x' })).status).toBe(403);
  });
});

describe('the ledger in the database', () => {
  it('refuses UPDATE and DELETE on entries, postings and decisions', async () => {
    await funded(1_000_000, 0);
    await expect(sql`update fund_entries set amount = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from fund_postings`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from fund_entries`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await count('fund_postings')).toBe(2);
  });

  it('refuses postings that do not balance, and an expenditure whose total is not quantity × price', async () => {
    await funded(1_000_000, 0);
    const entry = await t.db.selectFrom('fund_entries').select('id').executeTakeFirstOrThrow();
    await expect(t.db.transaction().execute(async (trx) => {
      await trx.insertInto('fund_postings').values({ entry_id: entry.id, fund_id: fundId, account: 'fund', amount: 5 }).execute();
    })).rejects.toThrow(/do not balance/);
    await expect(t.db.insertInto('fund_entries').values({
      fund_id: fundId, kind: 'expenditure', amount: 999, entry_date: '2021-09-20', unit_id: w.units.tanNam.id, item: 'x', category: 'other',
      quantity: 2, uom: 'cái', unit_price: 500, vendor: 'v', invoice_no: '1', invoice_date: '2021-09-20', created_by: w.users.coordinator.id,
    }).execute()).rejects.toThrow(/check constraint/);
  });

  it('scopes a commune user to its own entries', async () => {
    const office = await funded(10_000_000, 5_000_000);
    await office.post(url('/allocations'), allocationBody(w, { unitId: w.units.yenThanh.id, amount: 5_000_000 }));
    const c = await t.as('commune.yenthanh');
    const list = await c.get(url('/entries'));
    expect(list.body.items.map((e: { kind: string; allocation: { commune: { name: string } } }) => e.allocation.commune.name)).toEqual(['Yên Thành']);
    expect((await c.get(url(`/entries?unitId=${w.units.tanNam.id}`))).status).toBe(403);
  });
});
