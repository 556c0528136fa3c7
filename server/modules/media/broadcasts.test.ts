// Broadcast on the provincial station (conclusion §4) over HTTP on the worker's database: the
// media centre sends an item to a station and records whether it aired (day, link) or not (the
// explanation); a reportage's outcome — and only that — completes the monthly reportage task.
// 401 → 403 → 400 → 409/412 with nothing written; every change audited.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { directiveBody, setToday } from '../directives/index.js';

let t: TestApp;
let w: World;
const STATION = 'Đài Phát thanh - Truyền hình tỉnh';

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await setToday(t.db, '2021-10-01');
  expect((await (await t.as('coordinator')).post('/api/v1/directives', directiveBody(w))).status).toBe(201);
});

async function item(type: 'news' | 'reportage', extra: Record<string, unknown> = {}) {
  const res = await (await t.as('media')).post('/api/v1/media-items', {
    title: type === 'reportage' ? 'Phóng sự: Ngày thứ Bảy ở Tân Nam' : 'Tân Nam ra quân', type, channel: 'district_portal',
    publishedOn: '2021-09-26', url: 'https://quangbinh.example/tin/tan-nam', ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; task: { instanceId: number } | null };
}

const reportageInstances = () => t.db.selectFrom('task_instances as i').innerJoin('directive_tasks as t', 't.id', 'i.task_id')
  .select(['i.id', 'i.occurs_on', 'i.status', 'i.done_on', 'i.on_time', 'i.note', 'i.evidence_record_type', 'i.evidence_record_id'])
  .where('t.linked_record', '=', 'media_reportage').orderBy('i.occurs_on').execute();
const broadcasts = () => t.db.selectFrom('media_broadcasts').selectAll().execute();
const audits = () => t.db.selectFrom('audit_log').select(['entity', 'action']).where('entity', 'in', ['media_broadcast', 'task_instance']).orderBy('id').execute();

describe('POST /media-items/{id}/broadcasts', () => {
  it('needs a session and media.write on the item; bad input names the field; nothing is written', async () => {
    const { id } = await item('reportage');
    const send = { station: STATION, sentOn: '2021-09-28' };
    expect((await t.client().post(`/api/v1/media-items/${id}/broadcasts`, send)).status).toBe(401);
    expect((await (await t.as('agency')).post(`/api/v1/media-items/${id}/broadcasts`, send)).status).toBe(403);
    const c = await t.as('media');
    expect((await c.post(`/api/v1/media-items/${id + 99}/broadcasts`, send)).status).toBe(404);
    const bad = await c.post(`/api/v1/media-items/${id}/broadcasts`, { station: 'Đ', sentOn: '28/09/2021' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['sentOn', 'station']);
    const future = await c.post(`/api/v1/media-items/${id}/broadcasts`, { ...send, sentOn: '2021-10-02' });
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0]).toMatchObject({ field: 'sentOn', vi: 'Ngày này không được sau hôm nay', en: 'This day cannot be in the future' });
    expect(await broadcasts()).toHaveLength(0);
    expect(await audits()).toEqual([]);
  });

  it('records the send, refuses a second one to the same station while it waits, and lets the office send too', async () => {
    const { id } = await item('reportage');
    const c = await t.as('media');
    const sent = await c.post(`/api/v1/media-items/${id}/broadcasts`, { station: STATION, sentOn: '2021-09-28', note: 'Gửi qua thư điện tử' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ item: { id, type: 'reportage' }, station: STATION, sentOn: '2021-09-28', status: 'sent', airedOn: null,
      task: null, actions: ['outcome'], sentBy: { displayName: expect.any(String) } });
    const again = await c.post(`/api/v1/media-items/${id}/broadcasts`, { station: STATION, sentOn: '2021-09-29' });
    expect(again.status).toBe(409);
    expect(again.body.error.fields[0]).toMatchObject({ field: 'station', vi: 'Tin, bài này đã gửi đài này và đang chờ phát' });
    const office = await (await t.as('coordinator')).post(`/api/v1/media-items/${id}/broadcasts`, { station: 'Đài Truyền hình Việt Nam', sentOn: '2021-09-29' });
    expect(office.status).toBe(201);
    expect(await broadcasts()).toHaveLength(2);
    expect(await audits()).toEqual([{ entity: 'media_broadcast', action: 'send' }, { entity: 'media_broadcast', action: 'send' }]);
    // Everyone who reads media sees the list; only editors get the outcome action.
    const read = (await (await t.as('leader')).get('/api/v1/media-broadcasts?status=sent')).body.items;
    expect(read.map((b: { station: string; actions: string[] }) => [b.station, b.actions])).toEqual([['Đài Truyền hình Việt Nam', []], [STATION, []]]);
  });
});

