// Media items and the photo library over HTTP on the worker's database: recording a news item
// completes the media centre's weekly news task (a reportage's task waits for its broadcast:
// broadcasts.test.ts); 401 → 403 → 400 → success with
// audit rows and nothing written on failure; photos tagged by commune, road, segment and day, with
// before/after pairs.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectDescribedBy } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { makeRoad } from '../../../test/helpers/materials.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { PhotoLibraryOut } from './media.schema.js';
import { directiveBody, setToday } from '../directives/index.js';

let t: TestApp;
let w: World;
/** A 1×1 PNG: a real image for the file store's type check. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await setToday(t.db, '2021-10-01');
  expect((await (await t.as('coordinator')).post('/api/v1/directives', directiveBody(w))).status).toBe(201);
});

const news = (extra: Record<string, unknown> = {}) => ({
  title: 'Xã Tân Nam ra quân "Ngày thứ 7 vì nông thôn mới"', type: 'news', channel: 'district_portal', publishedOn: '2021-09-26',
  url: 'https://quangbinh.example/tin-tuc/tan-nam-ra-quan', ...extra,
});

const mediaRows = () => t.db.selectFrom('media_items').selectAll().execute();

describe('POST /media-items', () => {
  it('needs a session and media.write; bad input names the field; nothing is written', async () => {
    expect((await t.client().post('/api/v1/media-items', news())).status).toBe(401);
    expect((await (await t.as('commune.tannam')).post('/api/v1/media-items', news())).status).toBe(403);
    const c = await t.as('media');
    const badUrl = await c.post('/api/v1/media-items', news({ url: 'quangbinh.example/tin' }));
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['url']);
    const future = await c.post('/api/v1/media-items', news({ publishedOn: '2021-10-02' }));
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0]).toMatchObject({ field: 'publishedOn', vi: 'Ngày đăng không được sau hôm nay' });
    const badType = await c.post('/api/v1/media-items', news({ type: 'podcast', channel: 'radio' }));
    expect(badType.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['channel', 'type']);
    expect(await mediaRows()).toHaveLength(0);
    expect(await t.db.selectFrom('audit_log').select('id').where('entity', 'in', ['media_item', 'task_instance']).execute()).toHaveLength(0);
  });

  it("completes the week's news task: on time after its Saturday, late for an older one", async () => {
    const c = await t.as('media');
    const first = await c.post('/api/v1/media-items', news({ workdayIds: [3, 4], roadIds: [7] }));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ type: 'news', workdayIds: [3, 4], roadIds: [7], agency: { id: w.agencies.memberB.id },
      task: { occursOn: '2021-09-25', dueOn: '2021-09-27', onTime: true }, actions: ['edit', 'attach'] });
    const second = await c.post('/api/v1/media-items', news({ title: 'Tin thứ hai' }));
    expect(second.body.task).toMatchObject({ occursOn: '2021-09-18', onTime: false });
    const inst = await t.db.selectFrom('task_instances').selectAll().where('id', '=', first.body.task.instanceId).executeTakeFirstOrThrow();
    expect(inst).toMatchObject({ status: 'done', done_on: '2021-09-26', evidence_kind: 'record', evidence_record_type: 'media_item', evidence_record_id: first.body.id });
    const audits = await t.db.selectFrom('audit_log').select(['entity', 'action']).where('entity', 'in', ['media_item', 'task_instance']).orderBy('id').execute();
    expect(audits).toEqual([{ entity: 'task_instance', action: 'complete' }, { entity: 'media_item', action: 'create' },
      { entity: 'task_instance', action: 'complete' }, { entity: 'media_item', action: 'create' }]);
  });

  it("leaves the month's reportage task open when a reportage is recorded: it is done when the reportage airs", async () => {
    const c = await t.as('media');
    const res = await c.post('/api/v1/media-items', news({ type: 'reportage', channel: 'provincial_tv', publishedOn: '2021-09-29', title: 'Phóng sự tháng 9' }));
    expect(res.status).toBe(201);
    expect(res.body.task).toBeNull();
    expect((await c.get('/api/v1/task-instances/mine?status=done')).body.items).toEqual([]);
    // Naming the task explicitly is refused, with the reason, and writes nothing.
    const open = (await c.get('/api/v1/task-instances/mine')).body.items.find((i: { linkedRecord: string }) => i.linkedRecord === 'media_reportage');
    const named = await c.post('/api/v1/media-items', news({ type: 'reportage', title: 'Phóng sự khác', taskInstanceId: open.id }));
    expect(named.status).toBe(400);
    expect(named.body.error.fields[0]).toMatchObject({ field: 'taskInstanceId', en: expect.stringContaining('aired') });
    expect(await mediaRows()).toHaveLength(1);
  });

  it("refuses to complete someone else's task or a closed one, writing nothing", async () => {
    const commune = await t.db.selectFrom('task_instances as i').innerJoin('task_assignees as a', 'a.id', 'i.assignee_id')
      .select('i.id').where('a.kind', '=', 'commune').executeTakeFirstOrThrow();
    const c = await t.as('media');
    const res = await c.post('/api/v1/media-items', news({ taskInstanceId: commune.id }));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('NOT_TASK_ASSIGNEE');
    expect(await mediaRows()).toHaveLength(0);
    const done = (await c.post('/api/v1/media-items', news())).body.task.instanceId;
    const again = await c.post('/api/v1/media-items', news({ taskInstanceId: done }));
    expect(again.status).toBe(409);
    expect(await mediaRows()).toHaveLength(1);
  });
});

describe('GET and PATCH /media-items', () => {
  it('lists for every role, filters, and lets only the media centre or the office edit', async () => {
    const c = await t.as('media');
    const { body: item } = await c.post('/api/v1/media-items', news());
    await c.post('/api/v1/media-items', news({ type: 'video', channel: 'social_page', title: 'Video Yên Thành' }));
    const reader = await t.as('agency');
    expect((await reader.get('/api/v1/media-items')).body.items).toHaveLength(2);
    expect((await reader.get('/api/v1/media-items?channel=social_page')).body.items.map((i: { title: string }) => i.title)).toEqual(['Video Yên Thành']);
    expect((await reader.get('/api/v1/media-items?q=TAN%20NAM')).body.items).toHaveLength(1);
    expect((await reader.get(`/api/v1/media-items/${item.id}`)).body.actions).toEqual([]);
    expect((await (await t.as('inspector')).patch(`/api/v1/media-items/${item.id}`, { title: 'Khác' })).status).toBe(403);
    const ok = await c.patch(`/api/v1/media-items/${item.id}`, { title: 'Tân Nam ra quân tuần 39' }, { 'if-match': `W/"${item.version}"` });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ title: 'Tân Nam ra quân tuần 39', task: { instanceId: item.task.instanceId } });
    expect((await c.patch(`/api/v1/media-items/${item.id}`, { title: 'Lần nữa' }, { 'if-match': `W/"${item.version}"` })).status).toBe(412);
    expect((await (await t.as('coordinator')).patch(`/api/v1/media-items/${item.id}`, { note: 'Đã phát lại trên Đài tỉnh' })).status).toBe(200);
  });
});

describe('photo library', () => {
  /** A stored photo as the workdays or inspections modules will store them. */
  async function photo(entity: string, v: { mime?: string; uploadedBy?: number; at?: string } = {}) {
    return t.db.insertInto('files').values({
      entity, entity_id: 1, filename: `${entity}.jpg`, mime: v.mime ?? 'image/jpeg', size_bytes: 100, sha256: 'x',
      storage_key: `test/${randomUUID()}.jpg`, uploaded_by: v.uploadedBy ?? null, created_at: v.at ?? '2021-09-25T02:00:00Z',
    }).returning('id').executeTakeFirstOrThrow();
  }

  it('tags photos (media centre or uploader), naming bad fields, audited', async () => {
    const p = await photo('workday', { uploadedBy: w.users.commune.id });
    expect((await t.client().send('PUT', `/api/v1/photos/${p.id}/tags`, { communeId: w.units.tanNam.id })).status).toBe(401);
    expect((await (await t.as('commune.yenthanh')).send('PUT', `/api/v1/photos/${p.id}/tags`, { communeId: w.units.tanNam.id })).status).toBe(403);
    const c = await t.as('media');
    const noSegment = await c.send('PUT', `/api/v1/photos/${p.id}/tags`, { phase: 'before' });
    expect(noSegment.status).toBe(400);
    expect(noSegment.body.error.fields[0].field).toBe('phase');
    const village = await c.send('PUT', `/api/v1/photos/${p.id}/tags`, { communeId: w.units.villageTN.id });
    expect(village.body.error).toMatchObject({ code: 'NOT_A_COMMUNE', fields: [{ field: 'communeId' }] });
    const scan = await photo('directive', { mime: 'application/pdf' });
    expect((await c.send('PUT', `/api/v1/photos/${scan.id}/tags`, { communeId: w.units.tanNam.id })).body.error.fields[0].field).toBe('fileId');
    expect((await c.send('PUT', '/api/v1/photos/99999/tags', {})).status).toBe(404);
    expect(await t.db.selectFrom('photo_tags').select('file_id').execute()).toHaveLength(0);

    expect((await (await t.as('commune.tannam')).send('PUT', `/api/v1/photos/${p.id}/tags`, { communeId: w.units.tanNam.id, takenOn: '2021-09-25' })).status).toBe(200);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'photo').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'tag', entity_id: String(p.id), user_id: w.users.commune.id });
  });

  it('lists photos by commune, road, segment and day, with before and after side by side', async () => {
    const c = await t.as('media');
    const tag = async (entity: string, tags: Record<string, unknown>) => {
      const p = await photo(entity);
      expect((await c.send('PUT', `/api/v1/photos/${p.id}/tags`, tags)).status).toBe(200);
      return p.id;
    };
    const seg = { communeId: w.units.tanNam.id, roadId: 11, segmentId: 5 };
    const before = await tag('workday', { ...seg, phase: 'before', takenOn: '2021-09-18' });
    const after = await tag('acceptance', { ...seg, phase: 'after', takenOn: '2021-09-25', caption: 'Sau khi đổ bê tông' });
    const other = await tag('inspection', { communeId: w.units.yenThanh.id, roadId: 12, takenOn: '2021-09-20' });
    const untagged = await photo('workday', { at: '2021-10-01T20:00:00Z' }); // 02/10 in Vietnam
    await photo('agency'); // not a campaign photo

    expect((await t.client().get('/api/v1/photos')).status).toBe(401);
    const all = (await c.get('/api/v1/photos')).body;
    expect(all.total).toBe(4);
    expect(all.items.map((p: { fileId: number }) => p.fileId)).toEqual([untagged.id, after, other, before]);
    expect(all.items[0]).toMatchObject({ date: '2021-10-02', tagged: false, communeId: null });
    const tanNam = (await (await t.as('leader')).get(`/api/v1/photos?communeId=${w.units.tanNam.id}`)).body;
    expect(tanNam.items.map((p: { fileId: number }) => p.fileId)).toEqual([after, before]);
    expect(tanNam.pairs).toEqual([expect.objectContaining({ segmentId: 5, roadId: 11, before: expect.objectContaining({ fileId: before }),
      after: expect.objectContaining({ fileId: after, caption: 'Sau khi đổ bê tông', communeName: 'Tân Nam' }) })]);
    expectDescribedBy(PhotoLibraryOut, tanNam);
    expectDescribedBy(PhotoLibraryOut, all);
    expect((await c.get('/api/v1/photos?roadId=12')).body.items.map((p: { fileId: number }) => p.fileId)).toEqual([other]);
    expect((await c.get('/api/v1/photos?from=2021-09-19&to=2021-09-30')).body.items.map((p: { fileId: number }) => p.fileId)).toEqual([after, other]);
    expect((await c.get('/api/v1/photos?entity=inspection')).body.total).toBe(1);
  });

  it("an untagged acceptance photo takes its segment's road, commune and day: the road filter finds it", async () => {
    const { road, segments } = await makeRoad(t.db, w.units.yenThanh.id, ['poured', 'planned']);
    const inspector = await t.as('inspector');
    const accepted = await inspector.post(`/api/v1/segments/${segments[0].id}/acceptances`, {
      inspectedOn: '2021-10-05', decision: 'accepted', grade: 'M200', measurements: [{ atMm: 50_000, widthMm: 3_000, thicknessMm: 150 }],
    });
    expect(accepted.status).toBe(201);
    const form = new FormData();
    form.set('entity', 'segment_acceptance');
    form.set('entityId', String(accepted.body.id));
    form.set('file', new File([Buffer.from(PNG, 'base64')], 'nghiem-thu.png'));
    const up = await inspector.post('/api/v1/files', form);
    expect(up.status).toBe(201);
    await photo('workday'); // an untagged photo of another record: not on this road

    const c = await t.as('leader');
    const onRoad = (await c.get(`/api/v1/photos?roadId=${road.id}`)).body;
    expect(onRoad.items).toEqual([expect.objectContaining({
      fileId: up.body.id, entity: 'segment_acceptance', roadId: road.id, segmentId: segments[0].id, communeId: w.units.yenThanh.id,
      communeName: 'Yên Thành', date: '2021-10-05', tagged: false,
    })]);
    expect((await c.get(`/api/v1/photos?communeId=${w.units.yenThanh.id}`)).body.total).toBe(1);
    expect((await c.get('/api/v1/photos?entity=acceptance')).body.items.map((p: { fileId: number }) => p.fileId)).toEqual([up.body.id]);
    expect((await c.get(`/api/v1/photos?roadId=${road.id + 1000}`)).body.total).toBe(0);
    // Tagging it is allowed like any library photo.
    expect((await (await t.as('media')).send('PUT', `/api/v1/photos/${up.body.id}/tags`, { caption: 'Mặt đường sau nghiệm thu' })).status).toBe(200);
  });
});
