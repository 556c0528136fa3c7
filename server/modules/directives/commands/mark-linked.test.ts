// Tasks completed by records elsewhere, as the plans and reports modules will call them inside
// their own transactions: the week's plan completes the office's weekly-plan instance, a commune's
// report its own weekly-report instance (late when the reports module says so); the evidence is
// the record; calling twice changes nothing; a rolled-back caller leaves nothing behind.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../../domain/roles.js';
import { makeWorld, type World } from '../../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';
import type { RequestContext } from '../../../http/context.js';
import { directiveBody, setToday } from '../directives.fixtures.js';
import { markWeeklyPlanTaskDone, markWeeklyReportTaskDone } from './mark-linked.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await setToday(t.db, '2021-10-01');
  const body = directiveBody(w);
  body.items.push({ ordinal: 7, title: 'Kế hoạch tuần', body: 'Tham mưu xây dựng kế hoạch hàng tuần.', tasks: [
    { description: 'Kế hoạch tuần', assignees: [{ kind: 'agency', agencyId: w.agencies.office.id }], repeat: 'weekly', weekday: 5,
      startDate: '2021-09-10', endDate: '2021-12-24', linkedRecord: 'weekly_plan' } as never,
  ] });
  expect((await (await t.as('coordinator')).post('/api/v1/directives', body)).status).toBe(201);
});

function as(user: { id: number; role: string; agency_id: number | null; unit_id: number | null }, run: (ctx: RequestContext) => Promise<number[]>) {
  const actor = { userId: user.id, role: user.role, agencyId: user.agency_id, unitId: user.unit_id } as Actor;
  return t.db.transaction().execute((db) => run({ db, actor, ip: null }));
}

const instance = (id: number) => t.db.selectFrom('task_instances').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('markWeeklyPlanTaskDone', () => {
  it("completes the office's instance of that week with the plan as evidence, once", async () => {
    const [id] = await as(w.users.coordinator, (ctx) => markWeeklyPlanTaskDone(ctx, w.campaign.id, '2021-09-27', 55));
    expect(await instance(id)).toMatchObject({ occurs_on: '2021-10-01', status: 'done', done_on: '2021-10-01', on_time: true,
      evidence_kind: 'record', evidence_record_type: 'weekly_plan', evidence_record_id: 55 });
    expect(await as(w.users.coordinator, (ctx) => markWeeklyPlanTaskDone(ctx, w.campaign.id, '2021-09-27', 55))).toEqual([]);
    expect(await as(w.users.coordinator, (ctx) => markWeeklyPlanTaskDone(ctx, w.campaign.id + 1, '2021-09-20', 54))).toEqual([]);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'task_instance').where('entity_id', '=', String(id)).execute();
    expect(audit.map((a) => a.action)).toEqual(['complete']);
    expect(audit[0].summary).toContain('Kế hoạch tuần #55');
    expect(audit[0]).toMatchObject({ summary_code: 'task.linked', summary_params: { type: 'weekly_plan', id: 55 } });
  });

  it('finds a week beyond the instances created so far, and is late for a past week', async () => {
    const [ahead] = await as(w.users.coordinator, (ctx) => markWeeklyPlanTaskDone(ctx, w.campaign.id, '2021-11-01', 60));
    expect(await instance(ahead)).toMatchObject({ occurs_on: '2021-11-05', status: 'done', on_time: true });
    const [past] = await as(w.users.coordinator, (ctx) => markWeeklyPlanTaskDone(ctx, w.campaign.id, '2021-09-13', 51));
    expect(await instance(past)).toMatchObject({ occurs_on: '2021-09-17', on_time: false });
  });

  it('leaves nothing when the caller rolls back', async () => {
    await expect(as(w.users.coordinator, async (ctx) => {
      await markWeeklyPlanTaskDone(ctx, w.campaign.id, '2021-09-27', 55);
      throw new Error('publishing failed');
    })).rejects.toThrow('publishing failed');
    expect(await t.db.selectFrom('task_instances').select('id').where('status', '=', 'done').execute()).toHaveLength(0);
    expect(await t.db.selectFrom('audit_log').select('id').where('entity', '=', 'task_instance').execute()).toHaveLength(0);
  });
});

describe('markWeeklyReportTaskDone', () => {
  it("completes only that commune's instance for the week, on time or late as the reports module says", async () => {
    const late = await as(w.users.commune, (ctx) => markWeeklyReportTaskDone(ctx, w.units.tanNam.id, '2021-09-13', 77, false));
    expect(late).toHaveLength(1);
    expect(await instance(late[0])).toMatchObject({ occurs_on: '2021-09-20', status: 'done', on_time: false, evidence_record_type: 'weekly_report', evidence_record_id: 77 });
    const onTime = await as(w.users.commune, (ctx) => markWeeklyReportTaskDone(ctx, w.units.tanNam.id, '2021-09-20', 78, true));
    expect(await instance(onTime[0])).toMatchObject({ occurs_on: '2021-09-27', on_time: true });
    const yenThanh = await t.db.selectFrom('task_instances as i').innerJoin('task_assignees as a', 'a.id', 'i.assignee_id')
      .select('i.status').where('a.unit_id', '=', w.units.yenThanh.id).execute();
    expect(yenThanh.every((r) => r.status === 'open')).toBe(true);
    expect(await as(w.users.commune, (ctx) => markWeeklyReportTaskDone(ctx, w.units.tanNam.id, '2021-09-13', 77, false))).toEqual([]);
  });
});