describe('POST /media-broadcasts/{id}/outcome', () => {
  it("a reportage aired on the provincial station completes September's reportage task on its broadcast day", async () => {
    const { id, task } = await item('reportage');
    expect(task).toBeNull();
    expect((await reportageInstances())[0]).toMatchObject({ occurs_on: '2021-09-30', status: 'open' });
    const c = await t.as('media');
    const sent = (await c.post(`/api/v1/media-items/${id}/broadcasts`, { station: STATION, sentOn: '2021-09-27' })).body;
    const aired = await c.post(`/api/v1/media-broadcasts/${sent.id}/outcome`, { outcome: 'aired', airedOn: '2021-09-30', url: 'https://hagiangtv.example/phong-su/tan-nam' },
      { 'if-match': `W/"${sent.version}"` });
    expect(aired.status, JSON.stringify(aired.body)).toBe(200);
    expect(aired.body).toMatchObject({ status: 'aired', airedOn: '2021-09-30', airedUrl: 'https://hagiangtv.example/phong-su/tan-nam', explanation: null,
      task: { dueOn: '2021-09-30', onTime: true }, actions: [], version: 2 });
    const [sept] = await reportageInstances();
    expect(sept).toMatchObject({ id: aired.body.task.instanceId, status: 'done', done_on: '2021-09-30', on_time: true,
      evidence_record_type: 'media_item', evidence_record_id: id, note: `Đã phát trên ${STATION} ngày 30/09/2021` });
    expect((await c.get(`/api/v1/media-items/${id}`)).body.task).toMatchObject({ instanceId: sept.id });
    expect(await audits()).toEqual([{ entity: 'media_broadcast', action: 'send' }, { entity: 'task_instance', action: 'complete' },
      { entity: 'media_broadcast', action: 'aired' }]);
    // An outcome is recorded once; a stale version is refused before that.
    expect((await c.post(`/api/v1/media-broadcasts/${sent.id}/outcome`, { outcome: 'aired', airedOn: '2021-09-30' }, { 'if-match': `W/"${sent.version}"` })).status).toBe(412);
    const twice = await c.post(`/api/v1/media-broadcasts/${sent.id}/outcome`, { outcome: 'not_aired', explanation: 'Nhầm lẫn khi ghi' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.fields[0]).toMatchObject({ field: 'outcome', en: "The broadcast's outcome is already recorded" });
    // Aired on that station: sending it there again is refused.
    expect((await c.post(`/api/v1/media-items/${id}/broadcasts`, { station: STATION, sentOn: '2021-10-01' })).status).toBe(409);
  });

  it('a reportage the station did not air completes the task only with an explanation, done the day it is explained', async () => {
    const { id } = await item('reportage');
    const c = await t.as('media');
    const sent = (await c.post(`/api/v1/media-items/${id}/broadcasts`, { station: STATION, sentOn: '2021-09-28' })).body;
    const bare = await c.post(`/api/v1/media-broadcasts/${sent.id}/outcome`, { outcome: 'not_aired' });
    expect(bare.status).toBe(400);
    expect(bare.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['explanation']);
    const early = await c.post(`/api/v1/media-broadcasts/${sent.id}/outcome`, { outcome: 'aired', airedOn: '2021-09-27' });
    expect(early.status).toBe(400);
    expect(early.body.error.fields[0]).toMatchObject({ field: 'airedOn', vi: 'Ngày phát sóng không được trước ngày gửi đài' });
    const later = await c.post(`/api/v1/media-broadcasts/${sent.id}/outcome`, { outcome: 'aired', airedOn: '2021-10-02' });
    expect(later.body.error.fields[0]).toMatchObject({ field: 'airedOn', en: 'This day cannot be in the future' });
    expect((await (await t.as('inspector')).post(`/api/v1/media-broadcasts/${sent.id}/outcome`, { outcome: 'aired', airedOn: '2021-09-29' })).status).toBe(403);
    expect((await reportageInstances())[0].status).toBe('open');
    expect(await audits()).toEqual([{ entity: 'media_broadcast', action: 'send' }]);

    const explained = await c.post(`/api/v1/media-broadcasts/${sent.id}/outcome`, { outcome: 'not_aired', explanation: 'Đài chưa bố trí được thời lượng trong tháng 9' });
    expect(explained.status).toBe(200);
    expect(explained.body).toMatchObject({ status: 'not_aired', airedOn: null, explanation: 'Đài chưa bố trí được thời lượng trong tháng 9', task: { dueOn: '2021-09-30', onTime: false } });
    expect((await reportageInstances())[0]).toMatchObject({ status: 'done', done_on: '2021-10-01', on_time: false,
      note: `${STATION} không phát: Đài chưa bố trí được thời lượng trong tháng 9` });
    // Not aired there: it may be sent again.
    expect((await c.post(`/api/v1/media-items/${id}/broadcasts`, { station: STATION, sentOn: '2021-10-01' })).status).toBe(201);
  });

  it("a news item's broadcast completes no task: its weekly news task was done when it was recorded", async () => {
    const news = await item('news');
    expect(news.task).not.toBeNull();
    const c = await t.as('media');
    const sent = (await c.post(`/api/v1/media-items/${news.id}/broadcasts`, { station: STATION, sentOn: '2021-09-26' })).body;
    const aired = await c.post(`/api/v1/media-broadcasts/${sent.id}/outcome`, { outcome: 'aired', airedOn: '2021-09-27' });
    expect(aired.status).toBe(200);
    expect(aired.body.task).toBeNull();
    expect((await reportageInstances()).every((i) => i.status === 'open')).toBe(true);
    expect((await c.get('/api/v1/media-broadcasts?status=aired')).body.items.map((b: { id: number }) => b.id)).toEqual([sent.id]);
    expect((await c.get('/api/v1/media-broadcasts?status=sent')).body.items).toEqual([]);
  });
});
