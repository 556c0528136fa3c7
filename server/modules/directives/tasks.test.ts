// Task instances over HTTP on the worker's database: "my tasks" per unit (overdue first), reports
// done with evidence (file, link, record) or "cannot do", only by the assignee's users or the
// coordinator (evidence for someone else's task → 403), bad evidence → 400, nothing written on
// failure, every report audited; and the coordinator's reopen.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.js';
import { directiveBody, setToday } from './directives.fixtures.js';

let t: TestApp;
let w: World;
let directiveId: number;

const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
const LINK = { evidence: { kind: 'link', url: 'https://tannam.quangbinh.example/bao-cao-tuan-37' } };

type Inst = { id: number; status: string; dueOn: string; occursOn: string; colour: string; onTime: boolean | null; actions: string[]; assignee: { label: string; key: string } };

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await setToday(t.db, '2021-10-01');
  directiveId = (await (await t.as('coordinator')).post('/api/v1/directives', directiveBody(w))).body.id;
});

async function mine(c: TestClient, query = ''): Promise<Inst[]> {
  const res = await c.get(`/api/v1/task-instances/mine${query}`);
  expect(res.status).toBe(200);
  return res.body.items;
}

async function audits(action: string) {
  return t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'task_instance').where('action', '=', action).execute();
}

