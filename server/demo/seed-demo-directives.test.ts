// The demo's conclusion 02-KL/BCĐ: six points, each point's tasks given to the units the seed
// names, a few weeks of history with done, late, overdue and "cannot do", the tracking table and
// the units' completion rates as leadership sees them, and the media centre recording its news.
import { beforeAll, describe, expect, it } from 'vitest';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { DEMO_TODAY } from './demo-directives-data.js';
import { seedDemo } from './seed-demo.js';

let t: TestApp;
let directiveId: number;

beforeAll(async () => {
  t = await setupApp();
  await seedDemo(t.db);
  directiveId = (await t.db.selectFrom('directives').select('id').where('number', '=', '02-KL/BCĐ').executeTakeFirstOrThrow()).id;
});

const login = (u: string) => t.client().login(u, DEMO_PASSWORD);
type Unit = { key: string; label: string };
type Task = { description: string; repeat: string; weekday: number | null; monthDay: number | null; linkedRecord: string | null; assignees: Unit[] };

describe('demo directive 02-KL/BCĐ', () => {
  it('carries the six numbered points with their tasks for the units the seed names', async () => {
    const d = (await (await login('leader')).get(`/api/v1/directives/${directiveId}`)).body;
    expect(d).toMatchObject({ type: 'ket_luan', typeLabel: { vi: 'Kết luận' }, number: '02-KL/BCĐ', issuedOn: '2021-09-09', signerName: 'Triệu Tài Phong' });
    expect(d.items.map((i: { ordinal: number }) => i.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    const labels = (n: number) => [...new Set(d.items[n - 1].tasks.flatMap((x: Task) => x.assignees.map((a) => a.label)))].sort();
    expect(labels(1)).toEqual(['Phòng Tài chính - Kế hoạch', 'Văn phòng HĐND và UBND huyện']);
    expect(labels(2)).toEqual(['Văn phòng điều phối nông thôn mới huyện']);
    expect(labels(3)).toEqual(['Phòng Kinh tế - Hạ tầng']);
    expect(labels(4)).toEqual(['Trung tâm Văn hóa - Thông tin và Du lịch']);
    expect(labels(5)).toEqual(['Nhóm 1', 'Nhóm 2', 'Nhóm 3', 'Nhóm 4', 'Nhóm 5', 'Nhóm 6', 'Nhóm 7']);
    expect(labels(6)).toEqual(['Tân Nam', 'Yên Thành']);
    // Point 4: weekly news on each campaign Saturday and a monthly reportage, linked to media items.
    expect(d.items[3].tasks.map((x: Task) => [x.repeat, x.weekday, x.monthDay, x.linkedRecord]))
      .toEqual([['weekly', 6, null, 'media_news'], ['monthly', null, 31, 'media_reportage']]);
    expect(d.items[5].tasks.map((x: Task) => x.linkedRecord)).toContain('weekly_report');
  });

  it('has history: done on time and late, overdue and cannot do, as of the demo date', async () => {
    const tr = (await (await login('leader')).get(`/api/v1/directives/${directiveId}/tracking`)).body;
    expect(tr.today).toBe(DEMO_TODAY);
    expect(tr.units).toHaveLength(2 + 1 + 1 + 1 + 7 + 2); // points 1 to 6
    const o = tr.totals.overall;
    expect(o.doneOnTime).toBeGreaterThan(50);
    expect(o.doneLate).toBeGreaterThan(0);
    expect(o.cannotDo).toBe(3);
    expect(o.overdue).toBeGreaterThan(0);
    expect(tr.overdue.every((i: { status: string }) => i.status === 'overdue')).toBe(true);
    const overdueUnits = new Set(tr.overdue.map((i: { assignee: Unit }) => i.assignee.label));
    // Yên Thành's overdue weekly-report task is completed by the workdays demo, which submits its
    // report for the week of 11/10 (the report is the evidence); its cannot-do week stays orange.
    expect([...overdueUnits].sort()).toEqual(['Nhóm 6', 'Trung tâm Văn hóa - Thông tin và Du lịch', 'Văn phòng HĐND và UBND huyện', 'Văn phòng điều phối nông thôn mới huyện']);
    const row6 = tr.rows.find((r: { item: { ordinal: number } }) => r.item.ordinal === 6);
    const colours = Object.fromEntries(row6.cells.map((c: { unitKey: string; colour: string }) => [tr.units.find((u: Unit) => u.key === c.unitKey).label, c.colour]));
    expect(colours).toEqual({ 'Tân Nam': 'blue', 'Yên Thành': 'orange' });
  });

  it("shows the units' completion rates, who is behind first", async () => {
    const r = (await (await login('leader')).get(`/api/v1/directive-units/completion?directiveId=${directiveId}`)).body;
    expect(r.to).toBe(DEMO_TODAY);
    expect(r.items[0].overdue).toBeGreaterThan(0);
    const tanNam = r.items.find((x: { unit: Unit }) => x.unit.label === 'Tân Nam');
    expect(tanNam).toMatchObject({ overdue: 0, cannotDo: 0, completionRate: 1, timelinessRate: 1 });
    const yenThanh = r.items.find((x: { unit: Unit }) => x.unit.label === 'Yên Thành');
    expect(yenThanh.completionRate).toBeLessThan(1);
    expect(yenThanh.timelinessRate).toBeLessThan(1);
  });

  it('lets the media centre record the overdue week\'s news and October\'s reportage against their tasks', async () => {
    const media = await login('media');
    const mine = (await media.get('/api/v1/task-instances/mine')).body;
    expect(mine.items[0]).toMatchObject({ status: 'overdue', occursOn: '2021-10-16', linkedRecord: 'media_news' });
    const news = await media.post('/api/v1/media-items', {
      title: 'Tuần thứ sáu ra quân tại Yên Thành', type: 'news', channel: 'district_portal', publishedOn: DEMO_TODAY, url: 'https://quangbinh.example/tin-tuc/tuan-thu-sau',
    });
    expect(news.status).toBe(201);
    expect(news.body.task).toMatchObject({ occursOn: '2021-10-16', dueOn: '2021-10-18', onTime: false });
    const rep = await media.post('/api/v1/media-items', {
      title: 'Phóng sự tháng 10: Những con đường mới ở Yên Thành', type: 'reportage', channel: 'provincial_tv', publishedOn: DEMO_TODAY, url: 'https://quangbinh.example/phong-su/thang-10',
    });
    expect(rep.status).toBe(201);
    expect(rep.body.task).toBeNull(); // done when it airs on the provincial station
    const sent = await media.post(`/api/v1/media-items/${rep.body.id}/broadcasts`, { station: 'Đài Phát thanh - Truyền hình Hà Giang', sentOn: DEMO_TODAY });
    expect(sent.status).toBe(201);
    const aired = await media.post(`/api/v1/media-broadcasts/${sent.body.id}/outcome`, { outcome: 'aired', airedOn: DEMO_TODAY });
    expect(aired.body.task).toMatchObject({ dueOn: '2021-10-31', onTime: true });
    const after = (await media.get('/api/v1/task-instances/mine?status=overdue')).body;
    expect(after.items).toHaveLength(0);
  });

  it("shows September's reportage aired on the provincial station, and the fifth week's news awaiting broadcast", async () => {
    const list = (await (await login('leader')).get('/api/v1/media-broadcasts')).body.items;
    const rep = list.find((b: { item: { type: string }; sentOn: string }) => b.item.type === 'reportage' && b.sentOn === '2021-09-28');
    expect(rep).toMatchObject({ station: 'Đài Phát thanh - Truyền hình Hà Giang', status: 'aired', airedOn: '2021-09-30', task: { dueOn: '2021-09-30', onTime: true } });
    expect(list.filter((b: { status: string }) => b.status === 'sent').map((b: { item: { title: string } }) => b.item.title))
      .toContain('Tuần thứ năm ra quân: vượt mưa hoàn thành 400 m đường');
  });

  it('records the history in the audit log and media items as evidence', async () => {
    const items = await t.db.selectFrom('media_items').select(['type', 'task_instance_id']).execute();
    expect(items.filter((m) => m.type === 'news').length).toBeGreaterThanOrEqual(5);
    expect(items.every((m) => m.task_instance_id !== null)).toBe(true);
    const audits = await t.db.selectFrom('audit_log').select('action').where('entity', '=', 'task_instance').execute();
    expect(audits.filter((a) => a.action === 'complete').length).toBeGreaterThan(50);
    expect(audits.filter((a) => a.action === 'cannot_do')).toHaveLength(3);
  });
});
