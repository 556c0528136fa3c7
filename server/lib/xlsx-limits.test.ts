// The import limits read a hostile .xlsx as a stream and refuse it before a workbook is built,
// through every importer's endpoint; an ordinary list still passes.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError, expectNothingWritten } from '../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../test/helpers/factories.js';
import { makeFund } from '../../test/helpers/fund.js';
import { xlsxWithFarCell, xlsxWithHugeName } from '../../test/helpers/hostile-xlsx.js';
import { xlsxOf } from '../../test/helpers/sample-files.js';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';
import { cellPosition, checkXlsxLimits } from './xlsx-limits.js';

function upload(data: Uint8Array) {
  const fd = new FormData();
  fd.append('file', new Blob([data as Uint8Array<ArrayBuffer>]), 'danh-sach.xlsx');
  return fd;
}

describe('checkXlsxLimits', () => {
  it('reads cell references', () => {
    expect(cellPosition('XFD1048576')).toEqual({ column: 16384, row: 1048576 });
    expect(cellPosition('A1')).toEqual({ column: 1, row: 1 });
  });

  it('passes an ordinary list and refuses the far cell and the huge name, naming the problem', async () => {
    checkXlsxLimits(await xlsxOf([['Tên cơ quan, đơn vị', 'Số CBCCVC'], ['Phòng Nội vụ', 9]]));
    try { checkXlsxLimits(await xlsxWithFarCell()); expect.unreachable(); } catch (e) {
      expect((e as { fields: Array<{ en: string }> }).fields[0].en).toMatch(/XFD1048576.*20000 rows, 100 columns/);
    }
    try { checkXlsxLimits(await xlsxWithHugeName(5)); expect.unreachable(); } catch (e) {
      expect((e as { fields: Array<{ en: string }> }).fields[0].en).toMatch(/more than 4000 characters/);
    }
  });
});

describe('importers refuse hostile spreadsheets', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await setupApp();
    w = await makeWorld(t.db);
  });

  it('the agencies, roads and contributions imports answer 400 on the file and change nothing', async () => {
    const far = await xlsxWithFarCell();
    const huge = await xlsxWithHugeName(100);
    expect(huge.length).toBeLessThan(300 * 1024);
    const admin = await t.as('admin');
    const commune = await t.as('commune.tannam');
    const coordinator = await t.as('coordinator');
    const fund = await makeFund(t.db, w);
    for (const file of [far, huge]) {
      await expectNothingWritten(t.db, async () => {
        const started = Date.now();
        expectError(await admin.post('/api/v1/agencies/import/preview', upload(file)), 400, 'VALIDATION', 'file');
        expectError(await admin.post('/api/v1/agencies/import', upload(file)), 400, 'VALIDATION', 'file');
        expectError(await commune.post('/api/v1/roads/import', upload(file)), 400, 'VALIDATION', 'file');
        expectError(await coordinator.post(`/api/v1/funds/${fund.id}/contributions/import/preview`, upload(file)), 400, 'VALIDATION', 'file');
        console.log(`[hostile xlsx] ${file.length} bytes: four imports refused in ${Date.now() - started} ms`);
      });
    }
  });
});