async function stored(id: number) {
  return t.db.selectFrom('task_instances').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('GET /task-instances/mine', () => {
  it('needs a session', async () => {
    expect((await t.client().get('/api/v1/task-instances/mine')).status).toBe(401);
  });

  it("shows a commune only its own instances, overdue first then by due date", async () => {
    const items = await mine(await t.as('commune.tannam'), '?status=all');
    expect(items.map((i) => [i.occursOn, i.status, i.colour])).toEqual([
      ['2021-09-13', 'overdue', 'red'], ['2021-09-20', 'overdue', 'red'], ['2021-09-27', 'overdue', 'red'], ['2021-10-04', 'open', 'blue'],
    ]);
    expect(items.every((i) => i.assignee.label === 'Tân Nam')).toBe(true);
    expect(items[0].actions).toEqual(['done', 'cannot_do', 'attach']);
    expect(await mine(await t.as('commune.tannam'), '?status=overdue')).toHaveLength(3);
  });

  it('gives a group lead its group, the media centre its agency and role tasks, an agency without tasks nothing', async () => {
    const lead = await mine(await t.as('group_lead'));
    expect(new Set(lead.map((i) => i.assignee.label))).toEqual(new Set(['Nhóm 1']));
    expect(lead).toHaveLength(5);
    const media = await mine(await t.as('media'));
    expect(media.map((i) => [i.assignee.key.split(':')[0], i.status])).toEqual([
      ['agency', 'overdue'], ['agency', 'overdue'], ['agency', 'overdue'], ['role', 'overdue'], ['agency', 'open'],
    ]);
    expect(await mine(await t.as('agency'))).toEqual([]);
  });
});

describe('POST /task-instances/{id}/done', () => {
  async function firstOf(user: string) { return (await mine(await t.as(user)))[0]; }

  it('needs a session and tasks.report', async () => {
    const inst = await firstOf('commune.tannam');
    expect((await t.client().post(`/api/v1/task-instances/${inst.id}/done`, LINK)).status).toBe(401);
    const leader = await (await t.as('leader')).post(`/api/v1/task-instances/${inst.id}/done`, LINK);
    expect(leader.status).toBe(403);
    expect(leader.body.error.code).toBe('FORBIDDEN');
  });

  it("refuses evidence for someone else's task, and writes nothing", async () => {
    const inst = await firstOf('commune.tannam');
    const res = await (await t.as('commune.yenthanh')).post(`/api/v1/task-instances/${inst.id}/done`, LINK);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'NOT_TASK_ASSIGNEE', message: 'Nhiệm vụ này không giao cho đơn vị của bạn' });
    const group = (await firstOf('group_lead'));
    const other = (await t.db.selectFrom('task_instances').select('id').where('task_id', '=', (await stored(group.id)).task_id)
      .where('assignee_id', '!=', (await stored(group.id)).assignee_id).executeTakeFirstOrThrow()).id;
    expect((await (await t.as('group_lead')).post(`/api/v1/task-instances/${other}/done`, LINK)).status).toBe(403);
    expect((await stored(inst.id)).status).toBe('open');
    expect(await audits('complete')).toHaveLength(0);
  });

  it('refuses a link that is not an http(s) URL, naming the field, and writes nothing', async () => {
    const inst = await firstOf('commune.tannam');
    const c = await t.as('commune.tannam');
    for (const url of ['not a url', 'javascript:alert(1)', 'ftp://example.vn/x']) {
      const res = await c.post(`/api/v1/task-instances/${inst.id}/done`, { evidence: { kind: 'link', url } });
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0].field).toBe('evidence.url');
      expect(res.body.error.fields[0].vi).not.toBe(res.body.error.fields[0].en);
    }
    const noRecord = await c.post(`/api/v1/task-instances/${inst.id}/done`, { evidence: { kind: 'record', recordType: 'media_item', recordId: 999 } });
    expect(noRecord.status).toBe(400);
    expect(noRecord.body.error.fields[0].field).toBe('evidence.recordId');
    expect((await stored(inst.id)).status).toBe('open');
    expect(await audits('complete')).toHaveLength(0);
  });

  it('records a link, late when past due, audited; a second report is refused', async () => {
    const [late, , , upcoming] = await mine(await t.as('commune.tannam'));
    const c = await t.as('commune.tannam');
    const res = await c.post(`/api/v1/task-instances/${late.id}/done`, { ...LINK, note: 'Đã gửi qua hệ thống' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'done', doneOn: '2021-10-01', onTime: false, colour: 'yellow', actions: [],
      evidence: { kind: 'link', url: LINK.evidence.url }, note: 'Đã gửi qua hệ thống', reportedBy: { id: w.users.commune.id } });
    const early = await c.post(`/api/v1/task-instances/${upcoming.id}/done`, LINK);
    expect(early.body).toMatchObject({ status: 'done', onTime: true, colour: 'green' });
    const again = await c.post(`/api/v1/task-instances/${late.id}/done`, LINK);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('TASK_NOT_OPEN');
    const [audit] = await audits('complete');
    expect(audit).toMatchObject({ entity_id: String(late.id), user_id: w.users.commune.id });
    expect(audit.before).toMatchObject({ status: 'open' });
    expect(audit.after).toMatchObject({ status: 'done', evidenceKind: 'link', onTime: false });
  });

  it('takes a file attached to the instance itself, and only from its assignee', async () => {
    const inst = await firstOf('commune.tannam');
    const upload = (c: TestClient, entityId: number) => {
      const form = new FormData();
      form.set('file', new File([PNG], 'bien-ban.png', { type: 'image/png' }));
      form.set('entity', 'task_instance');
      form.set('entityId', String(entityId));
      return c.post('/api/v1/files', form);
    };
    expect((await upload(await t.as('commune.yenthanh'), inst.id)).status).toBe(403);
    const c = await t.as('commune.tannam');
    const file = await upload(c, inst.id);
    expect(file.status).toBe(201);
    const other = (await mine(c))[1];
    const wrong = await c.post(`/api/v1/task-instances/${other.id}/done`, { evidence: { kind: 'file', fileId: file.body.id } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].field).toBe('evidence.fileId');
    const ok = await c.post(`/api/v1/task-instances/${inst.id}/done`, { evidence: { kind: 'file', fileId: file.body.id } });
    expect(ok.status).toBe(200);
    expect(ok.body.evidence).toMatchObject({ kind: 'file', fileId: file.body.id, fileUrl: `/api/v1/files/${file.body.id}/content` });
    expect((await (await t.as('leader')).get(`/api/v1/files/${file.body.id}/content`)).status).toBe(200);
  });

  it('lets the coordinator report any task', async () => {
    const inst = await firstOf('group_lead');
    const res = await (await t.as('coordinator')).post(`/api/v1/task-instances/${inst.id}/done`, { evidence: { kind: 'record', recordType: 'workday', recordId: 12 } });
    expect(res.status).toBe(200);
    expect(res.body.evidence).toMatchObject({ kind: 'record', recordType: 'workday', recordId: 12 });
  });
});

