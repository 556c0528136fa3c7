// The calculator over HTTP and on the command line (same numbers), mix tables and road settings.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld } from '../../../test/helpers/factories.js';
import { childEnv, runCli, tempDataDir } from '../../../test/helpers/server-process.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { runConcreteCommand } from './cli/concrete-command.js';

let t: TestApp;
const Q = 'lengthM=850&widthM=3&thicknessM=0.18&grade=M250&stone=1x2';

beforeEach(async () => {
  t = await setupApp();
  await makeWorld(t.db);
});

describe('GET /concrete/estimate', () => {
  it('needs a session and names bad query fields', async () => {
    expectError(await t.client().get(`/api/v1/concrete/estimate?${Q}`), 401, 'UNAUTHENTICATED');
    const c = await t.as('agency');
    expectError(await c.get('/api/v1/concrete/estimate?lengthM=850&widthM=0&thicknessM=0.18&grade=M999&stone=1x2'), 400, 'VALIDATION', 'query.grade');
    expectError(await c.get('/api/v1/concrete/estimate?lengthM=-1&widthM=3&thicknessM=0.18&grade=M250&stone=1x2'), 400, 'VALIDATION', 'query.lengthM');
    expectError(await c.get(`/api/v1/concrete/estimate?lengthM=850&widthM=3&thicknessM=0.18&grade=M250&stone=2x4&mixTable=dm1776-2007`), 400, 'UNKNOWN_MIX', 'grade');
    expectError(await c.get(`/api/v1/concrete/estimate?${Q}&mixTable=nope`), 400, 'VALIDATION', 'mixTable');
  });

  it('computes the CLI example and follows the drum size and the mix table', async () => {
    const c = await t.as('agency');
    const res = await c.get(`/api/v1/concrete/estimate?${Q}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dimensions: { lengthM: 850, widthM: 3, thicknessM: 0.18 },
      mix: { table: 'tt10-2019-pcb40', grade: 'M250', stone: '1x2', perM3: { cementKg: 308.525, sandM3: 0.532, stoneM3: 0.876, waterL: 187.575 } },
      volume: { litres: 459_000, m3: 459 }, cement: { kg: 141_612.975, bags: 2833, bagKg: 50 }, sand: { m3: 244.188 }, stone: { m3: 402.084 },
      water: { litres: 86_097 }, mixer: { drumLitres: 250, batches: 1836 }, labour: { normCongPerM3: 2, congDays: 918 },
    });
    expect((await c.get(`/api/v1/concrete/estimate?${Q}&drumLitres=350`)).body.mixer).toEqual({ drumLitres: 350, batches: 1312 });
    const old = await c.get(`/api/v1/concrete/estimate?${Q}&mixTable=dm1776-2007`);
    expect(old.body.cement).toMatchObject({ kg: 150_093, bags: 3002 });
  });
});

describe('ntm-hub concrete', () => {
  it('prints the same numbers as the API (in process, JSON and text), and names bad options', async () => {
    const api = (await (await t.as('agency')).get(`/api/v1/concrete/estimate?${Q}`)).body;
    const args = ['--length', '850', '--width', '3', '--thickness', '0.18', '--grade', 'M250', '--stone', '1x2'];
    const json = await runConcreteCommand([...args, '--json'], t.db);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual(api);
    const text = await runConcreteCommand(args, t.db);
    expect(text.out).toContain('459 m³');
    expect(text.out).toContain('141.612,975 kg = 2.833 bao 50 kg');
    expect(text.out).toContain('1.836 × 250 l');
    const bad = await runConcreteCommand(['--length', '850', '--width', '3', '--thickness', '0.18', '--grade', 'M999', '--stone', '1x2'], t.db);
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/^--grade: /);
  });

  it('the real command prints the same JSON as the API', async () => {
    const api = (await (await t.as('agency')).get(`/api/v1/concrete/estimate?${Q}`)).body;
    const r = await runCli(['concrete', '--length', '850', '--width', '3', '--thickness', '0.18', '--grade', 'M250', '--stone', '1x2', '--json'], childEnv(tempDataDir()));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.slice(r.out.indexOf('{')))).toEqual(api);
  }, 120_000);
});

describe('mix tables', () => {
  const table = {
    code: 'hg-2022-pcb30', name: 'Cấp phối tỉnh Hà Giang (thử)', source: 'Văn bản số 1/SXD ngày 01/01/2022',
    rows: [{ grade: 'M200', stone: '1x2', cementKg: 300, sandM3: 0.5, stoneM3: 0.9, waterL: 190 }],
  };

  it('lists the built-in tables with their sources; only the admin adds one', async () => {
    const list = await (await t.as('commune.tannam')).get('/api/v1/mix-tables');
    expect(list.body.items.map((x: { code: string; isDefault: boolean; rows: unknown[] }) => [x.code, x.isDefault, x.rows.length]))
      .toEqual([['tt10-2019-pcb40', true, 6], ['dm1776-2007', false, 4], ['tt10-2019-pcb30', false, 0]]);
    expect(list.body.items[0].rows[0]).toEqual({ grade: 'M200', stone: '1x2', cementKg: 265.475, sandM3: 0.5412, stoneM3: 0.893, waterL: 187.575 });
    expect(list.body.actions).toEqual([]);
    const coordinator = await t.as('coordinator');
    const admin = await t.as('admin');
    await expectNothingWritten(t.db, async () => {
      expectError(await coordinator.post('/api/v1/mix-tables', table), 403, 'FORBIDDEN');
      expectError(await admin.post('/api/v1/mix-tables', { ...table, code: 'Bad Code' }), 400, 'VALIDATION', 'code');
      expectError(await admin.post('/api/v1/mix-tables', { ...table, rows: [table.rows[0], table.rows[0]] }), 400, 'VALIDATION', 'rows.1');
      expectError(await admin.post('/api/v1/mix-tables', { ...table, code: 'tt10-2019-pcb40' }), 409, 'DUPLICATE_NAME', 'code');
    });
    const created = await admin.post('/api/v1/mix-tables', { ...table, isDefault: true });
    expect(created.status).toBe(201);
    expect((await auditRows(t.db, 'mix_table', created.body.id))[0].action).toBe('create');
    const est = await admin.get('/api/v1/concrete/estimate?lengthM=100&widthM=3&thicknessM=0.2&grade=M200&stone=1x2');
    expect(est.body).toMatchObject({ mix: { table: 'hg-2022-pcb30' }, cement: { kg: 18_000, bags: 360 } });
  });
});

describe('/road-settings', () => {
  it('shows the defaults with the labour norm marked "to confirm"; the admin changes them, audited', async () => {
    const c = await t.as('commune.tannam');
    const got = await c.get('/api/v1/road-settings');
    expect(got.body).toMatchObject({ values: { labourNormCongPerM3: 2, drumLitres: 250, tileUrl: '' }, notes: { labourNormCongPerM3: { toConfirm: true } }, actions: [] });
    expectError(await c.patch('/api/v1/road-settings', { drumLitres: 350 }), 403, 'FORBIDDEN');
    const admin = await t.as('admin');
    expectError(await admin.patch('/api/v1/road-settings', { tileUrl: 'ftp://x' }), 400, 'VALIDATION', 'tileUrl');
    expectError(await admin.patch('/api/v1/road-settings', { defaultRegion: 'mars' }), 400, 'VALIDATION', 'defaultRegion');
    const ok = await admin.patch('/api/v1/road-settings', { labourNormCongPerM3: 2.5, drumLitres: 350 });
    expect(ok.body.values).toMatchObject({ labourNormCongPerM3: 2.5, drumLitres: 350 });
    const est = await c.get(`/api/v1/concrete/estimate?${Q}`);
    expect(est.body.labour).toEqual({ normCongPerM3: 2.5, congDays: 1147.5 });
    expect(est.body.mixer.drumLitres).toBe(350);
    const [audit] = await auditRows(t.db, 'road_settings');
    expect((audit.before as { drumLitres: number }).drumLitres).toBe(250);
    expect((audit.after as { drumLitres: number }).drumLitres).toBe(350);
  });
});
