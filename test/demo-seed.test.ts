// The demo district, on PGlite and PostgreSQL: Quang Bình with its real town and 14 communes
// (DOMAIN.md §3), agencies in groups with leads, the 2021 campaign with its Saturdays, one
// sign-in per role; never seeded twice, never in production.
import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { saturdaysBetween } from '../domain/dates.js';
import { ROLES } from '../domain/roles.js';
import { DEMO_PASSWORD } from '../server/demo/demo-data.js';
import { isDemoSeeded, seedDemo } from '../server/demo/seed-demo.js';
import { rowCounts } from './helpers/assertions.js';
import { setupApp, type TestApp } from './helpers/test-app.js';

// Copied from DOMAIN.md §3, not from the seed's own data.
const TOWN = 'Yên Bình';
const COMMUNES = ['Tân Nam', 'Yên Thành', 'Bản Rịa', 'Bằng Lang', 'Hương Sơn', 'Nà Khương', 'Tân Bắc', 'Tân Trịnh',
  'Tiên Nguyên', 'Tiên Yên', 'Vĩ Thượng', 'Xuân Giang', 'Xuân Minh', 'Yên Hà'];

let t: TestApp;

beforeAll(async () => {
  t = await setupApp();
  expect(await isDemoSeeded(t.db)).toBe(false);
  await seedDemo(t.db);
});

const savedEnv = process.env.NODE_ENV;
afterEach(() => { process.env.NODE_ENV = savedEnv; });

describe('seedDemo on an empty database', () => {
  it('creates Quang Bình (Hà Giang) with the town of Yên Bình and its 14 communes, names exactly', async () => {
    const units = await t.db.selectFrom('admin_units').select(['id', 'name', 'level', 'parent_id']).execute();
    const byName = (name: string) => units.filter((u) => u.name === name);
    const [province] = byName('Hà Giang');
    const [district] = byName('Quang Bình');
    expect(province).toMatchObject({ level: 'province', parent_id: null });
    expect(district).toMatchObject({ level: 'district', parent_id: province.id });
    const below = units.filter((u) => u.parent_id === district.id);
    expect(below.filter((u) => u.level === 'town').map((u) => u.name)).toEqual([TOWN]);
    expect(below.filter((u) => u.level === 'commune').map((u) => u.name).sort()).toEqual([...COMMUNES].sort());
    expect(below).toHaveLength(15);
    expect(await isDemoSeeded(t.db)).toBe(true);
  });

  it('creates at least 24 agencies in at least 6 groups, each led by one of its members', async () => {
    const agencies = await t.db.selectFrom('agencies').select('id').execute();
    expect(agencies.length).toBeGreaterThanOrEqual(24);
    const groups = await t.db.selectFrom('groups').select(['id', 'name', 'kind', 'lead_agency_id']).execute();
    expect(groups.filter((g) => g.kind === 'group').length).toBeGreaterThanOrEqual(6);
    for (const g of groups) {
      const members = await t.db.selectFrom('group_members').select('agency_id').where('group_id', '=', g.id).execute();
      expect(members.map((m) => m.agency_id), g.name).toContain(g.lead_agency_id);
      // An agency given its own road (the military command, §2) works alone; Nhóm 2, which it left, keeps Công an huyện.
      expect(members.length, g.name).toBeGreaterThanOrEqual(g.kind === 'agency' || g.name === 'Nhóm 2' ? 1 : 2);
    }
    expect(groups.find((g) => g.kind === 'agency')?.name).toBe('Ban chỉ huy Quân sự huyện');
    // The seed's named agencies (DOMAIN.md §3) are there.
    for (const name of ['Ban chỉ huy Quân sự huyện', 'Phòng Kinh tế - Hạ tầng', 'Phòng Dân tộc', 'Trung tâm Văn hóa - Thông tin và Du lịch',
      'Trung tâm Viễn thông', 'Liên đoàn Lao động huyện', 'Văn phòng Huyện ủy']) {
      expect(await t.db.selectFrom('agencies').select('id').where('name', '=', name).execute(), name).toHaveLength(1);
    }
  });

  it('creates the 2021 campaign on Tân Nam and Yên Thành with every Saturday of its period', async () => {
    const campaigns = await t.db.selectFrom('campaigns').selectAll().execute();
    const c = campaigns.find((x) => x.start_date.startsWith('2021'))!;
    expect(c).toMatchObject({ name: 'Ngày thứ 7 vì nông thôn mới năm 2021', criterion_no: 2 });
    const communes = await t.db.selectFrom('campaign_communes').innerJoin('admin_units', 'admin_units.id', 'campaign_communes.unit_id')
      .select('admin_units.name').where('campaign_id', '=', c.id).execute();
    expect(communes.map((u) => u.name).sort()).toEqual(['Tân Nam', 'Yên Thành']);
    const days = await t.db.selectFrom('campaign_days').select(sql<string>`to_char(day, 'YYYY-MM-DD')`.as('d')).where('campaign_id', '=', c.id).orderBy('day').execute();
    expect(days.map((d) => d.d)).toEqual(saturdaysBetween(c.start_date, c.end_date));
    expect(days.length).toBeGreaterThanOrEqual(10);
  });

  it('has one user per role, each signing in with the demo password', async () => {
    const users = await t.db.selectFrom('users').select(['username', 'role']).execute();
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(ROLES));
    for (const role of ROLES) {
      const u = users.find((x) => x.role === role)!;
      const res = await t.client().post('/api/v1/auth/login', { username: u.username, password: DEMO_PASSWORD });
      expect(res.status, u.username).toBe(200);
      expect(res.body.user.role).toBe(role);
      expect(res.body.demo).toBe(true);
    }
    expect((await t.client().post('/api/v1/auth/login', { username: 'admin', password: 'wrong-password' })).status).toBe(401);
  });

  it('records its creation in the audit log', async () => {
    const audits = await t.db.selectFrom('audit_log').select(['entity', 'action']).where('action', '=', 'create').execute();
    for (const entity of ['admin_unit', 'agency', 'campaign', 'group', 'user']) {
      expect(audits.some((a) => a.entity === entity), entity).toBe(true);
    }
  });
});

describe('seedDemo refuses', () => {
  it('a database that already has users, and changes nothing', async () => {
    const before = await rowCounts(t.db);
    await expect(seedDemo(t.db)).rejects.toThrow(/already has users/);
    const after = await rowCounts(t.db);
    // Sign-ins of the test above may not move; nothing else may either.
    expect(after).toEqual(before);
  });

  it('to run with NODE_ENV=production', async () => {
    const fresh = await setupApp();
    process.env.NODE_ENV = 'production';
    await expect(seedDemo(fresh.db)).rejects.toThrow(/production/);
    process.env.NODE_ENV = savedEnv;
    expect(await fresh.db.selectFrom('users').select('id').execute()).toEqual([]);
    expect(await isDemoSeeded(fresh.db)).toBe(false);
  });
});