describe('POST /task-instances/{id}/cannot-do and /reopen', () => {
  it('needs a reason from the assignee; the coordinator may reopen', async () => {
    const [inst] = await mine(await t.as('commune.tannam'));
    const c = await t.as('commune.tannam');
    const short = await c.post(`/api/v1/task-instances/${inst.id}/cannot-do`, { reason: 'mưa' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields[0].field).toBe('reason');
    expect((await (await t.as('commune.yenthanh')).post(`/api/v1/task-instances/${inst.id}/cannot-do`, { reason: 'Mưa lớn, sạt lở đường' })).status).toBe(403);
    expect((await stored(inst.id)).status).toBe('open');
    const ok = await c.post(`/api/v1/task-instances/${inst.id}/cannot-do`, { reason: 'Mưa lớn, sạt lở đường vào thôn' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'cannot_do', colour: 'orange', reason: 'Mưa lớn, sạt lở đường vào thôn' });
    expect(await audits('cannot_do')).toHaveLength(1);

    expect((await c.post(`/api/v1/task-instances/${inst.id}/reopen`)).status).toBe(403);
    const office = await t.as('coordinator');
    const reopened = await office.post(`/api/v1/task-instances/${inst.id}/reopen`);
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'overdue', reason: null, reportedBy: null });
    expect((await office.post(`/api/v1/task-instances/${inst.id}/reopen`)).status).toBe(409);
    expect(await audits('reopen')).toHaveLength(1);
  });
});

describe('tracking table and completion', () => {
  it('counts items × units with colours, overdue first, and changes as units report', async () => {
    expect((await t.client().get(`/api/v1/directives/${directiveId}/tracking`)).status).toBe(401);
    const leader = await t.as('leader');
    const tr = (await leader.get(`/api/v1/directives/${directiveId}/tracking`)).body;
    expect(tr.units.map((u: { label: string }) => u.label)).toEqual(['Văn phòng điều phối NTM', 'Nhóm 1', 'Nhóm 2', 'Trung tâm Văn hóa - Thông tin và Du lịch', 'media', 'Tân Nam', 'Yên Thành']); // items 2, 4, 6
    const communes = tr.rows.find((r: { item: { ordinal: number } }) => r.item.ordinal === 6);
    expect(communes.cells[0]).toMatchObject({ unitKey: `commune:${w.units.tanNam.id}`, total: 4, overdue: 3, open: 1, colour: 'red' });
    expect(tr.overdue[0]).toMatchObject({ status: 'overdue', dueOn: '2021-09-09' });
    expect(tr.totals.overall).toMatchObject({ total: 24, overdue: 19, open: 5 });

    const c = await t.as('commune.tannam');
    for (const i of (await mine(c, '?status=overdue'))) await c.post(`/api/v1/task-instances/${i.id}/done`, LINK);
    const after = (await leader.get(`/api/v1/directives/${directiveId}/tracking`)).body;
    const cell = after.rows.find((r: { item: { ordinal: number } }) => r.item.ordinal === 6).cells[0];
    expect(cell).toMatchObject({ overdue: 0, doneLate: 3, open: 1, colour: 'blue' });

    const rates = (await leader.get(`/api/v1/directive-units/completion?directiveId=${directiveId}`)).body;
    expect(rates.items[0].overdue).toBeGreaterThan(0);
    const tanNam = rates.items.find((x: { unit: { label: string } }) => x.unit.label === 'Tân Nam');
    expect(tanNam).toMatchObject({ due: 3, done: 3, doneLate: 3, upcoming: 0, completionRate: 1, timelinessRate: 0, colour: 'yellow' }); // to = today: 04/10 not counted
    expect(rates.items.at(-1).unit.label).toBe('Tân Nam');
    const one = (await leader.get(`/api/v1/directive-units/completion?unit=commune:${w.units.yenThanh.id}&from=2021-09-20&to=2021-09-30`)).body;
    expect(one.items).toEqual([expect.objectContaining({ due: 2, overdue: 2, done: 0, completionRate: 0, timelinessRate: null })]);
    const cellList = (await leader.get(`/api/v1/task-instances?directiveId=${directiveId}&unit=commune:${w.units.tanNam.id}&status=all`)).body;
    expect(cellList.total).toBe(4);
    expect((await leader.get('/api/v1/task-instances?unit=bad')).status).toBe(400);
  });
});
