// The instance generator on the worker's database: occurrences across month ends and the year end,
// idempotent (twice, or twice at once, creates nothing more), "today" in Asia/Ho_Chi_Minh, and the
// overdue notices, sent once and only for recent instances, with an audit row per run.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { dataVersion } from '../../../http/read-cache.js';
import { businessToday } from '../clock.js';
import { setToday } from '../directives.fixtures.js';
import { generateDueInstances } from './generate-instances.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await setToday(t.db, '2021-09-09');
});

async function directive(tasks: unknown[]) {
  const res = await (await t.as('coordinator')).post('/api/v1/directives', {
    type: 'chi_thi', number: '05-CT/HU', issuedOn: '2021-09-09', issuingBody: 'Huyện ủy Quang Bình', signerName: 'Triệu Tài Phong',
    summary: 'Chỉ thị về phong trào "Ngày thứ 7 vì nông thôn mới"', campaignId: w.campaign.id,
    items: [{ body: 'Tổ chức thực hiện', tasks }],
  });
  expect(res.status).toBe(201);
  return res.body.items[0].tasks.map((x: { id: number }) => x.id) as number[];
}

const occursOf = async (taskId: number) => (await t.db.selectFrom('task_instances').select('occurs_on').where('task_id', '=', taskId).orderBy('occurs_on').execute()).map((r) => r.occurs_on);

describe('generateDueInstances', () => {
  it('creates monthly day-31 instances on each month end, weekly ones across the year end, each once', async () => {
    const [monthly, weekly] = await directive([
      { description: 'Báo cáo tháng', assignees: [{ kind: 'role', role: 'media' }], repeat: 'monthly', monthDay: 31, startDate: '2021-09-09', endDate: '2022-03-31' },
      { description: 'Ra quân thứ Bảy', assignees: [{ kind: 'target_communes' }], repeat: 'weekly', weekday: 6, startDate: '2021-12-18', endDate: '2022-01-15' },
    ]);
    expect(await occursOf(monthly)).toEqual([]); // 30/9 is more than a week after the 9th

    const first = await generateDueInstances(t.db, '2022-02-25');
    expect(await occursOf(monthly)).toEqual(['2021-09-30', '2021-10-31', '2021-11-30', '2021-12-31', '2022-01-31', '2022-02-28']);
    expect([...new Set(await occursOf(weekly))]).toEqual(['2021-12-18', '2021-12-25', '2022-01-01', '2022-01-08', '2022-01-15']);
    expect(first.created).toBe(6 + 5 * 2);

    // A run that changed something moves the data version (the dashboard's ETag); one that did not, does not.
    const version = await dataVersion(t.db);
    expect((await generateDueInstances(t.db, '2022-02-25')).created).toBe(0);
    expect(await dataVersion(t.db)).toBe(version);
    expect((await generateDueInstances(t.db, '2022-03-24')).created).toBe(1); // horizon 31/3
    expect(await occursOf(monthly)).toHaveLength(7);
    expect(await dataVersion(t.db)).toBe(version + 1);
    const runs = await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'task_instance').where('action', '=', 'generate').execute();
    expect(runs.length).toBe(2); // the second run changed nothing: no entry
    expect(runs[0].user_id).toBeNull();
  });

  it('is idempotent when two runs overlap', async () => {
    const [weekly] = await directive([
      { description: 'Đăng ký ngày ra quân', assignees: [{ kind: 'all_groups' }], repeat: 'weekly', weekday: 4, startDate: '2021-09-09', endDate: '2021-12-23' },
    ]);
    const runs = await Promise.all([generateDueInstances(t.db, '2021-12-31'), generateDueInstances(t.db, '2021-12-31')]);
    const n = Number((await t.db.selectFrom('task_instances').select(sql<number>`count(*)`.as('n')).where('task_id', '=', weekly).executeTakeFirstOrThrow()).n);
    expect(n).toBe(16 * 2);
    expect(runs[0].created + runs[1].created).toBe(16 * 2 - 2 * 2); // 9/9 and 16/9 existed already
  });

  it('notifies each newly overdue instance once, only recent ones', async () => {
    await directive([
      { description: 'Báo cáo tuần', assignees: [{ kind: 'target_communes' }], repeat: 'weekly', weekday: 1, startDate: '2021-09-13', endDate: '2021-12-27' },
    ]);
    const r1 = await generateDueInstances(t.db, '2021-09-21'); // 13/9 and 20/9 now overdue, for both communes
    expect(r1.overdue).toBe(4);
    const notices = () => t.db.selectFrom('notifications').select(['user_id', 'dedupe_key']).where('event', '=', 'task.overdue').orderBy('id').execute();
    // 13/9 is more than a week past due: marked, not announced; 20/9 reaches each commune's user.
    expect((await notices()).map((n) => n.user_id).sort()).toEqual([w.users.commune.id, w.users.commune2.id].sort());
    expect((await generateDueInstances(t.db, '2021-09-21')).overdue).toBe(0);
    expect(await notices()).toHaveLength(2);
    const r3 = await generateDueInstances(t.db, '2021-11-02');
    expect(r3.overdue).toBe(2 * 6); // 27/9 … 1/11
    expect(await notices()).toHaveLength(2 + 2); // only 1/11 is recent
  });
});

describe('businessToday', () => {
  afterEach(() => { process.env.NODE_ENV = 'test'; });

  it('is the date in Asia/Ho_Chi_Minh, or the demo clock outside production', async () => {
    expect(await businessToday(t.db)).toBe('2021-09-09');
    process.env.NODE_ENV = 'production';
    expect(await businessToday(t.db, new Date('2021-09-10T16:59:59Z'))).toBe('2021-09-10');
    expect(await businessToday(t.db, new Date('2021-09-10T17:00:00Z'))).toBe('2021-09-11');
    process.env.NODE_ENV = 'test';
    await t.db.deleteFrom('settings').execute();
    expect(await businessToday(t.db, new Date('2021-12-31T17:30:00Z'))).toBe('2022-01-01');
  });
});
