// Directives over HTTP on the worker's database (PGlite, or PostgreSQL with DATABASE_URL):
// 401 → 403 → bad input (a due date before the directive, a recurrence without an end, a unit
// outside the campaign) → success, with the audit row, the first instances and "task assigned".
import { beforeEach, describe, expect, it } from 'vitest';
import { makeCampaign, makeGroup, makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { directiveBody, setToday } from './directives.fixtures.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await setToday(t.db, '2021-10-01');
});

const count = async (table: 'directives' | 'directive_tasks' | 'task_instances' | 'notifications') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

/** No directive, task, instance, notification or audit entry of them (sign-ins are audited too). */
async function nothingWritten() {
  for (const table of ['directives', 'directive_tasks', 'task_instances', 'notifications'] as const) expect(await count(table)).toBe(0);
  expect(await t.db.selectFrom('audit_log').select('id').where('entity', 'in', ['directive', 'directive_task', 'task_instance']).execute()).toHaveLength(0);
}

describe('POST /directives', () => {
  it('needs a session and the directives.write permission, and writes nothing otherwise', async () => {
    expect((await t.client().post('/api/v1/directives', directiveBody(w))).status).toBe(401);
    for (const u of ['commune.tannam', 'leader', 'media']) {
      const res = await (await t.as(u)).post('/api/v1/directives', directiveBody(w));
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    await nothingWritten();
  });

  it('refuses a due date before the directive, naming the field, and writes nothing', async () => {
    const body = directiveBody(w);
    body.items[0].tasks[0].dueDate = '2021-09-08';
    const res = await (await t.as('coordinator')).post('/api/v1/directives', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('DUE_BEFORE_DIRECTIVE');
    expect(res.body.error.fields).toEqual([{ field: 'items.0.tasks.0.dueDate', code: 'DUE_BEFORE_DIRECTIVE',
      vi: 'Hạn hoàn thành không được trước ngày ban hành văn bản', en: 'The due date cannot be before the directive was issued' }]);
    await nothingWritten();
  });

  it('refuses a recurrence without an end, and writes nothing', async () => {
    const body = directiveBody(w);
    delete (body.items[1].tasks[0] as { endDate?: string }).endDate;
    const res = await (await t.as('coordinator')).post('/api/v1/directives', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('RECURRENCE_END_REQUIRED');
    expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['items.1.tasks.0.endDate']);
    expect(res.body.error.message).toContain('ngày kết thúc');
    await nothingWritten();
  });

  it('names every problem at once, and refuses units outside the campaign', async () => {
    const other = await makeCampaign(t.db, { districtId: w.units.district.id, name: 'Chiến dịch khác' });
    const stray = await makeGroup(t.db, { campaignId: other.id, leadAgencyId: w.agencies.office.id, name: 'Nhóm lạ' });
    const body = directiveBody(w);
    body.items[0].tasks[0].dueDate = '2021-09-01';
    body.items[2].tasks[0].assignees = [{ kind: 'group', groupId: stray.id }, { kind: 'commune', communeId: w.units.villageTN.id }] as never;
    const res = await (await t.as('coordinator')).post('/api/v1/directives', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION');
    expect(res.body.error.fields.map((f: { field: string; code: string }) => `${f.field} ${f.code}`)).toEqual([
      'items.0.tasks.0.dueDate DUE_BEFORE_DIRECTIVE', 'items.2.tasks.0.assignees.0.groupId VALIDATION', 'items.2.tasks.0.assignees.1.communeId NOT_A_COMMUNE',
    ]);
    await nothingWritten();
  });

  it('needs a campaign for "all groups" and "target communes"', async () => {
    const res = await (await t.as('coordinator')).post('/api/v1/directives', directiveBody(w, { campaignId: null }));
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['items.1.tasks.0.assignees.0.kind', 'items.2.tasks.0.assignees.0.kind']);
    await nothingWritten();
  });

  it('creates the directive, expands the shorthands, creates instances up to a week ahead, audits and notifies', async () => {
    const res = await (await t.as('coordinator')).post('/api/v1/directives', directiveBody(w));
    expect(res.status).toBe(201);
    const d = res.body;
    expect(d).toMatchObject({ number: '02-KL/BCĐ', type: 'ket_luan', typeLabel: { vi: 'Kết luận', abbr: 'KL' }, actions: ['edit', 'addItem', 'addTask', 'attach'] });
    expect(d.items.map((i: { ordinal: number }) => i.ordinal)).toEqual([2, 4, 6]);
    const [registration] = d.items[1].tasks;
    expect(registration.assignees.map((a: { key: string; label: string }) => [a.key, a.label]))
      .toEqual([[`group:${w.groups.groupA.id}`, 'Nhóm 1'], [`group:${w.groups.groupB.id}`, 'Nhóm 2']]);
    expect(d.items[2].tasks[0].assignees.map((a: { label: string }) => a.label)).toEqual(['Tân Nam', 'Yên Thành']);
    // today 01/10, so instances up to 08/10: 1 one-off + 2×4 Mondays + 2×5 Thursdays + 4 Saturdays + September's day 31.
    expect(await count('task_instances')).toBe(1 + 8 + 10 + 4 + 1);
    const reportage = await t.db.selectFrom('task_instances').select(['occurs_on', 'due_on']).where('task_id', '=', d.items[1].tasks[2].id).execute();
    expect(reportage).toEqual([{ occurs_on: '2021-09-30', due_on: '2021-09-30' }]);
    expect(d.progress).toMatchObject({ total: 24, colour: 'red' });
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'directive').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'create', entity_id: String(d.id), user_id: w.users.coordinator.id });
    const notified = await t.db.selectFrom('notifications').select(['user_id', 'event']).where('event', '=', 'task.assigned').execute();
    const ids = new Set(notified.map((n) => n.user_id));
    for (const u of ['commune', 'commune2', 'group_lead', 'media'] as const) expect(ids.has(w.users[u].id)).toBe(true);
    expect(ids.has(w.users.coordinator.id)).toBe(false); // the one who entered it
    expect(ids.has(w.users.leader.id)).toBe(false); // reads, does not report
    expect(ids.has(w.users.inspector.id)).toBe(false); // its agency leads group 2, but only a group_lead reports for a group
  });

  it('refuses the same number on the same date', async () => {
    const c = await t.as('coordinator');
    expect((await c.post('/api/v1/directives', directiveBody(w, { items: [] }))).status).toBe(201);
    const dup = await c.post('/api/v1/directives', directiveBody(w, { items: [], number: '02-kl/bcđ' }));
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields[0].field).toBe('number');
    expect((await c.post('/api/v1/directives', directiveBody(w, { items: [], issuedOn: '2022-01-05' }))).status).toBe(201);
  });
});

