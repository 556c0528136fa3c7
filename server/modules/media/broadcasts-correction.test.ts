// Correcting a broadcast's recorded outcome (issue 18) on the worker's database: If-Match and a
// reason are required, a refusal writes nothing; the correction is audited with before and after;
// the monthly reportage task the outcome completed is recomputed from the new outcome (done day,
// on time or not, note), the same instance, never a second one.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { directiveBody, setToday } from '../directives/index.js';

let t: TestApp;
let w: World;
const STATION = 'Đài Phát thanh - Truyền hình tỉnh';

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await setToday(t.db, '2021-10-03');
  expect((await (await t.as('coordinator')).post('/api/v1/directives', directiveBody(w))).status).toBe(201);
});

const reportageInstances = () => t.db.selectFrom('task_instances as i').innerJoin('directive_tasks as t', 't.id', 'i.task_id')
  .select(['i.id', 'i.occurs_on', 'i.status', 'i.done_on', 'i.on_time', 'i.note'])
  .where('t.linked_record', '=', 'media_reportage').where('i.status', '=', 'done').orderBy('i.occurs_on').execute();

describe('POST /media-broadcasts/{id}/correction', () => {
  it('needs If-Match and a reason; corrects "not aired" to "aired" and recomputes the reportage task; audited', async () => {
    const c = await t.as('media');
    const made = await c.post('/api/v1/media-items', { title: 'Phóng sự: Ngày thứ Bảy ở Tân Nam', type: 'reportage', channel: 'district_portal',
      publishedOn: '2021-09-26', url: 'https://quangbinh.example/tin/tan-nam' });
    const sent = (await c.post(`/api/v1/media-items/${made.body.id}/broadcasts`, { station: STATION, sentOn: '2021-09-27' })).body;
    const notAired = await c.post(`/api/v1/media-broadcasts/${sent.id}/outcome`, { outcome: 'not_aired', explanation: 'Đài chưa bố trí được thời lượng' });
    expect(notAired.body).toMatchObject({ status: 'not_aired', actions: ['correct'], task: { onTime: false } });
    const [before] = await reportageInstances();
    expect(before).toMatchObject({ done_on: '2021-10-03', on_time: false });

    const body = { outcome: 'aired', airedOn: '2021-09-29', url: 'https://hagiangtv.example/phong-su/tan-nam', reason: 'Đài đã phát ngày 29/9, ghi nhầm' };
    const v = { 'if-match': `W/"${notAired.body.version}"` };
    const inspector = await t.as('inspector'); // signed in first: a sign-in writes its session
    await expectNothingWritten(t.db, async () => {
      const noVersion = await c.post(`/api/v1/media-broadcasts/${sent.id}/correction`, body);
      expect(noVersion.status).toBe(400);
      expect(noVersion.body.error.fields[0]).toMatchObject({ field: 'If-Match' });
      expect((await c.post(`/api/v1/media-broadcasts/${sent.id}/correction`, body, { 'if-match': 'W/"1"' })).status).toBe(412);
      const noReason = await c.post(`/api/v1/media-broadcasts/${sent.id}/correction`, { ...body, reason: '' }, v);
      expect(noReason.status).toBe(400);
      expect(noReason.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
      const early = await c.post(`/api/v1/media-broadcasts/${sent.id}/correction`, { ...body, airedOn: '2021-09-20' }, v);
      expect(early.body.error.fields[0]).toMatchObject({ field: 'airedOn', vi: 'Ngày phát sóng không được trước ngày gửi đài' });
      expect((await inspector.post(`/api/v1/media-broadcasts/${sent.id}/correction`, body, v)).status).toBe(403);
    });

    const fixed = await c.post(`/api/v1/media-broadcasts/${sent.id}/correction`, body, v);
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body).toMatchObject({ status: 'aired', airedOn: '2021-09-29', explanation: null, version: notAired.body.version + 1,
      task: { instanceId: before.id, dueOn: '2021-09-30', onTime: true }, actions: ['correct'] });
    // The same instance, done again from the new outcome: on its broadcast day, on time, with the new note.
    expect(await reportageInstances()).toEqual([{ ...before, done_on: '2021-09-29', on_time: true, note: `Đã phát trên ${STATION} ngày 29/09/2021` }]);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'summary', 'before', 'after']).where('entity', '=', 'media_broadcast')
      .where('entity_id', '=', String(sent.id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['send', 'not_aired', 'correct_outcome']);
    expect(audit[2].summary).toContain('Đài đã phát ngày 29/9, ghi nhầm');
    expect(audit[2].before).toMatchObject({ status: 'not_aired' });
    expect(audit[2].after).toMatchObject({ status: 'aired' });
  });

  it('a broadcast still waiting has no outcome to correct', async () => {
    const c = await t.as('media');
    const made = await c.post('/api/v1/media-items', { title: 'Tân Nam ra quân', type: 'news', channel: 'district_portal', publishedOn: '2021-09-26', url: 'https://quangbinh.example/tin/1' });
    const sent = (await c.post(`/api/v1/media-items/${made.body.id}/broadcasts`, { station: STATION, sentOn: '2021-09-27' })).body;
    expect(sent.actions).toEqual(['outcome']);
    const res = await c.post(`/api/v1/media-broadcasts/${sent.id}/correction`, { outcome: 'aired', airedOn: '2021-09-28', reason: 'Sửa ngày phát' }, { 'if-match': `W/"${sent.version}"` });
    expect(res.status).toBe(409);
    expect(res.body.error.fields[0]).toMatchObject({ field: 'outcome' });
  });
});
