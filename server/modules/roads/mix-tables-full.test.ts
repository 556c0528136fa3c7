// The official mix tables in full (issue 18) on both databases: the PCB30 part and the rows whose
// figures could not be confirmed are listed as such and never used; the calculator answers for
// every grade some table confirms (M150 and M300 from the 1776 table); a road takes only a grade
// its table has, and the refusal says which tables have it. The migration inserts what the domain says.
import { sql, type Kysely } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_MIX_TABLES, GRADES } from '../../../domain/concrete/index.js';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import * as migration from '../../db/migrations/202612071800-add-mix-table-unconfirmed-rows.js';
import { roadBody } from './roads.test-helpers.js';

let t: TestApp;
let w: World;
const DIM = 'lengthM=100&widthM=3&thicknessM=0.2';

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

interface TableOut { code: string; cementType: string | null; rows: Array<{ grade: string; stone: string }>; unconfirmed: Array<{ grade: string; stone: string; reason: string }> }

describe('mix tables in full', () => {
  it('lists the PCB30 table and every unconfirmed row, flagged, with no figures', async () => {
    const items = (await (await t.as('commune.tannam')).get('/api/v1/mix-tables')).body.items as TableOut[];
    expect(items.map((x) => [x.code, x.cementType, x.rows.length, x.unconfirmed.length])).toEqual([
      ['tt10-2019-pcb40', 'PCB40', 6, 6], ['dm1776-2007', null, 4, 8], ['tt10-2019-pcb30', 'PCB30', 0, 12]]);
    const pcb40 = items[0];
    expect(pcb40.unconfirmed.map((u) => `${u.grade} ${u.stone}`)).toEqual(['M150 1x2', 'M150 2x4', 'M150 4x6', 'M300 1x2', 'M300 2x4', 'M300 4x6']);
    expect(pcb40.unconfirmed[0].reason).toMatch(/Chưa đối chiếu được/);
    expect(pcb40.unconfirmed[0]).not.toHaveProperty('cementKg');
  });

  it('the migration inserts the same flags as the domain (run again from its own SQL)', async () => {
    const fromMigration = await t.db.transaction().execute(async (trx) => {
      await migration.down(trx as unknown as Kysely<unknown>);
      await migration.up(trx as unknown as Kysely<unknown>);
      const rows = await sql<{ code: string; grade: string; stone: string; reason: string }>`
        select t.code, u.grade, u.stone, u.reason from mix_table_unconfirmed_rows u join mix_tables t on t.id = u.mix_table_id
        order by t.code, u.grade, u.stone`.execute(trx);
      const pcb30 = await trx.selectFrom('mix_tables').select(['name', 'source', 'cement_type', 'note']).where('code', '=', 'tt10-2019-pcb30').executeTakeFirstOrThrow();
      return { rows: rows.rows, pcb30 };
    });
    const fromDomain = BUILT_IN_MIX_TABLES.flatMap((tb) => (tb.unconfirmed ?? []).map((u) => ({ code: tb.code, ...u })))
      .sort((a, b) => `${a.code}${a.grade}${a.stone}`.localeCompare(`${b.code}${b.grade}${b.stone}`));
    expect(fromMigration.rows).toEqual(fromDomain);
    const domainPcb30 = BUILT_IN_MIX_TABLES.find((x) => x.code === 'tt10-2019-pcb30')!;
    expect(fromMigration.pcb30).toEqual({ name: domainPcb30.name, source: domainPcb30.source, cement_type: domainPcb30.cementType, note: domainPcb30.note });
  });
});

describe('the calculator answers for every grade some table confirms', () => {
  it.each(GRADES.map((g) => [g]))('%s stone 1x2 without naming a table', async (grade) => {
    const res = await (await t.as('agency')).get(`/api/v1/concrete/estimate?${DIM}&grade=${grade}&stone=1x2`);
    expect(res.status).toBe(200);
    const expected = grade === 'M150' || grade === 'M300' ? 'dm1776-2007' : 'tt10-2019-pcb40';
    expect(res.body.mix).toMatchObject({ table: expected, grade, stone: '1x2' });
    expect(res.body.mix.source).toMatch(expected === 'dm1776-2007' ? /1776\/BXD-VP/ : /10\/2019\/TT-BXD/);
    expect(res.body.volume.m3).toBe(60);
  });

  it('M300 1x2 from the 1776 table: 374 kg per m³', async () => {
    const res = await (await t.as('agency')).get(`/api/v1/concrete/estimate?${DIM}&grade=M300&stone=1x2`);
    expect(res.body.cement).toMatchObject({ kg: 22_440, bags: 449 });
  });

  it('refuses an unconfirmed row of a named table, saying so and where the grade is', async () => {
    const c = await t.as('agency');
    const res = await c.get(`/api/v1/concrete/estimate?${DIM}&grade=M300&stone=1x2&mixTable=tt10-2019-pcb40`);
    expectError(res, 400, 'UNKNOWN_MIX', 'grade');
    const f = res.body.error.fields[0];
    expect(f.vi).toContain('chưa được đối chiếu');
    expect(f.vi).toContain('Định mức 1776');
    expect(f.en).toContain('Found in: dm1776-2007');
    const none = await c.get(`/api/v1/concrete/estimate?${DIM}&grade=M300&stone=4x6`);
    expectError(none, 400, 'UNKNOWN_MIX', 'grade');
    expect(none.body.error.fields[0].en).toContain('No table has this row');
    expectError(await c.get(`/api/v1/concrete/estimate?${DIM}&grade=M200&stone=1x2&mixTable=tt10-2019-pcb30`), 400, 'UNKNOWN_MIX', 'grade');
  });
});

describe('roads take only grades their table has', () => {
  it('refuses M300 on the default table and any grade on the PCB30 table; takes M300 on the 1776 table', async () => {
    const c = await t.as('commune.tannam');
    const ids = Object.fromEntries((await t.db.selectFrom('mix_tables').select(['id', 'code']).execute()).map((m) => [m.code, m.id]));
    await expectNothingWritten(t.db, async () => {
      const res = await c.post('/api/v1/roads', roadBody({ communeId: w.units.tanNam.id, grade: 'M300' }));
      expectError(res, 400, 'UNKNOWN_MIX', 'grade');
      expect(res.body.error.fields[0].vi).toContain('Định mức 1776');
      expectError(await c.post('/api/v1/roads', roadBody({ communeId: w.units.tanNam.id, grade: 'M200', mixTableId: ids['tt10-2019-pcb30'] })), 400, 'UNKNOWN_MIX', 'grade');
    });
    const ok = await c.post('/api/v1/roads', roadBody({ communeId: w.units.tanNam.id, grade: 'M300', mixTableId: ids['dm1776-2007'] }));
    expect(ok.status).toBe(201);
    expect(ok.body.mix).toMatchObject({ table: 'dm1776-2007', grade: 'M300', stone: '1x2' });
    expect((await auditRows(t.db, 'road', ok.body.id))[0].action).toBe('create');
  });
});