describe('PATCH /directives/{id}', () => {
  it('changes the heading with If-Match, never past a task, audited', async () => {
    const c = await t.as('coordinator');
    const d = (await c.post('/api/v1/directives', directiveBody(w))).body;
    expect((await (await t.as('media')).patch(`/api/v1/directives/${d.id}`, { summary: 'Khác' })).status).toBe(403);
    const late = await c.patch(`/api/v1/directives/${d.id}`, { issuedOn: '2021-09-10' });
    expect(late.status).toBe(400);
    expect(late.body.error).toMatchObject({ code: 'DUE_BEFORE_DIRECTIVE', fields: [{ field: 'issuedOn' }] });
    const ok = await c.patch(`/api/v1/directives/${d.id}`, { summary: 'Kết luận giao ban 9 tháng' }, { 'if-match': `W/"${d.version}"` });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ summary: 'Kết luận giao ban 9 tháng', version: d.version + 1 });
    const stale = await c.patch(`/api/v1/directives/${d.id}`, { summary: 'Lần nữa' }, { 'if-match': `W/"${d.version}"` });
    expect(stale.status).toBe(412);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'directive').where('action', '=', 'update').execute();
    expect(audit).toHaveLength(1);
  });
});

describe('POST /directive-items/{id}/tasks and /directives/{id}/items', () => {
  it('refuses bad schedules naming the field, and adds a task with its instance', async () => {
    const c = await t.as('coordinator');
    const d = (await c.post('/api/v1/directives', directiveBody(w))).body;
    const itemId = d.items[0].id;
    const before = await count('task_instances');
    const task = { description: 'Tổng hợp đăng ký của các nhóm', assignees: [{ kind: 'commune', communeId: w.units.tanNam.id }], repeat: 'none', dueDate: '2021-09-01' };
    const early = await c.post(`/api/v1/directive-items/${itemId}/tasks`, task);
    expect(early.status).toBe(400);
    expect(early.body.error.fields[0]).toMatchObject({ field: 'dueDate', code: 'DUE_BEFORE_DIRECTIVE' });
    const noEnd = await c.post(`/api/v1/directive-items/${itemId}/tasks`, { ...task, repeat: 'monthly', monthDay: 15, startDate: '2021-09-15', dueDate: undefined });
    expect(noEnd.status).toBe(400);
    expect(noEnd.body.error.fields[0]).toMatchObject({ field: 'endDate', code: 'RECURRENCE_END_REQUIRED' });
    expect((await (await t.as('commune.tannam')).post(`/api/v1/directive-items/${itemId}/tasks`, { ...task, dueDate: '2021-10-05' })).status).toBe(403);
    expect((await c.post('/api/v1/directive-items/99999/tasks', { ...task, dueDate: '2021-10-05' })).status).toBe(404);
    expect(await count('task_instances')).toBe(before);

    const ok = await c.post(`/api/v1/directive-items/${itemId}/tasks`, { ...task, dueDate: '2021-10-05' });
    expect(ok.status).toBe(201);
    expect(ok.body.items[0].tasks.map((x: { description: string }) => x.description)).toContain('Tổng hợp đăng ký của các nhóm');
    expect(await count('task_instances')).toBe(before + 1);
    expect(await t.db.selectFrom('audit_log').select('id').where('entity', '=', 'directive_task').execute()).toHaveLength(1);
  });

  it('adds a numbered item, refusing a number already used', async () => {
    const c = await t.as('coordinator');
    const d = (await c.post('/api/v1/directives', directiveBody(w))).body;
    const dup = await c.post(`/api/v1/directives/${d.id}/items`, { ordinal: 4, body: 'Trùng số' });
    expect(dup.status).toBe(400);
    expect(dup.body.error.fields[0].field).toBe('ordinal');
    const ok = await c.post(`/api/v1/directives/${d.id}/items`, { title: 'Đối với Phòng Kinh tế - Hạ tầng', body: 'Hướng dẫn kỹ thuật đường bê tông.' });
    expect(ok.status).toBe(201);
    expect(ok.body.items.map((i: { ordinal: number }) => i.ordinal)).toEqual([2, 4, 6, 7]);
  });
});

describe('GET /directives', () => {
  it('lists and finds directives for every role, with progress', async () => {
    await (await t.as('coordinator')).post('/api/v1/directives', directiveBody(w));
    expect((await t.client().get('/api/v1/directives')).status).toBe(401);
    const c = await t.as('agency');
    const res = await c.get('/api/v1/directives?q=kl%2Fbcd');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ number: '02-KL/BCĐ', itemCount: 3, taskCount: 5, progress: { total: 24 } });
    const one = await c.get(`/api/v1/directives/${res.body.items[0].id}`);
    expect(one.body.actions).toEqual([]);
    expect((await c.get('/api/v1/directives/99999')).status).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents the directives, task and media endpoints', async () => {
    const res = await t.client().get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths);
    for (const p of ['/directives', '/directives/{id}/tracking', '/directive-units/completion', '/task-instances/mine', '/task-instances/{id}/done', '/media-items', '/photos']) {
      expect(paths).toContain(p);
    }
    expect(res.body.components.schemas.TaskEvidence).toBeTruthy();
  });
});
