// Acceptance of poured segments and guidance documents over HTTP: only the inspector records them;
// only a poured segment is accepted; a rejection needs reasons and sends the segment back to be
// redone; the roads module's history records the move.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectDescribedBy } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { makeRoad } from '../../../test/helpers/materials.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { GuidanceDocumentOut } from '../guidance/index.js';

let t: TestApp;
let w: World;
beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

const body = (v: Record<string, unknown> = {}) => ({
  inspectedOn: '2021-10-05', decision: 'accepted', grade: 'M200',
  measurements: [{ atMm: 10_000, widthMm: 3_010, thicknessMm: 160 }, { atMm: 75_000, widthMm: 2_990, thicknessMm: 152 }, { atMm: 140_000, widthMm: 3_000, thicknessMm: 135 }], ...v,
});

describe('POST /segments/{id}/acceptances', () => {
  it('401 → 403 → not poured → bad input → accepted, with the segment history', async () => {
    const { segments } = await makeRoad(t.db, w.units.tanNam.id, ['poured', 'planned']);
    const url = `/api/v1/segments/${segments[0].id}/acceptances`;
    expect((await t.client().post(url, body())).status).toBe(401);
    expect((await (await t.as('commune.tannam')).post(url, body())).status).toBe(403);
    const c = await t.as('inspector');
    const notPoured = await c.post(`/api/v1/segments/${segments[1].id}/acceptances`, body());
    expect(notPoured.status).toBe(409);
    expect(notPoured.body.error.code).toBe('SEGMENT_NOT_POURED');
    const outside = await c.post(url, body({ measurements: [{ atMm: 200_000, widthMm: 3_000, thicknessMm: 150 }] }));
    expect(outside.body.error.fields[0].field).toBe('measurements.0.atMm');
    const noReason = await c.post(url, body({ decision: 'rejected' }));
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0]).toMatchObject({ field: 'reasons', vi: expect.stringContaining('lý do'), en: expect.stringContaining('reasons') });
    const blankReason = await c.post(url, body({ decision: 'rejected', reasons: '   ' }));
    expect(blankReason.body.error.fields[0].field).toBe('reasons');
    expect(await t.db.selectFrom('segment_acceptances').selectAll().execute()).toHaveLength(0);
    const ok = await c.post(url, body());
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ decision: 'accepted', design: { widthMm: 3_000, thicknessMm: 150 },
      summary: { minWidthMm: 2_990, minThicknessMm: 135, pointsBelowDesign: 1 } });
    const seg = await t.db.selectFrom('segments').select(['status', 'accepted_on']).where('id', '=', segments[0].id).executeTakeFirstOrThrow();
    expect(seg).toEqual({ status: 'accepted', accepted_on: '2021-10-05' });
    const history = await t.db.selectFrom('segment_history').select(['from_status', 'to_status', 'user_id']).where('segment_id', '=', segments[0].id).execute();
    expect(history).toEqual([{ from_status: 'poured', to_status: 'accepted', user_id: w.users.inspector.id }]);
    expect((await c.get(url)).body.items).toHaveLength(1);
  });

  it('a rejected segment goes back to be redone', async () => {
    const { segments } = await makeRoad(t.db, w.units.tanNam.id, ['poured', 'planned']);
    const res = await (await t.as('inspector')).post(`/api/v1/segments/${segments[0].id}/acceptances`,
      body({ decision: 'rejected', reasons: 'Chiều dày không đạt, mặt bê tông bị rỗ' }));
    expect(res.status).toBe(201);
    expect((await t.db.selectFrom('segments').select('status').where('id', '=', segments[0].id).executeTakeFirstOrThrow()).status).toBe('rejected');
  });
});

describe('guidance documents', () => {
  it('the inspector publishes versions; everyone reads the one in effect', async () => {
    const doc = { title: 'Hướng dẫn kỹ thuật thi công đường bê tông xi măng', effectiveFrom: '2021-09-15', summary: 'Mác M200, dày 15–18 cm' };
    expect((await (await t.as('commune.tannam')).post('/api/v1/guidance', doc)).status).toBe(403);
    const c = await t.as('inspector');
    const v1 = await c.post('/api/v1/guidance', doc);
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ docKey: 'huong-dan-ky-thuat-thi-cong-duong-be-tong-xi-mang', versionNo: 1 });
    const early = await c.post('/api/v1/guidance', { ...doc, docKey: v1.body.docKey, effectiveFrom: '2021-09-01' });
    expect(early.body.error.fields[0].field).toBe('effectiveFrom');
    const v2 = await c.post('/api/v1/guidance', { ...doc, docKey: v1.body.docKey, effectiveFrom: '2021-10-01', summary: 'Bổ sung khe co giãn' });
    expect(v2.body.versionNo).toBe(2);
    const reader = await t.as('group_lead');
    const sept = (await reader.get('/api/v1/guidance?asOf=2021-09-20')).body.items[0];
    expect(sept).toMatchObject({ current: { versionNo: 1 }, upcoming: [{ versionNo: 2 }] });
    expectDescribedBy(GuidanceDocumentOut, sept);
    expectDescribedBy(GuidanceDocumentOut, (await reader.get('/api/v1/guidance?asOf=2021-09-01')).body.items[0]); // none in effect yet: current null
    const oct = (await reader.get('/api/v1/guidance?asOf=2021-10-02')).body.items[0];
    expect(oct.current.versionNo).toBe(2);
    const form = new FormData();
    form.set('file', new File([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], 'huong-dan.pdf'));
    form.set('entity', 'guidance_document');
    form.set('entityId', String(v2.body.id));
    expect((await c.post('/api/v1/files', form)).status).toBe(201);
    expect((await reader.get(`/api/v1/guidance/${v2.body.id}`)).body.files).toHaveLength(1);
  });
});
